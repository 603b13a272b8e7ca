//! Whether another app took over after the person tapped a link the page cannot follow itself
//! (the help message's `sms:` link): a phone's messaging app hides the page. Where the page
//! stays in view, the device most likely could not open the link, and the view says so, as a
//! question ("Did nothing open?"). The window losing its focus is no sign: Chromium takes it
//! away while it merely looks for an app for the link, even where there is none (measured in
//! headless Chromium: `beforeunload` and `blur`, then nothing).

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;

/// Watches for another app to take over; dropping it stops watching.
pub struct TakeOverWatch {
    _timeout: Timeout,
    _hidden: Option<EventListener>,
    _visibility: Option<EventListener>,
}

/// Calls `nothing_opened` after `ms` milliseconds if the page is still visible then and was
/// not hidden on the way; does nothing otherwise.
pub fn watch_for_take_over(ms: u32, nothing_opened: impl FnOnce() + 'static) -> TakeOverWatch {
    use std::cell::Cell;
    use std::rc::Rc;
    let left = Rc::new(Cell::new(false));
    let listen = |event: &'static str| {
        let left = left.clone();
        web_sys::window().map(|window| EventListener::new(&window, event, move |_| left.set(true)))
    };
    let hidden = listen("pagehide");
    // A page hidden and shown again before the time is up was left for another app too.
    let hidden_for_a_while =
        web_sys::window()
            .and_then(|window| window.document())
            .map(|document| {
                let left = left.clone();
                EventListener::new(&document, "visibilitychange", move |_| left.set(true))
            });
    let timeout = Timeout::new(ms, move || {
        let still_here = web_sys::window()
            .and_then(|window| window.document())
            .is_some_and(|document| !document.hidden());
        if still_here && !left.get() {
            nothing_opened();
        }
    });
    TakeOverWatch {
        _timeout: timeout,
        _hidden: hidden,
        _visibility: hidden_for_a_while,
    }
}
