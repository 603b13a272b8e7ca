//! `cargo xtask bench-browser`: the verification benchmark in headless Chromium. It runs the
//! ignored wasm-bindgen test `tests/verify_bench_browser.rs` (release profile, as the widget
//! ships), which verifies the hostile documents of about 5 MiB that the native example
//! `verify_bench` builds, and prints one line per case.

use crate::{Workspace, run};

/// Runs the browser benchmark.
pub fn run_task(workspace: &Workspace) -> Result<(), String> {
    run(workspace
        .command("cargo")
        .args([
            "test",
            "--package",
            "ownplan-web",
            "--target",
            "wasm32-unknown-unknown",
            "--release",
            "--test",
            "verify_bench_browser",
            "--",
            "--include-ignored",
            "--nocapture",
        ])
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        )
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "300"))
}
