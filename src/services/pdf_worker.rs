//! The PDF module's worker side: it runs inside the Web Worker that Trunk builds as its own
//! wasm from `src/bin/pdf_worker.rs` (`data-type="worker"` in index.html), makes the PDF copy
//! of a signed document, takes the signed document out of a PDF copy, and locks and unlocks
//! backups (Argon2id and XChaCha20-Poly1305, `state::backup::{seal, open}`). Only that binary calls
//! [`run`], so `ownplan-pdf` (its writer and its reader) is linked into the worker and never
//! into the widget's first load; the widget's side is `pdf_module.rs`.
//!
//! Protocol (structured-clone messages, plain objects):
//! - the worker posts `{ ready: PROTOCOL }` once it listens;
//! - to make a copy, the widget posts `{ protocol, json: Uint8Array, fileName, now }`; the worker
//!   answers `{ pdf: Uint8Array }` or `{ error: code }`, a code of `version` (another protocol),
//!   `request` (a malformed request), `invalid` (the document does not verify) or `failed` (the
//!   copy could not be made);
//! - to read a copy, the widget posts `{ protocol, extract: Uint8Array }` (the PDF); the worker
//!   answers `{ document: Uint8Array }` (the embedded file's bytes, unverified: the widget
//!   verifies them) or `{ error: code }`, `version`, `request` or the message id of the reader's
//!   [`ownplan_pdf::PdfError`];
//! - to lock or unlock a backup, the widget posts `{ protocol, cipher: "seal" | "open",
//!   memoryKiB, iterations, parallelism, salt, nonce, header, data, passphrase }` (a
//!   `state::backup::CipherJob`, the byte fields as `Uint8Array`); the worker answers
//!   `{ result: Uint8Array }` (the ciphertext, or the plaintext) or `{ error: code }`, `version`,
//!   `request`, `wrong` (a wrong passphrase or a changed file) or `failed`. The parameters are
//!   checked against the same limits as a file's.
//!
//! The document is verified here first (at `now`), and the copy is made from the verified
//! document, with the words of `locales/*/pdfcopy.ftl` in the plan's own language
//! (`state::pdf_labels`) laid over the module's built-in ones; the signed bytes are embedded
//! unchanged. Those words live only in this module, so they cost the first load nothing.

use ownplan_core::document::verify_plan_document_at;
use ownplan_pdf::{Labels, PdfCopy, make_pdf};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

/// The message format's version; the widget refuses a worker that speaks another.
pub const PROTOCOL: u32 = 2;

/// Listens for requests in this worker and says it is ready.
pub fn run() {
    let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() else {
        return;
    };
    let reply = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let answer = answer(&event.data());
            let _ = reply.post_message(&answer);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let _ = scope.post_message(&object(&[("ready", JsValue::from(PROTOCOL))]));
}

fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

fn field(data: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn answer(data: &JsValue) -> JsValue {
    if !field(data, "cipher").is_undefined() {
        return match cipher(data) {
            Ok(bytes) => object(&[("result", js_sys::Uint8Array::from(bytes.as_slice()).into())]),
            Err(code) => object(&[("error", JsValue::from_str(code))]),
        };
    }
    if !field(data, "extract").is_undefined() {
        return match extract(data) {
            Ok(document) => object(&[(
                "document",
                js_sys::Uint8Array::from(document.as_slice()).into(),
            )]),
            Err(id) => object(&[("error", JsValue::from_str(id))]),
        };
    }
    match make(data) {
        Ok(pdf) => object(&[("pdf", js_sys::Uint8Array::from(pdf.as_slice()).into())]),
        Err(id) => object(&[("error", JsValue::from_str(id))]),
    }
}

fn bytes(data: &JsValue, key: &str) -> Result<Vec<u8>, &'static str> {
    Ok(field(data, key)
        .dyn_into::<js_sys::Uint8Array>()
        .map_err(|_| "request")?
        .to_vec())
}

fn whole_number(data: &JsValue, key: &str) -> Result<u32, &'static str> {
    field(data, key)
        .as_f64()
        .filter(|number| number.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(number))
        .map(|number| number as u32)
        .ok_or("request")
}

/// Seals or opens a backup's contents (`cipher` is `seal` or `open`): the slow Argon2id and the
/// cipher run here, never in the first load.
fn cipher(data: &JsValue) -> Result<zeroize::Zeroizing<Vec<u8>>, &'static str> {
    use crate::state::backup::{CipherJob, KdfParams, RestoreError, open, seal};
    if field(data, "protocol").as_f64() != Some(f64::from(PROTOCOL)) {
        return Err("version");
    }
    let kdf = KdfParams::from_parts(
        whole_number(data, "memoryKiB")?,
        whole_number(data, "iterations")?,
        whole_number(data, "parallelism")?,
        bytes(data, "salt")?,
    )
    .map_err(|_| "request")?;
    let job = CipherJob {
        kdf,
        nonce: bytes(data, "nonce")?.try_into().map_err(|_| "request")?,
        header: bytes(data, "header")?,
        data: bytes(data, "data")?,
    };
    let passphrase =
        zeroize::Zeroizing::new(field(data, "passphrase").as_string().ok_or("request")?);
    match field(data, "cipher").as_string().as_deref() {
        Some("seal") => seal(&job, &passphrase)
            .map(zeroize::Zeroizing::new)
            .ok_or("failed"),
        Some("open") => open(&job, &passphrase).map_err(|error| match error {
            RestoreError::WrongPassphraseOrChanged => "wrong",
            _ => "failed",
        }),
        _ => Err("request"),
    }
}

fn extract(data: &JsValue) -> Result<Vec<u8>, &'static str> {
    if field(data, "protocol").as_f64() != Some(f64::from(PROTOCOL)) {
        return Err("version");
    }
    let pdf = field(data, "extract")
        .dyn_into::<js_sys::Uint8Array>()
        .map_err(|_| "request")?
        .to_vec();
    ownplan_pdf::extract_embedded_document(&pdf).map_err(|error| error.message_id())
}

fn make(data: &JsValue) -> Result<Vec<u8>, &'static str> {
    if field(data, "protocol").as_f64() != Some(f64::from(PROTOCOL)) {
        return Err("version");
    }
    let json = field(data, "json")
        .dyn_into::<js_sys::Uint8Array>()
        .map_err(|_| "request")?
        .to_vec();
    let file_name = field(data, "fileName").as_string().ok_or("request")?;
    let now = field(data, "now").as_string().ok_or("request")?;
    let document = verify_plan_document_at(&json, &now, None).map_err(|_| "invalid")?;
    let language = &document.plan().meta.language;
    let mut labels = Labels::for_language(language);
    for (key, text) in crate::state::pdf_labels::labels_for(language) {
        labels.set(key, text);
    }
    make_pdf(&PdfCopy {
        document: &document,
        signed_json: &json,
        file_name: &file_name,
        labels: &labels,
    })
    .map_err(|_| "failed")
}
