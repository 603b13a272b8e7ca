//! No floating-point numbers anywhere in a plan (DESIGN.md §3): the only numbers are whole
//! numbers. Checked on the full fixture's JSON and on the JSON Schema.

use ownplan_core::plan::Plan;
use serde_json::Value;

/// Every number in the value, with its path, that is not a whole number.
fn floats(value: &Value, path: &str, found: &mut Vec<String>) {
    match value {
        Value::Number(number) if !(number.is_i64() || number.is_u64()) => {
            found.push(path.to_owned())
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                floats(item, &format!("{path}[{index}]"), found);
            }
        }
        Value::Object(members) => {
            for (key, member) in members {
                floats(member, &format!("{path}.{key}"), found);
            }
        }
        _ => {}
    }
}

#[test]
fn the_full_plan_serializes_without_floats() {
    let text = include_str!("fixtures/plan-v1-full.json");
    let plan = Plan::from_json_value(serde_json::from_str(text).expect("JSON")).expect("loads");
    let json = plan.to_json_value();
    let mut found = Vec::new();
    floats(&json, "", &mut found);
    assert!(found.is_empty(), "{found:?}");
    // And the fixture does use whole numbers, so the walk is not vacuous.
    assert_eq!(json["crisisPlan"]["admission"]["maxNights"], 5);
}

#[cfg(feature = "schema")]
#[test]
fn the_schema_allows_no_floats() {
    fn number_types(value: &Value, path: &str, found: &mut Vec<String>) {
        match value {
            Value::Object(members) => {
                let is_number = |t: &Value| t == "number";
                match members.get("type") {
                    Some(Value::String(_)) if members.get("type").is_some_and(is_number) => {
                        found.push(path.to_owned())
                    }
                    Some(Value::Array(types)) if types.iter().any(is_number) => {
                        found.push(path.to_owned())
                    }
                    _ => {}
                }
                for (key, member) in members {
                    number_types(member, &format!("{path}.{key}"), found);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    number_types(item, &format!("{path}[{index}]"), found);
                }
            }
            _ => {}
        }
    }
    let schema = ownplan_core::plan::plan_schema();
    let mut found = Vec::new();
    number_types(&schema, "", &mut found);
    assert!(found.is_empty(), "{found:?}");
    assert!(schema.to_string().contains("\"integer\""));
}
