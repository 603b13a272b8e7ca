//! One item of a list as a card: its title and a few details, the buttons to move it up and
//! down, edit and delete it, and its form when open.

use std::rc::Rc;

use serde_json::{Map, Value};
use yew::prelude::*;

use super::field::{FieldTarget, ItemField};
use super::members::{MemberChoices, person_name};
use super::{item_id, text_of};
use crate::forms::{FieldKind, FieldSpec, ListSpec, ROLES};
use crate::hooks::use_i18n;
use crate::state::plan::PlanAction;
use crate::state::plan_fields::MoveDirection;
use ownplan_core::plan::ItemId;

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

pub(super) fn summary_choice(
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
        FieldKind::Date => {
            AttrValue::from(crate::state::dates::long_date_text(i18n.language, value))
        }
        _ => AttrValue::from(value.to_owned()),
    }
}
