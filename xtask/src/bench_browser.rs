//! `cargo xtask bench-browser`: the benchmarks in headless Chromium. It runs the ignored
//! wasm-bindgen tests `tests/verify_bench_browser.rs` (the hostile documents of about 5 MiB that
//! the native example `verify_bench` builds, verified; one line per case) and
//! `tests/pdf_bench_browser.rs` (the PDF copy of a 500-item plan, made and read back), in the
//! release profile, as the widget ships.

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
            "--test",
            "pdf_bench_browser",
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
