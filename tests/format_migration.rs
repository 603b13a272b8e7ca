//! A plan stored by format version 1 (in the browser's storage, in a backup, or as a bare plan
//! file) is read as format 2 without the person noticing: every id, and every reference to one,
//! takes its `urn:uuid:` form, so the next signed document is valid JSON-LD. The result is the
//! pinned version-2 fixture exactly.

use ownplan_core::plan::{FORMAT_VERSION, Plan};
use ownplan_web::state::{backup, stored_plan};
use serde_json::{Value, json};

const V1: &str = include_str!("../crates/ownplan-core/tests/fixtures/plan-v1-full.json");
const V2: &str = include_str!("../crates/ownplan-core/tests/fixtures/plan-v2-full.json");

fn v1_plan_json() -> Value {
    serde_json::from_str(V1).expect("fixture")
}

fn expected() -> Plan {
    Plan::from_json_value(serde_json::from_str(V2).expect("fixture")).expect("loads")
}

fn assert_migrated(plan: &Plan) {
    assert_eq!(plan.format_version, FORMAT_VERSION);
    assert!(plan.plan_id.as_str().starts_with("urn:uuid:"));
    assert!(plan.network.ids().all(|id| id.is_well_formed()));
    assert_eq!(*plan, expected());
}

#[test]
fn a_format_1_plan_in_storage_is_read_as_format_2() {
    let text = json!({"ownplanStorage": 1, "revision": 4, "writer": "tab", "plan": v1_plan_json()})
        .to_string();
    let stored = stored_plan::decode(&text).expect("reads");
    assert_migrated(&stored.plan);
    assert_eq!(stored.revision, 4);
    // Saving writes format 2.
    let saved = stored_plan::encode(&stored.plan, 5, "tab").expect("encodes");
    let saved: Value = serde_json::from_str(&saved).expect("JSON");
    assert_eq!(saved["plan"]["formatVersion"], FORMAT_VERSION);
    assert_eq!(
        saved["plan"]["planId"],
        "urn:uuid:9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b3c"
    );
}

#[test]
fn a_format_1_plan_in_a_backup_is_read_as_format_2() {
    let files = [
        json!({"ownplanBackup": 1, "plan": v1_plan_json()}),
        json!({"ownplanBackup": 2, "createdAt": null, "plan": v1_plan_json()}),
        v1_plan_json(),
    ];
    for file in files {
        let bytes = serde_json::to_vec(&file).expect("JSON");
        match backup::decode(&bytes) {
            Ok(backup::BackupFile::Open(contents)) => assert_migrated(&contents.plan),
            other => panic!("{other:?}"),
        }
    }
}
