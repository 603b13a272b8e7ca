//! Shows a view once its words are here (`hooks::use_message_parts`): meanwhile a short
//! "Opening …", and if they cannot be fetched a plain message with "Try again". Nothing the
//! person wrote is touched either way; the rest of the app works as before.

use yew::prelude::*;

use crate::components::Heading;

use crate::hooks::{PartStatus, use_i18n, use_message_parts};
use crate::i18n::MessagePart;

/// Properties of [`NeedsMessages`].
#[derive(Properties, PartialEq)]
pub struct NeedsMessagesProps {
    /// The words the view needs.
    pub parts: &'static [MessagePart],
    /// The view's name (a message of the first load), its heading while its words load.
    pub title_id: &'static str,
    /// The view.
    #[prop_or_default]
    pub children: Html,
}

/// The view in `children`, once the words of `parts` are here.
#[component]
pub fn NeedsMessages(props: &NeedsMessagesProps) -> Html {
    let i18n = use_i18n();
    let words = use_message_parts(props.parts);
    match words.status {
        PartStatus::Ready => props.children.clone(),
        PartStatus::Loading => html! {
            <>
                <Heading level={1}>{ i18n.t(props.title_id) }</Heading>
                <p class="loading" role="status" id="view-opening">{ i18n.t("view-opening") }</p>
            </>
        },
        PartStatus::Failed => {
            let retry = words.retry.reform(|_: MouseEvent| ());
            html! {
                <>
                <Heading level={1}>{ i18n.t(props.title_id) }</Heading>
                <div class="notice notice-warning" role="alert" id="view-not-loaded">
                    <p>{ i18n.t("view-not-loaded") }</p>
                    <button type="button" class="button" id="view-load-retry" onclick={retry}>
                        { i18n.t("view-load-retry") }
                    </button>
                </div>
                </>
            }
        }
    }
}
