//! The people of the person's network, as the person pickers offer them and as a person
//! reference reads.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

/// A person in the network, as the person pickers offer them: (id, name).
pub type MemberChoices = Rc<Vec<(AttrValue, AttrValue)>>;

/// The people of `plan`'s network for the person pickers; a nameless one is "(not named yet)".
pub fn member_choices(plan: &ownplan_core::plan::Plan, i18n: &crate::hooks::I18n) -> MemberChoices {
    Rc::new(
        plan.network
            .iter()
            .map(|member| {
                let name = if member.name.is_blank() {
                    i18n.t("item-untitled")
                } else {
                    AttrValue::from(member.name.as_str().to_owned())
                };
                (AttrValue::from(member.id.as_str().to_owned()), name)
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
