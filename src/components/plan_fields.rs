//! Fields bound to one place in the plan outside lists: they read the plan from the store and
//! dispatch the change as the person types.

use yew::prelude::*;

use crate::components::fields::{LineField, LineKind, ParagraphField};
use crate::hooks::use_plan;
use crate::state::plan::PlanAction;
use crate::state::plan_fields::{DateField, TextField};

/// Properties of [`PlanTextField`].
#[derive(Properties, PartialEq)]
pub struct PlanTextFieldProps {
    /// Which field.
    pub field: TextField,
    /// Element id.
    pub id: AttrValue,
    /// Label message id.
    pub label_id: AttrValue,
    /// Hint message id.
    #[prop_or_default]
    pub hint_id: Option<AttrValue>,
    /// One line (name, phone) instead of a paragraph.
    #[prop_or_default]
    pub line: Option<LineKind>,
}

/// A free-text field of the plan.
#[component]
pub fn PlanTextField(props: &PlanTextFieldProps) -> Html {
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let field = props.field;
    let value = AttrValue::from(field.get(store.plan()).as_str().to_owned());
    let on_change =
        Callback::from(move |value: String| store.dispatch(PlanAction::SetText { field, value }));
    match props.line {
        Some(kind) => html! {
            <LineField id={props.id.clone()} label_id={props.label_id.clone()} hint_id={props.hint_id.clone()} {value} {on_change} {kind} />
        },
        None => html! {
            <ParagraphField id={props.id.clone()} label_id={props.label_id.clone()} hint_id={props.hint_id.clone()} {value} {on_change} />
        },
    }
}

/// Properties of [`PlanDateField`].
#[derive(Properties, PartialEq)]
pub struct PlanDateFieldProps {
    /// Which date.
    pub field: DateField,
    /// Element id.
    pub id: AttrValue,
    /// Label message id.
    pub label_id: AttrValue,
    /// Hint message id.
    #[prop_or_default]
    pub hint_id: Option<AttrValue>,
}

/// A date of the plan, with the browser's date picker.
#[component]
pub fn PlanDateField(props: &PlanDateFieldProps) -> Html {
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let field = props.field;
    let value = AttrValue::from(
        field
            .get(store.plan())
            .map(|d| d.as_str().to_owned())
            .unwrap_or_default(),
    );
    let on_change =
        Callback::from(move |value: String| store.dispatch(PlanAction::SetDate { field, value }));
    html! {
        <LineField id={props.id.clone()} label_id={props.label_id.clone()} hint_id={props.hint_id.clone()} {value} {on_change} kind={LineKind::Date} />
    }
}
