//! A group of fields of the plan that is not a list (the admission agreement, a practical
//! matter, ...), bound to the plan store: the same fields as list items, always open.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::list_editor::{FieldTarget, ItemField, member_choices};
use crate::forms::ObjectSpec;
use crate::hooks::{use_i18n, use_plan};

/// Properties of [`PlanObject`].
#[derive(Properties, PartialEq)]
pub struct PlanObjectProps {
    /// Which group and its fields.
    pub spec: ObjectSpec,
}

/// Edits one group of the plan.
#[component]
pub fn PlanObject(props: &PlanObjectProps) -> Html {
    let i18n = use_i18n();
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let plan = store.plan();
    let values = Rc::new(props.spec.object.get(plan));
    let members = member_choices(plan, &i18n);
    let on_action = Callback::from(move |action| store.dispatch(action));
    html! {
        <div class="object-form">
            { for props.spec.fields.iter().map(|field| html! {
                <ItemField
                    target={FieldTarget::Object(props.spec.object)}
                    field={*field}
                    values={values.clone()}
                    members={members.clone()}
                    on_action={on_action.clone()}
                />
            }) }
        </div>
    }
}
