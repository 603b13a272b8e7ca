//! The generic list editor: any list of the plan, described by a [`ListSpec`], as a column of
//! cards. A card shows the item's title and a few details; "Edit" opens its form in place.
//! Items can be moved up and down (by touch or keyboard: they are ordinary buttons) and
//! deleted; a deletion can be undone from the notice the shell shows.
//!
//! Only the open card renders its form, so a list of hundreds of items stays light, and each
//! card re-renders only when its own item changed.

use std::rc::Rc;

use serde_json::{Map, Value, json};
use yew::prelude::*;

use crate::components::fields::{
    CheckField, ChoiceField, LineField, LineKind, NumberField, ParagraphField,
};
use crate::forms::{FieldKind, FieldSpec, ListSpec, ROLES, SECTIONS};
use crate::hooks::{new_item_id, use_i18n};
use crate::services;
use crate::state::plan::PlanAction;
use crate::state::plan_fields::{ListKind, MoveDirection, ObjectKind};
use ownplan_core::plan::ItemId;

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

/// Properties of [`ListEditor`].
#[derive(Properties, PartialEq)]
pub struct ListEditorProps {
    /// Which list and its fields.
    pub spec: ListSpec,
    /// The items, each as its JSON object.
    pub items: Rc<Vec<Rc<Map<String, Value>>>>,
    /// The people the person pickers offer.
    pub members: MemberChoices,
    /// Changes to the plan.
    pub on_action: Callback<PlanAction>,
    /// Items to mark as needing attention (for example overdue agreements), by id.
    #[prop_or_default]
    pub flagged: Rc<Vec<String>>,
}

/// Edits one list of the plan.
#[component]
pub fn ListEditor(props: &ListEditorProps) -> Html {
    let i18n = use_i18n();
    let open = use_state_eq(|| None::<AttrValue>);
    let focus_after_add = use_state_eq(|| None::<String>);
    let list_key = props.spec.list.key();

    {
        // Move keyboard focus into the form of a just-added item.
        let focus_after_add = focus_after_add.clone();
        use_effect_with((*focus_after_add).clone(), move |target| {
            if let Some(element_id) = target {
                services::page::focus_element(element_id);
                focus_after_add.set(None);
            }
        });
    }

    let on_add = {
        let on_action = props.on_action.clone();
        let open = open.clone();
        let focus_after_add = focus_after_add.clone();
        let spec = props.spec;
        Callback::from(move |_: MouseEvent| {
            let id = new_item_id();
            open.set(Some(AttrValue::from(id.as_str().to_owned())));
            let first_field =
                FieldTarget::Item(spec.list, id.clone()).element_id(spec.fields[0].key);
            focus_after_add.set(Some(first_field));
            on_action.emit(PlanAction::AddItem {
                list: spec.list,
                id,
                fields: Map::new(),
            });
        })
    };

    let count = props.items.len();
    html! {
        <div class="list-editor">
            if props.items.is_empty() {
                <p class="list-empty">{ i18n.t(props.spec.empty_id) }</p>
            }
            <ol class="item-list" aria-label={i18n.t(props.spec.add_id)}>
                { for props.items.iter().enumerate().map(|(index, item)| {
                    let id = item_id(item);
                    let is_open = open.as_ref().is_some_and(|o| o.as_str() == id.as_str());
                    let on_toggle = {
                        let open = open.clone();
                        let id = id.clone();
                        Callback::from(move |()| {
                            if is_open { open.set(None) } else { open.set(Some(id.clone())) }
                        })
                    };
                    let flagged = props.flagged.iter().any(|f| f.as_str() == id.as_str());
                    html! {
                        <ItemCard
                            key={id.to_string()}
                            {flagged}
                            spec={props.spec}
                            item={item.clone()}
                            {index}
                            {count}
                            {is_open}
                            members={props.members.clone()}
                            on_action={props.on_action.clone()}
                            {on_toggle}
                        />
                    }
                }) }
            </ol>
            <button type="button" class="button button-add" id={format!("{list_key}-add")} onclick={on_add}>
                { i18n.t(props.spec.add_id) }
            </button>
        </div>
    }
}

fn item_id(item: &Map<String, Value>) -> AttrValue {
    AttrValue::from(
        item.get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
    )
}

fn text_of<'a>(item: &'a Map<String, Value>, key: &str) -> &'a str {
    item.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// Properties of [`ItemCard`].
#[derive(Properties, PartialEq)]
pub struct ItemCardProps {
    /// The list's description.
    pub spec: ListSpec,
    /// The item.
    pub item: Rc<Map<String, Value>>,
    /// Its place in the list.
    pub index: usize,
    /// How many items the list has.
    pub count: usize,
    /// Whether its form is open.
    pub is_open: bool,
    /// People for the person pickers.
    pub members: MemberChoices,
    /// Changes to the plan.
    pub on_action: Callback<PlanAction>,
    /// Open or close the form.
    pub on_toggle: Callback<()>,
    /// Whether the item needs attention (an overdue agreement).
    #[prop_or_default]
    pub flagged: bool,
}

/// One item: a summary with its buttons, and its form when open.
#[component]
pub fn ItemCard(props: &ItemCardProps) -> Html {
    let i18n = use_i18n();
    let id_text = item_id(&props.item);
    let id = ItemId::new(id_text.as_str());
    let list = props.spec.list;
    let title_field = &props.spec.fields[0];
    let title = summary_text(&props.item, title_field, &props.members);
    let title = if title.is_empty() {
        i18n.t("item-untitled")
    } else {
        AttrValue::from(title)
    };
    let details: Vec<Html> = props.spec.fields[1..]
        .iter()
        .filter(|f| {
            matches!(
                f.kind,
                FieldKind::Choice(_) | FieldKind::Date | FieldKind::Role | FieldKind::Phone
            )
        })
        .filter_map(|f| {
            let value = summary_choice(&props.item, f, &i18n);
            if value.is_empty() {
                return None;
            }
            // A phone number is a tap-to-call link, where it is one that can be dialled.
            Some(match (f.kind, ownplan_core::plan::tel_uri(&value)) {
                (FieldKind::Phone, Some(uri)) => html! { <a href={uri}>{ value }</a> },
                _ => html! { <span>{ value }</span> },
            })
        })
        .take(3)
        .collect();

    let act = |action: PlanAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let on_edit = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |_: MouseEvent| on_toggle.emit(()))
    };
    let form_id = format!("{}-{}-form", list.key(), id_text);
    let title_id = format!("{}-{}-title", list.key(), id_text);
    let position = (props.index + 1).to_string();
    let count = props.count.to_string();

    html! {
        <li class={classes!("item-card", props.is_open.then_some("is-open"), props.flagged.then_some("is-flagged"))} aria-labelledby={title_id.clone()}>
            <div class="item-summary">
                <p class="item-title" id={title_id}>
                    <span class="visually-hidden">
                        { i18n.t_with("item-position", &[("position", &position), ("count", &count)]) }
                    </span>
                    { title }
                </p>
                if props.flagged {
                    <p class="item-flag is-due">{ i18n.t(&format!("flag-{}", list.key())) }</p>
                }
                if !details.is_empty() {
                    <p class="item-details">
                        { for details.into_iter().enumerate().map(|(n, detail)| html! {
                            <>{ if n > 0 { " · " } else { "" } }{ detail }</>
                        }) }
                    </p>
                }
            </div>
            <div class="item-buttons">
                <button type="button" class="button" aria-expanded={props.is_open.to_string()} aria-controls={form_id.clone()} onclick={on_edit.clone()}>
                    { if props.is_open { i18n.t("item-close") } else { i18n.t("item-edit") } }
                </button>
                <button type="button" class="button" disabled={props.index == 0}
                    onclick={act(PlanAction::MoveItem { list, id: id.clone(), direction: MoveDirection::Up })}>
                    { i18n.t("item-move-up") }
                </button>
                <button type="button" class="button" disabled={props.index + 1 >= props.count}
                    onclick={act(PlanAction::MoveItem { list, id: id.clone(), direction: MoveDirection::Down })}>
                    { i18n.t("item-move-down") }
                </button>
                <button type="button" class="button button-danger"
                    onclick={act(PlanAction::RemoveItem { list, id: id.clone() })}>
                    { i18n.t("item-delete") }
                </button>
            </div>
            if props.is_open {
                <div class="item-form" id={form_id}>
                    { for props.spec.fields.iter().map(|field| html! {
                        <ItemField
                            target={FieldTarget::Item(list, id.clone())}
                            field={*field}
                            values={props.item.clone()}
                            members={props.members.clone()}
                            on_action={props.on_action.clone()}
                        />
                    }) }
                    <button type="button" class="button button-primary" onclick={on_edit}>
                        { i18n.t("item-done") }
                    </button>
                </div>
            }
        </li>
    }
}

/// The text a summary shows for a field.
fn summary_text(item: &Map<String, Value>, field: &FieldSpec, members: &MemberChoices) -> String {
    match field.kind {
        FieldKind::Person => person_name(item.get(field.key), members),
        _ => text_of(item, field.key)
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned(),
    }
}

fn summary_choice(
    item: &Map<String, Value>,
    field: &FieldSpec,
    i18n: &crate::hooks::I18n,
) -> AttrValue {
    let value = text_of(item, field.key);
    match field.kind {
        FieldKind::Choice(choices) => choices
            .iter()
            .find(|(v, _)| *v == value)
            .map(|(_, id)| i18n.t(id))
            .unwrap_or_default(),
        FieldKind::Role => match item.get(field.key) {
            Some(Value::String(role)) => ROLES
                .iter()
                .find(|(v, _)| v == role)
                .map(|(_, id)| i18n.t(id))
                .unwrap_or_default(),
            Some(Value::Object(typed)) => AttrValue::from(
                typed
                    .get("typed")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            ),
            _ => AttrValue::default(),
        },
        _ => AttrValue::from(value.to_owned()),
    }
}

/// The name of a person reference: a member's name, a typed name, or empty for "me" (the
/// summary then shows the title field anyway).
fn person_name(value: Option<&Value>, members: &MemberChoices) -> String {
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
    fn element_id(&self, key: &str) -> String {
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

/// How a field's value reads for a person (in print and read-only views): choices by their
/// translated names, people by name, yes/no as words. `None` when nothing is filled in.
pub fn display_value(
    values: &Map<String, Value>,
    field: &FieldSpec,
    i18n: &crate::hooks::I18n,
    members: &MemberChoices,
) -> Option<String> {
    let value = values.get(field.key)?;
    let text = match field.kind {
        FieldKind::Person => match value {
            Value::String(me) if me == "me" => i18n.t("choice-person-me").to_string(),
            other => person_name(Some(other), members),
        },
        FieldKind::Choice(_) | FieldKind::Role => summary_choice(values, field, i18n).to_string(),
        FieldKind::Check => match value.as_bool() {
            Some(true) => i18n.t("value-yes").to_string(),
            _ => String::new(),
        },
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
