//! The generic list editor: any list of the plan, described by a [`ListSpec`], as a column of
//! cards. A card shows the item's title and a few details; "Edit" opens its form in place.
//! Items can be moved up and down (by touch or keyboard: they are ordinary buttons) and
//! deleted; a deletion can be undone from the notice the shell shows.
//!
//! Only the open card renders its form, so a list of hundreds of items stays light, and each
//! card re-renders only when its own item changed.
//!
//! Submodules by concept: `card` (one item's summary, its move, edit and delete buttons, and its
//! form when open), `field` (a field's control, whatever its kind), `members` (the people the
//! person pickers offer), `display` (how a field's value reads in read-only views), `title`
//! (what names an item: its own words).

mod card;
mod display;
mod field;
mod members;
mod title;

use std::rc::Rc;

use ownplan_core::plan::ItemId;
use serde_json::{Map, Value};
use yew::prelude::*;

use crate::forms::ListSpec;
use crate::hooks::{new_item_id, use_focus, use_i18n};
use crate::state::plan::PlanAction;
use crate::state::plan_fields::{ListKind, MoveDirection};

pub use card::{CardButton, CardCommand, ItemCard, ItemCardProps, card_button_id};
pub use display::display_value;
pub use field::{
    FieldTarget, ItemField, ItemFieldProps, PersonOrTypedField, PersonOrTypedFieldProps,
    SectionsField, SectionsFieldProps,
};
pub use members::{MemberChoices, member_choices};
pub use title::{ItemTitle, item_title};

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

/// What the list's button handlers read: the state as of the last render.
struct Latest {
    items: Rc<Vec<Rc<Map<String, Value>>>>,
    open: Option<AttrValue>,
    draft: Option<ItemId>,
    on_action: Callback<PlanAction>,
}

/// Edits one list of the plan.
///
/// "Add" opens the form of an item that is not in the plan yet; the first thing written into
/// it adds it (as the guide does), so "Add" followed by leaving keeps nothing. An item whose
/// form closes, or whose view is left, with nothing in it is let go the same way. The keyboard
/// focus never falls back to the page: after "Done" it is on the item's "Edit"; after a move on
/// the same button of the moved item (or the other one, at the first or last place), and the
/// move is announced; after "Delete" on the next item, the one before, or "Add"; after "Undo" on
/// the item brought back.
#[component]
pub fn ListEditor(props: &ListEditorProps) -> Html {
    let i18n = use_i18n();
    let open = use_state_eq(|| None::<AttrValue>);
    let draft = use_state_eq(|| None::<ItemId>);
    let focus_target = use_state_eq(|| None::<String>);
    // The item last deleted here, so the focus can go to it when it is brought back.
    let deleted = use_state_eq(|| None::<AttrValue>);
    let announcement = use_state_eq(String::new);
    let list = props.spec.list;
    let list_key = list.key();
    let add_id = format!("{list_key}-add");
    let latest = use_mut_ref(|| Latest {
        items: props.items.clone(),
        open: None,
        draft: None,
        on_action: props.on_action.clone(),
    });
    *latest.borrow_mut() = Latest {
        items: props.items.clone(),
        open: (*open).clone(),
        draft: (*draft).clone(),
        on_action: props.on_action.clone(),
    };

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
    {
        // Leaving the view with an item open that holds nothing lets it go.
        let latest = latest.clone();
        use_effect_with((), move |()| {
            move || {
                let latest = latest.borrow();
                if let Some(open) = &latest.open {
                    let_go_if_blank(list, &latest.items, open, &latest.on_action);
                }
            }
        });
    }
    {
        // "Undo" brought the deleted item back: the focus goes to it.
        let restored = (*deleted)
            .clone()
            .filter(|id| props.items.iter().any(|item| item_id(item) == *id));
        let deleted = deleted.clone();
        let focus_target = focus_target.clone();
        use_effect_with(restored, move |restored| {
            if let Some(id) = restored {
                focus_target.set(Some(card_button_id(list, id, CardButton::Edit)));
                deleted.set(None);
            }
        });
    }

    let on_add = {
        let open = open.clone();
        let draft = draft.clone();
        let focus_target = focus_target.clone();
        let latest = latest.clone();
        let spec = props.spec;
        Callback::from(move |_: MouseEvent| {
            let latest = latest.borrow();
            if let Some(previous) = &latest.open {
                let_go_if_blank(list, &latest.items, previous, &latest.on_action);
            }
            let id = new_item_id();
            open.set(Some(AttrValue::from(id.as_str().to_owned())));
            focus_target.set(Some(
                FieldTarget::Item(spec.list, id.clone()).element_id(spec.fields[0].key),
            ));
            draft.set(Some(id));
        })
    };

    let on_command = {
        let open = open.clone();
        let draft = draft.clone();
        let focus_target = focus_target.clone();
        let deleted = deleted.clone();
        let announcement = announcement.clone();
        let latest = latest.clone();
        let add_id = add_id.clone();
        let first_field = props.spec.fields[0].key;
        use_callback(
            i18n,
            move |(id, index, command): (AttrValue, usize, CardCommand), i18n| {
                let latest = latest.borrow();
                let count = latest.items.len();
                let exists = latest.items.iter().any(|item| item_id(item) == id);
                let edit_button = |id: &str| card_button_id(list, id, CardButton::Edit);
                match command {
                    CardCommand::Toggle => {
                        let is_open = latest.open.as_ref() == Some(&id);
                        if !is_open {
                            if let Some(previous) = &latest.open {
                                let_go_if_blank(list, &latest.items, previous, &latest.on_action);
                            }
                            // A draft left for another item keeps nothing.
                            draft.set(None);
                            open.set(Some(id));
                            return;
                        }
                        open.set(None);
                        if latest.draft.as_ref().is_some_and(|d| d.as_str() == id) {
                            draft.set(None);
                        }
                        let let_go = let_go_if_blank(list, &latest.items, &id, &latest.on_action);
                        focus_target.set(Some(if exists && !let_go {
                            edit_button(&id)
                        } else {
                            add_id.clone()
                        }));
                    }
                    CardCommand::Move(direction) => {
                        let to = match direction {
                            MoveDirection::Up if index > 0 => index - 1,
                            MoveDirection::Down if index + 1 < count => index + 1,
                            _ => return,
                        };
                        latest.on_action.emit(PlanAction::MoveItem {
                            list,
                            id: ItemId::new(id.as_str()),
                            direction,
                        });
                        // The same button follows the item; at the first or last place that
                        // button is disabled, so the other one takes the focus.
                        let button = match direction {
                            MoveDirection::Up if to == 0 => CardButton::Down,
                            MoveDirection::Up => CardButton::Up,
                            MoveDirection::Down if to + 1 == count => CardButton::Up,
                            MoveDirection::Down => CardButton::Down,
                        };
                        focus_target.set(Some(card_button_id(list, &id, button)));
                        let text = i18n.t_with(
                            "item-moved",
                            &[
                                ("position", &(to + 1).to_string()),
                                ("count", &count.to_string()),
                            ],
                        );
                        // The same words twice would not be read again: vary them invisibly.
                        let again = announcement.trim_end() == text.as_str();
                        announcement.set(if again && !announcement.ends_with('\u{a0}') {
                            format!("{text}\u{a0}")
                        } else {
                            text.to_string()
                        });
                    }
                    CardCommand::DoneAndAdd => {
                        // As "Done" (a blank item is let go), then as "Add".
                        let_go_if_blank(list, &latest.items, &id, &latest.on_action);
                        let new_id = new_item_id();
                        open.set(Some(AttrValue::from(new_id.as_str().to_owned())));
                        focus_target.set(Some(
                            FieldTarget::Item(list, new_id.clone()).element_id(first_field),
                        ));
                        draft.set(Some(new_id));
                    }
                    CardCommand::Delete => {
                        let neighbour = latest
                            .items
                            .get(index + 1)
                            .or_else(|| index.checked_sub(1).and_then(|i| latest.items.get(i)))
                            .map(|item| edit_button(&item_id(item)));
                        latest.on_action.emit(PlanAction::RemoveItem {
                            list,
                            id: ItemId::new(id.as_str()),
                        });
                        if latest.open.as_ref() == Some(&id) {
                            open.set(None);
                        }
                        deleted.set(Some(id));
                        focus_target.set(Some(neighbour.unwrap_or_else(|| add_id.clone())));
                    }
                }
            },
        )
    };

    // The item "Add" asked for, until its first content puts it in the plan.
    let draft_item = (*draft)
        .clone()
        .filter(|id| !props.items.iter().any(|item| item_id(item) == id.as_str()));
    let count = props.items.len() + usize::from(draft_item.is_some());
    let card = |index: usize, item: Rc<Map<String, Value>>, is_draft: bool, on_action| {
        let id = item_id(&item);
        let is_open = open.as_ref().is_some_and(|o| o.as_str() == id.as_str());
        let flagged = props.flagged.iter().any(|f| f.as_str() == id.as_str());
        html! {
            <ItemCard
                key={id.to_string()}
                {flagged}
                spec={props.spec}
                {item}
                {index}
                {count}
                {is_open}
                {is_draft}
                members={props.members.clone()}
                {on_action}
                on_command={on_command.clone()}
            />
        }
    };
    let draft_card = draft_item.map(|id| {
        let mut values = list.new_item_fields();
        values.insert("id".to_owned(), Value::String(id.as_str().to_owned()));
        card(
            props.items.len(),
            Rc::new(values),
            true,
            adding_action(props.on_action.clone()),
        )
    });
    let is_empty = count == 0;
    html! {
        <div class="list-editor">
            if is_empty {
                <p class="list-empty">{ i18n.t(props.spec.empty_id) }</p>
            }
            <ol class="item-list" aria-label={i18n.t(props.spec.add_id)}>
                { for props.items.iter().enumerate().map(|(index, item)| {
                    card(index, item.clone(), false, props.on_action.clone())
                }) }
                { for draft_card }
            </ol>
            <p class="visually-hidden" role="status" id={format!("{list_key}-moved")}>{ (*announcement).clone() }</p>
            <button type="button" class="button button-add" id={add_id} onclick={on_add}>
                { i18n.t(props.spec.add_id) }
            </button>
        </div>
    }
}

/// Lets item `id` of `list` go if nothing has been written into it; true if it was blank.
fn let_go_if_blank(
    list: ListKind,
    items: &[Rc<Map<String, Value>>],
    id: &str,
    on_action: &Callback<PlanAction>,
) -> bool {
    let blank = items
        .iter()
        .any(|item| item_id(item) == id && list.item_is_blank(item));
    if blank {
        on_action.emit(PlanAction::DiscardIfBlank {
            list,
            id: ItemId::new(id),
        });
    }
    blank
}

/// The changes of an item that is not in the plan yet: the first value that holds something
/// adds the item with it, and the change itself follows (a second keystroke that arrives
/// before the item is shown still lands: adding an id that exists changes nothing).
pub fn adding_action(on_action: Callback<PlanAction>) -> Callback<PlanAction> {
    Callback::from(move |action: PlanAction| {
        if let PlanAction::SetItemField {
            list,
            id,
            key,
            value,
        } = &action
            && starts_an_item(value)
        {
            let mut fields = Map::new();
            fields.insert((*key).to_owned(), value.clone());
            on_action.emit(PlanAction::AddItem {
                list: *list,
                id: id.clone(),
                fields,
            });
        }
        on_action.emit(action);
    })
}

/// Whether a first value is worth an item: not an emptied field. (A person picker's "write a
/// name" choice counts, so its line appears.)
fn starts_an_item(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(false) => false,
        Value::String(text) => !text.is_empty(),
        Value::Array(items) => !items.is_empty(),
        _ => true,
    }
}

pub(crate) fn item_id(item: &Map<String, Value>) -> AttrValue {
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
