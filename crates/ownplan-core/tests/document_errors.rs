//! One test per [`DocumentError`] kind: each refused document is made by changing a good
//! credential *before* signing (so layer 1 passes and layer 2 must catch it), then verified.

use ownplan_core::document::{
    DocumentError, ExportRequest, KeyPin, Recipient, SharingConsentStatement, build_credential,
    export_for_recipient, verify_plan_document,
};
use ownplan_core::plan::{Date, Plan, ProblemKind, Section};
use ownplan_core::proof::{ProofError, SigningKey, sign};
use serde_json::{Value, json};

const FULL: &str = include_str!("fixtures/plan-v1-full.json");
const VALID_FROM: &str = "2026-11-22T10:00:00Z";

fn plan() -> Plan {
    Plan::from_json_value(serde_json::from_str(FULL).expect("JSON")).expect("loads")
}

fn key() -> SigningKey {
    SigningKey::from_seed(&[0x42; 32])
}

fn request(plan: &Plan, sections: Vec<Section>) -> ExportRequest<'_> {
    ExportRequest {
        plan,
        recipients: vec![Recipient::default()],
        sections,
        sharing_consent: SharingConsentStatement::default(),
        credential_id: [3; 16],
        valid_from: VALID_FROM.to_owned(),
    }
}

/// The unsigned NAV credential, changed by `mutate`, signed, then verified.
fn check(mutate: impl FnOnce(&mut Value), expected_id: &str) -> DocumentError {
    let plan = plan();
    let nav = vec![Section::Goals, Section::Measures, Section::PlanPeriod];
    let mut credential =
        build_credential(&request(&plan, nav), &key().did_key().did()).expect("builds");
    mutate(&mut credential);
    let signed = sign(credential, &key(), VALID_FROM).expect("signs");
    let bytes = serde_json::to_vec(&signed).expect("serializes");
    let today = Date::parse("2026-11-22").expect("date");
    let error = verify_plan_document(&bytes, &today, None).expect_err(expected_id);
    assert_eq!(error.message_id(), expected_id, "{error}");
    error
}

fn subject(credential: &mut Value) -> &mut Value {
    &mut credential["credentialSubject"]
}

#[test]
fn proof_errors_come_through_with_their_ids() {
    let today = Date::parse("2026-11-22").expect("date");
    let refuse = |bytes: &[u8], id: &str| {
        let error = verify_plan_document(bytes, &today, None).expect_err(id);
        assert_eq!(error.message_id(), id, "{error}");
        assert!(matches!(error, DocumentError::Proof(_)));
    };
    refuse(b"not json", "error-not-json");
    refuse(b"{\"a\":1,\"a\":2}", "error-duplicate-key");
    refuse(b"{\"a\":1}", "error-no-proof");
    refuse(b"{\"a\":1.5}", "error-number-not-integer");
}

#[test]
fn tampered_document_is_refused() {
    let plan = plan();
    let mut signed =
        export_for_recipient(&request(&plan, vec![Section::Goals]), &key()).expect("exports");
    signed["credentialSubject"]["individualPlan"]["goals"][0]["text"] = json!("Noe annet");
    let bytes = serde_json::to_vec(&signed).expect("serializes");
    let today = Date::parse("2026-11-22").expect("date");
    assert_eq!(
        verify_plan_document(&bytes, &today, None),
        Err(DocumentError::Proof(ProofError::BadSignature))
    );
}

#[test]
fn unknown_format() {
    check(
        |c| {
            subject(c)
                .as_object_mut()
                .map(|s| s.remove("formatVersion"));
        },
        "plan-error-unknown-format",
    );
}

#[test]
fn made_by_a_newer_version() {
    let error = check(
        |c| subject(c)["formatVersion"] = json!(ownplan_core::plan::FORMAT_VERSION + 1),
        "plan-error-newer-version",
    );
    assert!(error.to_string().contains("newer version"));
}

#[test]
fn invalid_content_has_a_path_in_the_document() {
    let error = check(
        |c| subject(c)["individualPlan"]["goals"][1]["status"] = json!("done-ish"),
        "plan-error-invalid-content",
    );
    assert_eq!(
        error.path().as_deref(),
        Some("$.credentialSubject.individualPlan.goals[1].status")
    );
    let error = check(
        |c| subject(c)["individualPlan"]["goals"][0]["colour"] = json!("red"),
        "plan-error-invalid-content",
    );
    assert!(
        error
            .path()
            .is_some_and(|p| p.starts_with("$.credentialSubject.individualPlan.goals[0]")),
        "{error:?}"
    );
    let error = check(
        |c| {
            subject(c).as_object_mut().map(|s| s.remove("sections"));
        },
        "plan-error-invalid-content",
    );
    assert!(error.to_string().contains("sections"), "{error}");
    check(
        |c| subject(c)["sections"] = json!([]),
        "plan-error-invalid-content",
    );
    check(
        |c| subject(c)["sections"] = json!(["planPeriod", "goals", "measures"]),
        "plan-error-invalid-content",
    );
    check(
        |c| subject(c)["recipients"] = json!([{"name": "x", "secret": true}]),
        "plan-error-invalid-content",
    );
}

type Mutation = fn(&mut Value);

#[test]
fn not_a_credential() {
    let cases: [(Mutation, &str); 8] = [
        (
            |c| c["@context"] = json!(["https://example.org/other"]),
            "$[\"@context\"]",
        ),
        (
            |c| c["@context"] = json!(["https://www.w3.org/ns/credentials/v2", "https://x"]),
            "$[\"@context\"]",
        ),
        (|c| c["type"] = json!("VerifiableCredential"), "$.type"),
        (|c| c["type"] = json!(["OwnplanPlanCredential"]), "$.type"),
        (|c| c["id"] = json!("plan-1"), "$.id"),
        (|c| c["validFrom"] = json!("yesterday"), "$.validFrom"),
        (|c| c["validUntil"] = json!("2027-09-13"), "$.validUntil"),
        (|c| c["name"] = json!("Extra member"), "$.name"),
    ];
    for (mutate, path) in cases {
        let error = check(mutate, "document-error-not-a-credential");
        assert_eq!(error.path().as_deref(), Some(path), "{error}");
    }
    check(
        |c| c["credentialSubject"] = json!("a plan"),
        "document-error-not-a-credential",
    );
    check(
        |c| c["issuer"] = json!({"id": "x"}),
        "document-error-not-a-credential",
    );
}

#[test]
fn wrong_type() {
    let error = check(
        |c| c["type"] = json!(["VerifiableCredential", "AlumniCredential"]),
        "document-error-wrong-type",
    );
    assert!(error.to_string().contains("AlumniCredential"));
}

#[test]
fn issuer_mismatch() {
    let other = SigningKey::from_seed(&[1; 32]).did_key().did();
    check(
        move |c| c["issuer"] = json!(other),
        "document-error-issuer-mismatch",
    );
}

#[test]
fn signer_mismatch() {
    let plan = plan();
    let signed =
        export_for_recipient(&request(&plan, vec![Section::Goals]), &key()).expect("exports");
    let bytes = serde_json::to_vec(&signed).expect("serializes");
    let today = Date::parse("2026-11-22").expect("date");
    let other = SigningKey::from_seed(&[1; 32]).did_key();
    for pin in [other.did(), other.fingerprint().to_string()] {
        let pin = KeyPin::parse(&pin).expect("pin");
        let error = verify_plan_document(&bytes, &today, Some(&pin)).expect_err("mismatch");
        assert_eq!(error.message_id(), "document-error-signer-mismatch");
        assert!(
            error
                .to_string()
                .contains(&key().did_key().fingerprint().to_string())
        );
    }
}

#[test]
fn malformed_key_pins_are_proof_errors() {
    assert_eq!(
        KeyPin::parse("ABCD-EFGH").map_err(|e| e.message_id()),
        Err("error-malformed-fingerprint")
    );
    assert_eq!(
        KeyPin::parse("did:web:example.org").map_err(|e| e.message_id()),
        Err("error-unsupported-did-method")
    );
}

#[test]
fn undeclared_content() {
    let error = check(
        |c| subject(c)["crisisPlan"] = json!({"triggers": "Brev fra namsmannen"}),
        "document-error-undeclared-content",
    );
    assert_eq!(
        error.path().as_deref(),
        Some("$.credentialSubject.crisisPlan")
    );
    let error = check(
        |c| {
            subject(c)["network"][0]["notes"] = json!("Hemmelig");
        },
        "document-error-undeclared-content",
    );
    assert_eq!(
        error.path().as_deref(),
        Some("$.credentialSubject.network[0].notes")
    );
    check(
        |c| subject(c)["consent"] = json!({"toPlan": {"given": true}}),
        "document-error-undeclared-content",
    );
    check(
        |c| {
            subject(c)["network"]
                .as_array_mut()
                .map(|n| n.push(json!({"id": "x1", "name": "Ukjent"})))
                .unwrap_or_default()
        },
        "document-error-undeclared-content",
    );
}

#[test]
fn content_errors_list_every_error_with_its_path() {
    let error = check(
        |c| {
            subject(c)["individualPlan"]["goals"][0]["targetDate"] = json!("2027-02-30");
            subject(c)["individualPlan"]["period"]["to"] = json!("2020-01-01");
        },
        "document-error-content-errors",
    );
    let DocumentError::ContentErrors { problems } = error else {
        panic!("content errors");
    };
    let found: Vec<(&str, ProblemKind)> =
        problems.iter().map(|p| (p.path.as_str(), p.kind)).collect();
    assert!(found.contains(&(
        "$.credentialSubject.individualPlan.goals[0].targetDate",
        ProblemKind::DateInvalid
    )));
    assert!(found.contains(&(
        "$.credentialSubject.individualPlan.period.to",
        ProblemKind::DateRangeReversed
    )));
    assert!(problems.iter().all(|p| p.is_error()));
}

#[test]
fn export_refuses_content_with_errors() {
    let mut plan = plan();
    plan.individual_plan
        .goals
        .update(&plan.individual_plan.goals[0].id.clone(), |goal| {
            goal.target_date =
                Some(serde_json::from_value(json!("2027-02-30")).expect("any string"))
        });
    let error =
        export_for_recipient(&request(&plan, vec![Section::Goals]), &key()).expect_err("refused");
    assert_eq!(error.message_id(), "document-error-content-errors");
    // The bad date is not in a chosen section: the export goes ahead.
    assert!(export_for_recipient(&request(&plan, vec![Section::Measures]), &key()).is_ok());
}

#[test]
fn no_sections() {
    let plan = plan();
    assert_eq!(
        export_for_recipient(&request(&plan, vec![]), &key()),
        Err(DocumentError::NoSections)
    );
}

#[test]
fn unknown_recipient() {
    let plan = plan();
    let error = ExportRequest::for_sharing_consent(&plan, "nobody", [0; 16], VALID_FROM)
        .expect_err("unknown");
    assert_eq!(error.message_id(), "document-error-unknown-recipient");
}

#[test]
fn export_refuses_a_bad_valid_from() {
    let plan = plan();
    let mut request = request(&plan, vec![Section::Goals]);
    request.valid_from = "2026-11-22".to_owned();
    assert_eq!(
        export_for_recipient(&request, &key()).map_err(|e| e.message_id()),
        Err("error-malformed-created")
    );
}
