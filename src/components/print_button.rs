//! A print button, or, when the widget is mounted into a portal's page, one calm sentence in its
//! place: printing from there would print the portal's whole page around the plan, so the
//! button is not offered. In the widget's own page and in a frame (its own page inside the
//! portal), printing works as it always does.

use yew::prelude::*;

use crate::app::Embedding;
use crate::hooks::use_i18n;

/// Properties of [`PrintButton`].
#[derive(Properties, PartialEq)]
pub struct PrintButtonProps {
    /// The button's id; the sentence in its place gets `<id>-in-page`.
    pub id: AttrValue,
    /// The button's words, as a message id.
    pub label_id: AttrValue,
    /// The main action of its view (`button-primary`).
    #[prop_or_default]
    pub primary: bool,
    /// Opens the print dialog (`use_print`).
    pub onclick: Callback<MouseEvent>,
    /// The sentence shown instead in a portal's page, as a message id.
    #[prop_or(AttrValue::Static("print-in-page"))]
    pub in_page_id: AttrValue,
}

/// The print button, or in a portal's page the sentence that says why there is none.
#[component]
pub fn PrintButton(props: &PrintButtonProps) -> Html {
    let i18n = use_i18n();
    let embedded = use_context::<Embedding>().is_some_and(|embedding| embedding.embedded);
    if embedded {
        return html! {
            <p class="print-in-page" id={format!("{}-in-page", props.id)}>{ i18n.t(&props.in_page_id) }</p>
        };
    }
    html! {
        <button
            type="button"
            class={classes!("button", props.primary.then_some("button-primary"))}
            id={props.id.clone()}
            onclick={props.onclick.clone()}
        >
            { i18n.t(&props.label_id) }
        </button>
    }
}
