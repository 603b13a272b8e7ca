//! The `ownplan` command: the native tool for integrators and professionals to verify, show and
//! canonicalize signed ownplan documents. The subcommands arrive with the document format.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--version") | Some("-V") => {
            println!("ownplan {}", ownplan_core::CRATE_VERSION);
            ExitCode::SUCCESS
        }
        None | Some("--help") | Some("-h") => {
            println!(
                "ownplan {}\n\nUsage: ownplan --version",
                ownplan_core::CRATE_VERSION
            );
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("ownplan: unknown command '{other}'. Try 'ownplan --help'.");
            ExitCode::from(2)
        }
    }
}
