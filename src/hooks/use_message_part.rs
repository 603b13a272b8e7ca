//! The words of a view that the first load leaves out (`i18n::MessagePart`): fetched from the
//! widget's own files when the view first opens, and again for a new language. The service
//! worker keeps them for offline use once the widget has been opened online.

use yew::prelude::*;

use crate::hooks::use_i18n;
use crate::i18n::{MessagePart, has_part};
use crate::services;

/// Where a view's words stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartStatus {
    /// Here: the view can be shown.
    Ready,
    /// Being fetched.
    Loading,
    /// They could not be fetched (offline before they were ever stored, say).
    Failed,
}

/// What [`use_message_parts`] gives.
#[derive(Clone, PartialEq)]
pub struct MessagePartHandle {
    /// Where the words stand.
    pub status: PartStatus,
    /// Fetch them again after a failure.
    pub retry: Callback<()>,
}

/// The words of `parts` in the person's language, fetched when missing.
#[hook]
pub fn use_message_parts(parts: &'static [MessagePart]) -> MessagePartHandle {
    let language = use_i18n().language;
    let all_here = move |language| parts.iter().all(|&part| has_part(language, part));
    let status = use_state_eq(|| {
        if all_here(language) {
            PartStatus::Ready
        } else {
            PartStatus::Loading
        }
    });
    let attempt = use_state_eq(|| 0_u32);
    {
        let status = status.clone();
        use_effect_with((language, parts, *attempt), move |&(language, parts, _)| {
            if all_here(language) {
                status.set(PartStatus::Ready);
            } else {
                status.set(PartStatus::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    for &part in parts {
                        if services::messages::load_part(language, part).await.is_err() {
                            status.set(PartStatus::Failed);
                            return;
                        }
                    }
                    status.set(PartStatus::Ready);
                });
            }
        });
    }
    // The view's heading arrives with its words: once they are here after a wait, the view is
    // shown as a new view would be (its heading gets the focus), since the focus went to the
    // page's main area while "Opening …" was shown.
    let waited = use_mut_ref(|| false);
    use_effect_with(*status, move |status| match status {
        PartStatus::Ready => {
            if std::mem::take(&mut *waited.borrow_mut()) {
                services::page::show_new_view();
            }
        }
        PartStatus::Loading | PartStatus::Failed => *waited.borrow_mut() = true,
    });
    let retry = Callback::from(move |()| attempt.set(attempt.wrapping_add(1)));
    MessagePartHandle {
        status: *status,
        retry,
    }
}
