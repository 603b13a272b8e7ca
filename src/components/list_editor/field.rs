//! One field of an item or group, with the control its kind needs: a line, a paragraph, a
//! date, a number, a choice, a check box, a person (from the network or typed), or the parts of
//! the plan.

use std::rc::Rc;

use serde_json::{Map, Value, json};

const ME: &str = "me";
use yew::prelude::*;

use super::members::MemberChoices;
use super::text_of;
use crate::components::fields::{
    CheckField, ChoiceField, LineField, LineKind, NumberField, ParagraphField,
};
use crate::forms::{FieldKind, FieldSpec, ROLES, SECTIONS};
use crate::hooks::{new_item_id, use_focus, use_i18n};
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

/// `set_value`, followed by the change of any field that follows this one (a network member's
/// yes/no "next of kin" follows their role; see [`crate::forms::follows_from`]).
fn with_what_follows(
    set_value: Callback<Value>,
    target: &FieldTarget,
    key: &'static str,
    values: Rc<Map<String, Value>>,
    on_action: Callback<PlanAction>,
) -> Callback<Value> {
    let FieldTarget::Item(list, id) = target.clone() else {
        return set_value;
    };
    if list != ListKind::Network {
        return set_value;
    }
    Callback::from(move |value: Value| {
        let follows = crate::forms::follows_from(list, key, &value, &values);
        set_value.emit(value);
        if let Some((key, value)) = follows {
            on_action.emit(PlanAction::SetItemField {
                list,
                id: id.clone(),
                key,
                value,
            });
        }
    })
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
    let set_value = with_what_follows(
        props.target.setter(&props.on_action, key),
        &props.target,
        key,
        props.values.clone(),
        props.on_action.clone(),
    );
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
        FieldKind::Person | FieldKind::OtherPerson => {
            let value = props.values.get(key).cloned().unwrap_or(Value::Null);
            // "Me" where it makes sense, and where an older plan already says it (never lost).
            let offers_me = props.field.kind == FieldKind::Person || value == json!(ME);
            let fixed_choices = Rc::new(if offers_me {
                vec![(AttrValue::from(ME), AttrValue::from("choice-person-me"))]
            } else {
                Vec::new()
            });
            let on_new_person = {
                let on_action = props.on_action.clone();
                let set_value = set_value.clone();
                Callback::from(move |(name, phone): (String, String)| {
                    let id = new_item_id();
                    let mut fields = Map::new();
                    for (field_key, text) in [("name", name), ("phone", phone)] {
                        if !text.trim().is_empty() {
                            fields.insert(field_key.to_owned(), Value::String(text));
                        }
                    }
                    on_action.emit(PlanAction::AddItem {
                        list: ListKind::Network,
                        id: id.clone(),
                        fields,
                    });
                    set_value.emit(json!({ "member": id.as_str() }));
                })
            };
            html! {
                <PersonOrTypedField
                    id={element_id}
                    {label_id}
                    {value}
                    members={props.members.clone()}
                    {fixed_choices}
                    on_new_person={Some(on_new_person)}
                    on_change={set_value}
                />
            }
        }
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
    /// Where a person picks from the network: adds a new person (name, phone) to the network
    /// and chooses them. `None` where the choice is not of a person (a role).
    #[prop_or_default]
    pub on_new_person: Option<Callback<(String, String)>>,
    /// The new value.
    pub on_change: Callback<Value>,
}

const TYPED: &str = "typed";
const MEMBER_PREFIX: &str = "member:";
/// The choice that opens the small form for a new person (never a value of the plan).
const NEW_PERSON: &str = "new-person";

/// A pick from fixed choices or from the network, or "something else", which opens a line to
/// type it in the person's own words. Where it picks a person, "a new person in my network"
/// opens a name and a number, added to the network and chosen at once: the number then lives
/// in one place instead of a typed copy that goes stale.
#[component]
pub fn PersonOrTypedField(props: &PersonOrTypedFieldProps) -> Html {
    let i18n = use_i18n();
    let adding = use_state_eq(|| false);
    let new_name = use_state_eq(String::new);
    let new_phone = use_state_eq(String::new);
    let missing = use_state_eq(|| false);
    let focus_target = use_state_eq(|| None::<String>);
    {
        let focus_target = focus_target.clone();
        let focus = use_focus();
        use_effect_with((*focus_target).clone(), move |target| {
            if let Some(element_id) = target {
                focus.emit(AttrValue::from(element_id.clone()));
                focus_target.set(None);
            }
        });
    }
    let (selected, typed) = match &props.value {
        Value::String(choice) => (choice.clone(), None),
        Value::Object(object) => match (object.get("member"), object.get(TYPED)) {
            (Some(Value::String(member)), _) => (format!("{MEMBER_PREFIX}{member}"), None),
            (_, Some(Value::String(text))) => (TYPED.to_owned(), Some(text.clone())),
            _ => (String::new(), None),
        },
        _ => (String::new(), None),
    };
    let selected = if *adding {
        NEW_PERSON.to_owned()
    } else {
        selected
    };
    // In the order a person looks: fixed choices, the people they have, a new one, or words.
    let mut choices: Vec<(AttrValue, AttrValue)> = props
        .fixed_choices
        .iter()
        .map(|(value, id)| (value.clone(), i18n.t(id)))
        .collect();
    choices.extend(props.members.iter().map(|(id, name)| {
        (
            AttrValue::from(format!("{MEMBER_PREFIX}{id}")),
            name.clone(),
        )
    }));
    if props.on_new_person.is_some() {
        choices.push((AttrValue::from(NEW_PERSON), i18n.t("choice-person-new")));
    }
    choices.push((AttrValue::from(TYPED), i18n.t("choice-typed")));
    let new_ids = NewPersonIds::of(&props.id);
    let on_pick = {
        let on_change = props.on_change.clone();
        let typed = typed.clone();
        let adding = adding.clone();
        let focus_target = focus_target.clone();
        let name_id = new_ids.name.clone();
        Callback::from(move |picked: String| {
            if picked == NEW_PERSON {
                adding.set(true);
                focus_target.set(Some(name_id.clone()));
                return;
            }
            adding.set(false);
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
    let new_person_form = match (&props.on_new_person, *adding) {
        (Some(on_new_person), true) => {
            let close = {
                let adding = adding.clone();
                let new_name = new_name.clone();
                let new_phone = new_phone.clone();
                let missing = missing.clone();
                let focus_target = focus_target.clone();
                let select_id = props.id.to_string();
                move || {
                    adding.set(false);
                    new_name.set(String::new());
                    new_phone.set(String::new());
                    missing.set(false);
                    focus_target.set(Some(select_id.clone()));
                }
            };
            let on_add = {
                let on_new_person = on_new_person.clone();
                let name = (*new_name).clone();
                let phone = (*new_phone).clone();
                let missing = missing.clone();
                let focus_target = focus_target.clone();
                let name_id = new_ids.name.clone();
                let close = close.clone();
                Callback::from(move |_: MouseEvent| {
                    if name.trim().is_empty() && phone.trim().is_empty() {
                        missing.set(true);
                        focus_target.set(Some(name_id.clone()));
                        return;
                    }
                    on_new_person.emit((name.clone(), phone.clone()));
                    close();
                })
            };
            let on_cancel = Callback::from(move |_: MouseEvent| close());
            let set = |state: &UseStateHandle<String>| {
                let state = state.clone();
                let missing = missing.clone();
                Callback::from(move |text: String| {
                    state.set(text);
                    missing.set(false);
                })
            };
            html! {
                <div class="new-person" role="group" aria-labelledby={new_ids.legend.clone()}>
                    <p class="new-person-legend" id={new_ids.legend.clone()}>{ i18n.t("person-new-legend") }</p>
                    <p class="field-hint">{ i18n.t("person-new-hint") }</p>
                    <LineField id={AttrValue::from(new_ids.name.clone())} label_id="person-new-name"
                        value={AttrValue::from((*new_name).clone())} on_change={set(&new_name)} />
                    <LineField id={AttrValue::from(new_ids.phone.clone())} label_id="person-new-phone"
                        value={AttrValue::from((*new_phone).clone())} on_change={set(&new_phone)} kind={LineKind::Phone} />
                    if *missing {
                        <p class="field-error" role="alert">{ i18n.t("person-new-missing") }</p>
                    }
                    <div class="button-row">
                        <button type="button" class="button" id={new_ids.add.clone()} onclick={on_add}>
                            { i18n.t("person-new-add") }
                        </button>
                        <button type="button" class="button button-quiet" onclick={on_cancel}>
                            { i18n.t("person-new-cancel") }
                        </button>
                    </div>
                </div>
            }
        }
        _ => Html::default(),
    };
    html! {
        <>
            <ChoiceField
                id={props.id.clone()}
                label_id={props.label_id.clone()}
                value={AttrValue::from(selected)}
                choices={Rc::new(Vec::new())}
                named_choices={Rc::new(choices)}
                on_change={on_pick}
            />
            { new_person_form }
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

/// The element ids of the small form for a new person, under a picker's id.
struct NewPersonIds {
    legend: String,
    name: String,
    phone: String,
    add: String,
}

impl NewPersonIds {
    fn of(picker_id: &str) -> NewPersonIds {
        NewPersonIds {
            legend: format!("{picker_id}-new"),
            name: format!("{picker_id}-new-name"),
            phone: format!("{picker_id}-new-phone"),
            add: format!("{picker_id}-new-add"),
        }
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
