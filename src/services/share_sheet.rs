//! The phone's share sheet (Web Share API with files), where the browser offers it: the signed
//! JSON file, and the PDF copy once the PDF module has made it. Called
//! through `js_sys::Reflect` so the widget works the same in browsers without it: the view then
//! simply offers download and print.

use wasm_bindgen::{JsCast, JsValue};

/// Why a file could not be shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareSheetError {
    /// The person closed the share sheet: not an error to show.
    Cancelled,
    /// The browser refused or failed.
    Failed,
}

fn navigator() -> Option<web_sys::Navigator> {
    Some(web_sys::window()?.navigator())
}

fn share_data(file_name: &str, text: &str) -> Option<js_sys::Object> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/json");
    let file =
        web_sys::File::new_with_str_sequence_and_options(&parts, file_name, &options).ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    js_sys::Reflect::set(&data, &"title".into(), &file_name.into()).ok()?;
    Some(data)
}

/// Whether this browser can share a JSON file through the share sheet.
pub fn can_share_files() -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    let Ok(can_share) = js_sys::Reflect::get(&navigator, &"canShare".into()) else {
        return false;
    };
    let Some(can_share) = can_share.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let Some(data) = share_data("plan.json", "{}") else {
        return false;
    };
    can_share
        .call1(&navigator, &data)
        .is_ok_and(|answer| answer.is_truthy())
}

/// Opens the share sheet with `text` as the file `file_name`.
pub async fn share_file(file_name: &str, text: &str) -> Result<(), ShareSheetError> {
    // In helping mode no file name carries a name (see `services::peer_files`).
    let file_name = crate::services::peer_files::name_for_download(file_name);
    let data = share_data(&file_name, text).ok_or(ShareSheetError::Failed)?;
    share_data_object(&data).await
}

fn share_bytes_data(file_name: &str, mime_type: &str, bytes: &[u8]) -> Option<js_sys::Object> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime_type);
    let file =
        web_sys::File::new_with_u8_array_sequence_and_options(&parts, file_name, &options).ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    js_sys::Reflect::set(&data, &"title".into(), &file_name.into()).ok()?;
    Some(data)
}

/// Whether this browser can share a PDF file through the share sheet (asked with an empty PDF,
/// before any copy is made).
pub fn can_share_pdf() -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    let Ok(can_share) = js_sys::Reflect::get(&navigator, &"canShare".into()) else {
        return false;
    };
    let Some(can_share) = can_share.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let Some(data) = share_bytes_data("plan.pdf", "application/pdf", b"%PDF-") else {
        return false;
    };
    can_share
        .call1(&navigator, &data)
        .is_ok_and(|answer| answer.is_truthy())
}

/// Opens the share sheet with `bytes` as the file `file_name` of type `mime_type` (the PDF copy).
pub async fn share_bytes(
    file_name: &str,
    mime_type: &str,
    bytes: &[u8],
) -> Result<(), ShareSheetError> {
    let file_name = crate::services::peer_files::name_for_download(file_name);
    let data = share_bytes_data(&file_name, mime_type, bytes).ok_or(ShareSheetError::Failed)?;
    share_data_object(&data).await
}

async fn share_data_object(data: &js_sys::Object) -> Result<(), ShareSheetError> {
    let navigator = navigator().ok_or(ShareSheetError::Failed)?;
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .map_err(|_| ShareSheetError::Failed)?
        .dyn_into::<js_sys::Function>()
        .map_err(|_| ShareSheetError::Failed)?;
    let promise = share
        .call1(&navigator, data)
        .map_err(|_| ShareSheetError::Failed)?
        .dyn_into::<js_sys::Promise>()
        .map_err(|_| ShareSheetError::Failed)?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Ok(()),
        Err(error) => {
            let name = js_sys::Reflect::get(&error, &"name".into())
                .ok()
                .and_then(|name| name.as_string());
            if name.as_deref() == Some("AbortError") {
                Err(ShareSheetError::Cancelled)
            } else {
                Err(ShareSheetError::Failed)
            }
        }
    }
}
