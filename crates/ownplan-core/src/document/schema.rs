//! [`document_schema`]: the JSON Schema (draft 2020-12) of a signed plan document, built from the
//! plan's generated schema ([`plan_schema`]) and the export members' generated schema, so neither
//! can drift from the code. Behind the `schema` feature, like the plan schema.
//!
//! The schema describes the shape only. What it cannot say — the signature, that `issuer` is the
//! signing key, that the content matches the listed sections, the plan rules — is
//! [`verify_plan_document`](super::verify_plan_document)'s job.

use serde_json::{Map, Value, json};

use super::export::{CONTEXT, PLAN_CREDENTIAL_TYPE, VERIFIABLE_CREDENTIAL};
use super::subject::ExportInfo;
use crate::plan::{FORMAT_VERSION, plan_schema};
use crate::proof::{CRYPTOSUITE, PROOF_PURPOSE, PROOF_TYPE};

/// A UTC date-time as the proof layer accepts it (XML Schema dateTime ending in `Z`).
const UTC_DATE_TIME_PATTERN: &str =
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z$";

/// The JSON Schema of a signed plan document of the current format version.
pub fn document_schema() -> Value {
    let plan = plan_schema();
    let export = schemars::schema_for!(ExportInfo).to_value();

    let mut definitions = Map::new();
    for schema in [&plan, &export] {
        if let Some(Value::Object(defs)) = schema.get("$defs") {
            definitions.extend(defs.clone());
        }
    }

    let mut properties = object_member(&plan, "properties");
    properties.remove("consent");
    properties.extend(object_member(&export, "properties"));
    let mut required: Vec<Value> = array_member(&plan, "required");
    required.extend(array_member(&export, "required"));
    definitions.insert(
        "PlanCredentialSubject".to_owned(),
        json!({
            "description": "The plan, restricted to the listed sections and without its consent, plus the export's own members (recipients, sections, sharingConsent, generator).",
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": false
        }),
    );

    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("https://ownplan.invalid/schema/document-v{FORMAT_VERSION}.json"),
        "title": "ownplan plan document",
        "description": "A W3C Verifiable Credential 2.0 holding part of an ownplan plan for one recipient, secured with a Data Integrity proof (eddsa-jcs-2022, did:key). See docs/FORMAT.md.",
        "type": "object",
        "properties": {
            "@context": { "const": CONTEXT },
            "type": { "const": [VERIFIABLE_CREDENTIAL, PLAN_CREDENTIAL_TYPE] },
            "id": { "type": "string", "pattern": "^urn:uuid:" },
            "issuer": { "type": "string", "pattern": "^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$" },
            "validFrom": { "type": "string", "pattern": UTC_DATE_TIME_PATTERN },
            "validUntil": { "type": "string", "pattern": UTC_DATE_TIME_PATTERN },
            "credentialSubject": { "$ref": "#/$defs/PlanCredentialSubject" },
            "proof": {
                "type": "object",
                "properties": {
                    "type": { "const": PROOF_TYPE },
                    "cryptosuite": { "const": CRYPTOSUITE },
                    "created": { "type": "string", "pattern": UTC_DATE_TIME_PATTERN },
                    "verificationMethod": {
                        "type": "string",
                        "pattern": "^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+#z6Mk[1-9A-HJ-NP-Za-km-z]+$"
                    },
                    "proofPurpose": { "const": PROOF_PURPOSE },
                    "@context": { "const": CONTEXT },
                    "proofValue": { "type": "string", "pattern": "^z[1-9A-HJ-NP-Za-km-z]+$" }
                },
                "required": ["type", "cryptosuite", "created", "verificationMethod", "proofPurpose", "proofValue"],
                "additionalProperties": false
            }
        },
        "required": ["@context", "type", "id", "issuer", "validFrom", "credentialSubject", "proof"],
        "additionalProperties": false,
        "$defs": definitions
    })
}

fn object_member(schema: &Value, name: &str) -> Map<String, Value> {
    match schema.get(name) {
        Some(Value::Object(members)) => members.clone(),
        _ => Map::new(),
    }
}

fn array_member(schema: &Value, name: &str) -> Vec<Value> {
    match schema.get(name) {
        Some(Value::Array(items)) => items.clone(),
        _ => Vec::new(),
    }
}
