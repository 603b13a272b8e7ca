//! Where the command writes and how it ends when its reader goes away: results on standard
//! output, messages on standard error, and a closed pipe (`ownplan show FILE | head -1`) ending
//! the command quietly with the exit code of its verdict.

mod common;

use std::process::Stdio;

use common::{TODAY, ownplan, run, scratch, signed_with, write};
use serde_json::json;

/// Runs `args` with standard output a pipe whose reading end is already closed, as after
/// `| head -0`: every write to it fails with "broken pipe". Returns the exit code and stderr.
fn run_with_closed_stdout(args: &[&str]) -> (i32, String) {
    let mut child = ownplan()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("the binary ends");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn broken_pipe_exits_quietly_with_the_verdict() {
    let dir = scratch("pipe");
    let good = write(&dir, "good.json", &signed_with(|_| {}));
    let bad = write(
        &dir,
        "bad.json",
        &signed_with(|c| c["validFrom"] = json!("soon")),
    );
    for (args, code) in [
        (vec!["show", &good, "--today", TODAY], 0),
        (vec!["show", &good, "--format", "html", "--today", TODAY], 0),
        (vec!["verify", &good, "--today", TODAY], 0),
        (vec!["verify", &good, "--json", "--today", TODAY], 0),
        (vec!["verify", &bad, "--today", TODAY], 1),
        (vec!["canon", &good], 0),
        (vec!["schema"], 0),
        (vec!["--help"], 0),
    ] {
        let (exit, stderr) = run_with_closed_stdout(&args);
        assert_eq!(exit, code, "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}: no message, no panic");
    }
}

#[test]
fn show_refusal_never_lands_in_an_html_or_markdown_page() {
    let dir = scratch("refusal");
    let tampered = {
        let mut value: serde_json::Value =
            serde_json::from_slice(&signed_with(|_| {})).expect("JSON");
        value["credentialSubject"]["crisisPlan"]["triggers"] = json!("changed after signing");
        write(&dir, "tampered.json", value.to_string().as_bytes())
    };
    for format in ["html", "markdown"] {
        let refused = run(&["show", &tampered, "--format", format, "--today", TODAY]);
        assert_eq!(refused.code, 1, "{format}");
        assert_eq!(refused.stdout, "", "{format}: nothing for the page");
        assert!(
            refused.stderr.contains("INVALID: ") && refused.stderr.contains("error-bad-signature"),
            "{format}: {}",
            refused.stderr
        );
    }
}

#[test]
fn usage_and_io_errors_go_to_standard_error_only() {
    let dir = scratch("usage");
    let good = write(&dir, "good.json", &signed_with(|_| {}));
    for args in [
        vec!["show", "/no/such/file.json", "--format", "html"],
        vec!["show", &good, "--format", "html", "--today", "soon"],
        vec!["verify", &good, "--json", "--key", "nope"],
    ] {
        let result = run(&args);
        assert_eq!(result.code, 2, "{args:?}");
        assert_eq!(result.stdout, "", "{args:?}");
        assert!(
            result.stderr.starts_with("ownplan: "),
            "{args:?}: {}",
            result.stderr
        );
    }
}
