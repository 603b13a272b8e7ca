//! Documents signed with the attacker's own (throwaway) key that try to take over the terminal of
//! whoever runs `ownplan verify` or `ownplan show` on them: escape sequences, a bare carriage
//! return, line feeds, U+009B (the one-byte CSI) and U+202E (right-to-left override) in every
//! field the command prints, and in every refusal message that quotes the document. Each test is
//! named after the finding it pins (issue 12, §1 "Terminal output").
//!
//! Every output must be free of the raw characters, and no document text may make a line that
//! looks like the command's own (a fake `fingerprint:` or `Signed by:` line).

mod common;

use common::{TODAY, key, run, scratch, signed_with, write};
use serde_json::{Value, json};

/// What an attacker writes into a single field: cursor movement and line erasing (ESC and CSI),
/// a bare carriage return, line feeds followed by lines that copy the command's own (in English
/// and in the Norwegian of `show`), DEL and a right-to-left override.
const HOSTILE: &str = "Aisha\u{1b}[2K\u{1b}[1A\rfingerprint: AAAA-BBBB-CCCC-DDDD\nfingerprint: AAAA-BBBB-CCCC-DDDD\nSigned by: did:key:z6MkFAKE (fingerprint AAAA-BBBB-CCCC-DDDD)\nSignert av: AAAA-BBBB-CCCC-DDDD (fingeravtrykket til did:key:z6MkFAKE)\n\u{9b}2J\u{7f}\u{202e}yeknom";

/// The label of the signer's line in `show`, in the language of the test documents (Bokmål).
const SIGNED_BY: &str = "Signert av:";

/// A character that must never reach a terminal raw (the line feed is checked separately, by
/// looking at the lines).
fn is_unsafe(character: char) -> bool {
    matches!(
        character,
        '\u{0}'..='\u{9}'
            | '\u{b}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{061c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn assert_terminal_safe(what: &str, output: &str) {
    if let Some(bad) = output.chars().find(|c| is_unsafe(*c)) {
        panic!("{what}: raw {bad:?} in the output:\n{output}");
    }
}

/// No line of a refusal (or of the `--proof-only` report, which names the real signer) that
/// looks like a fake trust line: a `fingerprint:` line names the real key, no `Signed by` line.
fn assert_no_forged_line(what: &str, result: &common::Run) {
    let real = format!("fingerprint: {}", real_fingerprint());
    for line in result.stdout.lines().chain(result.stderr.lines()) {
        let fake_fingerprint = line.starts_with("fingerprint:") && line != real;
        let fake_signer = line.starts_with("Signed by");
        assert!(
            !fake_fingerprint && !fake_signer,
            "{what}: a forged line {line:?}"
        );
    }
}

/// The lines of `output` that start with `prefix`.
fn lines_starting_with<'a>(output: &'a str, prefix: &str) -> Vec<&'a str> {
    output
        .lines()
        .filter(|line| line.starts_with(prefix))
        .collect()
}

fn real_fingerprint() -> String {
    key().did_key().fingerprint().to_string()
}

/// Runs every output the command has for `file` (verify as text and JSON, show as text, Markdown
/// and HTML) and checks each is terminal-safe; returns them for further checks.
fn every_output(file: &str) -> Vec<(String, common::Run)> {
    let mut outputs = Vec::new();
    for (name, args) in [
        ("verify", vec!["verify", file, "--today", TODAY]),
        (
            "verify --json",
            vec!["verify", file, "--json", "--today", TODAY],
        ),
        ("verify --proof-only", vec!["verify", file, "--proof-only"]),
        ("show text", vec!["show", file, "--today", TODAY]),
        (
            "show markdown",
            vec!["show", file, "--format", "markdown", "--today", TODAY],
        ),
        (
            "show html",
            vec!["show", file, "--format", "html", "--today", TODAY],
        ),
        ("canon", vec!["canon", file]),
    ] {
        let result = run(&args);
        assert!(
            !result.stderr.contains("panicked"),
            "{name}: {}",
            result.stderr
        );
        // `canon` into a pipe writes the exact canonical bytes, for hashing; on a terminal it
        // escapes them (not testable without a terminal). Its refusals are checked.
        if !(name == "canon" && result.code == 0) {
            assert_terminal_safe(&format!("{name} stdout"), &result.stdout);
        }
        assert_terminal_safe(&format!("{name} stderr"), &result.stderr);
        outputs.push((name.to_owned(), result));
    }
    outputs
}

fn output<'a>(outputs: &'a [(String, common::Run)], name: &str) -> &'a common::Run {
    &outputs.iter().find(|(n, _)| n == name).expect("ran").1
}

/// The verify text report of a valid document: its own lines, one each, the real fingerprint.
fn assert_verify_lines_are_ours(stdout: &str) {
    let fingerprint = real_fingerprint();
    assert_eq!(
        lines_starting_with(stdout, "fingerprint:"),
        [format!("fingerprint: {fingerprint}")],
        "{stdout}"
    );
    assert_eq!(lines_starting_with(stdout, "signer:").len(), 1, "{stdout}");
    assert_eq!(
        lines_starting_with(stdout, "recipients:").len(),
        1,
        "{stdout}"
    );
    let last = stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("Check the fingerprint") && last.contains(&fingerprint),
        "the last line is the command's own: {last}"
    );
    for line in stdout.lines() {
        assert!(
            !line.starts_with("Signed by") && !line.starts_with("Aisha"),
            "a document line at column 0: {line:?}"
        );
    }
}

/// The show text and Markdown of a valid document: one signer line (`Signert av:`), the real one.
fn assert_show_header_is_ours(outputs: &[(String, common::Run)]) {
    let fingerprint = real_fingerprint();
    let text = &output(outputs, "show text").stdout;
    let signed_by = lines_starting_with(text, SIGNED_BY);
    assert_eq!(signed_by.len(), 1, "{text}");
    assert!(signed_by[0].contains(&fingerprint), "{text}");
    assert!(
        lines_starting_with(text, "fingerprint:").is_empty(),
        "{text}"
    );
    let markdown = &output(outputs, "show markdown").stdout;
    let signed_by: Vec<&str> = markdown
        .lines()
        .filter(|line| {
            line.trim_start()
                .starts_with(&format!("- **{}**", SIGNED_BY))
        })
        .collect();
    assert_eq!(signed_by.len(), 1, "{markdown}");
    assert!(signed_by[0].contains(&fingerprint), "{markdown}");
}

#[test]
fn hostile_recipient_name_role_and_organisation_cannot_forge_a_fingerprint_line() {
    let dir = scratch("hostile-recipient");
    let file = write(
        &dir,
        "doc.json",
        &signed_with(|c| {
            c["credentialSubject"]["recipients"] = json!([{
                "name": HOSTILE,
                "role": {"typed": HOSTILE},
                "organisation": HOSTILE,
            }]);
        }),
    );
    let outputs = every_output(&file);
    let verify = output(&outputs, "verify");
    assert_eq!(verify.code, 0, "{}", verify.stdout);
    assert_verify_lines_are_ours(&verify.stdout);
    assert!(
        verify.stdout.contains("\\x1b[2K"),
        "shown escaped: {}",
        verify.stdout
    );
    let as_json: Value =
        serde_json::from_str(&output(&outputs, "verify --json").stdout).expect("still JSON");
    assert_eq!(
        as_json["recipients"][0]["name"], HOSTILE,
        "the value is kept"
    );
    assert_show_header_is_ours(&outputs);
    for name in ["show text", "show markdown", "show html"] {
        assert_eq!(output(&outputs, name).code, 0, "{name}");
    }
}

#[test]
fn hostile_plan_owner_and_member_names_cannot_forge_a_signed_by_line() {
    let dir = scratch("hostile-names");
    let file = write(
        &dir,
        "doc.json",
        &signed_with(|c| {
            c["credentialSubject"]["owner"]["name"] = json!(HOSTILE);
            c["credentialSubject"]["meta"]["helpers"][0]["name"] = json!(HOSTILE);
            c["credentialSubject"]["meta"]["helpers"][0]["organisation"] = json!(HOSTILE);
            if let Some(Value::Array(members)) = c["credentialSubject"].get_mut("network") {
                for member in members {
                    member["name"] = json!(HOSTILE);
                    member["role"] = json!({"typed": HOSTILE});
                }
            }
        }),
    );
    let outputs = every_output(&file);
    let verify = output(&outputs, "verify");
    assert_eq!(verify.code, 0, "{}", verify.stdout);
    assert_verify_lines_are_ours(&output(&outputs, "verify").stdout);
    assert_show_header_is_ours(&outputs);
    let text = &output(&outputs, "show text").stdout;
    assert!(
        text.starts_with("Signert og uendret"),
        "the verdict first: {text}"
    );
    let title = text
        .lines()
        .position(|l| l.starts_with("Plan for "))
        .expect("a title");
    assert!(
        text.lines()
            .skip(1)
            .take(title - 1)
            .all(|l| l.is_empty() || l.starts_with("Advarsel: ")),
        "only the verdict and its warnings before the title: {text}"
    );
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[title].starts_with("Plan for Aisha\\x1b[2K"), "{text}");
    assert!(lines[title + 1].starts_with('='), "{text}");
}

#[test]
fn hostile_sharing_consent_statement_stays_on_its_line() {
    let dir = scratch("hostile-consent");
    let file = write(
        &dir,
        "doc.json",
        &signed_with(|c| {
            c["credentialSubject"]["sharingConsent"] =
                json!({"statement": HOSTILE, "conditions": HOSTILE});
        }),
    );
    let outputs = every_output(&file);
    assert_eq!(output(&outputs, "show text").code, 0);
    assert_show_header_is_ours(&outputs);
    let text = &output(&outputs, "show text").stdout;
    assert_eq!(
        lines_starting_with(text, "Samtykke til deling: Aisha").len(),
        1,
        "{text}"
    );
}

#[test]
fn hostile_multi_line_text_is_indented_and_cannot_make_a_heading_or_header_line() {
    let story = format!(
        "First line\n# Plan for someone else\n## Individuell plan\n- **Signert av:** did:key:z6MkFAKE\n===\n1. fake\n[link](https://evil.example)\n{HOSTILE}"
    );
    let dir = scratch("hostile-text");
    let file = write(
        &dir,
        "doc.json",
        &signed_with(|c| c["credentialSubject"]["crisisPlan"]["triggers"] = json!(story)),
    );
    let outputs = every_output(&file);
    assert_show_header_is_ours(&outputs);
    let text = &output(&outputs, "show text").stdout;
    assert!(
        text.contains("\n  # Plan for someone else\n"),
        "kept, indented: {text}"
    );
    let markdown = &output(&outputs, "show markdown").stdout;
    let headings: Vec<&str> = lines_starting_with(markdown, "#");
    assert!(headings[0].starts_with("# Plan for "), "{markdown}");
    assert!(
        headings[1..].iter().all(|h| h.starts_with("## ")),
        "{headings:?}"
    );
    assert_eq!(
        headings
            .iter()
            .filter(|h| h.contains("Individuell plan"))
            .count(),
        1,
        "only the command's own heading: {markdown}"
    );
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        assert!(
            !(line.starts_with(' ') && trimmed.starts_with('#')),
            "a heading inside a list item: {line:?}"
        );
        assert!(!trimmed.starts_with("==="), "a setext underline: {line:?}");
        assert!(!trimmed.starts_with("1. "), "an ordered list: {line:?}");
    }
    assert!(!markdown.contains("[link]("), "no live link: {markdown}");
    let html = &output(&outputs, "show html").stdout;
    assert!(html.contains("\\u{202e}yeknom"), "bidi escaped in HTML");
}

#[test]
fn hostile_issuer_in_the_refusal_cannot_forge_a_line() {
    let dir = scratch("hostile-issuer");
    let issuer = format!("did:key:z6Mk{HOSTILE}");
    let file = write(
        &dir,
        "doc.json",
        &signed_with(move |c| c["issuer"] = json!(issuer)),
    );
    let outputs = every_output(&file);
    let verify = output(&outputs, "verify");
    assert_eq!(verify.code, 1, "{}", verify.stdout);
    assert!(verify.stdout.contains("document-error-issuer-mismatch"));
    assert!(verify.stdout.starts_with("INVALID: "));
    for (name, result) in &outputs {
        assert_no_forged_line(name, result);
    }
    let as_json: Value =
        serde_json::from_str(&output(&outputs, "verify --json").stdout).expect("JSON");
    assert!(
        as_json["message"]
            .as_str()
            .is_some_and(|m| m.contains(HOSTILE)),
        "the JSON message keeps the value: {as_json}"
    );
    assert_eq!(output(&outputs, "show text").code, 1);
}

#[test]
fn hostile_unknown_member_name_in_the_refusal_is_escaped() {
    let dir = scratch("hostile-member");
    for (case, mutate) in [
        (
            "in the plan",
            Box::new(|c: &mut Value| c["credentialSubject"]["crisisPlan"][HOSTILE] = json!("x"))
                as Box<dyn Fn(&mut Value)>,
        ),
        (
            "in the credential",
            Box::new(|c: &mut Value| c[HOSTILE] = json!("x")),
        ),
    ] {
        let file = write(&dir, "doc.json", &signed_with(mutate));
        let outputs = every_output(&file);
        let verify = output(&outputs, "verify");
        assert_eq!(verify.code, 1, "{case}: {}", verify.stdout);
        assert!(verify.stdout.starts_with("INVALID: "), "{case}");
        for (name, result) in &outputs {
            assert_no_forged_line(&format!("{case}, {name}"), result);
        }
    }
}

#[test]
fn hostile_duplicate_key_path_with_csi_and_bidi_override_is_escaped() {
    let dir = scratch("hostile-duplicate");
    let name = "\u{9b}2J\u{202e}\u{1b}[1A\rfingerprint: AAAA";
    let document = format!(
        "{{\"a\":{{{key}:1,{key}:2}}}}",
        key = serde_json::to_string(name).expect("JSON")
    );
    // Also with the characters JSON allows raw (C1, bidi) written raw in the file, not as \u
    // escapes.
    let raw_name = "\u{9b}2J\u{202e}fingerprint: AAAA";
    let raw = format!("{{\"a\":{{\"{raw_name}\":1,\"{raw_name}\":2}}}}");
    for bytes in [document, raw] {
        let file = write(&dir, "dup.json", bytes.as_bytes());
        let outputs = every_output(&file);
        for (command, result) in &outputs {
            assert_eq!(
                result.code, 1,
                "{command}: {}{}",
                result.stdout, result.stderr
            );
            let all = format!("{}{}", result.stdout, result.stderr);
            assert!(all.contains("error-duplicate-key"), "{command}: {all}");
            for line in all.lines() {
                assert!(!line.starts_with("fingerprint:"), "{command}: {line:?}");
            }
        }
        let verify = output(&outputs, "verify");
        assert!(
            verify.stdout.contains("\\x9b2J\\u{202e}"),
            "shown escaped: {}",
            verify.stdout
        );
    }
}

#[test]
fn hostile_plan_file_signed_to_a_terminal_is_escaped_json_that_still_verifies() {
    let dir = scratch("hostile-sign");
    let mut plan: Value = serde_json::from_str(common::FULL).expect("JSON");
    plan["owner"]["name"] = json!(HOSTILE);
    let plan_path = write(&dir, "plan.json", plan.to_string().as_bytes());
    let key_path = write(
        &dir,
        "key.json",
        format!("{{\"seed\": \"{}\"}}", "42".repeat(32)).as_bytes(),
    );
    let signed = run(&[
        "sign",
        &plan_path,
        &key_path,
        "--sections",
        "goals",
        "--created",
        common::CREATED,
    ]);
    assert_eq!(signed.code, 0, "{}", signed.stderr);
    assert_terminal_safe("sign stdout", &signed.stdout);
    let document: Value = serde_json::from_str(&signed.stdout).expect("JSON");
    assert_eq!(document["credentialSubject"]["owner"]["name"], HOSTILE);
    let file = write(&dir, "doc.json", signed.stdout.as_bytes());
    let verified = run(&["verify", &file, "--today", TODAY]);
    assert_eq!(
        verified.code, 0,
        "the escapes are the same JSON: {}",
        verified.stdout
    );
}

/// `canon` writes the exact canonical bytes into a pipe (for hashing), but escapes what could
/// control a terminal when a person reads it there. Runs the command on a pseudo-terminal with
/// util-linux `script`, which Debian has; without it there is no terminal to test with.
#[test]
fn hostile_canonical_form_on_a_terminal_is_escaped() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` to make a pseudo-terminal");
        return;
    }
    let dir = scratch("hostile-canon");
    let file = write(
        &dir,
        "doc.json",
        format!(
            "{{\"name\":{}}}",
            serde_json::to_string(HOSTILE).expect("JSON")
        )
        .as_bytes(),
    );
    let piped = run(&["canon", &file]);
    assert_eq!(piped.code, 0);
    assert!(piped.stdout.contains('\u{9b}'), "exact bytes into a pipe");
    let command = format!("{} canon {file}", env!("CARGO_BIN_EXE_ownplan"));
    let on_terminal = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .output()
        .expect("script runs");
    let shown = String::from_utf8_lossy(&on_terminal.stdout);
    assert_eq!(on_terminal.status.code(), Some(0), "{shown}");
    for raw in ['\u{1b}', '\u{9b}', '\u{7f}', '\u{202e}'] {
        assert!(!shown.contains(raw), "raw {raw:?} on the terminal: {shown}");
    }
    assert!(shown.contains("\\u009b2J"), "{shown}");
}
