//! What names an item on its card, on its buttons and in the person pickers: the person's own
//! words, from the first field that says what the item is ("Sove bedre", a contact's number,
//! a member's role), and only when nothing is written a neutral "New goal" for its list.

use serde_json::{Map, Value};
use yew::AttrValue;

use super::card::summary_choice;
use super::members::{MemberChoices, person_name};
use super::text_of;
use crate::forms::{FieldKind, ListSpec};
use crate::hooks::I18n;

/// An item's name, and the field it was taken from (`None` for the list's "New …").
#[derive(Clone, Debug, PartialEq)]
pub struct ItemTitle {
    /// The name, one line.
    pub text: AttrValue,
    /// The key of the field the name comes from.
    pub from_key: Option<&'static str>,
}

/// The name of `item` of the list `spec`: the first line of the first field, in the list's
/// order, that holds words, a person, a role or a number; otherwise the list's "New …".
pub fn item_title(
    spec: &ListSpec,
    item: &Map<String, Value>,
    members: &MemberChoices,
    i18n: &I18n,
) -> ItemTitle {
    spec.fields
        .iter()
        .find_map(|field| {
            let text = match field.kind {
                FieldKind::Line | FieldKind::Paragraph | FieldKind::Phone | FieldKind::Email => {
                    text_of(item, field.key).to_owned()
                }
                FieldKind::Person | FieldKind::OtherPerson => {
                    person_name(item.get(field.key), members)
                }
                FieldKind::Role => summary_choice(item, field, i18n).to_string(),
                _ => String::new(),
            };
            let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
            Some(ItemTitle {
                text: AttrValue::from(line.to_owned()),
                from_key: Some(field.key),
            })
        })
        .unwrap_or_else(|| ItemTitle {
            text: i18n.t(spec.new_id),
            from_key: None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms;
    use crate::i18n::{Language, translate};
    use serde_json::json;
    use std::rc::Rc;

    fn check(spec: ListSpec, item: Value, expected: &str, from_key: Option<&str>) {
        let Value::Object(item) = item else {
            panic!("an object")
        };
        let members: MemberChoices = Rc::new(vec![(
            AttrValue::from("m1"),
            AttrValue::from("Linn Haugen"),
        )]);
        let i18n = I18n {
            language: Language::NorwegianBokmal,
        };
        let title = item_title(&spec, &item, &members, &i18n);
        assert_eq!(title.text.as_str(), expected, "{item:?}");
        assert_eq!(title.from_key, from_key, "{item:?}");
    }

    #[test]
    fn an_item_is_named_by_its_content_and_never_as_not_named_yet() {
        check(
            forms::GOALS,
            json!({"id": "a", "text": "Sove bedre\nHver natt"}),
            "Sove bedre",
            Some("text"),
        );
        // A measure with only who provides it is named by that.
        check(
            forms::MEASURES,
            json!({"id": "a", "provider": "Bydel Gamle Oslo", "status": "ongoing"}),
            "Bydel Gamle Oslo",
            Some("provider"),
        );
        // A contact with only a number.
        check(
            forms::CRISIS_CONTACTS,
            json!({"id": "a", "phone": "22 33 44 55"}),
            "22 33 44 55",
            Some("phone"),
        );
        check(
            forms::CRISIS_CONTACTS,
            json!({"id": "a", "who": {"member": "m1"}, "phone": "22 33 44 55"}),
            "Linn Haugen",
            Some("who"),
        );
        // A network member without a name, by their role.
        check(
            forms::NETWORK,
            json!({"id": "a", "role": "gp"}),
            &translate(Language::NorwegianBokmal, "choice-role-gp"),
            Some("role"),
        );
        // Nothing written: the list's neutral name, not "(uten navn ennå)".
        for spec in forms::ALL_LISTS {
            let expected = translate(Language::NorwegianBokmal, spec.new_id);
            assert_ne!(
                expected,
                translate(Language::NorwegianBokmal, "item-untitled")
            );
            check(spec, json!({"id": "a", "stage": "early"}), &expected, None);
        }
    }
}
