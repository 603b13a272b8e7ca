//! [`plan_for_sections`]: the part of a plan one recipient may see — a pure function from a whole
//! plan and a list of [`Section`]s to a plan holding only those sections.
//!
//! The rule is written once, as data, in [`section_parts`]; `plan_for_sections` carries it out
//! with typed fields, and `tests/sharing_rule.rs` checks that the two agree on a plan where every
//! part is filled, that every plan part belongs to exactly one section, and that the table in
//! `docs/FORMAT.md` lists the same parts. So a new plan part, or a typo in any of the three,
//! fails a test instead of leaking or hiding a part.
//!
//! The rule:
//!
//! - **Always kept**: `formatVersion`, `planId`, `planVersion`, `meta` (language, when the plan
//!   was made and changed, who helped make it) and `owner` (a recipient must know whose plan it
//!   is).
//! - **Never kept**: `consent`. The export carries the consent for *this* recipient as
//!   `sharingConsent`; the other recipients' consents are none of its business.
//! - **Each section keeps its own parts** ([`section_parts`] lists them): for example
//!   [`Section::Measures`] keeps `individualPlan.measures` and `individualPlan.cooperation`, and
//!   [`Section::CrisisContacts`] keeps `crisisPlan.contacts`, `doNotContact` and `services`.
//! - **The network**: with [`Section::Network`] every member, with every field. Without it, only
//!   the members that a kept part points at (a measure's responsible person, an agreement's or a
//!   warning sign's *who*, an appointment's *with whom*, a crisis contact, a practical matter's
//!   *who*, a safer-surroundings step's *who*, a help message's recipient), and of those only what is needed to recognise and reach them: `id`, `name`, `role`,
//!   `organisation`, `phone`, `email`, `reachable` and `relation`. Notes, next-of-kin,
//!   coordinator and responsibility-group marks stay behind. Members keep their order.

use std::collections::BTreeSet;

use crate::plan::{CrisisPlan, IndividualPlan, ItemId, NetworkMember, PersonRef, Plan, Section};

/// The plan with only the parts of `sections` (see the module docs for the exact rule).
///
/// Pure and total: unknown combinations cannot occur, an empty `sections` gives a plan with only
/// the parts that are always kept, and naming a section twice is the same as naming it once.
pub fn plan_for_sections(plan: &Plan, sections: &[Section]) -> Plan {
    let has = |section: Section| sections.contains(&section);
    let full = &plan.individual_plan;
    let mut individual_plan = IndividualPlan::default();
    if has(Section::AboutMe) {
        individual_plan.my_story = full.my_story.clone();
        individual_plan.what_matters_to_me = full.what_matters_to_me.clone();
    }
    if has(Section::Goals) {
        individual_plan.goals = full.goals.clone();
    }
    if has(Section::ResourcesAndNeeds) {
        individual_plan.resources = full.resources.clone();
        individual_plan.needs = full.needs.clone();
    }
    if has(Section::Contributions) {
        individual_plan.contributions = full.contributions.clone();
    }
    if has(Section::Measures) {
        individual_plan.measures = full.measures.clone();
        individual_plan.cooperation = full.cooperation.clone();
    }
    if has(Section::Agreements) {
        individual_plan.agreements = full.agreements.clone();
    }
    if has(Section::Appointments) {
        individual_plan.appointments = full.appointments.clone();
    }
    if has(Section::PlanPeriod) {
        individual_plan.period = full.period.clone();
    }
    if has(Section::RevisionLog) {
        individual_plan.revision_log = full.revision_log.clone();
    }

    let full = &plan.crisis_plan;
    let mut crisis_plan = CrisisPlan::default();
    if has(Section::CrisisSigns) {
        crisis_plan.warning_signs = full.warning_signs.clone();
        crisis_plan.triggers = full.triggers.clone();
        crisis_plan.what_i_do_myself = full.what_i_do_myself.clone();
        crisis_plan.what_helps = full.what_helps.clone();
        crisis_plan.what_does_not_help = full.what_does_not_help.clone();
    }
    if has(Section::ReasonsForLiving) {
        crisis_plan.reasons_for_living = full.reasons_for_living.clone();
    }
    if has(Section::SaferSurroundings) {
        crisis_plan.safer_surroundings = full.safer_surroundings.clone();
    }
    if has(Section::HelpMessage) {
        crisis_plan.help_message = full.help_message.clone();
    }
    if has(Section::HowToMeetMe) {
        crisis_plan.how_to_meet_me = full.how_to_meet_me.clone();
    }
    if has(Section::CrisisContacts) {
        crisis_plan.contacts = full.contacts.clone();
        crisis_plan.do_not_contact = full.do_not_contact.clone();
        crisis_plan.services = full.services.clone();
    }
    if has(Section::Admission) {
        crisis_plan.admission = full.admission.clone();
    }
    if has(Section::TreatmentWishes) {
        crisis_plan.treatment = full.treatment.clone();
    }
    if has(Section::PracticalMatters) {
        crisis_plan.practical = full.practical.clone();
    }
    if has(Section::AfterCrisis) {
        crisis_plan.after_crisis = full.after_crisis.clone();
    }

    let network = if has(Section::Network) {
        plan.network.clone()
    } else {
        let referenced = referenced_members(&individual_plan, &crisis_plan);
        plan.network
            .iter()
            .filter(|member| referenced.contains(&member.id))
            .map(contact_details_only)
            .collect()
    };

    Plan {
        format_version: plan.format_version,
        plan_id: plan.plan_id.clone(),
        plan_version: plan.plan_version,
        meta: plan.meta.clone(),
        owner: plan.owner.clone(),
        individual_plan,
        crisis_plan,
        network,
        consent: Default::default(),
    }
}

/// The plan parts each section keeps, as JSON paths inside the plan: the sharing rule as data
/// (what [`plan_for_sections`] keeps, checked by a test), for documentation and for tools that
/// show a person what a choice of sections will share.
pub fn section_parts(section: Section) -> &'static [&'static str] {
    match section {
        Section::AboutMe => &["individualPlan.myStory", "individualPlan.whatMattersToMe"],
        Section::Goals => &["individualPlan.goals"],
        Section::ResourcesAndNeeds => &["individualPlan.resources", "individualPlan.needs"],
        Section::Contributions => &["individualPlan.contributions"],
        Section::Measures => &["individualPlan.measures", "individualPlan.cooperation"],
        Section::Agreements => &["individualPlan.agreements"],
        Section::Appointments => &["individualPlan.appointments"],
        Section::PlanPeriod => &["individualPlan.period"],
        Section::RevisionLog => &["individualPlan.revisionLog"],
        Section::Network => &["network"],
        Section::CrisisSigns => &[
            "crisisPlan.warningSigns",
            "crisisPlan.triggers",
            "crisisPlan.whatIDoMyself",
            "crisisPlan.whatHelps",
            "crisisPlan.whatDoesNotHelp",
        ],
        Section::ReasonsForLiving => &["crisisPlan.reasonsForLiving"],
        Section::SaferSurroundings => &["crisisPlan.saferSurroundings"],
        Section::HelpMessage => &["crisisPlan.helpMessage"],
        Section::HowToMeetMe => &["crisisPlan.howToMeetMe"],
        Section::CrisisContacts => &[
            "crisisPlan.contacts",
            "crisisPlan.doNotContact",
            "crisisPlan.services",
        ],
        Section::Admission => &["crisisPlan.admission"],
        Section::TreatmentWishes => &["crisisPlan.treatment"],
        Section::PracticalMatters => &["crisisPlan.practical"],
        Section::AfterCrisis => &["crisisPlan.afterCrisis"],
    }
}

/// The ids of the network members that the kept parts point at.
fn referenced_members(individual: &IndividualPlan, crisis: &CrisisPlan) -> BTreeSet<ItemId> {
    let practical = &crisis.practical;
    let people = individual
        .measures
        .iter()
        .map(|measure| measure.responsible.as_ref())
        .chain(individual.agreements.iter().map(|a| a.who.as_ref()))
        .chain(individual.appointments.iter().map(|a| a.with_whom.as_ref()))
        .chain(crisis.warning_signs.iter().map(|sign| sign.who.as_ref()))
        .chain(crisis.contacts.iter().map(|contact| contact.who.as_ref()))
        .chain(
            crisis
                .safer_surroundings
                .iter()
                .map(|step| step.who.as_ref()),
        )
        .chain(
            crisis
                .help_message
                .recipients
                .iter()
                .map(|recipient| recipient.who.as_ref()),
        )
        .chain(
            [
                &practical.children,
                &practical.pets,
                &practical.home_and_keys,
                &practical.bills,
                &practical.work_or_school,
                &practical.other,
            ]
            .into_iter()
            .map(|matter| matter.who.as_ref()),
        );
    people
        .flatten()
        .filter_map(PersonRef::member_id)
        .cloned()
        .collect()
}

/// A member reduced to what a recipient needs to recognise and reach them.
fn contact_details_only(member: &NetworkMember) -> NetworkMember {
    NetworkMember {
        id: member.id.clone(),
        name: member.name.clone(),
        role: member.role.clone(),
        organisation: member.organisation.clone(),
        phone: member.phone.clone(),
        email: member.email.clone(),
        reachable: member.reachable.clone(),
        relation: member.relation.clone(),
        ..NetworkMember::default()
    }
}

/// Sorts sections into the order of [`Section::ALL`] and drops repeats, so the same choice always
/// gives the same document.
pub fn normalized_sections(sections: &[Section]) -> Vec<Section> {
    Section::ALL
        .into_iter()
        .filter(|section| sections.contains(section))
        .collect()
}
