//! How the plan is kept on the device: the storage envelope, its version, and what to do with
//! stored text that cannot be read. Pure: the browser storage itself is in
//! `services::plan_store`.
//!
//! The envelope is `{"ownplanStorage": 1, "revision": N, "writer": "<tab>", "plan": {...}}`.
//! `revision` rises with every save from any tab; a tab only writes when the stored revision is
//! still the one it last read or wrote, so two tabs never silently overwrite each other.
//!
//! Versions: the envelope has its own version (`ownplanStorage`), separate from the plan's
//! format version. An older envelope is read by the matching arm of [`decode`] (and the plan
//! inside by the core's migrations); a newer one is never guessed at: it is kept aside, not
//! overwritten.

use ownplan_core::plan::Plan;
use serde_json::{Map, Value, json};

/// The envelope version this build writes.
pub const STORAGE_VERSION: u64 = 1;

/// A plan read from the device.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredPlan {
    /// The plan.
    pub plan: Plan,
    /// The revision it was saved as.
    pub revision: u64,
    /// Which tab saved it.
    pub writer: String,
}

/// Why stored text could not be used as a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnreadableReason {
    /// It is not JSON, or not an envelope.
    Damaged,
    /// It was written by a newer version of the widget.
    NewerVersion,
    /// The envelope is fine but the plan inside is not (the core says why).
    InvalidPlan(String),
}

impl UnreadableReason {
    /// One value of every kind.
    pub const ALL: [UnreadableReason; 3] = [
        UnreadableReason::Damaged,
        UnreadableReason::NewerVersion,
        UnreadableReason::InvalidPlan(String::new()),
    ];

    /// The id of the translated message explaining this to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            UnreadableReason::Damaged => "storage-unreadable-damaged",
            UnreadableReason::NewerVersion => "storage-unreadable-newer",
            UnreadableReason::InvalidPlan(_) => "storage-unreadable-invalid",
        }
    }
}

/// The text to store for `plan` as `revision`, written by tab `writer`.
pub fn encode(plan: &Plan, revision: u64, writer: &str) -> Result<String, serde_json::Error> {
    // `json!` would panic if the plan could not be serialized: serialize it first, fallibly.
    let plan = serde_json::to_value(plan)?;
    let envelope = json!({
        "ownplanStorage": STORAGE_VERSION,
        "revision": revision,
        "writer": writer,
        "plan": plan,
    });
    serde_json::to_string(&envelope)
}

/// Reads stored text back.
pub fn decode(text: &str) -> Result<StoredPlan, UnreadableReason> {
    let Ok(Value::Object(envelope)) = serde_json::from_str::<Value>(text) else {
        return Err(UnreadableReason::Damaged);
    };
    match envelope.get("ownplanStorage").and_then(Value::as_u64) {
        Some(1) => decode_v1(envelope),
        Some(version) if version > STORAGE_VERSION => Err(UnreadableReason::NewerVersion),
        _ => Err(UnreadableReason::Damaged),
    }
}

fn decode_v1(mut envelope: Map<String, Value>) -> Result<StoredPlan, UnreadableReason> {
    let revision = envelope
        .get("revision")
        .and_then(Value::as_u64)
        .ok_or(UnreadableReason::Damaged)?;
    let writer = envelope
        .get("writer")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let plan_json = envelope.remove("plan").ok_or(UnreadableReason::Damaged)?;
    match Plan::from_json_value(plan_json) {
        Ok(plan) => Ok(StoredPlan {
            plan,
            revision,
            writer,
        }),
        Err(ownplan_core::plan::PlanError::NewerVersion { .. }) => {
            Err(UnreadableReason::NewerVersion)
        }
        Err(error) => Err(UnreadableReason::InvalidPlan(error.to_string())),
    }
}

/// Only the revision of stored text, for the check before writing (cheaper than a full read,
/// and it works even for a plan this build could not read).
pub fn stored_revision(text: &str) -> Option<u64> {
    let Ok(Value::Object(envelope)) = serde_json::from_str::<Value>(text) else {
        return None;
    };
    envelope.get("revision").and_then(Value::as_u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::{PlanId, Text};

    fn plan() -> Plan {
        let mut plan = Plan::new(PlanId::from_random_bytes([5; 16]), "nn");
        plan.individual_plan.my_story = Text::from_nfc("Eg skriv min eigen plan.".to_owned());
        plan
    }

    #[test]
    fn a_saved_plan_reads_back_the_same() {
        let text = encode(&plan(), 7, "tab-a").unwrap();
        let stored = decode(&text).unwrap();
        assert_eq!(stored.plan, plan());
        assert_eq!(stored.revision, 7);
        assert_eq!(stored.writer, "tab-a");
        assert_eq!(stored_revision(&text), Some(7));
    }

    /// Stored by version 1 of the storage format: must keep loading in every later version.
    #[test]
    fn a_version_1_envelope_keeps_loading() {
        let text = r#"{"ownplanStorage":1,"revision":3,"writer":"x","plan":{"formatVersion":1,"planId":"0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b","planVersion":0,"meta":{"language":"nb"},"individualPlan":{"myStory":"Min historie"}}}"#;
        let stored = decode(text).unwrap();
        assert_eq!(
            stored.plan.individual_plan.my_story.as_str(),
            "Min historie"
        );
    }

    fn check(text: &str, expected: UnreadableReason) {
        assert_eq!(decode(text).unwrap_err(), expected, "{text}");
    }

    #[test]
    fn text_that_is_not_a_plan_is_reported_not_guessed() {
        check("", UnreadableReason::Damaged);
        check("not json", UnreadableReason::Damaged);
        check("[1,2]", UnreadableReason::Damaged);
        check(r#"{"plan":{}}"#, UnreadableReason::Damaged);
        check(
            r#"{"ownplanStorage":1,"plan":{"formatVersion":1}}"#,
            UnreadableReason::Damaged,
        );
        check(
            r#"{"ownplanStorage":2,"revision":1,"plan":{}}"#,
            UnreadableReason::NewerVersion,
        );
        check(
            r#"{"ownplanStorage":1,"revision":1,"plan":{"formatVersion":99,"planId":"x","planVersion":1}}"#,
            UnreadableReason::NewerVersion,
        );
        let invalid = decode(r#"{"ownplanStorage":1,"revision":1,"plan":{"formatVersion":1}}"#);
        assert!(
            matches!(invalid, Err(UnreadableReason::InvalidPlan(_))),
            "{invalid:?}"
        );
    }
}
