//! Peer-worker mode for views: whether this tab is in it, starting it, finishing (the wipe), and
//! the inactivity watch (warn after a while without use, then wipe).
//!
//! Whether the tab is in peer-worker mode is decided once, at start, before the plan store
//! loads (`services::storage::configure_from_session` in `main.rs`): it decides where the plan
//! is stored. Starting or ending the mode therefore starts the page again, which also clears
//! everything held in memory.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::error::StorageError;
use crate::i18n::Language;
use crate::services::{self, peer_session, storage, timers};
use crate::state::peer::{IdlePhase, IdleTimes};

/// The element id of the "I'm still here" button; focus moves there when the warning shows.
pub const STILL_HERE_ID: &str = "idle-still-here";

/// How often the inactivity countdown is checked (milliseconds).
const TICK_MS: u32 = 1000;

/// What [`use_peer_mode`] gives a view.
#[derive(Clone, PartialEq)]
pub struct PeerModeHandle {
    /// This tab is in peer-worker mode: nothing is kept beyond the tab.
    pub active: bool,
    /// Start peer-worker mode in this tab, keeping `language` (the page starts again).
    pub start: Callback<Language>,
    /// Set when starting failed; nothing changed.
    pub start_error: Option<StorageError>,
    /// Clear everything of this tab and start again on the "cleared" screen.
    pub wipe: Callback<()>,
}

/// Whether this tab is in peer-worker mode (decided at start; for views that only choose their
/// words by it, without the handle's callbacks).
pub fn helping_mode() -> bool {
    storage::backend() == storage::Backend::Session
}

/// Peer-worker mode for a view.
#[hook]
pub fn use_peer_mode() -> PeerModeHandle {
    // Decided at start, before the first render; reading it is reading a setting, not storage.
    let active = helping_mode();
    let start_error = use_state_eq(|| None::<StorageError>);
    let start = {
        let start_error = start_error.setter();
        Callback::from(move |language: Language| {
            start_error.set(peer_session::start_peer_mode(language.code()).err());
        })
    };
    let wipe = Callback::from(|()| peer_session::wipe_and_restart());
    PeerModeHandle {
        active,
        start,
        start_error: *start_error,
        wipe,
    }
}

/// What [`use_idle_watch`] gives the banner.
#[derive(Clone, PartialEq)]
pub struct IdleWatch {
    /// Where the countdown stands.
    pub phase: IdlePhase,
    /// "I'm still here": the wait starts again.
    pub still_here: Callback<()>,
}

/// What the listeners and the timer share.
struct Watch {
    times: IdleTimes,
    /// When the tab was last used (ms since 1970).
    last_use: u64,
    /// When that was last written to session storage.
    last_written: Option<u64>,
    phase: IdlePhase,
    /// Where focus was before the warning took it.
    focus_before: Option<peer_session::Focused>,
}

impl Watch {
    fn used_now(&mut self) {
        let now = peer_session::now_ms();
        self.last_use = now;
        self.last_written = peer_session::note_activity(now, self.last_written);
    }
}

/// Watches for use of the tab while in peer-worker mode (`enabled`; otherwise it does nothing):
/// after the warning time without use the phase becomes [`IdlePhase::Warning`] (focus moves to
/// [`STILL_HERE_ID`]); without "I'm still here" before the countdown ends, everything is wiped
/// as "Finish" does (without downloads).
#[hook]
pub fn use_idle_watch(enabled: bool) -> IdleWatch {
    let phase = use_state_eq(|| IdlePhase::Active);
    let watch: Rc<RefCell<Watch>> = use_mut_ref(|| Watch {
        times: IdleTimes::default(),
        last_use: 0,
        last_written: None,
        phase: IdlePhase::Active,
        focus_before: None,
    });

    {
        let watch = watch.clone();
        let phase = phase.setter();
        use_effect_with(enabled, move |enabled| {
            let running = enabled.then(|| start_watching(&watch, phase));
            move || drop(running)
        });
    }

    // Focus goes into the warning when it shows, and back where it was when it goes.
    {
        let watch = watch.clone();
        let warning = matches!(*phase, IdlePhase::Warning { .. });
        use_effect_with(warning, move |warning| {
            let mut w = watch.borrow_mut();
            if *warning {
                w.focus_before = peer_session::focused_element();
                services::page::focus_element(STILL_HERE_ID);
            } else if let Some(element) = w.focus_before.take() {
                peer_session::restore_focus(&element);
            }
        });
    }

    let still_here = {
        let phase = phase.setter();
        Callback::from(move |()| {
            let mut w = watch.borrow_mut();
            w.last_written = None;
            w.used_now();
            w.phase = IdlePhase::Active;
            phase.set(IdlePhase::Active);
        })
    };

    IdleWatch {
        phase: *phase,
        still_here,
    }
}

/// What [`start_watching`] keeps running; everything stops when it is dropped.
type Running = (
    Option<peer_session::ActivityGuard>,
    Option<peer_session::ActivityGuard>,
    Option<peer_session::SessionGuard>,
    timers::Repeating,
);

/// Decides where the countdown stands from the wall-clock time elapsed now, shows it, and wipes
/// when time is up. Called every tick and at the moment of every event: after a freeze (the
/// back-forward cache, a computer that slept) the timer may not have run for a long time, and
/// the overdue wipe must come before any use can start the wait again.
fn check_now(watch: &Rc<RefCell<Watch>>, phase: &UseStateSetter<IdlePhase>) -> IdlePhase {
    let mut w = watch.borrow_mut();
    w.phase = w
        .times
        .phase(peer_session::now_ms().saturating_sub(w.last_use));
    let now = w.phase;
    phase.set(now);
    drop(w);
    if now == IdlePhase::Wipe {
        peer_session::wipe_and_restart();
    }
    now
}

/// Starts the listeners and the timer of [`use_idle_watch`]; they stop when the result is
/// dropped.
fn start_watching(watch: &Rc<RefCell<Watch>>, phase: UseStateSetter<IdlePhase>) -> Running {
    {
        let mut w = watch.borrow_mut();
        w.times = peer_session::idle_times();
        // A reload does not start the wait again: count from the last use noted.
        let now = peer_session::now_ms();
        w.last_use = peer_session::last_activity()
            .filter(|last| *last <= now)
            .unwrap_or(now);
    }
    let on_use = {
        let watch = watch.clone();
        let phase = phase.clone();
        move || {
            // From the time elapsed now, not from the phase the last tick saw.
            if check_now(&watch, &phase).use_resets() {
                watch.borrow_mut().used_now();
            }
        }
    };
    let listeners = peer_session::on_activity(on_use);
    let on_return = {
        let watch = watch.clone();
        let phase = phase.clone();
        move || {
            check_now(&watch, &phase);
        }
    };
    let returns = peer_session::on_return(on_return);
    let other_tabs = peer_session::wipe_with_other_tabs();
    let watch = watch.clone();
    let tick = timers::every(TICK_MS, move || {
        check_now(&watch, &phase);
    });
    (listeners, returns, other_tabs, tick)
}
