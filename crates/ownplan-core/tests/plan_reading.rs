//! Reading plans from JSON: strict within the format version, exact bytes kept, clear errors
//! with JSON paths.

use ownplan_core::plan::{FORMAT_VERSION, Plan, PlanError, PlanId, Text};
use serde_json::{Value, json};

fn minimal(extra: Value) -> Value {
    let mut plan = json!({"formatVersion": 1, "planId": "p-1", "planVersion": 1});
    if let (Some(plan), Value::Object(extra)) = (plan.as_object_mut(), extra) {
        plan.extend(extra);
    }
    plan
}

fn check(input: Value, expected: Result<(), (&str, Option<&str>)>) {
    let result = Plan::from_json_value(input.clone())
        .map(|_| ())
        .map_err(|error| (error.message_id(), error.path().map(str::to_owned)));
    let expected = expected.map_err(|(id, path)| (id, path.map(str::to_owned)));
    assert_eq!(result, expected, "{input}");
}

#[test]
fn content_errors_name_the_path() {
    check(minimal(json!({})), Ok(()));
    check(
        minimal(
            json!({"crisisPlan": {"contacts": [{"id": "c1"}, {"id": "c2", "phone": 12345678}]}}),
        ),
        Err((
            "plan-error-invalid-content",
            Some("crisisPlan.contacts[1].phone"),
        )),
    );
    check(
        minimal(json!({"individualPlan": {"period": {"reviewDte": "2027-01-01"}}})),
        Err((
            "plan-error-invalid-content",
            Some("individualPlan.period.reviewDte"),
        )),
    );
    check(
        minimal(json!({"injected": "<script>"})),
        Err(("plan-error-invalid-content", Some("injected"))),
    );
    check(
        minimal(json!({"individualPlan": {"goals": [{"text": "no id"}]}})),
        Err((
            "plan-error-invalid-content",
            Some("individualPlan.goals[0]"),
        )),
    );
    check(
        minimal(json!({"crisisPlan": {"admission": {"maxNights": 2.5}}})),
        Err((
            "plan-error-invalid-content",
            Some("crisisPlan.admission.maxNights"),
        )),
    );
    check(
        minimal(json!({"crisisPlan": {"admission": {"maxNights": -1}}})),
        Err((
            "plan-error-invalid-content",
            Some("crisisPlan.admission.maxNights"),
        )),
    );
    check(
        minimal(json!({"network": [{"id": "n1", "role": "doctor"}]})),
        Err(("plan-error-invalid-content", Some("network[0].role"))),
    );
    check(
        json!({"formatVersion": 1, "planVersion": 1}),
        Err(("plan-error-invalid-content", Some(""))),
    );
}

#[test]
fn a_newer_plan_is_refused_not_guessed() {
    let error = Plan::from_json_value(json!({"formatVersion": FORMAT_VERSION + 1, "planId": "p"}))
        .expect_err("newer");
    assert!(matches!(error, PlanError::NewerVersion { .. }));
    assert_eq!(error.message_id(), "plan-error-newer-version");
}

#[test]
fn reading_keeps_exact_bytes_and_typing_normalizes() {
    let decomposed = "Gru\u{308}nerløkka";
    let plan =
        Plan::from_json_value(minimal(json!({"owner": {"name": decomposed}}))).expect("loads");
    assert_eq!(plan.owner.name.as_str(), decomposed);
    assert_eq!(plan.to_json_value()["owner"]["name"], decomposed);
    assert_eq!(Text::new(decomposed).as_str(), "Grünerløkka");
}

#[test]
fn null_optional_values_read_as_absent() {
    let plan = Plan::from_json_value(minimal(
        json!({"individualPlan": {"period": {"reviewDate": null}}}),
    ))
    .expect("loads");
    assert_eq!(plan.individual_plan.period.review_date, None);
}

#[test]
fn a_new_plan_round_trips() {
    let plan = Plan::new(PlanId::from_random_bytes([9; 16]), "nn");
    let json = plan.to_json_value();
    assert_eq!(
        json,
        json!({
            "formatVersion": 4,
            "planId": "urn:uuid:09090909-0909-4909-8909-090909090909",
            "planVersion": 1,
            "meta": {"language": "nn"}
        })
    );
    assert_eq!(Plan::from_json_value(json).expect("loads"), plan);
}
