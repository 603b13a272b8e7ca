//! The `ownplan` binary, run as a user would: exit codes, messages, every error kind, the
//! keygen → sign → verify → show round trip, key pins, `--proof-only` on a foreign document, and
//! standard input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use ownplan_core::document::{ExportRequest, Recipient, SharingConsentStatement, build_credential};
use ownplan_core::plan::{Plan, Section};
use ownplan_core::proof::{SigningKey, canonicalize, parse_strict, sign};
use serde_json::{Value, json};

const FULL: &str = include_str!("../../ownplan-core/tests/fixtures/plan-v1-full.json");
const CREATED: &str = "2026-11-22T10:00:00Z";
const TODAY: &str = "2026-11-22";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ownplan"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    if let Some(mut pipe) = child.stdin.take() {
        pipe.write_all(stdin.unwrap_or_default()).expect("stdin");
    }
    let output = child.wait_with_output().expect("the binary ends");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A fresh directory for one test.
fn scratch() -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "ownplan-cli-test-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path.to_string_lossy().into_owned()
}

fn key() -> SigningKey {
    SigningKey::from_seed(&[0x42; 32])
}

fn plan() -> Plan {
    Plan::from_json_value(serde_json::from_str(FULL).expect("JSON")).expect("loads")
}

/// The unsigned crisis-team credential, changed by `mutate`, then signed.
fn signed_with(mutate: impl FnOnce(&mut Value)) -> Vec<u8> {
    let plan = plan();
    let request = ExportRequest {
        plan: &plan,
        recipients: vec![Recipient::default()],
        sections: vec![Section::CrisisSigns, Section::HowToMeetMe],
        sharing_consent: SharingConsentStatement::default(),
        credential_id: [5; 16],
        valid_from: CREATED.to_owned(),
    };
    let mut credential = build_credential(&request, &key().did_key().did()).expect("builds");
    mutate(&mut credential);
    serde_json::to_vec_pretty(&sign(credential, &key(), CREATED).expect("signs")).expect("JSON")
}

fn good_document() -> Vec<u8> {
    signed_with(|_| {})
}

/// A signed good document, then changed after signing.
fn changed_after_signing(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value: Value = serde_json::from_slice(&good_document()).expect("JSON");
    change(&mut value);
    serde_json::to_vec(&value).expect("JSON")
}

#[test]
fn help_and_version() {
    let help = run(&["--help"], None);
    assert_eq!(help.code, 0);
    for command in ["verify", "show", "canon", "schema", "keygen", "sign"] {
        assert!(help.stdout.contains(command), "{command}");
    }
    let verify_help = run(&["verify", "--help"], None);
    assert!(verify_help.stdout.contains("--proof-only"));
    assert!(verify_help.stdout.contains("--key"));
    let version = run(&["--version"], None);
    assert_eq!(version.code, 0);
    assert!(version.stdout.contains(ownplan_core::CRATE_VERSION));
}

#[test]
fn usage_errors_exit_2() {
    let dir = scratch();
    let good = write(&dir, "good.json", &good_document());
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec![], "Usage"),
        (vec!["frobnicate"], "unrecognized subcommand"),
        (vec!["verify"], "FILE"),
        (vec!["verify", &good, "--today", "22.11.2026"], "--today"),
        (
            vec!["verify", &good, "--key", "not-a-key"],
            "error-malformed-fingerprint",
        ),
        (
            vec!["verify", &good, "--key", "did:web:example.org"],
            "error-unsupported-did-method",
        ),
        (
            vec!["verify", "/no/such/file.json"],
            "cannot read /no/such/file.json",
        ),
        (vec!["show", &good, "--format", "pdf"], "pdf"),
        (vec!["canon", "/no/such/file.json"], "cannot read"),
        (vec!["sign", &good, &good], "--for"),
        (
            vec![
                "sign",
                "/no/such/plan.json",
                "/no/such/key.json",
                "--sections",
                "goals",
            ],
            "cannot read",
        ),
    ];
    for (args, message) in cases {
        let result = run(&args, None);
        assert_eq!(result.code, 2, "{args:?}: {}", result.stderr);
        assert!(
            result.stderr.contains(message),
            "{args:?}: {:?} lacks {message:?}",
            result.stderr
        );
        assert!(!result.stderr.contains("panicked"), "{args:?}");
    }
}

/// One case per error kind the command reports with exit code 1.
#[test]
fn every_error_kind_exits_1_with_its_message_id_and_path() {
    let dir = scratch();
    let other = SigningKey::from_seed(&[1; 32]).did_key().did();
    let deep = format!("{}1{}", "[".repeat(80), "]".repeat(80));
    let cases: Vec<(&str, Vec<u8>, &str, Option<&str>)> = vec![
        ("not json", b"{nope".to_vec(), "error-not-json", None),
        (
            "too large",
            vec![b' '; 6 * 1024 * 1024],
            "error-too-large",
            None,
        ),
        ("too deep", deep.into_bytes(), "error-too-deep", None),
        (
            "duplicate key",
            br#"{"a":{"b":1,"b":2}}"#.to_vec(),
            "error-duplicate-key",
            Some("$.a.b"),
        ),
        (
            "float",
            br#"{"a":[1.5]}"#.to_vec(),
            "error-number-not-integer",
            Some("$.a[0]"),
        ),
        ("no proof", br#"{"a":1}"#.to_vec(), "error-no-proof", None),
        (
            "several proofs",
            changed_after_signing(|v| v["proof"] = json!([v["proof"].clone(), v["proof"].clone()])),
            "error-several-proofs",
            None,
        ),
        (
            "proof type",
            changed_after_signing(|v| v["proof"]["type"] = json!("Ed25519Signature2020")),
            "error-unsupported-proof-type",
            None,
        ),
        (
            "cryptosuite",
            changed_after_signing(|v| v["proof"]["cryptosuite"] = json!("eddsa-rdfc-2022")),
            "error-unsupported-cryptosuite",
            None,
        ),
        (
            "did method",
            changed_after_signing(|v| {
                v["proof"]["verificationMethod"] = json!("did:web:example.org#key-1")
            }),
            "error-unsupported-did-method",
            None,
        ),
        (
            "malformed key",
            changed_after_signing(|v| {
                v["proof"]["verificationMethod"] = json!("did:key:z6Mk0#z6Mk0")
            }),
            "error-malformed-key",
            None,
        ),
        (
            "context mismatch",
            changed_after_signing(|v| v["@context"] = json!(["https://example.org/other"])),
            "error-context-mismatch",
            None,
        ),
        (
            "bad signature",
            changed_after_signing(|v| {
                v["credentialSubject"]["crisisPlan"]["triggers"] = json!("Endret etterpå")
            }),
            "error-bad-signature",
            None,
        ),
        (
            "unknown format",
            signed_with(|c| {
                c["credentialSubject"]
                    .as_object_mut()
                    .map(|s| s.remove("formatVersion"));
            }),
            "plan-error-unknown-format",
            None,
        ),
        (
            "newer version",
            signed_with(|c| c["credentialSubject"]["formatVersion"] = json!(7)),
            "plan-error-newer-version",
            None,
        ),
        (
            "invalid content",
            signed_with(|c| {
                c["credentialSubject"]["crisisPlan"]["warningSigns"][0]["stage"] = json!("bad")
            }),
            "plan-error-invalid-content",
            Some("$.credentialSubject.crisisPlan.warningSigns[0].stage"),
        ),
        (
            "not a credential",
            signed_with(|c| c["validFrom"] = json!("soon")),
            "document-error-not-a-credential",
            Some("$.validFrom"),
        ),
        (
            "wrong type",
            signed_with(|c| c["type"] = json!(["VerifiableCredential", "AlumniCredential"])),
            "document-error-wrong-type",
            None,
        ),
        (
            "issuer mismatch",
            signed_with(move |c| c["issuer"] = json!(other)),
            "document-error-issuer-mismatch",
            None,
        ),
        (
            "undeclared content",
            signed_with(|c| c["credentialSubject"]["individualPlan"] = json!({"myStory": "x"})),
            "document-error-undeclared-content",
            Some("$.credentialSubject.individualPlan"),
        ),
        (
            "content errors",
            signed_with(|c| {
                c["credentialSubject"]["meta"]["created"] = json!("2026-02-30T00:00:00Z")
            }),
            "document-error-content-errors",
            Some("$.credentialSubject.meta.created"),
        ),
    ];
    for (name, bytes, message_id, path) in cases {
        let file = write(&dir, "case.json", &bytes);
        let text = run(&["verify", &file, "--today", TODAY], None);
        assert_eq!(text.code, 1, "{name}: {}{}", text.stdout, text.stderr);
        assert!(
            text.stdout.starts_with("INVALID: "),
            "{name}: {}",
            text.stdout
        );
        assert!(
            text.stdout.contains(&format!("message id: {message_id}")),
            "{name}: {}",
            text.stdout
        );
        if let Some(path) = path {
            assert!(
                text.stdout.contains(&format!("at: {path}")),
                "{name}: {}",
                text.stdout
            );
        }
        let json_run = run(&["verify", &file, "--json", "--today", TODAY], None);
        assert_eq!(json_run.code, 1, "{name}");
        let result: Value = serde_json::from_str(&json_run.stdout).expect("JSON result");
        assert_eq!(result["valid"], false, "{name}");
        assert_eq!(result["messageId"], message_id, "{name}");
        if let Some(path) = path {
            assert_eq!(result["path"], path, "{name}");
        }
    }
}

#[test]
fn round_trip_keygen_sign_verify_show() {
    let dir = scratch();
    let key_path = dir.join("key.json").to_string_lossy().into_owned();
    let keygen = run(&["keygen", "--out", &key_path], None);
    assert_eq!(keygen.code, 0, "{}", keygen.stderr);
    assert!(keygen.stderr.contains("SECRET"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_path)
            .expect("key file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Never overwrites a key.
    assert_eq!(run(&["keygen", "--out", &key_path], None).code, 2);
    let key_file: Value =
        serde_json::from_slice(&std::fs::read(&key_path).expect("read")).expect("JSON");
    let did = key_file["did"].as_str().expect("did").to_owned();
    let fingerprint = key_file["fingerprint"]
        .as_str()
        .expect("fingerprint")
        .to_owned();
    assert_eq!(key_file["seed"].as_str().map(str::len), Some(64));

    let plan_path = write(&dir, "plan.json", FULL.as_bytes());
    let doc_path = dir.join("nav.json").to_string_lossy().into_owned();
    let signed = run(
        &[
            "sign",
            &plan_path,
            &key_path,
            "--for",
            "3f6c1e2a-8b4d-4c7e-9a1f-000000000068",
            "--created",
            CREATED,
            "--out",
            &doc_path,
        ],
        None,
    );
    assert_eq!(signed.code, 0, "{}", signed.stderr);

    let verified = run(&["verify", &doc_path, "--today", TODAY], None);
    assert_eq!(verified.code, 0, "{}", verified.stdout);
    for expected in [
        "VALID plan document",
        did.as_str(),
        fingerprint.as_str(),
        "9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b3c version 3",
        "goals, measures, agreements, appointments, planPeriod",
        "Aisha Rahman",
    ] {
        assert!(
            verified.stdout.contains(expected),
            "{expected}: {}",
            verified.stdout
        );
    }
    let as_json = run(
        &["verify", &doc_path, "--json", "--today", "2028-01-01"],
        None,
    );
    assert_eq!(as_json.code, 0);
    let result: Value = serde_json::from_str(&as_json.stdout).expect("JSON");
    assert_eq!(result["valid"], true);
    assert_eq!(result["signer"]["fingerprint"], fingerprint.as_str());
    let warnings: Vec<&str> = result["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter_map(|w| w["messageId"].as_str())
        .collect();
    assert!(
        warnings.contains(&"problem-review-date-passed"),
        "{warnings:?}"
    );
    assert!(
        warnings.contains(&"warning-valid-until-passed"),
        "{warnings:?}"
    );

    for (format, expected) in [
        ("text", "Arbeidstrening (AFT)"),
        ("markdown", "## Individuell plan"),
        ("html", "<!DOCTYPE html>"),
    ] {
        let shown = run(
            &["show", &doc_path, "--format", format, "--today", TODAY],
            None,
        );
        assert_eq!(shown.code, 0, "{format}");
        assert!(
            shown.stdout.contains(expected),
            "{format}: {}",
            shown.stdout
        );
        assert!(
            !shown.stdout.contains("hører stemmer"),
            "{format}: crisis plan leaked"
        );
    }
}

#[test]
fn show_escapes_html_and_refuses_unverified_documents() {
    let dir = scratch();
    let file = write(
        &dir,
        "doc.json",
        &signed_with(|c| {
            c["credentialSubject"]["crisisPlan"]["triggers"] =
                json!("<script>alert('x')</script> & <img src=\"https://evil.example/\">");
        }),
    );
    let html = run(&["show", &file, "--format", "html", "--today", TODAY], None);
    assert_eq!(html.code, 0, "{}", html.stdout);
    assert!(!html.stdout.contains("<script>"));
    assert!(!html.stdout.contains("<img"));
    assert!(
        html.stdout
            .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;")
    );
    assert!(!html.stdout.contains("src=\""), "no external resources");
    let markdown = run(
        &["show", &file, "--format", "markdown", "--today", TODAY],
        None,
    );
    assert!(markdown.stdout.contains("\\<script\\>"));

    let tampered = write(
        &dir,
        "tampered.json",
        &changed_after_signing(|v| v["credentialSubject"]["crisisPlan"]["triggers"] = json!("x")),
    );
    let refused = run(&["show", &tampered, "--today", TODAY], None);
    assert_eq!(refused.code, 1);
    assert_eq!(refused.stdout, "", "the refusal goes to standard error");
    assert!(refused.stderr.contains("error-bad-signature"));
    assert!(!refused.stderr.contains("Det som kan utløse"));
}

#[test]
fn key_pin_match_and_mismatch() {
    let dir = scratch();
    let file = write(&dir, "doc.json", &good_document());
    let did = key().did_key();
    for pin in [
        did.did(),
        did.fingerprint().to_string(),
        did.fingerprint().to_string().to_lowercase(),
    ] {
        let result = run(&["verify", &file, "--key", &pin, "--today", TODAY], None);
        assert_eq!(result.code, 0, "{pin}: {}", result.stdout);
    }
    let other = SigningKey::from_seed(&[1; 32]).did_key();
    for pin in [other.did(), other.fingerprint().to_string()] {
        let result = run(&["verify", &file, "--key", &pin, "--today", TODAY], None);
        assert_eq!(result.code, 1, "{pin}");
        assert!(result.stdout.contains("document-error-signer-mismatch"));
        assert!(result.stdout.contains(&did.fingerprint().to_string()));
        let proof_only = run(&["verify", &file, "--proof-only", "--key", &pin], None);
        assert_eq!(proof_only.code, 1, "{pin}");
    }
}

/// The W3C vc-di-eddsa eddsa-jcs-2022 example credential and key, with the verification method
/// written as a did:key (the published vector uses an https URL, which is never fetched).
fn w3c_alumni_credential_with_did_key() -> Vec<u8> {
    let seed_multibase = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
    let decoded = bs58::decode(&seed_multibase[1..])
        .into_vec()
        .expect("base58");
    let seed: [u8; 32] = decoded[2..].try_into().expect("32 bytes");
    let document = json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://www.w3.org/ns/credentials/examples/v2"
        ],
        "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
        "type": ["VerifiableCredential", "AlumniCredential"],
        "name": "Alumni Credential",
        "description": "A minimum viable example of an Alumni Credential.",
        "issuer": "https://vc.example/issuers/5678",
        "validFrom": "2023-01-01T00:00:00Z",
        "credentialSubject": { "id": "did:example:abcdefgh", "alumniOf": "The School of Examples" }
    });
    let signed = sign(
        document,
        &SigningKey::from_seed(&seed),
        "2023-02-24T23:36:38Z",
    )
    .expect("signs");
    serde_json::to_vec_pretty(&signed).expect("JSON")
}

#[test]
fn proof_only_checks_any_eddsa_jcs_2022_document() {
    let dir = scratch();
    let file = write(&dir, "alumni.json", &w3c_alumni_credential_with_did_key());
    let proof_only = run(&["verify", &file, "--proof-only"], None);
    assert_eq!(proof_only.code, 0, "{}", proof_only.stdout);
    assert!(
        proof_only
            .stdout
            .contains("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")
    );
    let as_json = run(&["verify", &file, "--proof-only", "--json"], None);
    let result: Value = serde_json::from_str(&as_json.stdout).expect("JSON");
    assert_eq!(result["valid"], true);
    assert_eq!(result["proofOnly"], true);
    // As a plan document it is refused: not ours.
    let full = run(&["verify", &file, "--today", TODAY], None);
    assert_eq!(full.code, 1);
    assert!(
        full.stdout.contains("document-error-not-a-credential"),
        "{}",
        full.stdout
    );
}

#[test]
fn standard_input_is_read_for_dash() {
    let document = good_document();
    let verified = run(&["verify", "-", "--today", TODAY], Some(&document));
    assert_eq!(verified.code, 0, "{}", verified.stdout);
    let shown = run(&["show", "-", "--today", TODAY], Some(&document));
    assert_eq!(shown.code, 0);
    let canon = run(
        &["canon", "-"],
        Some(b"{\"b\": [1, \"\\u00e5\"], \"a\": true}"),
    );
    assert_eq!(canon.code, 0);
    assert_eq!(canon.stdout, "{\"a\":true,\"b\":[1,\"å\"]}");
    let empty = run(&["verify", "-"], Some(b""));
    assert_eq!(empty.code, 1);
    assert!(empty.stdout.contains("error-not-json"));
}

#[test]
fn canon_matches_the_core_and_is_strict() {
    let dir = scratch();
    let document = good_document();
    let file = write(&dir, "doc.json", &document);
    let canon = run(&["canon", &file], None);
    assert_eq!(canon.code, 0);
    let expected = canonicalize(&parse_strict(&document).expect("parses")).expect("canonical");
    assert_eq!(canon.stdout.as_bytes(), expected.as_slice());
    assert!(!canon.stdout.ends_with('\n'));
    let duplicate = write(&dir, "dup.json", br#"{"a":1,"a":2}"#);
    let refused = run(&["canon", &duplicate], None);
    assert_eq!(refused.code, 1);
    assert!(refused.stdout.contains("error-duplicate-key"));
}

#[test]
fn schema_prints_both_schemas() {
    let document = run(&["schema"], None);
    assert_eq!(document.code, 0);
    let schema: Value = serde_json::from_str(&document.stdout).expect("JSON");
    assert_eq!(
        schema["$id"],
        "https://ownplan.invalid/schema/document-v4.json"
    );
    let plan = run(&["schema", "--plan"], None);
    let schema: Value = serde_json::from_str(&plan.stdout).expect("JSON");
    assert_eq!(schema["$id"], "https://ownplan.invalid/schema/plan-v4.json");
}

#[test]
fn sign_with_sections_and_errors() {
    let dir = scratch();
    let key_path = write(
        &dir,
        "key.json",
        format!("{{\"seed\": \"{}\"}}", "42".repeat(32)).as_bytes(),
    );
    let plan_path = write(&dir, "plan.json", FULL.as_bytes());
    let signed = run(
        &[
            "sign",
            &plan_path,
            &key_path,
            "--sections",
            "howToMeetMe,crisisContacts",
            "--recipient",
            "Oslo politidistrikt",
            "--created",
            CREATED,
            "--credential-id",
            "00112233445566778899aabbccddeeff",
        ],
        None,
    );
    assert_eq!(signed.code, 0, "{}", signed.stderr);
    let again = run(
        &[
            "sign",
            &plan_path,
            &key_path,
            "--sections",
            "howToMeetMe,crisisContacts",
            "--recipient",
            "Oslo politidistrikt",
            "--created",
            CREATED,
            "--credential-id",
            "00112233445566778899aabbccddeeff",
        ],
        None,
    );
    assert_eq!(
        signed.stdout, again.stdout,
        "reproducible with a fixed id and time"
    );
    let verified = run(
        &["verify", "-", "--today", TODAY],
        Some(signed.stdout.as_bytes()),
    );
    assert_eq!(verified.code, 0, "{}", verified.stdout);
    assert!(verified.stdout.contains("howToMeetMe, crisisContacts"));
    assert!(verified.stdout.contains("Oslo politidistrikt"));

    let unknown_section = run(
        &["sign", &plan_path, &key_path, "--sections", "diary"],
        None,
    );
    assert_eq!(unknown_section.code, 2);
    assert!(unknown_section.stderr.contains("unknown section \"diary\""));
    let unknown_recipient = run(&["sign", &plan_path, &key_path, "--for", "nobody"], None);
    assert_eq!(unknown_recipient.code, 1);
    assert!(
        unknown_recipient
            .stdout
            .contains("document-error-unknown-recipient")
    );
    let bad_key = write(&dir, "bad-key.json", b"{\"seed\": \"abc\"}");
    let refused = run(&["sign", &plan_path, &bad_key, "--sections", "goals"], None);
    assert_eq!(refused.code, 2);
    assert!(refused.stderr.contains("not a usable key file"));
    let not_a_plan = write(&dir, "not-a-plan.json", b"{\"hello\": 1}");
    let refused = run(
        &["sign", &not_a_plan, &key_path, "--sections", "goals"],
        None,
    );
    assert_eq!(refused.code, 1);
    assert!(refused.stdout.contains("plan-error-unknown-format"));
    let bad_time = run(
        &[
            "sign",
            &plan_path,
            &key_path,
            "--sections",
            "goals",
            "--created",
            "now",
        ],
        None,
    );
    assert_eq!(bad_time.code, 1);
    assert!(bad_time.stdout.contains("error-malformed-created"));
}
