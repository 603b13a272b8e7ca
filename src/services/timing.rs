//! User Timing marks around slow work (deriving a key from a passphrase), so how long it took
//! can be read in the browser's developer tools and by the end-to-end tests
//! (`performance.getEntriesByName(name)`). Nothing is sent anywhere.

/// Runs `work`, recorded as a `performance.measure` entry called `name`.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|window| window.performance());
    let start = format!("{name}-start");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work();
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark(name, &start);
    }
    result
}

/// [`measure`] for work that is awaited (a reply from the lazily loaded module, say).
pub async fn measure_async<T>(name: &str, work: impl std::future::Future<Output = T>) -> T {
    let performance = web_sys::window().and_then(|window| window.performance());
    let start = format!("{name}-start");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work.await;
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark(name, &start);
    }
    result
}
