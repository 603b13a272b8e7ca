//! Files the person saves or opens: downloading a backup, reading a chosen or dropped file.

use wasm_bindgen::JsCast;

pub use crate::error::FileReadError;

/// A file the person chose or dropped, as the browser hands it over.
pub type ChosenFile = web_sys::File;

/// Offers `text` as a file download named `file_name`. Returns false if the browser refused.
/// In helping mode the file is counted and named without names
/// ([`crate::services::peer_files::name_for_download`]).
pub fn download_text(file_name: &str, mime_type: &str, text: &str) -> bool {
    download_parts(
        file_name,
        mime_type,
        &js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text)),
    )
}

/// Offers the blob made of `parts` (strings or byte arrays) as a download named `file_name`
/// (renamed in helping mode, see `services::peer_files`). Returns false if the browser refused.
pub fn download_parts(file_name: &str, mime_type: &str, parts: &js_sys::Array) -> bool {
    let file_name = crate::services::peer_files::name_for_download(file_name);
    try_download(&file_name, mime_type, parts).is_some()
}

fn try_download(file_name: &str, mime_type: &str, parts: &js_sys::Array) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    // (The binding's name says byte arrays; the browser takes strings in the list too.)
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body()?;
    body.append_child(&link).ok()?;
    link.click();
    link.remove();
    // The download has started from the URL; it can be released.
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// The first file chosen in `input`, if any.
pub fn chosen_file(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    input.files().and_then(|files| files.get(0))
}

/// The first file dropped in `event`, if any (a dropped text or link is no file).
pub fn dropped_file(event: &web_sys::DragEvent) -> Option<web_sys::File> {
    event
        .data_transfer()
        .and_then(|transfer| transfer.files())
        .and_then(|files| files.get(0))
}

/// The name of `file` as the device gave it (without its folder).
pub fn file_name(file: &web_sys::File) -> String {
    file.name()
}

/// The bytes of `file`, exactly as stored. A file larger than `max_bytes` is refused before
/// anything is read.
pub async fn read_file_bytes(
    file: &web_sys::File,
    max_bytes: f64,
) -> Result<Vec<u8>, FileReadError> {
    if file.size() > max_bytes {
        return Err(FileReadError::TooLarge);
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileReadError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The text of the first file chosen in `input`. A file larger than `max_bytes` is refused
/// before anything is read.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: f64,
) -> Result<String, FileReadError> {
    let file = chosen_file(input).ok_or(FileReadError::NoFile)?;
    if file.size() > max_bytes {
        return Err(FileReadError::TooLarge);
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| FileReadError::Unreadable)?;
    text.as_string().ok_or(FileReadError::Unreadable)
}
