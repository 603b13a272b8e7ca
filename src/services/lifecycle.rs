//! Page life-cycle events the saving hook listens to: the page being hidden or closed (flush
//! the pending save) and another tab changing stored data.
//!
//! Each function returns a guard; dropping it stops listening.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

/// Stops listening when dropped.
pub struct ListenerGuard {
    _listeners: Vec<EventListener>,
}

/// Calls `on_hide` when the page is hidden (another app, the tab switched, the phone locked)
/// or is being closed. On phones, a hidden page may be killed without warning, so this is the
/// last moment to save.
pub fn on_page_hide(on_hide: impl Fn() + Clone + 'static) -> Option<ListenerGuard> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let on_visibility = on_hide.clone();
    let visibility = EventListener::new(&document, "visibilitychange", move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            on_visibility();
        }
    });
    let page_hide = EventListener::new(&window, "pagehide", move |_| on_hide());
    Some(ListenerGuard {
        _listeners: vec![visibility, page_hide],
    })
}

/// Calls `on_change` with the new stored text whenever another tab changes `full_key` in the
/// storage the widget uses (`None` when it was removed). A change to local storage means nothing
/// to a tab in peer-worker mode, which keeps its plan in session storage.
pub fn on_storage_change(
    full_key: String,
    on_change: impl Fn(Option<String>) + 'static,
) -> Option<ListenerGuard> {
    let window = web_sys::window()?;
    let listener = EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        // An event that names no storage area (made by a script, not the browser) is taken
        // as being about the storage in use.
        let same_area = event
            .storage_area()
            .is_none_or(|area| crate::services::storage::is_current_area(&area));
        if same_area && event.key().as_deref() == Some(full_key.as_str()) {
            on_change(event.new_value());
        }
    });
    Some(ListenerGuard {
        _listeners: vec![listener],
    })
}
