//! The documents of the verification benchmarks, shared by the native example
//! (`examples/verify_bench.rs`) and the browser benchmark (`tests/verify_bench_browser.rs` in the
//! widget, which includes this file by path). Not part of the core's API: only the two
//! benchmarks build these.
//!
//! Each case is a document a forger can sign with their own key, so the signature is valid and
//! every step of both layers runs; `verify_bench.rs` lists what each case holds.

use ownplan_core::document::{ExportRequest, Recipient, SharingConsentStatement, build_credential};
use ownplan_core::plan::{Goal, Plan, PlanId, Section, Text};
use ownplan_core::proof::{SigningKey, sign};
use serde_json::{Map, Value, json};

/// The day the documents are verified on (the day they were signed).
pub const TODAY: &str = "2026-11-22";

/// The default size of a document: just under the 5 MiB cap.
pub const DEFAULT_BYTES: usize = 5 * 1024 * 1024 - 4096;

/// The key every case is signed with.
pub fn key() -> SigningKey {
    SigningKey::from_seed(&[0x42; 32])
}

/// The serialized document of `case`, of about `budget` bytes, or why it could not be built.
pub fn document_bytes(case: &str, budget: usize) -> Result<Vec<u8>, String> {
    let document = hostile(case, &key(), budget)?;
    serde_json::to_vec(&document).map_err(|error| error.to_string())
}

/// When the documents are signed; verify them on [`TODAY`].
pub const VALID_FROM: &str = "2026-11-22T10:00:00Z";
/// Every case, in the order the benchmarks print them.
pub const CASES: [&str; 9] = [
    "valid",
    "goals",
    "network",
    "huge-text",
    "recipients",
    "consent",
    "deep",
    "numbers",
    "members",
];

/// The `index`th id of kind `kind` (items, members and measures get different kinds, so ids
/// are unique across the plan): a UUID URN, the only form of id format 2 accepts.
fn id(kind: u32, index: usize) -> String {
    format!("urn:uuid:{kind:08x}-0000-4000-8000-{index:012x}")
}

/// A small valid credential with one goal, unsigned.
fn base_credential(key: &SigningKey) -> Result<Value, String> {
    let mut plan = Plan::new(PlanId::new(id(0, 0)), "nb");
    plan.individual_plan.goals.push(Goal {
        id: ownplan_core::plan::ItemId::new(id(1, 0)),
        text: Text::from_nfc("Et mål".to_owned()),
        ..Goal::default()
    });
    let request = ExportRequest {
        plan: &plan,
        recipients: vec![Recipient::default()],
        sections: vec![Section::Goals],
        sharing_consent: SharingConsentStatement::default(),
        credential_id: [7; 16],
        valid_from: VALID_FROM.to_owned(),
    };
    build_credential(&request, &key.did_key().did()).map_err(|error| format!("{error:?}"))
}

/// Fills `list` with copies of `item` (its `id`, if any, made unique) until the serialized
/// items take about `budget` bytes.
fn fill(list: &mut Vec<Value>, item: &Value, budget: usize) {
    let mut sample = item.clone();
    if let Some(object) = sample.as_object_mut()
        && object.contains_key("id")
    {
        object.insert("id".into(), id(2, 0).into());
    }
    let size = serde_json::to_vec(&sample)
        .map(|b| b.len() + 1)
        .unwrap_or(1);
    let count = budget / (size + 8);
    for index in 0..count {
        let mut copy = item.clone();
        if let Some(object) = copy.as_object_mut()
            && object.contains_key("id")
        {
            object.insert("id".into(), id(2, index).into());
        }
        list.push(copy);
    }
}

/// The credential's subject object.
fn subject(credential: &mut Value) -> &mut Map<String, Value> {
    credential["credentialSubject"]
        .as_object_mut()
        .unwrap_or_else(|| unreachable!("the credential has a subject"))
}

/// The signed document of `case` (one of [`CASES`]), of about `budget` bytes, signed by `key`.
pub fn hostile(case: &str, key: &SigningKey, budget: usize) -> Result<Value, String> {
    let mut credential = base_credential(key)?;
    let subject = subject(&mut credential);
    match case {
        "valid" => {
            let mut goals = Vec::new();
            let text = "Jeg vil bo for meg selv. ".repeat(800);
            fill(&mut goals, &json!({"id": "x", "text": text}), budget);
            subject["individualPlan"]["goals"] = Value::Array(goals);
        }
        "goals" => {
            let mut goals = Vec::new();
            fill(&mut goals, &json!({"id": "x", "text": "mål"}), budget);
            subject["individualPlan"]["goals"] = Value::Array(goals);
        }
        "huge-text" => {
            subject["individualPlan"]["goals"][0]["text"] = "a".repeat(budget).into();
        }
        "recipients" => {
            let mut recipients = Vec::new();
            fill(&mut recipients, &json!({"name": "Dr. X"}), budget);
            subject["recipients"] = Value::Array(recipients);
        }
        "consent" => {
            let statement = format!("{}\u{202e}\u{0}\u{1b}", "e\u{301}".repeat(budget / 3));
            subject.insert("sharingConsent".into(), json!({ "statement": statement }));
        }
        "deep" => {
            let deep = (0..60).fold(json!(0), |inner, _| json!([inner]));
            let mut copies = Vec::new();
            fill(&mut copies, &deep, budget);
            subject.insert("deep".into(), Value::Array(copies));
        }
        "numbers" => {
            subject.insert("numbers".into(), Value::Array(vec![json!(0); budget / 2]));
        }
        "members" => {
            let mut members = Map::new();
            for index in 0..budget / 12 {
                members.insert(format!("m{index}"), json!(0));
            }
            subject.insert("members".into(), Value::Object(members));
        }
        "network" => {
            // Members that measures point at, without the `network` section: the last member
            // carries a field only that section brings, so the whole list is compared.
            let member = |index| json!({"id": id(3, index), "name": "Kari"});
            let measure = |index| {
                json!({"id": id(4, index), "what": "Hjelp",
                       "responsible": {"member": id(3, index)}})
            };
            let pair = [member(0), measure(0)]
                .iter()
                .map(|item| serde_json::to_vec(item).map_or(1, |bytes| bytes.len() + 1))
                .sum::<usize>();
            let count = budget / pair;
            let members: Vec<Value> = (0..count).map(member).collect();
            let measures: Vec<Value> = (0..count).map(measure).collect();
            subject.insert("network".into(), Value::Array(members));
            subject["network"][count - 1]["notes"] = "ekstra".into();
            subject["individualPlan"]
                .as_object_mut()
                .map(|plan| plan.insert("measures".into(), Value::Array(measures)));
            subject.insert("sections".into(), json!(["goals", "measures"]));
        }
        _ => {}
    }
    sign(credential, key, VALID_FROM).map_err(|error| format!("{error:?}"))
}
