//! User Timing marks around slow work (deriving a key from a passphrase), so how long it took
//! can be read in the browser's developer tools and by the end-to-end tests
//! (`performance.getEntriesByName(name)`). Nothing is sent anywhere.

/// Marks `work` as a performance measure named `name` (a reply from the lazily loaded module,
/// say), so tests and profiles can read how long it took.
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
