//! How a field's value reads for a person in print and read-only views.

use serde_json::{Map, Value};

use super::card::summary_choice;
use super::members::{MemberChoices, person_name};
use crate::forms::{FieldKind, FieldSpec, SECTIONS};

/// How a field's value reads for a person (in print and read-only views): choices by their
/// translated names, people by name, yes/no as words. `None` when nothing is filled in.
pub fn display_value(
    values: &Map<String, Value>,
    field: &FieldSpec,
    i18n: &crate::hooks::I18n,
    members: &MemberChoices,
) -> Option<String> {
    let value = values.get(field.key)?;
    if !crate::forms::adds_to_role(field, values) {
        return None;
    }
    let text = match field.kind {
        FieldKind::Person | FieldKind::OtherPerson => match value {
            Value::String(me) if me == "me" => i18n.t("choice-person-me").to_string(),
            other => person_name(Some(other), members),
        },
        FieldKind::Choice(_) | FieldKind::Role => summary_choice(values, field, i18n).to_string(),
        FieldKind::Check => match value.as_bool() {
            Some(true) => i18n.t("value-yes").to_string(),
            _ => String::new(),
        },
        FieldKind::Date => {
            crate::state::dates::long_date_text(i18n.language, value.as_str().unwrap_or_default())
        }
        FieldKind::Number => value.as_u64().map(|n| n.to_string()).unwrap_or_default(),
        FieldKind::Sections => value
            .as_array()
            .map(|chosen| {
                SECTIONS
                    .iter()
                    .filter(|(v, _)| chosen.iter().any(|c| c.as_str() == Some(*v)))
                    .map(|(_, id)| i18n.t(id).to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default(),
        _ => value.as_str().unwrap_or_default().to_owned(),
    };
    (!text.trim().is_empty()).then_some(text)
}
