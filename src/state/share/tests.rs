//! Test fixtures shared by the share tests: a plan and a draft they start from.

#![cfg(test)]

use std::rc::Rc;

use ownplan_core::plan::{
    Agreement, Date, DoNotContact, Goal, ItemId, LifeArea, Measure, NetworkMember, PersonRef, Plan,
    PlanId, Role, Section, SharingConsent, Text,
};

use super::ShareDraft;

pub fn id(n: u8) -> ItemId {
    ItemId::from_random_bytes([n; 16])
}

pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

pub fn plan() -> Rc<Plan> {
    let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "en");
    plan.network.push(NetworkMember {
        id: id(2),
        name: Text::from_nfc("Dr. Ingrid Solberg".to_owned()),
        role: Some(Role::Gp),
        ..NetworkMember::default()
    });
    plan.network.push(NetworkMember {
        id: id(3),
        name: Text::from_nfc("Ola".to_owned()),
        role: Some(Role::Friend),
        ..NetworkMember::default()
    });
    plan.network.push(NetworkMember {
        id: id(4),
        name: Text::from_nfc("Kim  Hansen".to_owned()),
        role: Some(Role::Nav),
        ..NetworkMember::default()
    });
    plan.consent.sharing.push(SharingConsent {
        id: id(5),
        recipient: Some(PersonRef::Member(id(4))),
        sections: vec![Section::Goals, Section::Measures],
        until: Some(date("2026-01-31")),
        note: Text::from_nfc("Not to others".to_owned()),
    });
    plan.crisis_plan.do_not_contact.push(DoNotContact {
        id: id(6),
        name: Text::from_nfc("kim hansen".to_owned()),
        ..DoNotContact::default()
    });
    Rc::new(plan)
}

pub fn draft() -> ShareDraft {
    ShareDraft::new(&plan(), Some(&date("2026-11-22")), "I agree.")
}

fn text(words: &str) -> Text {
    Text::from_nfc(words.to_owned())
}

/// The plan: goals in housing (20), money (21), substance use (22) and mental health
/// (23); measures in housing (24) and substance use (25); an AA agreement without a life area
/// (26); the GP (2) and NAV (4) in the network, and nobody's consent yet; Tom (6) must not be
/// contacted.
pub fn selection_plan() -> Rc<Plan> {
    let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "en");
    for (n, name, role) in [(2, "Dr. Solberg", Role::Gp), (4, "Kim at NAV", Role::Nav)] {
        plan.network.push(NetworkMember {
            id: id(n),
            name: text(name),
            role: Some(role),
            ..NetworkMember::default()
        });
    }
    for (n, area, words) in [
        (20, LifeArea::Housing, "A flat of my own"),
        (21, LifeArea::Money, "Pay off my debt"),
        (22, LifeArea::SubstanceUse, "Stop drinking"),
        (23, LifeArea::MentalHealth, "Sleep better"),
    ] {
        plan.individual_plan.goals.push(Goal {
            id: id(n),
            life_area: Some(area),
            text: text(words),
            ..Goal::default()
        });
    }
    for (n, area, words) in [
        (24, LifeArea::Housing, "Housing benefit"),
        (25, LifeArea::SubstanceUse, "AA meetings on Tuesdays"),
    ] {
        plan.individual_plan.measures.push(Measure {
            id: id(n),
            life_area: Some(area),
            what: text(words),
            ..Measure::default()
        });
    }
    plan.individual_plan.agreements.push(Agreement {
        id: id(26),
        what: text("Go to AA with my sponsor"),
        ..Agreement::default()
    });
    plan.crisis_plan.do_not_contact.push(DoNotContact {
        id: id(6),
        name: text("Tom"),
        ..DoNotContact::default()
    });
    Rc::new(plan)
}
