//! The format version, and reading a plan from JSON: [`FORMAT_VERSION`],
//! [`Plan::from_json_value`], [`Plan::to_json_value`].
//!
//! How versions work (also in `crates/ownplan-core/FORMAT-VERSIONS.md`):
//!
//! - Every plan carries `formatVersion`, a whole number. This program writes [`FORMAT_VERSION`].
//! - Reading first looks **only** at `formatVersion`, before any typed parsing:
//!   missing, not a whole number, or zero → [`PlanError::UnknownFormat`]; larger than
//!   [`FORMAT_VERSION`] → [`PlanError::NewerVersion`] ("made by a newer version"), never a guess.
//! - An older document is brought up to date by migrations chained on the raw JSON, one step per
//!   version (v1→v2, v2→v3, ...), and only then deserialized into the current types. Each step is a
//!   pure function of the JSON object and is never changed once released, so every document ever
//!   written keeps loading. The fixtures `tests/fixtures/plan-v*-*.json` pin that.
//! - Within a known version unknown fields are **rejected** (`deny_unknown_fields`): a typo or
//!   injected content is caught instead of silently dropped, and because a newer program writes a
//!   higher `formatVersion`, forward compatibility comes from the version check, not from ignoring
//!   fields. Adding a field therefore means a new format version (with a migration that is usually
//!   just "set the version").

use serde_json::{Map, Value};

use super::{Plan, PlanError, id_from_format_1};

/// The format version this program writes and the newest it reads.
///
/// - 1: the first format.
/// - 2: every id (`planId`, each item's `id`, and each `{"member": ...}` reference) is a UUID URN
///   (`urn:uuid:...`), so the signed document is valid JSON-LD; see [`super::ItemId`].
/// - 3: a signed document may say `"itemsLeftOut": true` (the person left out single items or
///   whole life areas of the listed sections). The plan itself is unchanged; the version rises so
///   that a version-2 reader refuses such a document as "made by a newer version" instead of as
///   content it does not understand.
/// - 4: the crisis plan gains its safety steps: `reasonsForLiving`, `saferSurroundings` and
///   `helpMessage` (and the sections that share them). Nothing older changes; a version-3
///   document that already holds one of them is refused, as a version-3 reader would.
pub const FORMAT_VERSION: u32 = 4;

/// One migration step: turns a document of version N (the step's index + 1) into version N + 1.
/// It need not touch `formatVersion`; the chain sets it after each step.
type Migration = fn(&mut Map<String, Value>) -> Result<(), String>;

/// The migration steps, `MIGRATIONS[n - 1]` taking version n to n + 1; its length is always
/// `FORMAT_VERSION - 1`. Never change or remove a released step.
const MIGRATIONS: &[Migration] = &[
    ids_become_uuid_urns,
    documents_may_leave_out_items,
    crisis_plan_gains_safety_steps,
];

/// The crisis plan's members that format 4 added: an older document holding one is refused.
const SAFETY_STEP_MEMBERS: [&str; 3] = ["reasonsForLiving", "saferSurroundings", "helpMessage"];

/// The JSON member that holds the format version.
const FORMAT_VERSION_KEY: &str = "formatVersion";

impl Plan {
    /// Reads a plan from a JSON value: checks the format version first, migrates an older
    /// document step by step, then deserializes strictly. Text is kept byte for byte (no NFC
    /// normalization), so what was signed is what is read. Content rules beyond the types (dates,
    /// references, ...) are checked separately by [`validate`](super::validate()).
    pub fn from_json_value(value: Value) -> Result<Plan, PlanError> {
        let Value::Object(mut object) = value else {
            return Err(PlanError::UnknownFormat {
                reason: "the document is not a JSON object",
            });
        };
        let found = format_version_of(&object)?;
        if found > u64::from(FORMAT_VERSION) {
            return Err(PlanError::NewerVersion {
                found,
                supported: FORMAT_VERSION,
            });
        }
        let mut version = u32::try_from(found).map_err(|_| PlanError::UnknownFormat {
            reason: "formatVersion is out of range",
        })?;
        while version < FORMAT_VERSION {
            let step = usize::try_from(version - 1)
                .ok()
                .and_then(|index| MIGRATIONS.get(index))
                .ok_or(PlanError::MigrationFailed {
                    from: version,
                    reason: "no migration step for this version".to_owned(),
                })?;
            step(&mut object).map_err(|reason| PlanError::MigrationFailed {
                from: version,
                reason,
            })?;
            version += 1;
            object.insert(FORMAT_VERSION_KEY.to_owned(), Value::from(version));
        }
        #[cfg(feature = "error-paths")]
        let result = serde_path_to_error::deserialize(Value::Object(object)).map_err(|error| {
            let path = error.path().to_string();
            PlanError::InvalidContent {
                path: if path == "." { String::new() } else { path },
                reason: error.into_inner().to_string(),
            }
        });
        #[cfg(not(feature = "error-paths"))]
        let result = serde_json::from_value(Value::Object(object)).map_err(|error| {
            PlanError::InvalidContent {
                path: String::new(),
                reason: error.to_string(),
            }
        });
        result
    }

    /// The plan as a JSON value, in the current format version.
    pub fn to_json_value(&self) -> Value {
        // Serializing these types cannot fail: every map key is a string and there are no
        // floating-point numbers. Null is a safe fallback that no reader accepts as a plan.
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// Version 1 → 2: every id and every reference to one takes its format-2 form
/// ([`id_from_format_1`]): `planId` at the top; at any depth, the string value of a member named
/// `id` (every list item's id, and nothing else in format 1 is called `id`) and of `member` in an
/// object that has only that member (a person reference, `{"member": "<network member id>"}`).
/// Text the person wrote is never a member name, so it is never touched.
fn ids_become_uuid_urns(plan: &mut Map<String, Value>) -> Result<(), String> {
    if let Some(Value::String(id)) = plan.get_mut("planId") {
        *id = id_from_format_1(id);
    }
    for value in plan.values_mut() {
        upgrade_ids_in(value);
    }
    Ok(())
}

/// Version 2 → 3: nothing in a plan changes. Format 3 is the signed document's new export member
/// `itemsLeftOut` (see `document::ExportInfo`), which is not part of a plan; the plan takes the
/// new number because the plan and its documents share one version.
fn documents_may_leave_out_items(_plan: &mut Map<String, Value>) -> Result<(), String> {
    Ok(())
}

/// Version 3 → 4: nothing moves. The new members of the crisis plan were unknown to format 3,
/// so a version-3 document that holds one is not a version-3 document.
fn crisis_plan_gains_safety_steps(plan: &mut Map<String, Value>) -> Result<(), String> {
    let Some(Value::Object(crisis)) = plan.get("crisisPlan") else {
        return Ok(());
    };
    match SAFETY_STEP_MEMBERS
        .iter()
        .find(|name| crisis.contains_key(**name))
    {
        Some(name) => Err(format!("crisisPlan.{name} is not part of format 3")),
        None => Ok(()),
    }
}

fn upgrade_ids_in(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(upgrade_ids_in),
        Value::Object(members) => {
            let is_reference = members.len() == 1;
            for (name, member) in members.iter_mut() {
                match member {
                    Value::String(id) if name == "id" || (is_reference && name == "member") => {
                        *id = id_from_format_1(id);
                    }
                    _ => upgrade_ids_in(member),
                }
            }
        }
        _ => {}
    }
}

/// Reads `formatVersion` without looking at anything else.
fn format_version_of(object: &Map<String, Value>) -> Result<u64, PlanError> {
    match object.get(FORMAT_VERSION_KEY) {
        None => Err(PlanError::UnknownFormat {
            reason: "formatVersion is missing",
        }),
        Some(Value::Number(number)) => match number.as_u64() {
            Some(0) => Err(PlanError::UnknownFormat {
                reason: "formatVersion is zero",
            }),
            Some(version) => Ok(version),
            None => Err(PlanError::UnknownFormat {
                reason: "formatVersion is not a positive whole number",
            }),
        },
        Some(_) => Err(PlanError::UnknownFormat {
            reason: "formatVersion is not a number",
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn there_is_one_migration_per_older_version() {
        assert_eq!(
            MIGRATIONS.len(),
            usize::try_from(FORMAT_VERSION - 1).unwrap_or(usize::MAX)
        );
    }

    fn check(input: Value, expected: Result<(), &str>) {
        let result = Plan::from_json_value(input.clone())
            .map(|_| ())
            .map_err(|e| e.message_id());
        assert_eq!(result, expected, "{input}");
    }

    #[test]
    fn the_version_is_checked_before_anything_else() {
        let plan =
            |version: Value| json!({"formatVersion": version, "planId": "p", "planVersion": 1});
        check(plan(json!(1)), Ok(()));
        check(plan(json!(2)), Ok(()));
        check(plan(json!(3)), Ok(()));
        check(plan(json!(4)), Ok(()));
        check(plan(json!(5)), Err("plan-error-newer-version"));
        check(
            json!({"formatVersion": 99, "anything": "at all"}),
            Err("plan-error-newer-version"),
        );
        check(plan(json!(u64::MAX)), Err("plan-error-newer-version"));
        check(plan(json!(0)), Err("plan-error-unknown-format"));
        check(plan(json!(-1)), Err("plan-error-unknown-format"));
        check(plan(json!(1.0)), Err("plan-error-unknown-format"));
        check(plan(json!("1")), Err("plan-error-unknown-format"));
        check(
            json!({"planId": "p", "planVersion": 1}),
            Err("plan-error-unknown-format"),
        );
        check(json!([1]), Err("plan-error-unknown-format"));
        check(json!("plan"), Err("plan-error-unknown-format"));
    }

    #[test]
    fn version_1_ids_and_references_become_uuid_urns() {
        let member = "3f6c1e2a-8b4d-4c7e-9a1f-000000000066";
        let version_1 = json!({
            "formatVersion": 1,
            "planId": "9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b3c",
            "planVersion": 1,
            "individualPlan": {
                "myStory": "id member 3f6c1e2a-8b4d-4c7e-9a1f-000000000066",
                "measures": [{"id": "m1", "what": "Samtaler", "responsible": {"member": member}}]
            },
            "network": [{"id": member, "name": "Kari"}],
            "crisisPlan": {"contacts": [{"id": "c1", "who": {"typed": member}}]}
        });
        let plan = Plan::from_json_value(version_1).expect("reads");
        assert_eq!(plan.format_version, FORMAT_VERSION);
        let written = plan.to_json_value();
        let urn = format!("urn:uuid:{member}");
        assert_eq!(
            written["planId"],
            "urn:uuid:9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b3c"
        );
        assert_eq!(written["network"][0]["id"], json!(urn));
        let measure = &written["individualPlan"]["measures"][0];
        assert_eq!(measure["responsible"]["member"], json!(urn));
        assert_eq!(measure["id"], json!(id_from_format_1("m1")));
        // Text stays as it was written, even where it looks like an id.
        assert_eq!(
            written["individualPlan"]["myStory"],
            "id member 3f6c1e2a-8b4d-4c7e-9a1f-000000000066"
        );
        assert_eq!(written["crisisPlan"]["contacts"][0]["who"]["typed"], member);
        // Reading the result again changes nothing.
        assert_eq!(Plan::from_json_value(written.clone()).expect("reads"), plan);
    }

    #[test]
    fn newer_version_error_names_both_versions() {
        let error = Plan::from_json_value(json!({"formatVersion": 7})).expect_err("newer");
        assert_eq!(
            error,
            PlanError::NewerVersion {
                found: 7,
                supported: FORMAT_VERSION
            }
        );
        assert!(error.to_string().contains("newer version"));
    }
}

#[cfg(test)]
mod format_4_tests {
    use super::*;
    use serde_json::json;

    fn plan_with(version: u64, crisis: Value) -> Value {
        json!({
            "formatVersion": version,
            "planId": "urn:uuid:9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b3c",
            "planVersion": 1,
            "crisisPlan": crisis
        })
    }

    #[test]
    fn the_safety_steps_are_read_in_format_4() {
        let crisis = json!({
            "reasonsForLiving": [{"id": "urn:uuid:9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b30", "reason": "Datteren min"}],
            "saferSurroundings": [{"id": "urn:uuid:9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b31", "stage": "gettingWorse", "action": "Kari tar vare på medisinene"}],
            "helpMessage": {"text": "Jeg har det ikke bra. Kan du ringe meg?", "recipients": [{"id": "urn:uuid:9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b32", "phone": "915 00 002"}]}
        });
        let plan = Plan::from_json_value(plan_with(4, crisis.clone())).expect("reads");
        assert_eq!(plan.crisis_plan.reasons_for_living.len(), 1);
        assert_eq!(plan.crisis_plan.help_message.recipients.len(), 1);
        assert_eq!(plan.to_json_value()["crisisPlan"], crisis);
    }

    #[test]
    fn a_format_3_document_cannot_hold_them() {
        for member in SAFETY_STEP_MEMBERS {
            let crisis = json!({ member: [] });
            let error = Plan::from_json_value(plan_with(3, crisis)).expect_err("refused");
            assert_eq!(
                error.message_id(),
                "plan-error-migration-failed",
                "{member}"
            );
            assert!(error.to_string().contains(member), "{error}");
        }
        // Without them a format-3 plan reads as before, and becomes format 4.
        let plan =
            Plan::from_json_value(plan_with(3, json!({"triggers": "Stress"}))).expect("reads");
        assert_eq!(plan.format_version, 4);
        assert_eq!(plan.crisis_plan.triggers.as_str(), "Stress");
    }
}
