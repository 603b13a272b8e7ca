//! [`plan_schema`]: the JSON Schema (draft 2020-12) of a plan document, generated from the Rust
//! types with `schemars`, so the schema and the code cannot drift apart.
//!
//! Behind the `schema` cargo feature (off by default): the command and the tests use it, the
//! WebAssembly widget does not pay for it. The schema describes the shape; rules that need more
//! than a schema (dates that exist, references that resolve, review dates) are
//! [`validate`](super::validate())'s job.

use super::{FORMAT_VERSION, Plan};

/// The JSON Schema of a plan of the current [`FORMAT_VERSION`].
pub fn plan_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Plan);
    schema.insert(
        "$id".to_owned(),
        format!("https://ownplan.invalid/schema/plan-v{FORMAT_VERSION}.json").into(),
    );
    schema.insert("title".to_owned(), "ownplan plan".into());
    schema.to_value()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_names_the_top_level_fields_and_rejects_unknown_ones() {
        let schema = plan_schema();
        assert_eq!(schema["type"], "object");
        assert_eq!(schema["additionalProperties"], false);
        let required = schema["required"].as_array().expect("required list");
        for field in ["formatVersion", "planId", "planVersion"] {
            assert!(required.iter().any(|name| name == field), "{field}");
        }
        assert!(schema["properties"]["crisisPlan"].is_object());
    }
}
