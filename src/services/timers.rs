//! Timers for hooks: wait a moment (to let the browser paint before blocking work), run
//! something after a delay, or again and again. Each handle stops its timer when dropped.

use gloo_timers::callback::{Interval, Timeout};

/// Waits `ms` milliseconds without blocking the page.
pub async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

/// A timer that runs once; dropping it before then cancels it.
pub struct Once {
    _timer: Timeout,
}

/// Runs `work` once after `ms` milliseconds, unless the returned handle is dropped first.
pub fn after(ms: u32, work: impl FnOnce() + 'static) -> Once {
    Once {
        _timer: Timeout::new(ms, work),
    }
}

/// A timer that runs every so often until it is dropped.
pub struct Repeating {
    _timer: Interval,
}

/// Runs `tick` every `ms` milliseconds until the returned handle is dropped.
pub fn every(ms: u32, tick: impl FnMut() + 'static) -> Repeating {
    Repeating {
        _timer: Interval::new(ms, tick),
    }
}
