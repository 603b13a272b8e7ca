//! The plan document layer end to end: export → verify round trips for each recipient preset and
//! for the fixture's own sharing consents, the "only the chosen sections" rule checked by
//! searching the signed JSON for text from every section, warnings, and tampering.

use ownplan_core::document::{
    DocumentError, ExportRequest, KeyPin, Recipient, RecipientPreset, SharingConsentStatement,
    VerifiedPlanDocument, WarningKind, export_for_recipient, normalized_sections,
    plan_for_sections, verify_plan_document,
};
use ownplan_core::plan::{Date, Plan, ProblemKind, Role, Section, Text};
use ownplan_core::proof::SigningKey;
use serde_json::Value;

const FULL: &str = include_str!("fixtures/plan-v1-full.json");
const MINIMAL: &str = include_str!("fixtures/plan-v1-minimal.json");
const VALID_FROM: &str = "2026-11-22T10:00:00Z";

fn full_plan() -> Plan {
    Plan::from_json_value(serde_json::from_str(FULL).expect("fixture is JSON")).expect("loads")
}

fn key() -> SigningKey {
    SigningKey::from_seed(&[0x42; 32])
}

fn today() -> Date {
    Date::parse("2026-11-22").expect("date")
}

fn request(plan: &Plan, sections: Vec<Section>) -> ExportRequest<'_> {
    ExportRequest {
        plan,
        recipients: vec![Recipient {
            name: Text::new("Mottaker"),
            role: None,
            organisation: Text::empty(),
        }],
        sections,
        sharing_consent: SharingConsentStatement {
            statement: Text::new("Jeg samtykker."),
            given_on: Some(Date::parse("2026-09-14").expect("date")),
            valid_until: Some(Date::parse("2027-09-13").expect("date")),
            conditions: Text::new("Kun til eget bruk"),
        },
        credential_id: [9; 16],
        valid_from: VALID_FROM.to_owned(),
    }
}

fn export(request: &ExportRequest<'_>) -> Vec<u8> {
    let signed = export_for_recipient(request, &key()).unwrap_or_else(|e| panic!("{e}"));
    serde_json::to_vec_pretty(&signed).expect("serializes")
}

fn verify(bytes: &[u8]) -> Result<VerifiedPlanDocument, DocumentError> {
    verify_plan_document(bytes, &today(), None)
}

/// Text that appears exactly once in the full fixture, in the named section's parts only.
const MARKERS: &[(Section, &str)] = &[
    (Section::AboutMe, "mistet jobben"),
    (Section::AboutMe, "og katten Mons"),
    (Section::Goals, "egen leilighet med fast kontrakt"),
    (Section::ResourcesAndNeeds, "Søsteren min Linn stiller opp"),
    (Section::ResourcesAndNeeds, "oversikt over gjeld"),
    (Section::Contributions, "gå tur hver dag"),
    (Section::Measures, "Arbeidstrening (AFT)"),
    (Section::Measures, "samarbeider om medisiner"),
    (Section::Agreements, "Skaffe legeerklæring"),
    (Section::Appointments, "Sovemedisinen gjør meg kvalm"),
    (Section::PlanPeriod, "2027-03-01"),
    (Section::RevisionLog, "Gått gjennom på ansvarsgruppemøtet"),
    (Section::Network, "Har nøkkel til leiligheten"),
    (Section::CrisisSigns, "hører stemmer"),
    (Section::CrisisSigns, "Brev fra namsmannen"),
    (Section::HowToMeetMe, "redd av uniform"),
    (Section::CrisisContacts, "Tidligere samboer"),
    (Section::CrisisContacts, "Mental Helse Hjelpetelefonen"),
    (Section::Admission, "maks 3 ganger per halvår"),
    (Section::TreatmentWishes, "Haldol"),
    (Section::PracticalMatters, "Ekstranøkkel hos naboen"),
    (Section::AfterCrisis, "spiser frokost"),
];

/// Exports `sections`, verifies, and checks the document holds exactly the chosen sections.
fn check_round_trip(sections: Vec<Section>) -> VerifiedPlanDocument {
    let plan = full_plan();
    let bytes = export(&request(&plan, sections.clone()));
    let text = String::from_utf8(bytes.clone()).expect("UTF-8");
    for (section, marker) in MARKERS {
        assert_eq!(
            text.contains(marker),
            sections.contains(section),
            "{marker:?} ({section:?}) with sections {sections:?}"
        );
    }
    // Other recipients' consents never travel.
    assert!(!text.contains("Ikke kriseplanen"));
    assert!(!text.contains("\"consent\""));
    let verified = verify(&bytes).unwrap_or_else(|e| panic!("{sections:?}: {e}"));
    assert_eq!(verified.sections(), normalized_sections(&sections));
    assert_eq!(verified.plan(), &plan_for_sections(&plan, &sections));
    assert_eq!(verified.signer(), &key().did_key());
    assert_eq!(verified.valid_from(), VALID_FROM);
    assert_eq!(verified.valid_until(), Some("2027-09-13T23:59:59Z"));
    assert_eq!(
        verified.credential_id(),
        "urn:uuid:09090909-0909-4909-8909-090909090909"
    );
    assert_eq!(verified.recipients()[0].name.as_str(), "Mottaker");
    assert_eq!(
        verified.info().generator,
        format!("ownplan {}", ownplan_core::CRATE_VERSION)
    );
    verified
}

#[test]
fn every_preset_round_trips_with_only_its_sections() {
    for preset in RecipientPreset::ALL {
        check_round_trip(preset.sections());
    }
}

#[test]
fn every_single_section_round_trips_alone() {
    for section in Section::ALL {
        check_round_trip(vec![section]);
    }
}

#[test]
fn police_get_how_to_meet_me_and_the_contacts_with_the_people_they_name() {
    let verified = check_round_trip(RecipientPreset::Police.sections());
    let plan = verified.plan();
    assert!(!plan.crisis_plan.how_to_meet_me.police.is_empty());
    assert_eq!(plan.crisis_plan.contacts.len(), 3);
    // Linn and Per are named by the contacts; the typed acute team is not a member.
    let names: Vec<&str> = plan.network.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Per Olsen", "Linn Haugen"]);
    assert!(
        plan.network
            .iter()
            .all(|m| m.notes.is_empty() && !m.next_of_kin)
    );
    assert!(plan.individual_plan == Default::default());
}

#[test]
fn the_plans_own_sharing_consents_export_and_verify() {
    let plan = full_plan();
    // By the GP's member id, by NAV's member id, and by the crisis team's consent id.
    let cases = [
        (
            "3f6c1e2a-8b4d-4c7e-9a1f-000000000065",
            "Dr. Ingrid Solberg",
            Some(Role::Gp),
            "",
        ),
        (
            "3f6c1e2a-8b4d-4c7e-9a1f-000000000068",
            "Aisha Rahman",
            Some(Role::Nav),
            "Ikke kriseplanen",
        ),
        (
            "3f6c1e2a-8b4d-4c7e-9a1f-00000000007b",
            "Akutteamet, Lovisenberg DPS",
            None,
            "",
        ),
    ];
    for (id, name, role, conditions) in cases {
        let request = ExportRequest::for_sharing_consent(&plan, id, [1; 16], VALID_FROM)
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        let verified = verify(&export(&request)).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(verified.recipients().len(), 1);
        assert_eq!(verified.recipients()[0].name.as_str(), name);
        assert_eq!(verified.recipients()[0].role, role);
        assert_eq!(verified.sharing_consent().conditions.as_str(), conditions);
        assert!(
            verified
                .sharing_consent()
                .statement
                .as_str()
                .starts_with("Jeg samtykker")
        );
        assert_eq!(verified.valid_until(), Some("2027-09-13T23:59:59Z"));
    }
}

#[test]
fn the_minimal_fixture_exports_too() {
    let plan = Plan::from_json_value(serde_json::from_str(MINIMAL).expect("JSON")).expect("loads");
    let verified = verify(&export(&request(&plan, vec![Section::Goals]))).expect("verifies");
    assert_eq!(verified.plan().plan_id, plan.plan_id);
}

#[test]
fn exporting_is_deterministic() {
    let plan = full_plan();
    let request = request(&plan, RecipientPreset::Gp.sections());
    assert_eq!(export(&request), export(&request));
}

#[test]
fn warnings_for_passed_dates_do_not_refuse_the_document() {
    let plan = full_plan();
    let bytes = export(&request(&plan, RecipientPreset::Gp.sections()));
    let now = verify(&bytes).expect("verifies");
    assert!(
        !now.warnings()
            .iter()
            .any(|w| matches!(w.kind, WarningKind::ValidUntilPassed))
    );
    let later = Date::parse("2027-12-01").expect("date");
    let verified = verify_plan_document(&bytes, &later, None).expect("still verifies");
    let found: Vec<(&str, &str)> = verified
        .warnings()
        .iter()
        .map(|w| (w.path.as_str(), w.message_id()))
        .filter(|(_, id)| *id != "problem-phone-unusual")
        .collect();
    for expected in [
        (
            "$.credentialSubject.individualPlan.period.reviewDate",
            "problem-review-date-passed",
        ),
        (
            "$.credentialSubject.crisisPlan.admission.validUntil",
            "problem-admission-expired",
        ),
        (
            "$.credentialSubject.sharingConsent.validUntil",
            "problem-consent-expired",
        ),
        ("$.validUntil", "warning-valid-until-passed"),
    ] {
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
    assert!(
        verified
            .warnings()
            .iter()
            .any(|w| w.kind == WarningKind::Plan(ProblemKind::ReviewDatePassed))
    );
}

#[test]
fn pinned_key_by_did_or_fingerprint_matches() {
    let plan = full_plan();
    let bytes = export(&request(&plan, vec![Section::Goals]));
    let did = key().did_key();
    for pin in [
        did.did(),
        did.verification_method(),
        did.fingerprint().to_string(),
    ] {
        let pin = KeyPin::parse(&pin).expect("pin");
        assert!(verify_plan_document(&bytes, &today(), Some(&pin)).is_ok());
    }
}

#[test]
fn any_changed_character_of_the_signed_text_is_refused() {
    let plan = full_plan();
    let bytes = export(&request(&plan, RecipientPreset::NextOfKin.sections()));
    let text = String::from_utf8(bytes).expect("UTF-8");
    for (from, to) in [
        ("Ekstranøkkel hos naboen", "Ekstranøkkel hos naboer"),
        ("\"planVersion\": 3", "\"planVersion\": 4"),
        ("Mottaker", "Mottakar"),
        ("2027-09-13T23:59:59Z", "2028-09-13T23:59:59Z"),
    ] {
        assert!(text.contains(from), "{from}");
        let tampered = text.replacen(from, to, 1);
        let error = verify(tampered.as_bytes()).expect_err(from);
        assert_eq!(error.message_id(), "error-bad-signature", "{from}");
    }
}

#[test]
fn reindenting_the_document_still_verifies() {
    let plan = full_plan();
    let bytes = export(&request(&plan, RecipientPreset::CrisisTeam.sections()));
    let value: Value = serde_json::from_slice(&bytes).expect("JSON");
    let compact = serde_json::to_vec(&value).expect("serializes");
    assert!(verify(&compact).is_ok());
}
