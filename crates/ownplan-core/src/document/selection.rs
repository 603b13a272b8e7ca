//! [`plan_for_selection`]: what one recipient gets when the person chooses per item — the
//! sections as [`plan_for_sections`] shares them, less single items and whole life areas the
//! person leaves out ([`Selection`]).
//!
//! # Why "leave out", not "include"
//!
//! A selection names the sections it includes and the items and life areas it **leaves out**.
//! With nothing left out it is exactly today's choice of sections, so every existing caller,
//! every saved sharing consent (which holds sections only) and every document made before keeps
//! its meaning, and a selection written by hand (`ownplan sign --selection`) stays short: "the
//! goals, but not this one". The widget starts each recipient from a preset
//! ([`RecipientPreset::selection`](super::RecipientPreset::selection)) and shows a preview before
//! signing, so an item added to the plan later is seen before it goes anywhere.
//!
//! # The rule
//!
//! 1. **Left-out items** go, from whichever list holds them: goals, resources, needs, measures,
//!    agreements, appointments, revision log entries, network members, warning signs, reasons
//!    for living, safer-surroundings steps, crisis contacts, the help message's recipients,
//!    people who must not be contacted, services and medicines. (The plan's `meta`,
//!    with who helped make it, is always kept, as with sections; `consent` never goes.)
//! 2. **Left-out life areas**: every item that carries a `lifeArea` in one of them goes (goals,
//!    resources, needs and measures; the other lists have no life area). Items without a life
//!    area are chosen one by one.
//! 3. **References stay whole.** The only references between the parts of a plan are person
//!    references (`{"member": id}`: a measure's `responsible`, an agreement's and a warning
//!    sign's `who`, an appointment's `withWhom`, a crisis contact's `who`, a practical matter's
//!    `who`, a safer-surroundings step's `who`, a help-message recipient's `who`). When the
//!    member they point at is left out, a crisis contact or help-message recipient that *is*
//!    that person goes with them (its phone and when-to-call are theirs); every other reference is emptied
//!    (the measure stays, without who is responsible). No document points at somebody it does
//!    not hold.
//! 4. Then the **sections** rule ([`plan_for_sections`], written once in
//!    [`section_parts`](super::section_parts)) on what is left, so the network rule holds as
//!    before: without the `network` section, only the members a kept item points at go along,
//!    so a member only a left-out item pointed at goes too; with it, every member not left out.
//!
//! Free text is never searched: a goal's words may name a person or a diagnosis, and the preview
//! is where the person sees that.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::sections::{normalized_sections, plan_for_sections};
use super::sensitive::short_label;
use crate::plan::{
    CrisisPlan, HelpMessage, Identified, IndividualPlan, ItemId, LifeArea, List, PersonRef, Plan,
    PracticalMatter, Section,
};

/// What goes to one recipient: sections, less single items and whole life areas.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Selection {
    /// The sections; order and repeats do not matter.
    pub sections: Vec<Section>,
    /// What to leave out of those sections.
    #[serde(default, skip_serializing_if = "LeaveOut::is_nothing")]
    pub leave_out: LeaveOut,
}

/// Single items and whole life areas left out of a selection's sections.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LeaveOut {
    /// Ids of items to leave out (any list item of the shared parts: see the module docs).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub items: BTreeSet<ItemId>,
    /// Life areas whose items are left out.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub life_areas: BTreeSet<LifeArea>,
}

impl LeaveOut {
    /// Leaves nothing out.
    pub fn nothing() -> Self {
        Self::default()
    }

    /// Whether this leaves nothing out.
    pub fn is_nothing(&self) -> bool {
        self.items.is_empty() && self.life_areas.is_empty()
    }

    /// Leaves out every life area but `kept`.
    pub fn life_areas_other_than(kept: &[LifeArea]) -> Self {
        Self {
            items: BTreeSet::new(),
            life_areas: LifeArea::ALL
                .into_iter()
                .filter(|area| !kept.contains(area))
                .collect(),
        }
    }

    fn leaves_out(&self, id: &ItemId, life_area: Option<LifeArea>) -> bool {
        self.items.contains(id) || life_area.is_some_and(|area| self.life_areas.contains(&area))
    }
}

impl Selection {
    /// Whole sections, nothing left out: the same as a choice of sections.
    pub fn whole_sections(sections: &[Section]) -> Self {
        Self {
            sections: normalized_sections(sections),
            leave_out: LeaveOut::nothing(),
        }
    }

    /// The left-out ids that no item of `plan` has (a typo, or an item deleted since): a tool
    /// that reads a selection from a person should refuse them rather than leave nothing out.
    pub fn unknown_items(&self, plan: &Plan) -> Vec<ItemId> {
        let known = all_item_ids(plan);
        self.leave_out
            .items
            .iter()
            .filter(|id| !known.contains(id))
            .cloned()
            .collect()
    }

    /// Whether this selection leaves out something the plan's sections hold: the recipient's
    /// document then says that some items were left out (never which).
    pub fn leaves_out_something(&self, plan: &Plan) -> bool {
        !self.leave_out.is_nothing()
            && plan_for_selection(plan, self) != plan_for_sections(plan, &self.sections)
    }
}

/// The plan with only what `selection` shares (see the module docs for the exact rule). Pure and
/// total; with nothing left out it is [`plan_for_sections`].
pub fn plan_for_selection(plan: &Plan, selection: &Selection) -> Plan {
    if selection.leave_out.is_nothing() {
        return plan_for_sections(plan, &selection.sections);
    }
    plan_for_sections(&without(plan, &selection.leave_out), &selection.sections)
}

/// One item a person can leave out of a recipient's sections, as the widget lists them to choose
/// from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChoosableItem {
    /// The item's id, what [`LeaveOut::items`] holds.
    pub id: ItemId,
    /// The plan path of the list it is in (`individualPlan.goals`, `network`, ...).
    pub list: &'static str,
    /// A short label: the start of the item's own words (at most
    /// [`SENSITIVE_LABEL_CHARS`](super::SENSITIVE_LABEL_CHARS) characters).
    pub label: String,
    /// Its life area, for the lists that have one.
    pub life_area: Option<LifeArea>,
}

/// Every item `sections` would share from `plan` (including the network members that go along
/// with the items that point at them), in plan order: what a person can leave out one by one.
pub fn choosable_items(plan: &Plan, sections: &[Section]) -> Vec<ChoosableItem> {
    let shared = plan_for_sections(plan, sections);
    let individual = &shared.individual_plan;
    let crisis = &shared.crisis_plan;
    let mut items = Vec::new();
    let mut add = |list: &'static str, id: &ItemId, words: &str, life_area: Option<LifeArea>| {
        items.push(ChoosableItem {
            id: id.clone(),
            list,
            label: short_label(words),
            life_area,
        });
    };
    let person = |who: &Option<PersonRef>| -> String {
        match who {
            Some(PersonRef::Member(id)) => shared
                .member(id)
                .map(|member| member.name.as_str().to_owned())
                .unwrap_or_default(),
            Some(PersonRef::Typed(name)) => name.as_str().to_owned(),
            Some(PersonRef::Me) | None => String::new(),
        }
    };
    for goal in individual.goals.iter() {
        add(
            "individualPlan.goals",
            &goal.id,
            goal.text.as_str(),
            goal.life_area,
        );
    }
    for note in individual.resources.iter() {
        add(
            "individualPlan.resources",
            &note.id,
            note.text.as_str(),
            note.life_area,
        );
    }
    for note in individual.needs.iter() {
        add(
            "individualPlan.needs",
            &note.id,
            note.text.as_str(),
            note.life_area,
        );
    }
    for measure in individual.measures.iter() {
        let words = measure.what.as_str();
        add(
            "individualPlan.measures",
            &measure.id,
            words,
            measure.life_area,
        );
    }
    for agreement in individual.agreements.iter() {
        let words = agreement.what.as_str();
        add("individualPlan.agreements", &agreement.id, words, None);
    }
    for appointment in individual.appointments.iter() {
        let words = appointment.what.as_str();
        add("individualPlan.appointments", &appointment.id, words, None);
    }
    for entry in individual.revision_log.iter() {
        add(
            "individualPlan.revisionLog",
            &entry.id,
            entry.text.as_str(),
            None,
        );
    }
    for member in shared.network.iter() {
        add("network", &member.id, member.name.as_str(), None);
    }
    for sign in crisis.warning_signs.iter() {
        add(
            "crisisPlan.warningSigns",
            &sign.id,
            sign.sign.as_str(),
            None,
        );
    }
    for reason in crisis.reasons_for_living.iter() {
        add(
            "crisisPlan.reasonsForLiving",
            &reason.id,
            reason.reason.as_str(),
            None,
        );
    }
    for step in crisis.safer_surroundings.iter() {
        add(
            "crisisPlan.saferSurroundings",
            &step.id,
            step.action.as_str(),
            None,
        );
    }
    for recipient in crisis.help_message.recipients.iter() {
        let name = person(&recipient.who);
        let words = if name.is_empty() {
            recipient.phone.as_str()
        } else {
            &name
        };
        add(
            "crisisPlan.helpMessage.recipients",
            &recipient.id,
            words,
            None,
        );
    }
    for contact in crisis.contacts.iter() {
        let name = person(&contact.who);
        let words = if name.is_empty() {
            contact.phone.as_str()
        } else {
            &name
        };
        add("crisisPlan.contacts", &contact.id, words, None);
    }
    for person in crisis.do_not_contact.iter() {
        add(
            "crisisPlan.doNotContact",
            &person.id,
            person.name.as_str(),
            None,
        );
    }
    for service in crisis.services.iter() {
        add(
            "crisisPlan.services",
            &service.id,
            service.name.as_str(),
            None,
        );
    }
    for medicine in crisis.treatment.medicines_that_help.iter() {
        let words = medicine.name.as_str();
        add(
            "crisisPlan.treatment.medicinesThatHelp",
            &medicine.id,
            words,
            None,
        );
    }
    for medicine in crisis.treatment.medicines_to_avoid.iter() {
        let words = medicine.name.as_str();
        add(
            "crisisPlan.treatment.medicinesToAvoid",
            &medicine.id,
            words,
            None,
        );
    }
    items
}

/// `plan` with the left-out items gone and references to left-out members emptied.
fn without(plan: &Plan, leave_out: &LeaveOut) -> Plan {
    let network = keep(&plan.network, |member| {
        !leave_out.leaves_out(&member.id, None)
    });
    let gone = |person: &Option<PersonRef>| {
        person
            .as_ref()
            .and_then(PersonRef::member_id)
            .is_some_and(|id| !network.contains_id(id))
    };
    let cleared = |person: &Option<PersonRef>| if gone(person) { None } else { person.clone() };

    let full = &plan.individual_plan;
    let individual_plan = IndividualPlan {
        goals: keep(&full.goals, |goal| {
            !leave_out.leaves_out(&goal.id, goal.life_area)
        }),
        resources: keep(&full.resources, |note| {
            !leave_out.leaves_out(&note.id, note.life_area)
        }),
        needs: keep(&full.needs, |note| {
            !leave_out.leaves_out(&note.id, note.life_area)
        }),
        measures: keep(&full.measures, |measure| {
            !leave_out.leaves_out(&measure.id, measure.life_area)
        })
        .into_iter()
        .map(|mut measure| {
            measure.responsible = cleared(&measure.responsible);
            measure
        })
        .collect(),
        agreements: keep(&full.agreements, |agreement| {
            !leave_out.leaves_out(&agreement.id, None)
        })
        .into_iter()
        .map(|mut agreement| {
            agreement.who = cleared(&agreement.who);
            agreement
        })
        .collect(),
        appointments: keep(&full.appointments, |appointment| {
            !leave_out.leaves_out(&appointment.id, None)
        })
        .into_iter()
        .map(|mut appointment| {
            appointment.with_whom = cleared(&appointment.with_whom);
            appointment
        })
        .collect(),
        revision_log: keep(&full.revision_log, |entry| {
            !leave_out.leaves_out(&entry.id, None)
        }),
        ..full.clone()
    };

    let full = &plan.crisis_plan;
    let mut practical = full.practical.clone();
    for matter in practical_matters(&mut practical) {
        matter.who = cleared(&matter.who);
    }
    let mut treatment = full.treatment.clone();
    treatment.medicines_that_help = keep(&treatment.medicines_that_help, |medicine| {
        !leave_out.leaves_out(&medicine.id, None)
    });
    treatment.medicines_to_avoid = keep(&treatment.medicines_to_avoid, |medicine| {
        !leave_out.leaves_out(&medicine.id, None)
    });
    let crisis_plan = CrisisPlan {
        warning_signs: keep(&full.warning_signs, |sign| {
            !leave_out.leaves_out(&sign.id, None)
        })
        .into_iter()
        .map(|mut sign| {
            sign.who = cleared(&sign.who);
            sign
        })
        .collect(),
        reasons_for_living: keep(&full.reasons_for_living, |reason| {
            !leave_out.leaves_out(&reason.id, None)
        }),
        safer_surroundings: keep(&full.safer_surroundings, |step| {
            !leave_out.leaves_out(&step.id, None)
        })
        .into_iter()
        .map(|mut step| {
            step.who = cleared(&step.who);
            step
        })
        .collect(),
        contacts: keep(&full.contacts, |contact| {
            !leave_out.leaves_out(&contact.id, None) && !gone(&contact.who)
        }),
        help_message: HelpMessage {
            text: full.help_message.text.clone(),
            recipients: keep(&full.help_message.recipients, |recipient| {
                !leave_out.leaves_out(&recipient.id, None) && !gone(&recipient.who)
            }),
        },
        do_not_contact: keep(&full.do_not_contact, |person| {
            !leave_out.leaves_out(&person.id, None)
        }),
        services: keep(&full.services, |service| {
            !leave_out.leaves_out(&service.id, None)
        }),
        treatment,
        practical,
        ..full.clone()
    };

    Plan {
        individual_plan,
        crisis_plan,
        network,
        ..plan.clone()
    }
}

/// The items of `list` that `wanted` keeps, in order.
fn keep<T: Clone>(list: &List<T>, wanted: impl Fn(&T) -> bool) -> List<T> {
    list.iter().filter(|item| wanted(item)).cloned().collect()
}

fn practical_matters(practical: &mut crate::plan::PracticalMatters) -> [&mut PracticalMatter; 6] {
    [
        &mut practical.children,
        &mut practical.pets,
        &mut practical.home_and_keys,
        &mut practical.bills,
        &mut practical.work_or_school,
        &mut practical.other,
    ]
}

/// The id of every item a selection can leave out.
fn all_item_ids(plan: &Plan) -> BTreeSet<ItemId> {
    fn ids<T: Identified>(list: &List<T>) -> impl Iterator<Item = ItemId> + '_ {
        list.iter().map(|item| item.id().clone())
    }
    let individual = &plan.individual_plan;
    let crisis = &plan.crisis_plan;
    ids(&individual.goals)
        .chain(ids(&individual.resources))
        .chain(ids(&individual.needs))
        .chain(ids(&individual.measures))
        .chain(ids(&individual.agreements))
        .chain(ids(&individual.appointments))
        .chain(ids(&individual.revision_log))
        .chain(ids(&plan.network))
        .chain(ids(&crisis.warning_signs))
        .chain(ids(&crisis.reasons_for_living))
        .chain(ids(&crisis.safer_surroundings))
        .chain(ids(&crisis.contacts))
        .chain(ids(&crisis.help_message.recipients))
        .chain(ids(&crisis.do_not_contact))
        .chain(ids(&crisis.services))
        .chain(ids(&crisis.treatment.medicines_that_help))
        .chain(ids(&crisis.treatment.medicines_to_avoid))
        .collect()
}
