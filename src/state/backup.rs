//! The backup file: the whole plan, readable pretty-printed JSON, in an envelope that says
//! what it is. Restoring reads it strictly (size cap, nesting cap, duplicate keys refused, the
//! core's plan checks) and reports a translated reason for anything it will not take; nothing
//! is changed until the person has seen a preview and confirmed.

use ownplan_core::plan::{Plan, PlanError};
use ownplan_core::proof::{self, ProofError};
use serde_json::{Value, json};

/// The envelope version this build writes.
pub const BACKUP_VERSION: u64 = 1;

/// Why a file cannot be restored. Each maps to a translated message.
#[derive(Clone, Debug, PartialEq)]
pub enum RestoreError {
    /// The strict JSON reader refused it (not JSON, too large, too deep, duplicate key, ...).
    Json(ProofError),
    /// JSON, but neither a backup nor a plan.
    NotABackup,
    /// A backup from a newer version of the widget.
    NewerBackup,
    /// The plan inside is not one this version can read.
    Plan(PlanError),
}

impl RestoreError {
    /// The id of the translated message explaining this to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            RestoreError::Json(error) => match error {
                ProofError::TooLarge { .. } => "restore-error-too-large",
                ProofError::DuplicateKey { .. } => "restore-error-duplicate-key",
                _ => "restore-error-not-json",
            },
            RestoreError::NotABackup => "restore-error-not-a-backup",
            RestoreError::NewerBackup => "restore-error-newer",
            RestoreError::Plan(PlanError::NewerVersion { .. }) => "restore-error-newer",
            RestoreError::Plan(_) => "restore-error-invalid-plan",
        }
    }
}

/// The backup file's text for `plan`.
pub fn encode(plan: &Plan, created_at: Option<&str>) -> String {
    let envelope = json!({
        "ownplanBackup": BACKUP_VERSION,
        "createdAt": created_at,
        "plan": plan,
    });
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// Reads a backup file (or a bare plan file) strictly.
pub fn decode(bytes: &[u8]) -> Result<Plan, RestoreError> {
    let value = proof::parse_strict(bytes).map_err(RestoreError::Json)?;
    let Value::Object(mut object) = value else {
        return Err(RestoreError::NotABackup);
    };
    let plan_json = match object.get("ownplanBackup").map(Value::as_u64) {
        Some(Some(1)) => object.remove("plan").ok_or(RestoreError::NotABackup)?,
        Some(Some(v)) if v > BACKUP_VERSION => return Err(RestoreError::NewerBackup),
        Some(_) => return Err(RestoreError::NotABackup),
        // A bare plan (for example written by the `ownplan` command) is accepted too.
        None if object.contains_key("formatVersion") => Value::Object(object),
        None => return Err(RestoreError::NotABackup),
    };
    Plan::from_json_value(plan_json).map_err(RestoreError::Plan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::{PlanId, Text};

    fn plan() -> Plan {
        let mut plan = Plan::new(PlanId::from_random_bytes([4; 16]), "en");
        plan.owner.name = Text::from_nfc("Kari".to_owned());
        plan
    }

    #[test]
    fn a_backup_restores_the_same_plan() {
        let text = encode(&plan(), Some("2026-11-22T10:00:00Z"));
        assert!(text.contains('\n'), "readable, pretty-printed");
        assert_eq!(decode(text.as_bytes()).unwrap(), plan());
    }

    #[test]
    fn a_bare_plan_file_is_accepted() {
        let text = serde_json::to_string(&plan()).unwrap();
        assert_eq!(decode(text.as_bytes()).unwrap(), plan());
    }

    fn check(input: &str, expected_message: &str) {
        let error = decode(input.as_bytes()).unwrap_err();
        assert_eq!(error.message_id(), expected_message, "{input}: {error:?}");
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        check("", "restore-error-not-json");
        check("hello", "restore-error-not-json");
        check("[1]", "restore-error-not-a-backup");
        check(r#"{"name":"x"}"#, "restore-error-not-a-backup");
        check(
            r#"{"ownplanBackup":"1","plan":{}}"#,
            "restore-error-not-a-backup",
        );
        check(r#"{"ownplanBackup":1}"#, "restore-error-not-a-backup");
        check(r#"{"ownplanBackup":9,"plan":{}}"#, "restore-error-newer");
        check(
            r#"{"ownplanBackup":1,"plan":{"formatVersion":2,"planId":"x","planVersion":1}}"#,
            "restore-error-newer",
        );
        check(
            r#"{"ownplanBackup":1,"plan":{"formatVersion":1,"planId":"x","planVersion":1,"surprise":1}}"#,
            "restore-error-invalid-plan",
        );
        check(
            r#"{"ownplanBackup":1,"ownplanBackup":1,"plan":{}}"#,
            "restore-error-duplicate-key",
        );
        let huge = format!(r#"{{"x":"{}"}}"#, "a".repeat(6 * 1024 * 1024));
        check(&huge, "restore-error-too-large");
    }
}
