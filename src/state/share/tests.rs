//! Test fixtures shared by the share tests: a plan and a draft they start from.

#![cfg(test)]

use std::rc::Rc;

use ownplan_core::plan::{
    Date, DoNotContact, ItemId, NetworkMember, PersonRef, Plan, PlanId, Role, Section,
    SharingConsent, Text,
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
