//! For a link another app must open (the help message's `sms:` link): whether nothing seems to
//! have opened a moment after the tap (`services::other_app`), so the view can say so.

use yew::prelude::*;

use crate::services::other_app::{TakeOverWatch, watch_for_take_over};

/// How long to wait for the other app to take over before saying that nothing opened.
const NOTHING_OPENED_AFTER_MS: u32 = 2_500;

/// Whether nothing opened after the last tap, and the callback to give the link's `onclick`.
/// The watch ends with the view.
#[hook]
pub fn use_nothing_opened() -> (bool, Callback<MouseEvent>) {
    let nothing_opened = use_state_eq(|| false);
    let watch = use_mut_ref(|| None::<TakeOverWatch>);
    let on_tap = {
        let nothing_opened = nothing_opened.clone();
        Callback::from(move |_: MouseEvent| {
            nothing_opened.set(false);
            let nothing_opened = nothing_opened.clone();
            *watch.borrow_mut() = Some(watch_for_take_over(NOTHING_OPENED_AFTER_MS, move || {
                nothing_opened.set(true);
            }));
        })
    };
    (*nothing_opened, on_tap)
}
