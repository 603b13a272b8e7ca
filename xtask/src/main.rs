//! The project's task runner, `cargo xtask <task>`.
//!
//! It is the one place that knows how to set up a fresh machine of this kind (README.md's
//! set-up table lists what it installs and where each version is pinned; `setup.rs` says why
//! where a choice was forced), build the widget, run every test tier and check the download
//! budget. It uses the standard library only, so it builds in
//! seconds before anything else is installed.
//!
//! Every install step first checks whether the right version is already there, so running a
//! task twice does the work once.

mod bench_browser;
mod bench_load;
mod fuzz;
mod release;
mod setup;
mod size;
#[cfg(test)]
mod tidy;
mod tiers;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
Usage: cargo xtask <task>

Tasks:
  serve [--port N]     set up what is missing, build the widget (release) and serve it on
                       http://127.0.0.1:N/ (default 8080)
  test                 set up what is missing (also Chromium and its driver), then run every
                       test tier and print a summary
  setup [--for-tests]  only install what is missing
  build                build the release widget into dist/
  size [--budget N]    report the bytes of the first load (raw, gzip, brotli) of dist/ and fail
                       when brotli exceeds the budget in budgets.toml (or N)
  bench                benchmark canonicalize, sign and verify for plans of 10 to 500 items
                       (criterion, quick settings: about 4 minutes on 2 cores)
  bench-browser        verify the 5 MiB worst-case documents in headless Chromium (wasm,
                       release) and print time and memory per case
  bench-load [--no-build] [--runs N]
                       the widget against a minimal Yew app (bench/floor/) in headless Chromium
                       at 360 px: first-load bytes, navigation to the first heading throttled
                       (4x CPU, slow 4G, fast 3G), keystroke to paint in a 500-item plan, and
                       verifying a 500-item document; medians of N runs (default 7), written to
                       target/bench/load.txt (about 10 minutes on 2 cores)
  release [--no-build]  build the widget (or, with --no-build, take dist/ as it is) and write
                       target/release-archive/ownplan-<version>.tar.gz with its .sha256 and a
                       SHA256SUMS inside (docs/DEPLOYING.md)
  fuzz [TARGET] [--runs N | --seconds S]
                       fuzz one target (or each in turn) with cargo-fuzz; default 60 s each
                       (docs/FUZZING.md)

Environment:
  OWNPLAN_TOOLS_DIR    where npm tools are installed (default: tools/ in the repository)
  CARGO_HOME           where cargo tools (trunk, wasm-bindgen) are installed, as usual";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => tiers::run_all(&Workspace::find()),
        Some("setup") => {
            let workspace = Workspace::find();
            let needs = if args.iter().any(|a| a == "--for-tests") {
                setup::Needs::Tests
            } else {
                setup::Needs::Serve
            };
            setup::ensure(&workspace, needs)
        }
        Some("build") => {
            let workspace = Workspace::find();
            setup::ensure(&workspace, setup::Needs::Serve).and_then(|()| build(&workspace))
        }
        Some("size") => size_task(&args[1..]),
        Some("bench") => {
            let workspace = Workspace::find();
            run(workspace.command("cargo").args([
                "bench",
                "--package",
                "ownplan-core",
                "--bench",
                "document",
                "--",
                "--warm-up-time",
                "1",
                "--measurement-time",
                "2",
            ]))
        }
        Some("bench-browser") => bench_browser::run_task(&Workspace::find()),
        Some("bench-load") => bench_load::run_task(&Workspace::find(), &args[1..]),
        Some("fuzz") => fuzz::run_task(&args[1..]),
        Some("release") => release::run_task(&Workspace::find(), &args[1..]),
        Some("--help") | Some("-h") | None => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown task '{other}'\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Where things are: the repository, the tools folder, cargo's bin folder.
pub struct Workspace {
    /// The repository root (the folder with the top `Cargo.toml`).
    pub root: PathBuf,
    /// Where npm tools live (`node_modules/.bin` goes first in PATH).
    pub tools_dir: PathBuf,
    /// Where `cargo install` puts binaries.
    pub cargo_bin: PathBuf,
}

impl Workspace {
    fn find() -> Workspace {
        // xtask/ is one level below the root.
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let tools_dir = std::env::var_os("OWNPLAN_TOOLS_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("tools"));
        let cargo_home = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
            .unwrap_or_else(|| PathBuf::from(".cargo"));
        Workspace {
            root,
            tools_dir,
            cargo_bin: cargo_home.join("bin"),
        }
    }

    /// PATH with the npm tools first, then cargo's bin folder, then what was there.
    pub fn path_env(&self) -> std::ffi::OsString {
        let mut paths = vec![
            self.tools_dir.join("node_modules").join(".bin"),
            self.cargo_bin.clone(),
        ];
        if let Some(existing) = std::env::var_os("PATH") {
            paths.extend(std::env::split_paths(&existing));
        }
        std::env::join_paths(paths).unwrap_or_default()
    }

    /// A command run in the repository root with the project's PATH.
    pub fn command(&self, program: &str) -> std::process::Command {
        let mut command = std::process::Command::new(program);
        command.current_dir(&self.root).env("PATH", self.path_env());
        // A test run builds once: incremental state would only fill the disk.
        if std::env::var_os("CARGO_INCREMENTAL").is_none() {
            command.env("CARGO_INCREMENTAL", "0");
        }
        command
    }

    /// The release build's output folder.
    pub fn dist(&self) -> PathBuf {
        self.root.join("dist")
    }

    /// Where cargo builds: `CARGO_TARGET_DIR` when set, else `target/` in the root.
    pub fn cargo_target_dir(&self) -> PathBuf {
        std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .map(|dir| {
                if dir.is_absolute() {
                    dir
                } else {
                    self.root.join(dir)
                }
            })
            .unwrap_or_else(|| self.root.join("target"))
    }
}

/// Runs `command`, streaming its output; an error names what failed.
pub fn run(command: &mut std::process::Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command
        .status()
        .map_err(|error| format!("could not start {shown}: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// Runs `command` quietly and returns its standard output, or `None` if it could not run or
/// failed.
pub fn output_of(command: &mut std::process::Command) -> Option<String> {
    let output = command.output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

fn build(workspace: &Workspace) -> Result<(), String> {
    run(workspace.command("trunk").args(["build", "--release"]))
}

fn serve(args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => "8080".to_owned(),
        [flag, port] if flag == "--port" && port.parse::<u16>().is_ok() => port.clone(),
        _ => return Err(format!("serve takes only --port N\n\n{USAGE}")),
    };
    let workspace = Workspace::find();
    setup::ensure(&workspace, setup::Needs::Serve)?;
    println!("\nownplan: serving the release build at http://127.0.0.1:{port}/ (Ctrl+C stops)\n");
    // No autoreload: its injected inline script would break the Content-Security-Policy.
    run(workspace.command("trunk").args([
        "serve",
        "--release",
        "--no-autoreload",
        "--address",
        "127.0.0.1",
        "--port",
        &port,
    ]))
}

fn size_task(args: &[String]) -> Result<(), String> {
    let workspace = Workspace::find();
    let budget = match args {
        [] => size::budget_from_file(&workspace.root.join("budgets.toml"))?,
        [flag, bytes] if flag == "--budget" => bytes
            .parse()
            .map_err(|_| format!("--budget takes a number of bytes, not '{bytes}'"))?,
        _ => return Err(format!("size takes only --budget N\n\n{USAGE}")),
    };
    let report = size::measure(&workspace.dist())?;
    print!("{}", report.table());
    report.check(budget)
}
