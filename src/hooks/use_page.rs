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

/// A click handler that opens the browser's print dialog.
#[hook]
pub fn use_print() -> Callback<MouseEvent> {
    use_callback((), |_: MouseEvent, ()| services::page::print())
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
