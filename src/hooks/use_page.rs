//! The page for views: moving keyboard focus, the browser's print dialog, and offering a text
//! file as a download. Views call these instead of the page and file services, so they stay
//! "props in, callbacks out" and render natively in tests.

use yew::prelude::*;

use crate::services;

/// A callback that moves keyboard focus to the element with the given id (inside the widget),
/// so keyboard and screen-reader users land where the work continues. Call it from an effect,
/// after the element is rendered.
#[hook]
pub fn use_focus() -> Callback<AttrValue> {
    use_callback((), |id: AttrValue, ()| services::page::focus_element(&id))
}

/// A callback that opens the browser's print dialog (for a button: `print.reform(|_| ())`).
#[hook]
pub fn use_print() -> Callback<()> {
    use_callback((), |(), ()| services::page::print())
}

/// A text file to offer as a download.
#[derive(Clone, Debug, PartialEq)]
pub struct TextDownload {
    /// The file's suggested name.
    pub file_name: AttrValue,
    /// Its media type, such as `text/plain`.
    pub mime_type: &'static str,
    /// What it holds.
    pub text: AttrValue,
}

/// A callback that offers a text file as a download (nothing is sent anywhere).
#[hook]
pub fn use_text_download() -> Callback<TextDownload> {
    use_callback((), |file: TextDownload, ()| {
        // A refused download leaves the data where it was; the person can try again.
        let _ = services::files::download_text(&file.file_name, file.mime_type, &file.text);
    })
}

/// Moves the keyboard focus to `element_id` after each render in which `shown` changed to a
/// number above zero: a count of results shown, or a flag as 0 or 1. So a new result is what a
/// phone user sees next and a screen reader reads next.
#[hook]
pub fn use_focus_on_new(shown: u32, element_id: &'static str) {
    use_effect_with(shown, move |shown| {
        if *shown > 0 {
            services::page::focus_element(element_id);
        }
    });
}
