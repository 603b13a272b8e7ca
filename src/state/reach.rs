//! Who a person reference in the plan names, and the number to reach them: the number written
//! beside the reference (a crisis contact's, a help-message recipient's), else their network
//! entry's. The crisis card, the wallet card and the help message all ask this.

use ownplan_core::plan::{PersonRef, Plan, Text};

/// The name `who` gives (a network member's, or a typed name; empty for "me" or nobody) and
/// the number to use: `own_number` unless it is blank, else the network member's.
pub fn name_and_number(
    plan: &Plan,
    who: Option<&PersonRef>,
    own_number: &Text,
) -> (String, String) {
    let (name, member_number) = match who {
        Some(PersonRef::Member(id)) => plan
            .member(id)
            .map(|m| (m.name.as_str().to_owned(), m.phone.as_str().to_owned()))
            .unwrap_or_default(),
        Some(PersonRef::Typed(text)) => (text.as_str().to_owned(), String::new()),
        _ => (String::new(), String::new()),
    };
    let number = if own_number.is_blank() {
        member_number
    } else {
        own_number.as_str().to_owned()
    };
    (name, number)
}
