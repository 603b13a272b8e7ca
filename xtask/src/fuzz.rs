//! `cargo xtask fuzz [TARGET] [--runs N | --seconds S]`: coverage-guided fuzzing of the strict
//! parser, both verification layers, the backup reader and restore (the targets are in `fuzz/`,
//! a workspace of its own; docs/FUZZING.md says what each one checks).
//!
//! Why cargo-fuzz and libFuzzer: they are the Rust fuzzing project's maintained tools, the
//! harness is a plain `fuzz_target!` closure, and libFuzzer's coverage guidance, corpus,
//! minimization, time-outs (`-timeout`) and memory limit (`-rss_limit_mb`, `-malloc_limit_mb`)
//! are what the issue asks for. They need nightly-only compiler flags (`-Cpasses=sancov-module`,
//! `-Zsanitizer`), which stable rustc accepts with `RUSTC_BOOTSTRAP=1`; this was measured to
//! work here with rustc 1.95, and only this task sets it, only for the fuzz build. AFL++
//! (`cargo afl`) would need AFL++ built from source and LLVM plugins matching rustc's LLVM;
//! LibAFL is a framework to assemble a fuzzer from, more than the job needs.
//!
//! Build settings: optimized, with debug assertions and overflow checks (`-O -a`), and without
//! AddressSanitizer (`-s none`): the project has no `unsafe` code, and ASan would halve the
//! executions per second for what is, here, only safe Rust.
//!
//! The corpus grows in `fuzz/corpus/TARGET` (not committed); the seeds are read from
//! `examples/`, the core's test vectors and fixtures, and `fuzz/seeds/TARGET`. A finding is
//! written to `fuzz/artifacts/TARGET/` and the task fails.

use crate::{Workspace, output_of, run};

/// The version of cargo-fuzz installed when it is missing.
const CARGO_FUZZ_VERSION: &str = "0.13.2";
/// Seconds per target when neither `--runs` nor `--seconds` is given.
const DEFAULT_SECONDS: u64 = 60;
/// One input taking longer than this is a hang.
const TIMEOUT_SECONDS: u32 = 10;
/// More memory than this (resident, and for one allocation) is a memory blow-up.
const RSS_LIMIT_MB: u32 = 2048;

/// The targets, in the order `cargo xtask fuzz` runs them, with their seed folders besides
/// `fuzz/seeds/TARGET` (read whenever it exists).
const TARGETS: [(&str, &[&str]); 5] = [
    (
        "strict_json",
        &[
            "examples",
            "crates/ownplan-core/tests/vectors/jcs/input",
            "crates/ownplan-core/tests/fixtures",
        ],
    ),
    (
        "verify_proof",
        &["examples", "crates/ownplan-core/tests/vectors/jcs/input"],
    ),
    ("verify_document", &["examples"]),
    ("backup_decode", &["crates/ownplan-core/tests/fixtures"]),
    ("restore", &[]),
];

/// How long each target runs.
enum Budget {
    Runs(u64),
    Seconds(u64),
}

/// Runs the task with its arguments (everything after `fuzz`).
pub fn run_task(args: &[String]) -> Result<(), String> {
    let (target, budget) = parse_args(args)?;
    let workspace = Workspace::find();
    ensure_cargo_fuzz(&workspace)?;
    let selected: Vec<&(&str, &[&str])> = match &target {
        Some(name) => vec![
            TARGETS
                .iter()
                .find(|(target, _)| target == name)
                .ok_or_else(|| format!("no fuzz target '{name}'; there are {}", names()))?,
        ],
        None => TARGETS.iter().collect(),
    };
    for (name, seeds) in selected {
        fuzz_one(&workspace, name, seeds, &budget)?;
    }
    Ok(())
}

fn names() -> String {
    TARGETS
        .iter()
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(", ")
}

fn parse_args(args: &[String]) -> Result<(Option<String>, Budget), String> {
    let mut target = None;
    let mut budget = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut number = |flag: &str| -> Result<u64, String> {
            rest.next()
                .and_then(|value| value.parse().ok())
                .filter(|value| *value > 0)
                .ok_or_else(|| format!("{flag} takes a positive whole number"))
        };
        let next = match arg.as_str() {
            "--runs" => Budget::Runs(number("--runs")?),
            "--seconds" => Budget::Seconds(number("--seconds")?),
            name if !name.starts_with('-') && target.is_none() => {
                target = Some(name.to_owned());
                continue;
            }
            other => return Err(format!("fuzz does not take '{other}'")),
        };
        if budget.replace(next).is_some() {
            return Err("give either --runs or --seconds, once".to_owned());
        }
    }
    Ok((target, budget.unwrap_or(Budget::Seconds(DEFAULT_SECONDS))))
}

fn ensure_cargo_fuzz(workspace: &Workspace) -> Result<(), String> {
    // `cargo fuzz --version` prints "cargo-fuzz 0.13.2".
    if output_of(workspace.command("cargo").args(["fuzz", "--version"])).is_some() {
        return Ok(());
    }
    println!("xtask: installing cargo-fuzz {CARGO_FUZZ_VERSION} (about two minutes)");
    run(workspace.command("cargo").args([
        "install",
        "cargo-fuzz",
        "--locked",
        "--version",
        &format!("={CARGO_FUZZ_VERSION}"),
    ]))
}

fn fuzz_one(
    workspace: &Workspace,
    target: &str,
    seeds: &[&str],
    budget: &Budget,
) -> Result<(), String> {
    let corpus = workspace.root.join("fuzz").join("corpus").join(target);
    std::fs::create_dir_all(&corpus)
        .map_err(|error| format!("cannot create {}: {error}", corpus.display()))?;
    let limit = match budget {
        Budget::Runs(runs) => format!("-runs={runs}"),
        Budget::Seconds(seconds) => format!("-max_total_time={seconds}"),
    };
    println!("\nxtask: fuzzing {target} ({})", &limit[1..]);
    let own_seeds = format!("fuzz/seeds/{target}");
    let own_seeds = workspace
        .root
        .join(&own_seeds)
        .is_dir()
        .then_some(own_seeds.as_str());
    let mut command = workspace.command("cargo");
    command
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["fuzz", "run", "-O", "-a", "-s", "none", target])
        .arg(&corpus)
        .args(seeds.iter().copied().chain(own_seeds))
        .args([
            "--",
            &limit,
            &format!("-timeout={TIMEOUT_SECONDS}"),
            &format!("-rss_limit_mb={RSS_LIMIT_MB}"),
            &format!("-malloc_limit_mb={RSS_LIMIT_MB}"),
            "-dict=fuzz/json.dict",
            "-print_final_stats=1",
        ]);
    run(&mut command).map_err(|error| {
        format!("{error}\nthe input that failed is in fuzz/artifacts/{target}/ (docs/FUZZING.md)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<(Option<String>, Budget), String> {
        parse_args(&args.iter().map(|arg| (*arg).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn arguments_are_read() {
        assert!(matches!(
            parse(&[]),
            Ok((None, Budget::Seconds(DEFAULT_SECONDS)))
        ));
        assert!(matches!(
            parse(&["restore", "--runs", "10"]),
            Ok((Some(name), Budget::Runs(10))) if name == "restore"
        ));
        assert!(matches!(
            parse(&["--seconds", "5"]),
            Ok((None, Budget::Seconds(5)))
        ));
        assert!(parse(&["--runs", "1", "--seconds", "1"]).is_err());
        assert!(parse(&["--runs", "x"]).is_err());
        assert!(parse(&["--runs", "0"]).is_err());
        assert!(parse(&["a", "b"]).is_err());
    }

    #[test]
    fn every_target_has_a_harness_and_its_seed_folders_exist() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for (name, seeds) in TARGETS {
            let harness = root.join(format!("fuzz/fuzz_targets/{name}.rs"));
            assert!(harness.is_file(), "{}", harness.display());
            for seed in seeds {
                assert!(root.join(seed).is_dir(), "{seed}");
            }
            if seeds.is_empty() {
                assert!(root.join(format!("fuzz/seeds/{name}")).is_dir(), "{name}");
            }
        }
    }
}
