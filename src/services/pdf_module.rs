//! The PDF module, the widget's side: starts the worker that makes and reads PDF copies and locks
//! and unlocks backups (its own wasm, `services::pdf_worker`), only when it is needed: to make a
//! copy (it gets the signed JSON and the file name, and answers with the PDF), to open one in the
//! verify view (it gets the PDF and answers with the one signed document inside it, which the
//! widget then verifies itself), and to lock or unlock a backup with a passphrase
//! ([`run_cipher`]: Argon2id and XChaCha20-Poly1305). So neither the PDF writer and reader nor
//! the backup cipher is part of the first load, and deriving a key never freezes the page. The copy's words, in the plan's language, are in the module
//! (`state::pdf_labels`), not in the first load. The worker's files are never part of the
//! first load; the offline service worker (`static/sw.js`) stores them after the first visit.
//!
//! The worker's address is resolved against the widget's own files, not the page: a host page
//! that embeds the widget (`static/ownplan.js`) writes that folder into the root's
//! `data-ownplan-files`; on the widget's own page it is the page's base URL. A browser starts a
//! worker only from the page's own origin, so a host page on another origin gets
//! [`PdfModuleError::Unavailable`] (the JSON file still works).
//!
//! A new worker per copy, ended when it has answered: nothing stays in memory, and a failed load
//! is tried again on the next press. Besides these files of its own, nothing is fetched.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

pub use crate::error::PdfModuleError;
use crate::services::pdf_worker::PROTOCOL;

/// The worker's entry file in the widget's folder (Trunk's loader shim for the worker).
pub const WORKER_FILE: &str = "ownplan-pdf-worker_loader.js";
/// How long the module may take to load and answer (a 500-item plan takes well under a second).
const TIMEOUT_MS: u32 = 60_000;

/// What to make a copy of.
#[derive(Clone, Debug, PartialEq)]
pub struct PdfRequest<'a> {
    /// The signed JSON exactly as exported; it is embedded byte for byte.
    pub signed_json: &'a str,
    /// The JSON file's name (the embedded file keeps it).
    pub file_name: &'a str,
    /// Now, RFC 3339 UTC: the document is verified at this instant before the copy is made.
    pub now: &'a str,
}

/// The folder of the widget's own files, with a trailing `/`.
pub fn files_base() -> Option<String> {
    let from_host = crate::services::page::widget_root()
        .and_then(|root| root.get_attribute("data-ownplan-files"))
        .filter(|base| !base.is_empty());
    match from_host {
        Some(base) => Some(base),
        None => web_sys::window()?.document()?.base_uri().ok()?,
    }
}

/// The worker's address, resolved against the widget's own files.
pub fn worker_url() -> Option<String> {
    let base = files_base()?;
    web_sys::Url::new_with_base(WORKER_FILE, &base)
        .ok()
        .map(|url| url.href())
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

fn request_message(request: &PdfRequest<'_>) -> JsValue {
    object(&[
        ("protocol", JsValue::from(PROTOCOL)),
        (
            "json",
            js_sys::Uint8Array::from(request.signed_json.as_bytes()).into(),
        ),
        ("fileName", JsValue::from_str(request.file_name)),
        ("now", JsValue::from_str(request.now)),
    ])
}

/// The event handlers of one exchange, kept alive until it ends.
#[derive(Default)]
struct Handlers {
    on_message: Option<Closure<dyn FnMut(web_sys::MessageEvent)>>,
    on_error: Option<Closure<dyn FnMut(web_sys::Event)>>,
    timer: Option<gloo_timers::callback::Timeout>,
}

/// Makes the PDF copy of `request` in the PDF module (started now, ended when it answers).
pub async fn make_pdf_copy(request: &PdfRequest<'_>) -> Result<Vec<u8>, PdfModuleError> {
    let answer = ask(request_message(request)).await?;
    if let Some(pdf) = field(&answer, "pdf").dyn_ref::<js_sys::Uint8Array>() {
        return Ok(pdf.to_vec());
    }
    match field(&answer, "error").as_string().as_deref() {
        Some("version") => Err(PdfModuleError::Outdated),
        _ => Err(PdfModuleError::NotMade),
    }
}

/// Why the PDF module did not hand back the signed document of a PDF copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtractError {
    /// The module could not be asked (see [`PdfModuleError`]).
    Module(PdfModuleError),
    /// The module read the file and refused it: the message id of its
    /// [`ownplan_pdf::PdfError`] (one of [`crate::error::pdf_errors`]).
    Refused(&'static str),
}

/// Takes the one signed document out of the PDF copy `pdf`, in the PDF module (started now,
/// ended when it answers), so the PDF reader is not part of the first load.
pub async fn extract_document(pdf: &[u8]) -> Result<Vec<u8>, ExtractError> {
    let message = object(&[
        ("protocol", JsValue::from(PROTOCOL)),
        ("extract", js_sys::Uint8Array::from(pdf).into()),
    ]);
    let answer = ask(message).await.map_err(ExtractError::Module)?;
    if let Some(document) = field(&answer, "document").dyn_ref::<js_sys::Uint8Array>() {
        return Ok(document.to_vec());
    }
    let code = field(&answer, "error").as_string().unwrap_or_default();
    if code == "version" {
        return Err(ExtractError::Module(PdfModuleError::Outdated));
    }
    // The module names the reader's refusal by its message id; only known ids are shown.
    let known = crate::error::pdf_errors()
        .iter()
        .map(ownplan_pdf::PdfError::message_id)
        .find(|id| *id == code);
    Err(ExtractError::Refused(
        known.unwrap_or("error-pdf-malformed"),
    ))
}

/// Locking or unlocking a backup in the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CipherWork {
    /// Seal the plaintext (lock a new backup).
    Seal,
    /// Open the ciphertext (unlock a backup).
    Open,
}

/// Why the module did not lock or unlock a backup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CipherError {
    /// The module could not be asked (see [`PdfModuleError`]).
    Module(PdfModuleError),
    /// Unlocking: the passphrase is wrong or the file was changed.
    WrongPassphraseOrChanged,
    /// The work itself failed.
    Failed,
}

/// Runs the passphrase-bound part of locking or unlocking a backup (Argon2id and the cipher)
/// in the module, so the page stays responsive and the first load carries none of that code.
pub async fn run_cipher(
    work: CipherWork,
    job: &crate::state::backup::CipherJob,
    passphrase: &str,
) -> Result<zeroize::Zeroizing<Vec<u8>>, CipherError> {
    let (memory_kib, iterations, parallelism, salt) = job.kdf.parts();
    let bytes = |bytes: &[u8]| -> JsValue { js_sys::Uint8Array::from(bytes).into() };
    let message = object(&[
        ("protocol", JsValue::from(PROTOCOL)),
        (
            "cipher",
            JsValue::from_str(match work {
                CipherWork::Seal => "seal",
                CipherWork::Open => "open",
            }),
        ),
        ("memoryKiB", JsValue::from(memory_kib)),
        ("iterations", JsValue::from(iterations)),
        ("parallelism", JsValue::from(parallelism)),
        ("salt", bytes(salt)),
        ("nonce", bytes(&job.nonce)),
        ("header", bytes(&job.header)),
        ("data", bytes(&job.data)),
        ("passphrase", JsValue::from_str(passphrase)),
    ]);
    let answer = ask(message).await.map_err(CipherError::Module)?;
    if let Some(result) = field(&answer, "result").dyn_ref::<js_sys::Uint8Array>() {
        return Ok(zeroize::Zeroizing::new(result.to_vec()));
    }
    match field(&answer, "error").as_string().as_deref() {
        Some("version") => Err(CipherError::Module(PdfModuleError::Outdated)),
        Some("wrong") => Err(CipherError::WrongPassphraseOrChanged),
        _ => Err(CipherError::Failed),
    }
}

/// Starts the PDF module, sends it `message` once it says it is ready, and waits for its answer.
async fn ask(message: JsValue) -> Result<JsValue, PdfModuleError> {
    let url = worker_url().ok_or(PdfModuleError::Unavailable)?;
    let worker = web_sys::Worker::new(&url).map_err(|_| PdfModuleError::Unavailable)?;
    let handlers = Rc::new(RefCell::new(Handlers::default()));
    let promise = {
        let worker = worker.clone();
        let handlers = handlers.clone();
        js_sys::Promise::new(&mut move |resolve, reject| {
            let answer_worker = worker.clone();
            let message = message.clone();
            let reject_version = reject.clone();
            let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let data = event.data();
                    let ready = field(&data, "ready");
                    if ready.is_undefined() {
                        let _ = resolve.call1(&JsValue::NULL, &data);
                    } else if ready.as_f64() == Some(f64::from(PROTOCOL)) {
                        let _ = answer_worker.post_message(&message);
                    } else {
                        let _ = reject_version.call1(&JsValue::NULL, &"outdated".into());
                    }
                },
            );
            let reject_error = reject.clone();
            let on_error =
                Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                    event.prevent_default();
                    let _ = reject_error.call1(&JsValue::NULL, &"unavailable".into());
                });
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            let timer = gloo_timers::callback::Timeout::new(TIMEOUT_MS, move || {
                let _ = reject.call1(&JsValue::NULL, &"timeout".into());
            });
            let mut kept = handlers.borrow_mut();
            kept.on_message = Some(on_message);
            kept.on_error = Some(on_error);
            kept.timer = Some(timer);
        })
    };
    let result = wasm_bindgen_futures::JsFuture::from(promise).await;
    worker.set_onmessage(None);
    worker.set_onerror(None);
    worker.terminate();
    drop(handlers);
    result.map_err(|reason| match reason.as_string().as_deref() {
        Some("outdated") => PdfModuleError::Outdated,
        Some("timeout") => PdfModuleError::TimedOut,
        _ => PdfModuleError::Unavailable,
    })
}

/// Offers `bytes` as a file download named `file_name`. Returns false if the browser refused.
pub fn download_bytes(file_name: &str, mime_type: &str, bytes: &[u8]) -> bool {
    crate::services::files::download_parts(
        file_name,
        mime_type,
        &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)),
    )
}
