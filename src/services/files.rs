//! Files the person saves or opens: downloading a backup, reading a chosen file.

use wasm_bindgen::JsCast;

/// Offers `text` as a file download named `file_name`. Returns false if the browser refused.
pub fn download_text(file_name: &str, mime_type: &str, text: &str) -> bool {
    try_download(file_name, mime_type, text).is_some()
}

fn try_download(file_name: &str, mime_type: &str, text: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
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

/// The text of the first file chosen in `input`, or an error message id.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: f64,
) -> Result<String, &'static str> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or("restore-error-no-file")?;
    if file.size() > max_bytes {
        return Err("restore-error-too-large");
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| "restore-error-unreadable-file")?;
    text.as_string().ok_or("restore-error-unreadable-file")
}
