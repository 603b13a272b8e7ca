//! One field of an item or group, with the control its kind needs: a line, a paragraph, a
//! date, a number, a choice, a check box, a person (from the network or typed), or the parts of
//! the plan.

use std::rc::Rc;

use serde_json::{Map, Value, json};
use yew::prelude::*;

use super::members::MemberChoices;
use super::text_of;
use crate::components::fields::{
    CheckField, ChoiceField, LineField, LineKind, NumberField, ParagraphField,
};
use crate::forms::{FieldKind, FieldSpec, ROLES, SECTIONS};
use crate::hooks::use_i18n;
use crate::state::plan::PlanAction;
use crate::state::plan_fields::{ListKind, ObjectKind};
use ownplan_core::plan::ItemId;

/// Where a field's changes go: an item of a list, or a group of fields that is not a list.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldTarget {
    /// An item of a list.
    Item(ListKind, ItemId),
    /// A group (the admission agreement, a practical matter, ...).
    Object(ObjectKind),
}

impl FieldTarget {
    /// The action that sets `key` to `value` here.
    fn action(&self, key: &'static str, value: Value) -> PlanAction {
        match self {
            FieldTarget::Item(list, id) => PlanAction::SetItemField {
                list: *list,
                id: id.clone(),
                key,
                value,
            },
            FieldTarget::Object(object) => PlanAction::SetObjectField {
                object: *object,
                key,
                value,
            },
        }
    }

    /// The element id of field `key` here.
    pub(super) fn element_id(&self, key: &str) -> String {
        match self {
            FieldTarget::Item(list, id) => format!("{}-{}-{key}", list.key(), id.as_str()),
            FieldTarget::Object(object) => format!("{}-{key}", object.key()),
        }
    }

    fn setter(&self, on_action: &Callback<PlanAction>, key: &'static str) -> Callback<Value> {
        let target = self.clone();
        let on_action = on_action.clone();
        Callback::from(move |value: Value| on_action.emit(target.action(key, value)))
    }
}

/// Properties of [`ItemField`].
#[derive(Properties, PartialEq)]
pub struct ItemFieldProps {
    /// Where changes go.
    pub target: FieldTarget,
    /// The field.
    pub field: FieldSpec,
    /// The current values, as a JSON object.
    pub values: Rc<Map<String, Value>>,
    /// People for the person picker.
    pub members: MemberChoices,
    /// Changes to the plan.
    pub on_action: Callback<PlanAction>,
}

/// One field of an item or group, with the control its kind needs.
#[component]
pub fn ItemField(props: &ItemFieldProps) -> Html {
    let key = props.field.key;
    let element_id = AttrValue::from(props.target.element_id(key));
    let set_value = props.target.setter(&props.on_action, key);
    let set_text = {
        let set_value = set_value.clone();
        Callback::from(move |text: String| set_value.emit(Value::String(text)))
    };
    let label_id = AttrValue::from(props.field.label_id);
    let hint_id = props.field.hint_id.map(AttrValue::from);
    let value = AttrValue::from(text_of(&props.values, key).to_owned());
    let line = |kind: LineKind| {
        html! { <LineField id={element_id.clone()} label_id={label_id.clone()} hint_id={hint_id.clone()} value={value.clone()} on_change={set_text.clone()} {kind} /> }
    };
    match props.field.kind {
        FieldKind::Line => line(LineKind::Text),
        FieldKind::Phone => line(LineKind::Phone),
        FieldKind::Email => line(LineKind::Email),
        FieldKind::Date => line(LineKind::Date),
        FieldKind::Time => line(LineKind::Time),
        FieldKind::Number => {
            let number = props
                .values
                .get(key)
                .and_then(Value::as_u64)
                .and_then(|n| u32::try_from(n).ok());
            let on_change = Callback::from(move |number: Option<u32>| {
                set_value.emit(number.map(Value::from).unwrap_or(Value::Null))
            });
            html! { <NumberField id={element_id} {label_id} {hint_id} value={number} {on_change} /> }
        }
        FieldKind::Paragraph => html! {
            <ParagraphField id={element_id} {label_id} {hint_id} {value} on_change={set_text} />
        },
        FieldKind::Choice(choices) => {
            let choices = Rc::new(
                choices
                    .iter()
                    .map(|(v, id)| (AttrValue::from(*v), AttrValue::from(*id)))
                    .collect(),
            );
            html! {
                <ChoiceField id={element_id} {label_id} {hint_id} {value} {choices} on_change={set_text} />
            }
        }
        FieldKind::Check => {
            let checked = props
                .values
                .get(key)
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let on_change =
                Callback::from(move |checked: bool| set_value.emit(Value::Bool(checked)));
            html! { <CheckField id={element_id} {label_id} {checked} {on_change} /> }
        }
        FieldKind::Sections => {
            let chosen: Vec<String> = props
                .values
                .get(key)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            html! { <SectionsField id={element_id} {label_id} {hint_id} {chosen} on_change={set_value} /> }
        }
        FieldKind::Person => html! {
            <PersonOrTypedField
                id={element_id}
                {label_id}
                value={props.values.get(key).cloned().unwrap_or(Value::Null)}
                members={props.members.clone()}
                fixed_choices={Rc::new(vec![(AttrValue::from("me"), AttrValue::from("choice-person-me"))])}
                on_change={set_value}
            />
        },
        FieldKind::Role => html! {
            <PersonOrTypedField
                id={element_id}
                {label_id}
                value={props.values.get(key).cloned().unwrap_or(Value::Null)}
                members={Rc::new(Vec::new())}
                fixed_choices={Rc::new(ROLES.iter().map(|(v, id)| (AttrValue::from(*v), AttrValue::from(*id))).collect::<Vec<_>>())}
                on_change={set_value}
            />
        },
    }
}

/// Properties of [`PersonOrTypedField`].
#[derive(Properties, PartialEq)]
pub struct PersonOrTypedFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// Label message id.
    pub label_id: AttrValue,
    /// The value: a fixed choice as a string, `{"member": id}`, `{"typed": text}` or null.
    pub value: Value,
    /// People to pick from.
    pub members: MemberChoices,
    /// Fixed choices (value, message id): "me", or the field's roles.
    pub fixed_choices: Rc<Vec<(AttrValue, AttrValue)>>,
    /// The new value.
    pub on_change: Callback<Value>,
}

const TYPED: &str = "typed";
const MEMBER_PREFIX: &str = "member:";

/// A pick from fixed choices or from the network, or "something else", which opens a line to
/// type it in the person's own words.
#[component]
pub fn PersonOrTypedField(props: &PersonOrTypedFieldProps) -> Html {
    let (selected, typed) = match &props.value {
        Value::String(choice) => (choice.clone(), None),
        Value::Object(object) => match (object.get("member"), object.get(TYPED)) {
            (Some(Value::String(member)), _) => (format!("{MEMBER_PREFIX}{member}"), None),
            (_, Some(Value::String(text))) => (TYPED.to_owned(), Some(text.clone())),
            _ => (String::new(), None),
        },
        _ => (String::new(), None),
    };
    let mut choices: Vec<(AttrValue, AttrValue)> = (*props.fixed_choices).clone();
    choices.push((AttrValue::from(TYPED), AttrValue::from("choice-typed")));
    let named: Vec<(AttrValue, AttrValue)> = props
        .members
        .iter()
        .map(|(id, name)| {
            (
                AttrValue::from(format!("{MEMBER_PREFIX}{id}")),
                name.clone(),
            )
        })
        .collect();
    let on_pick = {
        let on_change = props.on_change.clone();
        let typed = typed.clone();
        Callback::from(move |picked: String| {
            let value = if picked.is_empty() {
                Value::Null
            } else if picked == TYPED {
                json!({ TYPED: typed.clone().unwrap_or_default() })
            } else if let Some(member) = picked.strip_prefix(MEMBER_PREFIX) {
                json!({ "member": member })
            } else {
                Value::String(picked)
            };
            on_change.emit(value);
        })
    };
    let on_type = {
        let on_change = props.on_change.clone();
        Callback::from(move |text: String| on_change.emit(json!({ TYPED: text })))
    };
    html! {
        <>
            <ChoiceField
                id={props.id.clone()}
                label_id={props.label_id.clone()}
                value={AttrValue::from(selected)}
                choices={Rc::new(choices)}
                named_choices={Rc::new(named)}
                on_change={on_pick}
            />
            if let Some(text) = typed {
                <LineField
                    id={AttrValue::from(format!("{}-typed", props.id))}
                    label_id="field-typed-name"
                    value={AttrValue::from(text)}
                    on_change={on_type}
                />
            }
        </>
    }
}

/// Properties of [`SectionsField`].
#[derive(Properties, PartialEq)]
pub struct SectionsFieldProps {
    /// Element id prefix.
    pub id: AttrValue,
    /// Label (legend) message id.
    pub label_id: AttrValue,
    /// Hint message id.
    #[prop_or_default]
    pub hint_id: Option<AttrValue>,
    /// The chosen sections' names.
    pub chosen: Vec<String>,
    /// The new list of chosen sections, in the standard order.
    pub on_change: Callback<Value>,
}

/// A group of check boxes, one per part of the plan.
#[component]
pub fn SectionsField(props: &SectionsFieldProps) -> Html {
    let i18n = use_i18n();
    html! {
        <fieldset class="field sections-field">
            <legend>{ i18n.t(&props.label_id) }</legend>
            if let Some(hint_id) = &props.hint_id {
                <p class="field-hint">{ i18n.t(hint_id) }</p>
            }
            { for SECTIONS.iter().map(|(value, label_id)| {
                let checked = props.chosen.iter().any(|c| c == value);
                let on_change = {
                    let chosen = props.chosen.clone();
                    let on_change = props.on_change.clone();
                    Callback::from(move |now_checked: bool| {
                        let next: Vec<Value> = SECTIONS
                            .iter()
                            .filter(|(v, _)| {
                                if v == value { now_checked } else { chosen.iter().any(|c| c == v) }
                            })
                            .map(|(v, _)| Value::String((*v).to_owned()))
                            .collect();
                        on_change.emit(Value::Array(next));
                    })
                };
                html! {
                    <CheckField id={AttrValue::from(format!("{}-{value}", props.id))} label_id={AttrValue::from(*label_id)} {checked} {on_change} />
                }
            }) }
        </fieldset>
    }
}
