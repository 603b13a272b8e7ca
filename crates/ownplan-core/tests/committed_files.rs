//! The committed schema (`schema/`) and examples (`examples/`) are what the code makes, and the
//! examples validate against the schemas and verify. The format-1 examples that `examples/` held
//! before format 2 (`tests/fixtures/v1/`), the format-2 ones it held before format 3
//! (`tests/fixtures/v2/`) and the format-3 ones it held before format 4 (`tests/fixtures/v3/`)
//! keep verifying.
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
    CONTEXT, CONTEXT_FORMAT_1, ExportRequest, KeyPin, LeaveOut, document_schema,
    export_for_recipient, export_selection_for_recipient, verify_plan_document,
};
use ownplan_core::plan::{Date, FORMAT_VERSION, ItemId, LifeArea, Plan, plan_schema};
use ownplan_core::proof::{SigningKey, parse_strict, sign};
use serde_json::Value;

/// The example exports: file, the sharing consent (or member) id, and the credential id bytes.
const EXPORTS: [(&str, &str, u8); 3] = [
    (
        "export-gp.json",
        "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000065",
        0x11,
    ),
    (
        "export-nav.json",
        "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000068",
        0x22,
    ),
    (
        "export-crisis-team.json",
        "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-00000000007b",
        0x33,
    ),
];
const EXAMPLE_CREATED: &str = "2026-11-22T10:00:00Z";

/// The example selection: NAV's sharing consent (goals, measures, agreements, appointments, plan
/// period), with only the housing and money items. Made by `ownplan sign ... --for <NAV's id>
/// --life-areas housing,money --leave-out <the four ids below>` too (see `docs/FORMAT.md`).
const SELECTION_EXAMPLE: &str = "export-nav-housing-money.json";
const SELECTION_EXAMPLE_ID_BYTE: u8 = 0x44;
/// What the example selection leaves out besides the other life areas: the agreements about the
/// GP's statement and sleep, and both appointments (items without a life area).
const SELECTION_EXAMPLE_LEFT_OUT: [&str; 4] = [
    "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000034",
    "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000035",
    "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-00000000003d",
    "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-00000000003e",
];

fn selection_example_leave_out() -> LeaveOut {
    LeaveOut {
        items: SELECTION_EXAMPLE_LEFT_OUT.map(ItemId::new).into(),
        ..LeaveOut::life_areas_other_than(&[LifeArea::Housing, LifeArea::Money])
    }
}

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

/// The example plan is the format-4 fixture (the format-1 one with the crisis plan's safety
/// steps) as the current version reads and writes it.
#[test]
fn example_plan_is_the_fixture_in_the_current_format() {
    let fixture = read_json("crates/ownplan-core/tests/fixtures/plan-v4-full.json");
    let plan = Plan::from_json_value(fixture).expect("the fixture loads");
    assert_eq!(plan.format_version, FORMAT_VERSION);
    check_file("examples/plan-full-nb.json", &pretty(&plan.to_json_value()));
}

/// The format-1 examples were signed before format 2 and verify for ever, as what they are.
#[test]
fn format_1_examples_keep_verifying() {
    let key = example_key();
    let pin = KeyPin::parse(&key.did_key().fingerprint().to_string()).expect("pin");
    let today = Date::parse("2026-11-22").expect("date");
    for (file, _, _) in EXPORTS {
        let path = format!("crates/ownplan-core/tests/fixtures/v1/{file}");
        let document = read_json(&path);
        assert_eq!(document["credentialSubject"]["formatVersion"], 1, "{file}");
        assert_eq!(document["@context"], serde_json::json!(CONTEXT_FORMAT_1));
        let bytes = std::fs::read(repository_file(&path)).expect("read");
        let verified = verify_plan_document(&bytes, &today, Some(&pin))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        // Read as the current format: the same plan, its ids in their format-2 form.
        assert_eq!(verified.plan().format_version, FORMAT_VERSION);
        assert!(verified.plan().plan_id.is_well_formed());
        // The same content as the format-3 example made from the same plan and consent.
        let current = repository_file(&format!("crates/ownplan-core/tests/fixtures/v3/{file}"));
        let current = std::fs::read(current).expect("read");
        let current = verify_plan_document(&current, &today, Some(&pin)).expect("verifies");
        assert_eq!(verified.plan(), current.plan(), "{file}");
        assert_eq!(verified.info(), current.info(), "{file}");
    }
}

/// The format-2 examples were signed before format 3 and verify for ever: format 3 only added
/// `itemsLeftOut`, so they read as the same content as the current examples.
#[test]
fn format_2_examples_keep_verifying() {
    let key = example_key();
    let pin = KeyPin::parse(&key.did_key().fingerprint().to_string()).expect("pin");
    let today = Date::parse("2026-11-22").expect("date");
    for (file, _, _) in EXPORTS {
        let path = format!("crates/ownplan-core/tests/fixtures/v2/{file}");
        let document = read_json(&path);
        assert_eq!(document["credentialSubject"]["formatVersion"], 2, "{file}");
        assert_eq!(document["@context"], serde_json::json!(CONTEXT));
        let bytes = std::fs::read(repository_file(&path)).expect("read");
        let verified = verify_plan_document(&bytes, &today, Some(&pin))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(verified.plan().format_version, FORMAT_VERSION);
        assert!(!verified.items_left_out());
        // The same content as the format-3 example made from the same plan and consent.
        let current = repository_file(&format!("crates/ownplan-core/tests/fixtures/v3/{file}"));
        let current = std::fs::read(current).expect("read");
        let current = verify_plan_document(&current, &today, Some(&pin)).expect("verifies");
        assert_eq!(verified.plan(), current.plan(), "{file}");
        assert_eq!(verified.info(), current.info(), "{file}");
    }
}

/// The format-3 examples were signed before format 4 and verify for ever. Format 4 added the
/// crisis plan's safety steps, which the current example plan holds: without them, and with the
/// sections the format-3 consents named, a format-3 example holds the same plan as today's.
#[test]
fn format_3_examples_keep_verifying() {
    let key = example_key();
    let pin = KeyPin::parse(&key.did_key().fingerprint().to_string()).expect("pin");
    let today = Date::parse("2026-11-22").expect("date");
    let files = EXPORTS
        .iter()
        .map(|(file, _, _)| *file)
        .chain([SELECTION_EXAMPLE]);
    for file in files {
        let path = format!("crates/ownplan-core/tests/fixtures/v3/{file}");
        let document = read_json(&path);
        assert_eq!(document["credentialSubject"]["formatVersion"], 3, "{file}");
        assert_eq!(document["@context"], serde_json::json!(CONTEXT));
        let bytes = std::fs::read(repository_file(&path)).expect("read");
        let verified = verify_plan_document(&bytes, &today, Some(&pin))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(verified.plan().format_version, FORMAT_VERSION);
        let crisis = &verified.plan().crisis_plan;
        assert!(crisis.reasons_for_living.is_empty(), "{file}");
        assert!(crisis.safer_surroundings.is_empty(), "{file}");
        assert_eq!(crisis.help_message, Default::default(), "{file}");
        let current = std::fs::read(repository_file(&format!("examples/{file}"))).expect("read");
        let current = verify_plan_document(&current, &today, Some(&pin)).expect("verifies");
        let mut current = current.plan().clone();
        current.crisis_plan.reasons_for_living = Default::default();
        current.crisis_plan.safer_surroundings = Default::default();
        current.crisis_plan.help_message = Default::default();
        assert_eq!(verified.plan(), &current, "{file}");
    }
}

/// A format-3 document cannot hold the crisis plan's safety steps: they came with format 4.
#[test]
fn a_format_3_document_cannot_hold_the_safety_steps() {
    let key = example_key();
    let today = Date::parse("2026-11-22").expect("date");
    let mut document = read_json("crates/ownplan-core/tests/fixtures/v3/export-crisis-team.json");
    if let Value::Object(members) = &mut document {
        members.remove("proof");
    }
    document["credentialSubject"]["crisisPlan"]["reasonsForLiving"] = serde_json::json!([
        {"id": "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-0000000000f1", "reason": "Datteren min"}
    ]);
    let signed = sign(document, &key, EXAMPLE_CREATED).expect("signs");
    let bytes = serde_json::to_vec(&signed).expect("serializes");
    let error = verify_plan_document(&bytes, &today, None).expect_err("refused");
    assert_eq!(error.message_id(), "plan-error-migration-failed");
}

/// A format-2 document cannot say `itemsLeftOut`: that member came with format 3.
#[test]
fn a_format_2_document_cannot_claim_a_selection() {
    let key = example_key();
    let today = Date::parse("2026-11-22").expect("date");
    let mut document = read_json("crates/ownplan-core/tests/fixtures/v2/export-nav.json");
    if let Value::Object(members) = &mut document {
        members.remove("proof");
    }
    document["credentialSubject"]["itemsLeftOut"] = Value::Bool(true);
    let signed = sign(document, &key, EXAMPLE_CREATED).expect("signs");
    let bytes = serde_json::to_vec(&signed).expect("serializes");
    let error = verify_plan_document(&bytes, &today, None).expect_err("refused");
    assert_eq!(error.message_id(), "plan-error-invalid-content");
    assert_eq!(
        error.path().as_deref(),
        Some("$.credentialSubject.itemsLeftOut")
    );
}

/// A format-1 document must keep the format-1 context, and a format-2 one the format-2 context:
/// re-signing with the other context is refused.
#[test]
fn each_format_version_has_its_own_context() {
    let key = example_key();
    let today = Date::parse("2026-11-22").expect("date");
    for (path, wrong) in [
        ("examples/export-nav.json", CONTEXT_FORMAT_1.to_vec()),
        (
            "crates/ownplan-core/tests/fixtures/v1/export-nav.json",
            CONTEXT.to_vec(),
        ),
    ] {
        let mut document = read_json(path);
        if let Value::Object(members) = &mut document {
            members.remove("proof");
            members.insert("@context".to_owned(), serde_json::json!(wrong));
        }
        let signed = sign(document, &key, EXAMPLE_CREATED).expect("signs");
        let bytes = serde_json::to_vec(&signed).expect("serializes");
        let error = verify_plan_document(&bytes, &today, None).expect_err(path);
        assert_eq!(
            error.message_id(),
            "document-error-not-a-credential",
            "{path}"
        );
        assert_eq!(error.path().as_deref(), Some("$[\"@context\"]"), "{path}");
    }
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
        assert!(!verified.items_left_out(), "{file}");
    }

    // The selection example: NAV's consent with only the housing and money items.
    let nav = EXPORTS[1].1;
    let request = ExportRequest::for_sharing_consent(
        &plan,
        nav,
        [SELECTION_EXAMPLE_ID_BYTE; 16],
        EXAMPLE_CREATED,
    )
    .expect("the example plan has this consent");
    let document = export_selection_for_recipient(&request, &selection_example_leave_out(), &key)
        .expect("exports");
    let path = format!("examples/{SELECTION_EXAMPLE}");
    check_file(&path, &pretty(&document));
    let committed = read_json(&path);
    assert!(validator.is_valid(&committed));
    assert_eq!(committed["credentialSubject"]["itemsLeftOut"], true);
    let bytes = std::fs::read(repository_file(&path)).expect("read");
    let verified = verify_plan_document(&bytes, &today, Some(&pin)).expect("verifies");
    assert!(verified.items_left_out());
    let individual = &verified.plan().individual_plan;
    let areas: Vec<Option<LifeArea>> = individual
        .goals
        .iter()
        .map(|goal| goal.life_area)
        .chain(individual.measures.iter().map(|measure| measure.life_area))
        .collect();
    assert!(!areas.is_empty());
    assert!(
        areas
            .iter()
            .all(|area| matches!(area, Some(LifeArea::Housing | LifeArea::Money))),
        "{areas:?}"
    );
    assert!(individual.appointments.is_empty());
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
