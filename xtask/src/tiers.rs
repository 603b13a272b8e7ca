//! `cargo xtask test`: set up, then every test tier in order, then a summary.
//!
//! Tiers run even after an earlier one failed (unless they need its output), so one run shows
//! everything that is wrong.

use std::time::Instant;

use crate::setup::{self, Needs};
use crate::{Workspace, release, run, size};

const WASM_TARGET: &str = "wasm32-unknown-unknown";

struct Outcome {
    name: &'static str,
    seconds: u64,
    result: Result<(), String>,
}

/// Runs set-up and all tiers; fails if any tier failed.
pub fn run_all(workspace: &Workspace) -> Result<(), String> {
    let started = Instant::now();
    setup::ensure(workspace, Needs::Tests)?;
    let setup_seconds = started.elapsed().as_secs();

    let mut outcomes: Vec<Outcome> = Vec::new();
    let mut tier = |name: &'static str, job: &mut dyn FnMut() -> Result<(), String>| {
        println!("\n==== {name} ====");
        let started = Instant::now();
        let result = job();
        if let Err(message) = &result {
            eprintln!("==== {name}: FAILED: {message}");
        }
        let passed = result.is_ok();
        outcomes.push(Outcome {
            name,
            seconds: started.elapsed().as_secs(),
            result,
        });
        passed
    };

    tier("lint (fmt, clippy native and wasm)", &mut || {
        lint(workspace)
    });
    tier("1 core unit tests", &mut || {
        // The core's JSON-LD safe-mode test runs node with the npm packages set-up installed.
        run(workspace
            .command("cargo")
            .args([
                "test",
                "--package",
                "ownplan-core",
                "--package",
                "ownplan-cli",
                "--package",
                "ownplan-pdf",
                "--package",
                "xtask",
            ])
            .env("OWNPLAN_TOOLS_DIR", &workspace.tools_dir))
    });
    tier("2 native render tests (yew ssr)", &mut || {
        run(workspace
            .command("cargo")
            .args(["test", "--package", "ownplan-web"]))
    });
    tier(
        "3 browser tests (wasm-bindgen-test, headless chromium)",
        &mut || {
            run(workspace
                .command("cargo")
                .args([
                    "test",
                    "--package",
                    "ownplan-web",
                    "--target",
                    WASM_TARGET,
                    "--test",
                    "browser",
                ])
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                    "wasm-bindgen-test-runner",
                )
                .env("CHROMEDRIVER", "/usr/bin/chromedriver")
                .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
        },
    );
    let built = tier("release build (trunk, wasm-opt -Oz)", &mut || {
        run(workspace.command("trunk").args(["build", "--release"]))
    });
    let dist = workspace.dist();
    tier(
        "4 end-to-end tests (release build, webdriver, axe-core)",
        &mut || {
            if !built {
                return Err("skipped: the release build failed".to_owned());
            }
            // The share tests check that the `ownplan` command verifies what the browser signed.
            run(workspace
                .command("cargo")
                .args(["build", "--package", "ownplan-cli"]))?;
            run(workspace
                .command("cargo")
                .args([
                    "test",
                    "--no-fail-fast",
                    "--package",
                    "ownplan-e2e",
                    "--",
                    "--test-threads=1",
                ])
                .env(
                    "OWNPLAN_CLI",
                    workspace.cargo_target_dir().join("debug/ownplan"),
                )
                .env("OWNPLAN_DIST", &dist)
                .env(
                    "OWNPLAN_AXE",
                    workspace.tools_dir.join("node_modules/axe-core/axe.min.js"),
                )
                .env("OWNPLAN_ARTIFACTS", workspace.root.join("target/e2e")))
        },
    );
    let mut size_table = String::new();
    tier("5 bundle size", &mut || {
        if !built {
            return Err("skipped: the release build failed".to_owned());
        }
        let budget = size::budget_from_file(&workspace.root.join("budgets.toml"))?;
        let report = size::measure(&dist)?;
        size_table = report.table();
        print!("{size_table}");
        report.check(budget)
    });
    tier("6 release archive", &mut || {
        if !built {
            return Err("skipped: the release build failed".to_owned());
        }
        let archive = release::make(workspace)?;
        release::check(&archive)?;
        println!("release archive: {}", archive.path.display());
        Ok(())
    });

    println!("\n==== summary ====");
    println!("set-up (installs what is missing)        {setup_seconds:>5} s");
    for outcome in &outcomes {
        let verdict = if outcome.result.is_ok() {
            "ok"
        } else {
            "FAILED"
        };
        println!(
            "{:<56} {:>6} {:>5} s",
            outcome.name, verdict, outcome.seconds
        );
    }
    println!("total wall time {} s", started.elapsed().as_secs());
    if !size_table.is_empty() {
        print!("\n{size_table}");
    }
    let failed = outcomes.iter().filter(|o| o.result.is_err()).count();
    println!(
        "\ntiers: {} passed, {failed} failed",
        outcomes.len() - failed
    );
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} tier(s) failed"))
    }
}

fn lint(workspace: &Workspace) -> Result<(), String> {
    run(workspace
        .command("cargo")
        .args(["fmt", "--all", "--", "--check"]))?;
    run(workspace.command("cargo").args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--quiet",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(workspace.command("cargo").args([
        "clippy",
        "--package",
        "ownplan-web",
        "--all-targets",
        "--target",
        WASM_TARGET,
        "--quiet",
        "--",
        "-D",
        "warnings",
    ]))?;
    // The PDF copy's crate is loaded by the widget when a person shares: it must build for wasm.
    run(workspace.command("cargo").args([
        "clippy",
        "--package",
        "ownplan-pdf",
        "--target",
        WASM_TARGET,
        "--quiet",
        "--",
        "-D",
        "warnings",
    ]))
}
