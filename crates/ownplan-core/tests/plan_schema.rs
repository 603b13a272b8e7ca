//! The JSON Schema generated from the Rust types: it is produced, it accepts the pinned fixtures
//! and every plan the types write, and it rejects what the reader rejects (unknown fields, floats,
//! wrong enum values). Validated with the `jsonschema` crate (a dev-dependency only).

#![cfg(feature = "schema")]

use ownplan_core::plan::{Plan, plan_schema};
use serde_json::{Value, json};

/// The fixtures of the version the schema describes (the newest).
/// The version-2 fixtures too: format 3 changed only the signed document, so a version-2 plan
/// has the same shape (the schema does not fix `formatVersion`).
const FIXTURES: [&str; 6] = [
    include_str!("fixtures/plan-v4-full.json"),
    include_str!("fixtures/plan-v4-minimal.json"),
    include_str!("fixtures/plan-v3-full.json"),
    include_str!("fixtures/plan-v3-minimal.json"),
    include_str!("fixtures/plan-v2-full.json"),
    include_str!("fixtures/plan-v2-minimal.json"),
];
/// Older fixtures: the schema describes the newest version, so they validate once read (and so
/// migrated) and written again.
const OLDER_FIXTURES: [&str; 2] = [
    include_str!("fixtures/plan-v1-full.json"),
    include_str!("fixtures/plan-v1-minimal.json"),
];

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&plan_schema()).expect("the generated schema is a valid schema")
}

#[test]
fn schema_is_draft_2020_12_with_an_id() {
    let schema = plan_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["$id"], "https://ownplan.invalid/schema/plan-v4.json");
}

#[test]
fn fixtures_validate_against_the_schema() {
    let validator = validator();
    for text in FIXTURES {
        let value: Value = serde_json::from_str(text).expect("JSON");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        // The plan the types write back is the same document, so it validates too.
        let written = Plan::from_json_value(value).expect("loads").to_json_value();
        assert!(validator.is_valid(&written));
    }
    for text in OLDER_FIXTURES {
        let value: Value = serde_json::from_str(text).expect("JSON");
        // A version-1 plan's bare UUIDs are not format-2 ids...
        assert!(!validator.is_valid(&value));
        // ...and the plan it reads as is.
        let written = Plan::from_json_value(value).expect("loads").to_json_value();
        let errors: Vec<String> = validator
            .iter_errors(&written)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
}

#[test]
fn schema_rejects_what_the_reader_rejects() {
    let validator = validator();
    let id = "urn:uuid:00000000-0000-4000-8000-000000000001";
    let base = json!({"formatVersion": 2, "planId": id, "planVersion": 1});
    let with = |path: &[&str], value: Value| {
        let mut plan = base.clone();
        let mut place = &mut plan;
        for key in &path[..path.len() - 1] {
            place = place
                .as_object_mut()
                .expect("object")
                .entry(key.to_string())
                .or_insert_with(|| json!({}));
        }
        place[path[path.len() - 1]] = value;
        plan
    };
    let rejected = [
        with(&["injected"], json!(true)),
        with(&["crisisPlan", "admission", "maxNights"], json!(2.5)),
        with(&["network"], json!([{"id": id, "role": "doctor"}])),
        with(&["individualPlan", "goals"], json!([{"text": "no id"}])),
        with(&["planVersion"], json!(-1)),
    ];
    for plan in rejected {
        assert!(!validator.is_valid(&plan), "{plan}");
        assert!(Plan::from_json_value(plan.clone()).is_err(), "{plan}");
    }
    assert!(validator.is_valid(&base));
    assert!(validator.is_valid(&with(
        &["network"],
        json!([{"id": id, "role": {"typed": "Prest"}}])
    )));
}
