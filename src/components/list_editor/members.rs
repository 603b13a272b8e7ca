//! The people of the person's network, as the person pickers offer them and as a person
//! reference reads.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use super::title::item_title;
use crate::state::plan_fields::ListKind;

/// A person in the network, as the person pickers offer them: (id, name).
pub type MemberChoices = Rc<Vec<(AttrValue, AttrValue)>>;

/// The people of `plan`'s network for the person pickers, each named as their card is: by
/// name, or by what else says who they are (a role, a number) when no name is written.
pub fn member_choices(plan: &ownplan_core::plan::Plan, i18n: &crate::hooks::I18n) -> MemberChoices {
    let none: MemberChoices = Rc::new(Vec::new());
    Rc::new(
        ListKind::Network
            .items(plan)
            .iter()
            .map(|member| {
                let id = member.get("id").and_then(Value::as_str).unwrap_or_default();
                let name = item_title(&crate::forms::NETWORK, member, &none, i18n).text;
                (AttrValue::from(id.to_owned()), name)
            })
            .collect(),
    )
}

/// The name of a person reference: a member's name, a typed name, or empty for "me" (the
/// summary then shows the title field anyway).
pub(super) fn person_name(value: Option<&Value>, members: &MemberChoices) -> String {
    match value {
        Some(Value::Object(object)) => {
            if let Some(member) = object.get("member").and_then(Value::as_str) {
                members
                    .iter()
                    .find(|(id, _)| id.as_str() == member)
                    .map(|(_, name)| name.to_string())
                    .unwrap_or_default()
            } else {
                object
                    .get("typed")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned()
            }
        }
        _ => String::new(),
    }
}
