//! Persistent storage: whether the browser has promised to keep this site's storage
//! (`navigator.storage.persisted()`), and asking for that promise (`navigator.storage.persist()`).
//! Without it a browser may delete the plan when space runs low or the site has not been used
//! for a while. Both are feature-detected and never throw: anything unexpected is
//! [`Persistence::Unsupported`].
//!
//! A test hook: when the page's `window.__ownplanPersist` is `true` or `false`, both calls
//! answer that instead of asking the browser (the end-to-end tests check both answers).

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What the browser says about keeping this site's storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// The browser has promised to keep it.
    Granted,
    /// Not promised: the browser may delete it under pressure.
    NotGranted,
    /// This browser cannot say (no `navigator.storage`, or the call failed).
    Unsupported,
}

/// Whether the browser has already promised to keep this site's storage.
pub async fn persisted() -> Persistence {
    call("persisted").await
}

/// Asks the browser to keep this site's storage; the answer.
pub async fn persist() -> Persistence {
    call("persist").await
}

async fn call(method: &str) -> Persistence {
    let Some(window) = web_sys::window() else {
        return Persistence::Unsupported;
    };
    if let Ok(answer) = Reflect::get(&window, &JsValue::from_str("__ownplanPersist"))
        && let Some(granted) = answer.as_bool()
    {
        return from_bool(granted);
    }
    let Ok(storage) = Reflect::get(&window.navigator(), &JsValue::from_str("storage")) else {
        return Persistence::Unsupported;
    };
    if storage.is_undefined() || storage.is_null() {
        return Persistence::Unsupported;
    }
    let Some(function) = Reflect::get(&storage, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return Persistence::Unsupported;
    };
    let Some(promise) = function
        .call0(&storage)
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    else {
        return Persistence::Unsupported;
    };
    match JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()) {
        Some(granted) => from_bool(granted),
        None => Persistence::Unsupported,
    }
}

fn from_bool(granted: bool) -> Persistence {
    if granted {
        Persistence::Granted
    } else {
        Persistence::NotGranted
    }
}
