//! The full module, the first module's side: fetches and starts the widget's second wasm
//! (`src/bin/full.rs`: every view) when a view the first module does not have is first opened,
//! and hands the widget's root over to it (`crate::services::app_start::hand_over`). So the share, key,
//! verify, backup, guided-mode and Finish views, signing and verifying are not part of the
//! first load.
//!
//! The module's files (`ownplan-full.js`, `ownplan-full_bg.wasm`, built by Trunk as an ES
//! module) are found next to the widget's own files, like the PDF module's. The JavaScript
//! module is imported through `ownplanImport`, which the page's loader defines (`static/boot.js`,
//! `static/ownplan.js`): the page's Content-Security-Policy allows this origin's scripts but no
//! `eval`, so the wasm cannot write an `import()` itself. The offline service worker stores the
//! files after the first visit, so the views open offline too.
//!
//! The first module has only the overview (so that a first visit is small), and every other
//! view is here; so once the overview shows, [`preload`] fetches and starts the module in the
//! background, and the first tap on a part of the plan opens it without waiting for a download.
//! On the widget's own page it waits for the offline worker to have stored the files, so they
//! come from the device and are not downloaded twice.
//!
//! A failed load changes nothing: the first module's app keeps running with everything the
//! person wrote, and the view says so with "Try again".

use std::cell::{Cell, RefCell};

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::Language;

/// The full module's JavaScript entry, in the widget's folder.
pub const MODULE_FILE: &str = "ownplan-full.js";
/// The hand-over's version: the full module answers `protocol()` with the same number, or it
/// belongs to another build (a page left open across an update) and is not started.
pub const PROTOCOL: u32 = 2;

/// Why the full module could not take over. Nothing was changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FullModuleError {
    /// Its files could not be fetched or started (offline before they were ever stored).
    Unavailable,
    /// It belongs to another version of the widget (the page must be reloaded).
    Outdated,
}

impl FullModuleError {
    /// The id of the translated message that explains this to the person.
    pub fn message_id(self) -> &'static str {
        match self {
            FullModuleError::Unavailable => "view-not-loaded",
            FullModuleError::Outdated => "view-not-loaded-outdated",
        }
    }
}

/// Where there is no offline worker to wait for (a host portal's page, a browser without
/// them), the preload waits this long after the start, so the first view is not slowed down.
const PRELOAD_DELAY_MS: u32 = 2_000;

thread_local! {
    /// The load in progress or done: the preload and every opening share it, so the module is
    /// fetched and started once.
    static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    /// Failed loads so far. A browser keeps a failed `import()` of an address, so a new attempt
    /// asks for the module at an address of its own (`?attempt=N`).
    static FAILED: Cell<u32> = const { Cell::new(0) };
}

fn module_url() -> Option<String> {
    let base = crate::services::pdf_module::files_base()?;
    let url = web_sys::Url::new_with_base(MODULE_FILE, &base).ok()?;
    let failed = FAILED.get();
    if failed > 0 {
        url.search_params().set("attempt", &failed.to_string());
    }
    Some(url.href())
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The full module, fetched and started.
#[derive(Clone, Debug)]
pub struct FullModule(JsValue);

/// Fetches and starts the full module in the background, once the first view has had its turn:
/// on the widget's own page when the offline worker of this version has stored its files
/// (`ownplanOfflineReady` settles with `true`, see `static/boot.js`; with `false` nothing is
/// preloaded, as the files would come over the network a second time, or from an older version's
/// store); where there is no offline worker (a host portal's page, a browser without them),
/// after [`PRELOAD_DELAY_MS`]. A failure is not shown here: the view that needs the module says
/// so when it is opened.
pub fn preload() {
    wasm_bindgen_futures::spawn_local(async {
        let offline_ready =
            get(&js_sys::global(), "ownplanOfflineReady").dyn_into::<js_sys::Promise>();
        let ready = match offline_ready {
            Ok(ready) => JsFuture::from(ready)
                .await
                .ok()
                .and_then(|ready| ready.as_bool()),
            Err(_) => None,
        };
        match ready {
            Some(true) => {}
            Some(false) => return,
            None => crate::services::timers::sleep(PRELOAD_DELAY_MS).await,
        }
        let _ = load().await;
    });
}

/// The full module, fetched and started once (its own wasm, beside this one's; nothing of the
/// first module's app changes). Callers share the load in progress; after a failure the next
/// call tries again.
pub async fn load() -> Result<FullModule, FullModuleError> {
    let loading = LOADING.with_borrow_mut(|loading| {
        loading
            .get_or_insert_with(|| {
                wasm_bindgen_futures::future_to_promise(async {
                    fetch_and_start()
                        .await
                        .map(|module| module.0)
                        .map_err(|error| JsValue::from_bool(error == FullModuleError::Outdated))
                })
            })
            .clone()
    });
    match JsFuture::from(loading.clone()).await {
        Ok(module) => Ok(FullModule(module)),
        Err(outdated) => {
            LOADING.with_borrow_mut(|current| {
                if current
                    .as_ref()
                    .is_some_and(|current| js_sys::Object::is(current, &loading))
                {
                    *current = None;
                    FAILED.set(FAILED.get() + 1);
                }
            });
            Err(if outdated.as_bool() == Some(true) {
                FullModuleError::Outdated
            } else {
                FullModuleError::Unavailable
            })
        }
    }
}

async fn fetch_and_start() -> Result<FullModule, FullModuleError> {
    let unavailable = |_| FullModuleError::Unavailable;
    let url = module_url().ok_or(FullModuleError::Unavailable)?;
    let import = get(&js_sys::global(), "ownplanImport")
        .dyn_into::<js_sys::Function>()
        .map_err(unavailable)?;
    let promise = import
        .call1(&JsValue::NULL, &JsValue::from_str(&url))
        .map_err(unavailable)?
        .dyn_into::<js_sys::Promise>()
        .map_err(unavailable)?;
    let module = JsFuture::from(promise).await.map_err(unavailable)?;
    let init = get(&module, "default")
        .dyn_into::<js_sys::Function>()
        .map_err(unavailable)?;
    let started = init
        .call0(&JsValue::NULL)
        .map_err(unavailable)?
        .dyn_into::<js_sys::Promise>()
        .map_err(unavailable)?;
    JsFuture::from(started).await.map_err(unavailable)?;
    let protocol = get(&module, "protocol")
        .dyn_into::<js_sys::Function>()
        .ok()
        .and_then(|protocol| protocol.call0(&JsValue::NULL).ok())
        .and_then(|answer| answer.as_f64());
    if protocol != Some(f64::from(PROTOCOL)) {
        return Err(FullModuleError::Outdated);
    }
    Ok(FullModule(module))
}

/// Hands the widget over to `module` at `path`, in `language`: the first module's app ends
/// once the full module's messages are here, and the full module renders the view.
pub fn take_over(
    module: &FullModule,
    path: &str,
    language: Language,
) -> Result<(), FullModuleError> {
    crate::services::app_start::hand_over(&module.0, path, language)
        .map_err(|_| FullModuleError::Unavailable)
}
