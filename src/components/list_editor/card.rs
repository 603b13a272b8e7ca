//! One item of a list as a card: its title and a few details, the buttons to move it up and
//! down, edit and delete it, and its form when open.

use std::rc::Rc;

use serde_json::{Map, Value};
use yew::prelude::*;

use super::field::{FieldTarget, ItemField};
use super::members::MemberChoices;
use super::title::item_title;
use super::{item_id, text_of};
use crate::forms::{FieldKind, FieldSpec, ListSpec, ROLES};
use crate::hooks::use_i18n;
use crate::state::plan::PlanAction;
use crate::state::plan_fields::{ListKind, MoveDirection};
use ownplan_core::plan::ItemId;

/// What a card's buttons ask the list to do with its item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardCommand {
    /// Open or close its form ("Edit", "Close", "Done").
    Toggle,
    /// Move it one place.
    Move(MoveDirection),
    /// Delete it.
    Delete,
    /// Close its form and open a new item's form at once ("Done, add another"): one tap instead
    /// of "Done" and then "Add" when the person writes several items in a row.
    DoneAndAdd,
}

/// One of a card's buttons, for its element id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardButton {
    /// "Edit" / "Close".
    Edit,
    /// "Move up".
    Up,
    /// "Move down".
    Down,
    /// "Delete".
    Delete,
}

/// The element id of `button` on the card of item `id` of `list`, so the list can put the
/// focus back on it after the card was re-ordered or re-drawn.
pub fn card_button_id(list: ListKind, id: &str, button: CardButton) -> String {
    let which = match button {
        CardButton::Edit => "edit",
        CardButton::Up => "up",
        CardButton::Down => "down",
        CardButton::Delete => "delete",
    };
    format!("{}-{id}-{which}", list.key())
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
    /// Whether it is an item just asked for with "Add" and not written into yet: it is not in
    /// the plan, so it cannot be moved or deleted; the first thing written adds it.
    #[prop_or_default]
    pub is_draft: bool,
    /// People for the person pickers.
    pub members: MemberChoices,
    /// Changes to the plan from its fields.
    pub on_action: Callback<PlanAction>,
    /// What its buttons ask for: (its id, its place, the command).
    pub on_command: Callback<(AttrValue, usize, CardCommand)>,
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
    let title = item_title(&props.spec, &props.item, &props.members, &i18n);
    let details: Vec<Html> = props
        .spec
        .fields
        .iter()
        .filter(|f| Some(f.key) != title.from_key)
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

    let command = |command: CardCommand| {
        let on_command = props.on_command.clone();
        let id = id_text.clone();
        let index = props.index;
        Callback::from(move |_: MouseEvent| on_command.emit((id.clone(), index, command)))
    };
    let on_toggle = command(CardCommand::Toggle);
    let named = |message_id: &str| i18n.t_with(message_id, &[("item", title.text.as_str())]);
    let button_id = |button| card_button_id(list, &id_text, button);
    let form_id = format!("{}-{}-form", list.key(), id_text);
    let title_id = format!("{}-{}-title", list.key(), id_text);
    let position = (props.index + 1).to_string();
    let count = props.count.to_string();
    let (edit_text, edit_name) = if props.is_open {
        (i18n.t("item-close"), named("item-close-named"))
    } else {
        (i18n.t("item-edit"), named("item-edit-named"))
    };

    html! {
        <li class={classes!("item-card", props.is_open.then_some("is-open"), props.flagged.then_some("is-flagged"), props.is_draft.then_some("is-new"))} aria-labelledby={title_id.clone()}>
            <div class="item-summary">
                <p class="item-title" id={title_id} tabindex="-1">
                    <span class="visually-hidden">
                        { i18n.t_with("item-position", &[("position", &position), ("count", &count)]) }
                    </span>
                    if props.spec.numbered {
                        // The order is the point here (who is called first): shown, not only told.
                        <span class="item-number" aria-hidden="true">
                            { i18n.t_with("item-number", &[("position", &position)]) }
                        </span>
                    }
                    { title.text.clone() }
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
                <button type="button" class="button" id={button_id(CardButton::Edit)} aria-label={edit_name}
                    aria-expanded={props.is_open.to_string()} aria-controls={form_id.clone()} onclick={on_toggle.clone()}>
                    { edit_text }
                </button>
                if !props.is_draft {
                    <>
                        <button type="button" class="button" id={button_id(CardButton::Up)} aria-label={named("item-move-up-named")}
                            disabled={props.index == 0}
                            onclick={command(CardCommand::Move(MoveDirection::Up))}>
                            { i18n.t("item-move-up") }
                        </button>
                        <button type="button" class="button" id={button_id(CardButton::Down)} aria-label={named("item-move-down-named")}
                            disabled={props.index + 1 >= props.count}
                            onclick={command(CardCommand::Move(MoveDirection::Down))}>
                            { i18n.t("item-move-down") }
                        </button>
                        // Last and quiet: deleting is there when wanted, but it is not what the
                        // card invites (and it can be undone).
                        <button type="button" class="button button-danger button-quiet item-delete" id={button_id(CardButton::Delete)}
                            aria-label={named("item-delete-named")}
                            onclick={command(CardCommand::Delete)}>
                            { i18n.t("item-delete") }
                        </button>
                    </>
                }
            </div>
            if props.is_open {
                <div class="item-form" id={form_id}>
                    { for props.spec.fields.iter()
                        .filter(|field| crate::forms::adds_to_role(field, &props.item))
                        .map(|field| html! {
                        <ItemField
                            key={field.key}
                            target={FieldTarget::Item(list, id.clone())}
                            field={*field}
                            values={props.item.clone()}
                            members={props.members.clone()}
                            on_action={props.on_action.clone()}
                        />
                    }) }
                    <button type="button" class="button button-primary" onclick={on_toggle}>
                        { i18n.t("item-done") }
                    </button>
                    <button type="button" class="button item-done-add" id={format!("{}-{}-done-add", list.key(), id_text)}
                        onclick={command(CardCommand::DoneAndAdd)}>
                        { i18n.t("item-done-add") }
                    </button>
                </div>
            }
        </li>
    }
}

/// A field's value as a card's details and the read-only views show it: a choice by its
/// translated name, a typed role as typed, anything else as written.
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
