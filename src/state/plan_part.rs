//! [`PlanPart`]: the parts of the individual plan that the plan view lists and the home view
//! reports as still empty, each with its messages and whether a plan has anything in it;
//! [`CrisisPart`]: the parts of the crisis plan; and [`Part`]: a part of either plan with its
//! place in the natural order ("previous" and "next" at the end of each part, [`PartStep`]).
//! The order is written once, here: the `ALL` lists, and where each plan begins and ends.
//!
//! These are the widget's views, not the format's sections (the core's `Section`): "about"
//! holds the owner's name as well as their story, "period" holds the revision log, the network
//! and consent have views of their own. So the enum lives here, next to the views; `app.rs` maps
//! each part to its route with an exhaustive `match`.

use ownplan_core::plan::Plan;

/// A part of the individual plan, as the plan view lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanPart {
    /// About me: name, my story, what matters to me.
    About,
    /// Goals.
    Goals,
    /// Resources and needs.
    Resources,
    /// Measures and services.
    Measures,
    /// The network.
    Network,
    /// Contributions and cooperation.
    Contributions,
    /// Agreements from meetings.
    Agreements,
    /// Appointments and meetings.
    Appointments,
    /// Plan period, review date and revision log.
    Period,
    /// Consent to the plan and to sharing.
    Consent,
}

impl PlanPart {
    /// Every part, in the order the plan view lists them.
    pub const ALL: [PlanPart; 10] = [
        PlanPart::About,
        PlanPart::Goals,
        PlanPart::Resources,
        PlanPart::Measures,
        PlanPart::Network,
        PlanPart::Contributions,
        PlanPart::Agreements,
        PlanPart::Appointments,
        PlanPart::Period,
        PlanPart::Consent,
    ];

    /// A short stable name, the `<key>` of its messages (`page-<key>-title`, `-intro`,
    /// `-example`) and of its `PartLayout`.
    pub const fn key(self) -> &'static str {
        match self {
            PlanPart::About => "about",
            PlanPart::Goals => "goals",
            PlanPart::Resources => "resources",
            PlanPart::Measures => "measures",
            PlanPart::Network => "network",
            PlanPart::Contributions => "contributions",
            PlanPart::Agreements => "agreements",
            PlanPart::Appointments => "appointments",
            PlanPart::Period => "period",
            PlanPart::Consent => "consent",
        }
    }

    /// The message id of its title (the heading of its view and its name in lists).
    pub const fn title_id(self) -> &'static str {
        match self {
            PlanPart::About => "page-about-title",
            PlanPart::Goals => "page-goals-title",
            PlanPart::Resources => "page-resources-title",
            PlanPart::Measures => "page-measures-title",
            PlanPart::Network => "page-network-title",
            PlanPart::Contributions => "page-contributions-title",
            PlanPart::Agreements => "page-agreements-title",
            PlanPart::Appointments => "page-appointments-title",
            PlanPart::Period => "page-period-title",
            PlanPart::Consent => "page-consent-title",
        }
    }

    /// The message id of the one-line explanation under its title.
    pub const fn intro_id(self) -> &'static str {
        match self {
            PlanPart::About => "page-about-intro",
            PlanPart::Goals => "page-goals-intro",
            PlanPart::Resources => "page-resources-intro",
            PlanPart::Measures => "page-measures-intro",
            PlanPart::Network => "page-network-intro",
            PlanPart::Contributions => "page-contributions-intro",
            PlanPart::Agreements => "page-agreements-intro",
            PlanPart::Appointments => "page-appointments-intro",
            PlanPart::Period => "page-period-intro",
            PlanPart::Consent => "page-consent-intro",
        }
    }

    /// Whether this part of `plan` has anything written in it.
    pub fn has_content(self, plan: &Plan) -> bool {
        let ip = &plan.individual_plan;
        match self {
            PlanPart::About => {
                !(plan.owner.name.is_blank()
                    && ip.my_story.is_blank()
                    && ip.what_matters_to_me.is_blank())
            }
            PlanPart::Goals => !ip.goals.is_empty(),
            PlanPart::Resources => !(ip.resources.is_empty() && ip.needs.is_empty()),
            PlanPart::Measures => !ip.measures.is_empty(),
            PlanPart::Network => !plan.network.is_empty(),
            PlanPart::Contributions => {
                !(ip.contributions.from_me.is_blank()
                    && ip.contributions.from_next_of_kin.is_blank()
                    && ip.contributions.from_services.is_blank()
                    && ip.cooperation.is_blank())
            }
            PlanPart::Agreements => !ip.agreements.is_empty(),
            PlanPart::Appointments => !ip.appointments.is_empty(),
            PlanPart::Period => {
                ip.period.from.is_some()
                    || ip.period.to.is_some()
                    || ip.period.review_date.is_some()
                    || !ip.revision_log.is_empty()
            }
            PlanPart::Consent => plan.consent.to_plan.given || !plan.consent.sharing.is_empty(),
        }
    }
}

/// A part of the crisis plan, as the crisis plan view lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CrisisPart {
    /// Warning signs, staged.
    Signs,
    /// Triggers, what I do myself, what helps and what does not.
    Helps,
    /// What makes life worth living.
    Reasons,
    /// Making my surroundings safer.
    Safer,
    /// How to meet me.
    Meet,
    /// Who to call, who not, services and crisis lines.
    Contacts,
    /// The message that asks for help.
    Message,
    /// User-controlled admission.
    Admission,
    /// Treatment wishes.
    Treatment,
    /// Practical matters.
    Practical,
    /// After the crisis.
    After,
}

impl CrisisPart {
    /// Every part, in the order the crisis plan view lists them.
    pub const ALL: [CrisisPart; 11] = [
        CrisisPart::Signs,
        CrisisPart::Helps,
        CrisisPart::Meet,
        CrisisPart::Contacts,
        CrisisPart::Message,
        CrisisPart::Safer,
        CrisisPart::Reasons,
        CrisisPart::Admission,
        CrisisPart::Treatment,
        CrisisPart::Practical,
        CrisisPart::After,
    ];

    /// A short stable name, the `<key>` of its messages (`page-<key>-title`, `-intro`,
    /// `-example`) and of its `PartLayout`.
    pub const fn key(self) -> &'static str {
        match self {
            CrisisPart::Signs => "signs",
            CrisisPart::Helps => "helps",
            CrisisPart::Reasons => "reasons",
            CrisisPart::Safer => "safer",
            CrisisPart::Message => "message",
            CrisisPart::Meet => "meet",
            CrisisPart::Contacts => "contacts",
            CrisisPart::Admission => "admission",
            CrisisPart::Treatment => "treatment",
            CrisisPart::Practical => "practical",
            CrisisPart::After => "after",
        }
    }

    /// The message id of its title (the heading of its view and its name in lists).
    pub const fn title_id(self) -> &'static str {
        match self {
            CrisisPart::Signs => "page-signs-title",
            CrisisPart::Helps => "page-helps-title",
            CrisisPart::Reasons => "page-reasons-title",
            CrisisPart::Safer => "page-safer-title",
            CrisisPart::Message => "page-message-title",
            CrisisPart::Meet => "page-meet-title",
            CrisisPart::Contacts => "page-contacts-title",
            CrisisPart::Admission => "page-admission-title",
            CrisisPart::Treatment => "page-treatment-title",
            CrisisPart::Practical => "page-practical-title",
            CrisisPart::After => "page-after-title",
        }
    }
}

/// A part of either plan: a view of its own, framed by `PartLayout`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// A part of the individual plan.
    Plan(PlanPart),
    /// A part of the crisis plan.
    Crisis(CrisisPart),
}

/// Where "previous" or "next" at the end of a part leads: another part, or a view around the
/// parts. Each plan begins after its overview; the individual plan ends in sharing it, the
/// crisis plan in its crisis card, so the person goes on without the top menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartStep {
    /// Another part.
    Part(Part),
    /// The individual plan's list of parts.
    PlanOverview,
    /// The crisis plan's list of parts.
    CrisisOverview,
    /// The crisis card, made from the crisis plan.
    CrisisCard,
    /// Sharing the plan with chosen professionals.
    Share,
}

impl Part {
    /// Every part of both plans: the individual plan's, then the crisis plan's.
    pub fn all() -> impl Iterator<Item = Part> {
        PlanPart::ALL
            .into_iter()
            .map(Part::Plan)
            .chain(CrisisPart::ALL.into_iter().map(Part::Crisis))
    }

    /// The part whose key is `key` (keys are unique across both plans).
    pub fn from_key(key: &str) -> Option<Part> {
        Part::all().find(|part| part.key() == key)
    }

    /// Its short stable name (the `<key>` of its messages).
    pub const fn key(self) -> &'static str {
        match self {
            Part::Plan(part) => part.key(),
            Part::Crisis(part) => part.key(),
        }
    }

    /// The message id of its title.
    pub const fn title_id(self) -> &'static str {
        match self {
            Part::Plan(part) => part.title_id(),
            Part::Crisis(part) => part.title_id(),
        }
    }

    /// Where "previous" leads: the part before it, or its plan's overview for the first.
    pub fn previous(self) -> PartStep {
        match self {
            Part::Plan(part) => neighbour(&PlanPart::ALL, part, -1)
                .map_or(PartStep::PlanOverview, |p| PartStep::Part(Part::Plan(p))),
            Part::Crisis(part) => neighbour(&CrisisPart::ALL, part, -1)
                .map_or(PartStep::CrisisOverview, |p| {
                    PartStep::Part(Part::Crisis(p))
                }),
        }
    }

    /// Where "next" leads: the part after it; after the last part of the individual plan,
    /// sharing it; after the last part of the crisis plan, the crisis card.
    pub fn next(self) -> PartStep {
        match self {
            Part::Plan(part) => neighbour(&PlanPart::ALL, part, 1)
                .map_or(PartStep::Share, |p| PartStep::Part(Part::Plan(p))),
            Part::Crisis(part) => neighbour(&CrisisPart::ALL, part, 1)
                .map_or(PartStep::CrisisCard, |p| PartStep::Part(Part::Crisis(p))),
        }
    }
}

impl PartStep {
    /// The message id of the name of where it leads.
    pub const fn title_id(self) -> &'static str {
        match self {
            PartStep::Part(part) => part.title_id(),
            PartStep::PlanOverview => "page-plan-title",
            PartStep::CrisisOverview => "page-crisis-title",
            PartStep::CrisisCard => "card-title",
            PartStep::Share => "page-share-title",
        }
    }
}

/// The item `offset` places from `item` in `order`, if there is one.
fn neighbour<T: Copy + PartialEq>(order: &[T], item: T, offset: isize) -> Option<T> {
    let at = order.iter().position(|candidate| *candidate == item)?;
    order.get(at.checked_add_signed(offset)?).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::{PlanId, Text};

    #[test]
    fn message_ids_follow_the_key() {
        for part in PlanPart::ALL {
            assert_eq!(part.title_id(), format!("page-{}-title", part.key()));
            assert_eq!(part.intro_id(), format!("page-{}-intro", part.key()));
        }
    }

    #[test]
    fn a_part_has_content_once_something_is_written_in_it() {
        let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "nb");
        assert!(PlanPart::ALL.iter().all(|part| !part.has_content(&plan)));
        plan.individual_plan.cooperation = Text::from_nfc("Vi møtes hver måned.".to_owned());
        let filled: Vec<_> = PlanPart::ALL
            .into_iter()
            .filter(|part| part.has_content(&plan))
            .collect();
        assert_eq!(filled, [PlanPart::Contributions]);
    }

    #[test]
    fn keys_are_unique_across_both_plans_and_lead_back_to_their_part() {
        let keys: std::collections::BTreeSet<_> = Part::all().map(Part::key).collect();
        assert_eq!(keys.len(), PlanPart::ALL.len() + CrisisPart::ALL.len());
        for part in Part::all() {
            assert_eq!(Part::from_key(part.key()), Some(part));
            assert_eq!(part.title_id(), format!("page-{}-title", part.key()));
        }
        assert_eq!(Part::from_key("card"), None);
    }

    /// Walking "next" from the first part visits every part once, in the order of the
    /// overview, and ends where the person goes on; "previous" walks the same way back.
    fn check_walk(first: Part, order: &[Part], start: PartStep, end: PartStep) {
        assert_eq!(first.previous(), start);
        let mut walked = vec![first];
        let mut step = first.next();
        while let PartStep::Part(part) = step {
            assert_eq!(part.previous(), PartStep::Part(*walked.last().unwrap()));
            walked.push(part);
            step = part.next();
        }
        assert_eq!(walked, order);
        assert_eq!(step, end);
    }

    #[test]
    fn the_individual_plan_goes_from_its_overview_through_every_part_to_sharing() {
        let order: Vec<Part> = PlanPart::ALL.into_iter().map(Part::Plan).collect();
        check_walk(
            Part::Plan(PlanPart::About),
            &order,
            PartStep::PlanOverview,
            PartStep::Share,
        );
        assert_eq!(
            Part::Plan(PlanPart::Measures).next(),
            PartStep::Part(Part::Plan(PlanPart::Network))
        );
    }

    #[test]
    fn the_crisis_plan_goes_from_its_overview_through_every_part_to_the_crisis_card() {
        let order: Vec<Part> = CrisisPart::ALL.into_iter().map(Part::Crisis).collect();
        check_walk(
            Part::Crisis(CrisisPart::Signs),
            &order,
            PartStep::CrisisOverview,
            PartStep::CrisisCard,
        );
        assert_eq!(
            Part::Crisis(CrisisPart::After).next().title_id(),
            "card-title"
        );
    }
}
