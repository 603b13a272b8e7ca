//! `cargo xtask bench-load`: the widget against the floor app in a throttled phone browser
//! (issue 17). Not a test tier: figures to report, no pass or fail.
//!
//! It builds the widget's release build (`dist/`, as `cargo xtask build`) and the floor app
//! (`bench/floor/`: one heading and one text field in Yew 0.23, the same release profile, Trunk
//! and wasm-opt -Oz) into `target/bench/floor-dist`, and the `ownplan` command (release), which
//! signs the 500-item document the verify figure checks. `cargo xtask size` counts both builds;
//! then the browser half (`tests/e2e/src/bin/bench_load.rs`) serves them as a deployment does
//! (precompressed copies), drives headless Chromium over WebDriver with CDP throttling, and
//! writes the table to `target/bench/load.txt`.

use std::path::Path;
use std::time::Instant;

use crate::{Workspace, run, setup, size};

const USAGE: &str = "bench-load takes [--no-build] [--runs N]";

/// Runs the benchmark: `--no-build` takes `dist/` and `target/bench/floor-dist` as they are;
/// `--runs N` measures each figure N times (default 7) and reports the medians.
pub fn run_task(workspace: &Workspace, args: &[String]) -> Result<(), String> {
    let started = Instant::now();
    let mut build = true;
    let mut runs = 7u32;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--no-build" => build = false,
            "--runs" => {
                runs = rest
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("--runs takes a number above 0\n{USAGE}"))?;
            }
            other => return Err(format!("unknown option '{other}'\n{USAGE}")),
        }
    }
    let target = workspace.cargo_target_dir();
    let bench = target.join("bench");
    let floor_dist = bench.join("floor-dist");
    setup::ensure(workspace, setup::Needs::Tests)?;
    if build {
        crate::build(workspace)?;
        build_floor(workspace, &bench, &floor_dist)?;
    }
    for (what, dist) in [
        ("the widget", workspace.dist()),
        ("the floor", floor_dist.clone()),
    ] {
        if !dist.join("index.html").exists() {
            return Err(format!(
                "{} has no index.html: build {what} first (cargo xtask bench-load without --no-build)",
                dist.display()
            ));
        }
    }
    run(workspace
        .command("cargo")
        .args(["build", "--release", "--package", "ownplan-cli"]))?;
    let widget_size = size::measure(&workspace.dist())?.brotli_total();
    let floor_size = size::measure(&floor_dist)?.brotli_total();
    let examples = workspace.root.join("examples");
    let out = bench.join("load.txt");
    let mut browser = workspace.command("cargo");
    browser
        .args([
            "run",
            "--quiet",
            "--package",
            "ownplan-e2e",
            "--bin",
            "bench_load",
            "--",
        ])
        .arg("--widget")
        .arg(workspace.dist())
        .arg("--floor")
        .arg(&floor_dist)
        .arg("--cli")
        .arg(target.join("release").join("ownplan"))
        .arg("--plan")
        .arg(examples.join("plan-full-nb.json"))
        .arg("--key")
        .arg(examples.join("example-key.json"))
        .arg("--work")
        .arg(&bench)
        .arg("--out")
        .arg(&out)
        .args(["--runs", &runs.to_string()])
        .args(["--size-widget", &widget_size.to_string()])
        .args(["--size-floor", &floor_size.to_string()]);
    if std::env::var_os("CHROMEDRIVER").is_none() {
        browser.env("CHROMEDRIVER", "/usr/bin/chromedriver");
    }
    run(&mut browser)?;
    println!(
        "bench-load: {:.1} minutes in all (builds included)",
        started.elapsed().as_secs_f64() / 60.0
    );
    Ok(())
}

/// Builds the floor app with Trunk (its own `bench/floor/Trunk.toml`) into `dist`, compiling
/// in `bench/floor-target` so its dependencies never mix with the widget's.
fn build_floor(workspace: &Workspace, bench: &Path, dist: &Path) -> Result<(), String> {
    run(workspace
        .command("trunk")
        .current_dir(workspace.root.join("bench").join("floor"))
        .env("CARGO_TARGET_DIR", bench.join("floor-target"))
        .args(["build", "--release", "--dist"])
        .arg(dist))
}
