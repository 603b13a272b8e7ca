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
//! person pickers offer), `display` (how a field's value reads in read-only views).

mod card;
mod display;
mod field;
mod members;

use std::rc::Rc;

use serde_json::{Map, Value};
use yew::prelude::*;

use crate::forms::ListSpec;
use crate::hooks::{new_item_id, use_focus, use_i18n};
use crate::state::plan::PlanAction;

pub use card::{ItemCard, ItemCardProps};
pub use display::display_value;
pub use field::{
    FieldTarget, ItemField, ItemFieldProps, PersonOrTypedField, PersonOrTypedFieldProps,
    SectionsField, SectionsFieldProps,
};
pub use members::{MemberChoices, member_choices};

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
        let focus = use_focus();
        use_effect_with((*focus_after_add).clone(), move |target| {
            if let Some(element_id) = target {
                focus.emit(AttrValue::from(element_id.clone()));
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
