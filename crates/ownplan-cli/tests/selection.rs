//! `ownplan sign` with a selection (issue 14): sections less single items and whole life areas,
//! given as options or as a selection file; `verify` and `show` say when a document holds a
//! selection; and a selection that names an item the plan does not have signs nothing.

mod common;

use common::{run, scratch, write};
use serde_json::{Value, json};

const PLAN: &str = "../../examples/plan-full-nb.json";
const KEY: &str = "../../examples/example-key.json";
const NAV: &str = "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000068";
const CREATED: &str = "2026-11-22T10:00:00Z";
const CREDENTIAL_ID: &str = "44444444444444444444444444444444";
/// The agreements about the GP's statement and sleep, and both appointments.
const LEFT_OUT: [&str; 4] = [
    "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000034",
    "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000035",
    "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-00000000003d",
    "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-00000000003e",
];

fn example(name: &str) -> String {
    std::fs::read_to_string(format!("../../examples/{name}")).expect("the example")
}

fn sign(extra: &[&str]) -> common::Run {
    let mut args = vec![
        "sign",
        PLAN,
        KEY,
        "--created",
        CREATED,
        "--credential-id",
        CREDENTIAL_ID,
    ];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn options_make_the_nav_example_byte_for_byte() {
    let left_out = LEFT_OUT.join(",");
    let signed = sign(&[
        "--for",
        NAV,
        "--life-areas",
        "housing,money",
        "--leave-out",
        &left_out,
    ]);
    assert_eq!(signed.code, 0, "{}", signed.stderr);
    assert_eq!(signed.stdout, example("export-nav-housing-money.json"));
    let document: Value = serde_json::from_str(&signed.stdout).expect("JSON");
    assert_eq!(document["credentialSubject"]["itemsLeftOut"], true);
    // The same leaving out, named area by area.
    let signed_again = sign(&[
        "--for",
        NAV,
        "--leave-out-areas",
        "health,mentalHealth,substanceUse,workAndEducation,familyAndRelationships,dailyLiving,leisure,other",
        "--leave-out",
        &left_out,
    ]);
    assert_eq!(signed_again.stdout, signed.stdout);
}

#[test]
fn a_selection_file_signs_and_verify_and_show_say_it_is_a_selection() {
    let dir = scratch("selection");
    let selection = json!({
        "sections": ["goals", "measures", "agreements"],
        "leaveOut": {
            "items": ["urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000035"],
            "lifeAreas": ["mentalHealth", "substanceUse", "health"]
        }
    });
    let selection_path = write(&dir, "nav.json", selection.to_string().as_bytes());
    let signed = sign(&["--selection", &selection_path, "--recipient", "NAV"]);
    assert_eq!(signed.code, 0, "{}", signed.stderr);
    let document: Value = serde_json::from_str(&signed.stdout).expect("JSON");
    let subject = &document["credentialSubject"];
    assert_eq!(
        subject["sections"],
        json!(["goals", "measures", "agreements"])
    );
    assert_eq!(subject["itemsLeftOut"], true);
    assert_eq!(subject["recipients"], json!([{"name": "NAV"}]));
    let text = subject.to_string();
    for gone in ["Sove bedre", "Psykisk helsetjeneste", "søvnrutinene"] {
        assert!(!text.contains(gone), "{gone}");
    }
    assert!(text.contains("Ha en egen leilighet"));

    let path = write(&dir, "document.json", signed.stdout.as_bytes());
    let verified = run(&["verify", &path, "--today", "2026-11-22"]);
    assert_eq!(verified.code, 0, "{}", verified.stdout);
    assert!(
        verified.stdout.contains(
            "holds:       a selection: the plan's owner left out some items of these sections"
        ),
        "{}",
        verified.stdout
    );
    let as_json = run(&["verify", &path, "--json", "--today", "2026-11-22"]);
    let report: Value = serde_json::from_str(&as_json.stdout).expect("JSON");
    assert_eq!(report["itemsLeftOut"], true);
    for format in ["text", "markdown", "html"] {
        let shown = run(&["show", &path, "--format", format, "--today", "2026-11-22"]);
        assert_eq!(shown.code, 0, "{format}: {}", shown.stderr);
        // The document's language is Bokmål: "Et utvalg" ("a selection").
        assert!(shown.stdout.contains("Et utvalg"), "{format}");
    }
}

#[test]
fn whole_sections_do_not_claim_a_selection() {
    let dir = scratch("whole");
    let signed = sign(&["--sections", "goals,agreements"]);
    assert_eq!(signed.code, 0, "{}", signed.stderr);
    assert!(!signed.stdout.contains("itemsLeftOut"));
    let path = write(&dir, "document.json", signed.stdout.as_bytes());
    let verified = run(&["verify", &path, "--today", "2026-11-22"]);
    assert!(!verified.stdout.contains("holds:"), "{}", verified.stdout);
    let as_json = run(&["verify", &path, "--json", "--today", "2026-11-22"]);
    let report: Value = serde_json::from_str(&as_json.stdout).expect("JSON");
    assert_eq!(report["itemsLeftOut"], false);
    // Leaving out an item of a section that is not chosen leaves nothing out.
    let agreement = LEFT_OUT[0];
    let signed = sign(&["--sections", "goals", "--leave-out", agreement]);
    assert_eq!(signed.code, 0, "{}", signed.stderr);
    assert!(!signed.stdout.contains("itemsLeftOut"));
}

#[test]
fn a_selection_that_cannot_be_meant_signs_nothing() {
    let dir = scratch("refused");
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![
                "--for".into(),
                NAV.into(),
                "--leave-out".into(),
                "urn:uuid:typo".into(),
            ],
            "urn:uuid:typo",
        ),
        (
            vec![
                "--sections".into(),
                "goals".into(),
                "--life-areas".into(),
                "housing,rent".into(),
            ],
            "\"rent\"",
        ),
        (
            vec![
                "--for".into(),
                NAV.into(),
                "--life-areas".into(),
                "housing".into(),
                "--leave-out-areas".into(),
                "health".into(),
            ],
            "--leave-out-areas",
        ),
        (
            vec![
                "--selection".into(),
                write(
                    &dir,
                    "unknown.json",
                    br#"{"sections": ["goals"], "leaveout": {}}"#,
                ),
            ],
            "leaveout",
        ),
        (
            vec![
                "--selection".into(),
                write(
                    &dir,
                    "twice.json",
                    br#"{"sections": ["goals"], "sections": ["network"]}"#,
                ),
            ],
            "error-duplicate-key",
        ),
        (
            vec![
                "--selection".into(),
                write(&dir, "s.json", br#"{"sections": ["goals"]}"#),
                "--sections".into(),
                "goals".into(),
            ],
            "--sections",
        ),
    ];
    for (extra, named) in cases {
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        let refused = sign(&extra);
        assert_eq!(refused.code, 2, "{extra:?}: {}", refused.stderr);
        assert!(refused.stdout.is_empty(), "{extra:?}");
        assert!(
            refused.stderr.contains(named),
            "{extra:?}: {}",
            refused.stderr
        );
    }
}
