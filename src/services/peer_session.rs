//! The browser side of peer-worker mode on a shared computer: starting it (session storage,
//! then a fresh start of the page), noticing that someone uses the tab, the inactivity times
//! from the address, and the wipe (remove this widget's keys, seal storage, start again on the
//! "cleared" screen, so nothing in memory or storage survives). Every tab of one helping session
//! (a duplicated tab copies session storage) is wiped together: the session has a random id in
//! session storage, and the wipe says "session <id> ended" on a `BroadcastChannel`; a tab of
//! that session that hears it wipes itself too.

use gloo_events::{EventListener, EventListenerOptions};

use crate::services::storage;
use crate::state::peer::{ACTIVITY_WRITE_INTERVAL_MS, IdleTimes};

/// The address (route and query in the fragment) of the "cleared" screen after a wipe.
pub const CLEARED_FRAGMENT: &str = "#/finish?cleared";

/// Session storage key: the helping session's random id (nothing else), copied with the tab.
const SESSION_ID_KEY: &str = "mode.session";

/// The "cleared" screen's address, with how many files were made (a bare count) when any were.
fn cleared_fragment(files_made: u32) -> String {
    if files_made == 0 {
        CLEARED_FRAGMENT.to_owned()
    } else {
        format!(
            "{CLEARED_FRAGMENT}&{}={files_made}",
            crate::state::peer_files::FILES_PARAMETER
        )
    }
}

/// The name of the channel the tabs of this widget (and namespace) talk on.
fn channel_name() -> String {
    format!(
        "{}peer",
        storage::key_prefix(storage::namespace().as_deref())
    )
}

/// This helping session's random id, made on first use (a duplicated tab has the same one).
fn session_id() -> Option<String> {
    if let Some(id) = storage::read(SESSION_ID_KEY).ok().flatten() {
        return Some(id);
    }
    let id: String = crate::services::random::random_16()?
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    storage::write(SESSION_ID_KEY, &id).ok()?;
    Some(id)
}

/// Tells every other tab of this helping session that it ended.
fn announce_end() {
    let Some(id) = storage::read(SESSION_ID_KEY).ok().flatten() else {
        return;
    };
    if let Ok(channel) = web_sys::BroadcastChannel::new(&channel_name()) {
        let _ = channel.post_message(&wasm_bindgen::JsValue::from_str(&id));
        channel.close();
    }
}

/// Listens, while the guard lives, for another tab of this helping session saying it ended; then
/// this tab is wiped too.
pub struct SessionGuard {
    channel: web_sys::BroadcastChannel,
    _listener: EventListener,
}

impl Drop for SessionGuard {
    fn drop(&mut self) {
        self.channel.close();
    }
}

/// Wipes this tab when another tab of the same helping session finishes (or is wiped after
/// inactivity).
pub fn wipe_with_other_tabs() -> Option<SessionGuard> {
    let id = session_id()?;
    let channel = web_sys::BroadcastChannel::new(&channel_name()).ok()?;
    let listener = EventListener::new(&channel, "message", move |event| {
        use wasm_bindgen::JsCast;
        let said = event
            .dyn_ref::<web_sys::MessageEvent>()
            .and_then(|message| message.data().as_string());
        if said.as_deref() == Some(id.as_str()) {
            wipe_this_tab();
        }
    });
    Some(SessionGuard {
        channel,
        _listener: listener,
    })
}

/// Calls `on_return` when the page may come back after a pause: shown again from the
/// back-forward cache (`pageshow`), made visible, resumed after being frozen, focused.
pub fn on_return(on_return: impl Fn() + Clone + 'static) -> Option<ActivityGuard> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let mut listeners = Vec::new();
    for event in ["pageshow", "focus"] {
        let on_return = on_return.clone();
        listeners.push(EventListener::new(&window, event, move |_| on_return()));
    }
    for event in ["visibilitychange", "resume"] {
        let on_return = on_return.clone();
        listeners.push(EventListener::new(&document, event, move |_| on_return()));
    }
    Some(ActivityGuard {
        _listeners: listeners,
    })
}

/// Milliseconds since 1970 on this device's clock (0 for a clock before 1970).
pub fn now_ms() -> u64 {
    // Saturating: a clock before 1970 gives 0, never a wrapped number.
    js_sys::Date::now() as u64
}

/// The inactivity times from the page address's query (`?idle-warn=300&idle-wipe=60`), else the
/// defaults.
pub fn idle_times() -> IdleTimes {
    let query = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default();
    IdleTimes::from_query(&query)
}

/// Starts peer-worker mode in this tab: session storage gets the mode and the language, then the
/// page starts again on the home view, so the plan store loads from session storage (an empty,
/// new plan). A plan kept in local storage is not touched. Fails, changing nothing the person
/// sees, if session storage cannot be written.
pub fn start_peer_mode(language_code: &str) -> Result<(), crate::error::StorageError> {
    storage::begin_peer_mode(language_code, now_ms())?;
    restart_at("#/");
    Ok(())
}

/// Replaces the address's fragment (no new history entry) and loads the page afresh: memory is
/// gone and the widget starts from storage again.
fn restart_at(fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
    let _ = window.location().reload();
}

/// Clears everything of this widget from the storage in use (session storage in peer-worker
/// mode), refuses every later write in this page, and starts the page again on the "cleared"
/// screen. Whatever the page still held in memory is gone with it.
pub fn wipe_and_restart() {
    announce_end();
    wipe_this_tab();
}

thread_local! {
    /// This page is being wiped: the restart is on its way, nothing more to do (this page's own
    /// listener hears the announcement too).
    static WIPING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// [`wipe_and_restart`] without telling the other tabs (they were told already).
fn wipe_this_tab() {
    if WIPING.with(|wiping| wiping.replace(true)) {
        return;
    }
    let files = crate::services::peer_files::files_made();
    // Even if removing fails, storage is sealed and the page restarts: session storage also
    // goes when the tab closes.
    let _ = storage::remove_all();
    storage::seal();
    restart_at(&cleared_fragment(files));
}

/// Whether this tab, in peer-worker mode, was last used longer ago than the warning and the
/// countdown allow (checked at start).
pub fn left_idle_too_long() -> bool {
    idle_times().left_too_long(last_activity(), now_ms())
}

/// When this tab was last noted as used (ms since 1970), if it was.
pub fn last_activity() -> Option<u64> {
    storage::read(storage::ACTIVITY_KEY)
        .ok()
        .flatten()
        .and_then(|text| text.parse::<u64>().ok())
}

/// At start, for a tab left unused too long: clears its storage and starts on the "cleared"
/// screen, in ordinary mode (the router has not started yet, so no reload is needed).
pub fn clear_at_start() {
    let files = crate::services::peer_files::files_made();
    let _ = storage::remove_all();
    let _ = storage::configure(storage::StorageConfig {
        backend: storage::Backend::Local,
        ..current_config()
    });
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&cleared_fragment(files)),
        );
    }
}

fn current_config() -> storage::StorageConfig {
    storage::StorageConfig {
        namespace: storage::namespace(),
        backend: storage::backend(),
    }
}

/// Remembers in session storage that the tab is in use now, unless that was written less than
/// [`ACTIVITY_WRITE_INTERVAL_MS`] ago (`last_written_ms`); returns when it last wrote.
pub fn note_activity(now_ms: u64, last_written_ms: Option<u64>) -> Option<u64> {
    if last_written_ms.is_some_and(|last| now_ms.saturating_sub(last) < ACTIVITY_WRITE_INTERVAL_MS)
    {
        return last_written_ms;
    }
    match storage::write(storage::ACTIVITY_KEY, &now_ms.to_string()) {
        Ok(()) => Some(now_ms),
        Err(_) => last_written_ms,
    }
}

/// Stops listening when dropped.
pub struct ActivityGuard {
    _listeners: Vec<EventListener>,
}

/// Calls `on_use` whenever someone uses the page: a key, the pointer, a touch, scrolling.
/// Listens in the capture phase and passively, so nothing the page does is slowed or stopped.
pub fn on_activity(on_use: impl Fn() + Clone + 'static) -> Option<ActivityGuard> {
    let window = web_sys::window()?;
    let options = EventListenerOptions {
        phase: gloo_events::EventListenerPhase::Capture,
        passive: true,
    };
    let listeners = [
        "keydown",
        "pointerdown",
        "pointermove",
        "touchstart",
        "wheel",
        "scroll",
        "input",
    ]
    .into_iter()
    .map(|event| {
        let on_use = on_use.clone();
        EventListener::new_with_options(&window, event, options, move |_| on_use())
    })
    .collect();
    Some(ActivityGuard {
        _listeners: listeners,
    })
}

/// An element that had keyboard focus, held by a hook to give focus back to it later.
pub type Focused = web_sys::HtmlElement;

/// The element that has keyboard focus now, to give it back after the warning.
pub fn focused_element() -> Option<Focused> {
    use wasm_bindgen::JsCast;
    web_sys::window()?
        .document()?
        .active_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Gives focus back to `element` (if it is still on the page).
pub fn restore_focus(element: &Focused) {
    if element.is_connected() {
        let _ = element.focus();
    }
}
