//! Who a person reference in the plan names, and the number to reach them: the number written
//! beside the reference (a crisis contact's, a help-message recipient's), else their network
//! entry's. The crisis card, the wallet card and the help message all ask this.

use ownplan_core::plan::{PersonRef, Plan, Text};

/// The name `who` gives (a network member's, or a typed name; empty for "me" or nobody) and
/// the number to use (the core's `Plan::number_to_reach`: `own_number` unless it is blank, else
/// the network member's).
pub fn name_and_number(
    plan: &Plan,
    who: Option<&PersonRef>,
    own_number: &Text,
) -> (String, String) {
    let name = match who {
        Some(PersonRef::Member(id)) => plan
            .member(id)
            .map(|member| member.name.as_str().to_owned())
            .unwrap_or_default(),
        Some(PersonRef::Typed(text)) => text.as_str().to_owned(),
        _ => String::new(),
    };
    (name, plan.number_to_reach(who, own_number).to_owned())
}
