//! The committed schema (`schema/`) and examples (`examples/`) are what the code makes, and the
//! examples validate against the schemas and verify.
//!
//! When a change to the types or the generator is intended, regenerate the files with
//!
//! ```sh
//! OWNPLAN_BLESS=1 cargo test -p ownplan-core --test committed_files -- --test-threads=1
//! ```
//!
//! and review the diff before committing it. Without `OWNPLAN_BLESS`, any difference fails.

#![cfg(feature = "schema")]

use std::path::PathBuf;

use ownplan_core::document::{
    ExportRequest, KeyPin, document_schema, export_for_recipient, verify_plan_document,
};
use ownplan_core::plan::{Date, Plan, plan_schema};
use ownplan_core::proof::{SigningKey, parse_strict};
use serde_json::Value;

/// The example exports: file, the sharing consent (or member) id, and the credential id bytes.
const EXPORTS: [(&str, &str, u8); 3] = [
    (
        "export-gp.json",
        "3f6c1e2a-8b4d-4c7e-9a1f-000000000065",
        0x11,
    ),
    (
        "export-nav.json",
        "3f6c1e2a-8b4d-4c7e-9a1f-000000000068",
        0x22,
    ),
    (
        "export-crisis-team.json",
        "3f6c1e2a-8b4d-4c7e-9a1f-00000000007b",
        0x33,
    ),
];
const EXAMPLE_CREATED: &str = "2026-11-22T10:00:00Z";

fn repository_file(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn blessing() -> bool {
    std::env::var_os("OWNPLAN_BLESS").is_some_and(|value| value != "0")
}

/// Compares `expected` with the committed file, or writes it when blessing.
fn check_file(path: &str, expected: &str) {
    let file = repository_file(path);
    if blessing() {
        std::fs::write(&file, expected).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
        return;
    }
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        committed == expected,
        "{path} is out of date; regenerate it with \
         OWNPLAN_BLESS=1 cargo test -p ownplan-core --test committed_files -- --test-threads=1"
    );
}

fn pretty(value: &Value) -> String {
    format!(
        "{}\n",
        serde_json::to_string_pretty(value).expect("serializes")
    )
}

fn read_json(path: &str) -> Value {
    let bytes = std::fs::read(repository_file(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_strict(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn example_key() -> SigningKey {
    let key_file = read_json("examples/example-key.json");
    let seed: [u8; 32] = hex::decode(key_file["seed"].as_str().expect("seed"))
        .expect("hex")
        .try_into()
        .expect("32 bytes");
    let key = SigningKey::from_seed(&seed);
    assert_eq!(key_file["did"], key.did_key().did());
    assert_eq!(
        key_file["fingerprint"],
        key.did_key().fingerprint().to_string()
    );
    key
}

#[test]
fn committed_schemas_are_up_to_date() {
    check_file(
        "schema/ownplan-document.schema.json",
        &pretty(&document_schema()),
    );
    check_file("schema/ownplan-plan.schema.json", &pretty(&plan_schema()));
}

#[test]
fn example_exports_are_up_to_date_validate_and_verify() {
    let plan = Plan::from_json_value(read_json("examples/plan-full-nb.json")).expect("plan");
    let plan_validator =
        jsonschema::validator_for(&read_json("schema/ownplan-plan.schema.json")).expect("schema");
    assert!(plan_validator.is_valid(&read_json("examples/plan-full-nb.json")));
    let validator = jsonschema::validator_for(&read_json("schema/ownplan-document.schema.json"))
        .expect("schema");
    let key = example_key();
    let pin = KeyPin::parse(&key.did_key().fingerprint().to_string()).expect("pin");
    let today = Date::parse("2026-11-22").expect("date");
    for (file, recipient, id_byte) in EXPORTS {
        let request =
            ExportRequest::for_sharing_consent(&plan, recipient, [id_byte; 16], EXAMPLE_CREATED)
                .expect("the example plan has this consent");
        let document = export_for_recipient(&request, &key).expect("exports");
        let path = format!("examples/{file}");
        check_file(&path, &pretty(&document));

        let committed = read_json(&path);
        let errors: Vec<String> = validator
            .iter_errors(&committed)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{file}: {errors:?}");
        let bytes = std::fs::read(repository_file(&path)).expect("read");
        let verified = verify_plan_document(&bytes, &today, Some(&pin))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(
            verified.sections(),
            ownplan_core::document::normalized_sections(&request.sections)
        );
    }
}

#[test]
fn the_document_schema_rejects_what_verification_rejects() {
    let validator = jsonschema::validator_for(&document_schema()).expect("schema");
    let good = read_json("examples/export-nav.json");
    assert!(validator.is_valid(&good));
    let changes: [(&str, Value); 5] = [
        ("/type/1", Value::from("AlumniCredential")),
        (
            "/credentialSubject/sections",
            Value::from(Vec::<Value>::new()),
        ),
        ("/credentialSubject/secret", Value::from(true)),
        ("/proof/cryptosuite", Value::from("eddsa-rdfc-2022")),
        ("/issuer", Value::from("https://example.org")),
    ];
    for (pointer, replacement) in changes {
        let mut bad = good.clone();
        let (parent, member) = pointer.rsplit_once('/').expect("pointer");
        match bad.pointer_mut(parent) {
            Some(Value::Object(map)) => {
                map.insert(member.to_owned(), replacement);
            }
            Some(Value::Array(items)) => {
                items[member.parse::<usize>().expect("index")] = replacement;
            }
            _ => panic!("{pointer}"),
        }
        assert!(!validator.is_valid(&bad), "{pointer}");
    }
}
