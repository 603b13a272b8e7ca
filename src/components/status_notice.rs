//! A polite notice that something did not work, announced to screen readers without moving
//! focus.

use yew::prelude::*;

use crate::hooks::use_i18n;

/// Properties of [`StatusNotice`].
#[derive(Properties, PartialEq)]
pub struct StatusNoticeProps {
    /// What happened, as a message id.
    pub message_id: AttrValue,
    /// Why, as a message id (none when the message says it all).
    #[prop_or_default]
    pub detail_id: AttrValue,
}

/// Shows what went wrong and why, in plain language.
#[component]
pub fn StatusNotice(props: &StatusNoticeProps) -> Html {
    let i18n = use_i18n();
    html! {
        <div class="status-notice" role="status">
            <p>
                <strong>{ i18n.t(&props.message_id) }</strong>
                if !props.detail_id.is_empty() {
                    { " " }
                    { i18n.t(&props.detail_id) }
                }
            </p>
        </div>
    }
}
