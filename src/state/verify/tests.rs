//! The verify flow's transitions, each failure path included, driven through
//! [`VerifyState::apply`] with the signed examples and a document signed by another key.

#![cfg(test)]

use super::*;
use ownplan_core::document::{ExportRequest, SharingConsentStatement, export_for_recipient};
use ownplan_core::plan::{PlanId, Text};
use ownplan_core::proof::SigningKey;

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

const NAV: &[u8] = include_bytes!("../../../examples/export-nav.json");

/// The NAV example's plan, signed anew by a key it was never signed with.
fn signed_by_another_key() -> Vec<u8> {
    let verified = check_document(NAV, &today()).unwrap();
    signed_plan_by_another_key(verified.plan())
}

/// What a forger would make: the NAV example's plan (the same person) under a fresh plan id,
/// signed by a key it was never signed with.
fn same_person_under_a_fresh_plan_id() -> Vec<u8> {
    let verified = check_document(NAV, &today()).unwrap();
    let mut plan = verified.plan().clone();
    plan.plan_id = PlanId::from_random_bytes([5; 16]);
    plan.owner.name = Text::from_nfc(format!("  {} ", plan.owner.name.as_str().to_uppercase()));
    signed_plan_by_another_key(&plan)
}

fn signed_plan_by_another_key(plan: &ownplan_core::plan::Plan) -> Vec<u8> {
    let verified = check_document(NAV, &today()).unwrap();
    let request = ExportRequest {
        plan,
        recipients: verified.recipients().to_vec(),
        sections: verified.sections().to_vec(),
        sharing_consent: SharingConsentStatement {
            statement: Text::from_nfc("I agree.".to_owned()),
            given_on: Some(today()),
            valid_until: None,
            conditions: Text::empty(),
        },
        credential_id: [9; 16],
        valid_from: "2026-11-22T10:00:00Z".to_owned(),
    };
    let document = export_for_recipient(&request, &SigningKey::from_seed(&[9; 32])).unwrap();
    serde_json::to_vec(&document).unwrap()
}

fn check_file(bytes: &[u8], remembered: Remembered) -> VerifyAction {
    check_named("plan.json", bytes, remembered)
}

/// The action the verify hook makes of a chosen file: a PDF copy goes to the PDF module first,
/// which answers with its embedded document or the reader's refusal (as
/// `services::pdf_worker` does, with the same reader).
fn check_named(file_name: &str, bytes: &[u8], remembered: Remembered) -> VerifyAction {
    if reads_as_pdf_copy(file_name, bytes) {
        return VerifyAction::CheckPdfCopy {
            file_name: file_name.to_owned(),
            embedded: ownplan_pdf::extract_embedded_document(bytes)
                .map_err(|error| error.message_id()),
            today: Some(today()),
            remembered,
        };
    }
    VerifyAction::CheckFile {
        file_name: file_name.to_owned(),
        bytes: bytes.to_vec(),
        today: Some(today()),
        remembered,
    }
}

/// A state that has shown the NAV example once, and the professional confirmed its key:
/// remembered in `list`.
fn verified_nav() -> (VerifyState, SeenKeys) {
    let mut state = VerifyState::default();
    assert_eq!(state.apply(check_file(NAV, Ok(SeenKeys::default()))), None);
    let list = state
        .apply(VerifyAction::AcceptNewKey {
            today: Some(today()),
            remembered: Ok(SeenKeys::default()),
        })
        .unwrap();
    state.apply(VerifyAction::Stored(Ok(())));
    (state, list)
}

/// The NAV example's plan and key, remembered (confirmed) on `day` with `highest_version`.
fn nav_remembered(day: &str, highest_version: u32) -> SeenKeys {
    let mut sighting = sighting_of(&check_document(NAV, &today()).unwrap());
    sighting.plan_version = highest_version;
    let mut list = SeenKeys::default();
    list.accept_new_key(&sighting, &Date::parse(day).unwrap());
    list
}

fn verification(state: &VerifyState) -> &Verification {
    match &state.step {
        VerifyStep::Verified(verification) => verification,
        other => panic!("not verified: {other:?}"),
    }
}

fn refused(message_id: &'static str) -> VerifyStep {
    VerifyStep::Refused(Refusal::new(message_id))
}

#[test]
fn a_backup_file_is_told_apart_from_a_bad_document() {
    let backup = br#"{"ownplanBackup":1,"createdAt":null,"plan":{}}"#;
    assert!(matches!(
        check_document(backup, &today()),
        Err(VerifyStep::Backup(text)) if text.as_bytes() == backup
    ));
    assert_eq!(
        check_document(b"{\"hello\":1}", &today()),
        Err(VerifyStep::Refused(Refusal::new("error-no-proof")))
    );
    assert_eq!(
        check_document(b"not json", &today()),
        Err(VerifyStep::Refused(Refusal {
            message_id: "error-not-json",
            path: None,
            source: None,
        }))
    );
}

#[test]
fn the_signed_examples_verify() {
    let example = include_bytes!("../../../examples/export-nav.json");
    let document = check_document(example, &today()).expect("valid");
    assert_eq!(document.fingerprint().to_string(), "8WF8-1TEW-SH58-93RY");
}

#[test]
fn the_remembered_list_is_read_when_the_view_opens() {
    let mut state = VerifyState::default();
    assert_eq!(state.seen, SeenList::Loading);
    assert_eq!(
        state.apply(VerifyAction::SeenRead(Ok(SeenKeys::default()))),
        None
    );
    assert_eq!(state.seen, SeenList::Ready(SeenKeys::default()));
    state.apply(VerifyAction::SeenRead(Err("storage-error-unreadable")));
    assert_eq!(state.seen, SeenList::Unreadable("storage-error-unreadable"));
    assert_eq!(state.seen_error, None, "reading is not a change");
    assert_eq!(state.results_shown, 0);
}

#[test]
fn a_bad_paste_is_refused_and_nothing_is_remembered() {
    let (mut state, list) = verified_nav();
    let remembered = SeenList::Ready(list.clone());
    // Pasted text that was checked is named as such; empty text was not checked at all.
    let pasted = Some(CheckedSource::pasted());
    for (text, message_id, source) in [
        ("  \n", "verify-error-no-text", None),
        ("not json", "error-not-json", pasted.clone()),
        ("{\"hello\":1}", "error-no-proof", pasted),
    ] {
        let shown = state.results_shown;
        let to_store = state.apply(VerifyAction::CheckText {
            text: text.into(),
            today: Some(today()),
            remembered: Ok(list.clone()),
        });
        assert_eq!(to_store, None, "{text:?}: nothing to store");
        assert_eq!(
            state.step,
            VerifyStep::Refused(Refusal {
                source,
                ..Refusal::new(message_id)
            }),
            "{text:?}"
        );
        assert_eq!(
            state.results_shown,
            shown + 1,
            "a new result to move focus to"
        );
        assert_eq!(state.seen, remembered, "{text:?}: the list is as it was");
    }
}

#[test]
fn a_pasted_document_is_checked_like_a_file() {
    let mut state = VerifyState::default();
    let text = String::from_utf8(NAV.to_vec()).unwrap();
    let to_store = state.apply(VerifyAction::CheckText {
        text,
        today: Some(today()),
        remembered: Ok(nav_remembered("2026-11-01", 3)),
    });
    assert!(to_store.is_some(), "the day it was last seen, to store");
    assert_eq!(
        verification(&state).document.fingerprint().to_string(),
        "8WF8-1TEW-SH58-93RY"
    );
}

#[test]
fn a_file_that_cannot_be_read_is_refused() {
    let mut state = VerifyState::default();
    assert_eq!(state.apply(VerifyAction::Reading), None);
    assert_eq!(state.step, VerifyStep::Reading);
    assert_eq!(state.results_shown, 0, "reading is not a result");
    for (problem, message_id) in [
        (FileProblem::NoFile, "verify-error-no-file"),
        (FileProblem::TooLarge, "error-too-large"),
        (FileProblem::Unreadable, "verify-error-unreadable-file"),
    ] {
        assert_eq!(state.apply(VerifyAction::FileFailed(problem)), None);
        assert_eq!(state.step, refused(message_id));
    }
    assert_eq!(state.results_shown, 3);
    assert_eq!(state.seen, SeenList::Loading, "the list is not touched");
}

#[test]
fn a_bad_file_is_refused_with_the_place_in_the_document() {
    let mut state = VerifyState::default();
    let mut tampered: serde_json::Value = serde_json::from_slice(NAV).unwrap();
    tampered["credentialSubject"]["planVersion"] = serde_json::json!(4);
    let bytes = serde_json::to_vec(&tampered).unwrap();
    let to_store = state.apply(check_file(&bytes, Ok(SeenKeys::default())));
    assert_eq!(to_store, None);
    assert!(
        matches!(&state.step, VerifyStep::Refused(refusal) if refusal.message_id.starts_with("error-")),
        "{:?}",
        state.step
    );
    assert_eq!(state.seen, SeenList::Loading);
}

#[test]
fn a_backup_file_offers_to_restore() {
    let mut state = VerifyState::default();
    let backup = br#"{"ownplanBackup":1,"createdAt":null,"plan":{}}"#;
    assert_eq!(
        state.apply(check_file(backup, Ok(SeenKeys::default()))),
        None
    );
    assert!(matches!(&state.step, VerifyStep::Backup(text) if text.as_bytes() == backup));
    assert_eq!(state.results_shown, 1);
}

#[test]
fn without_todays_date_nothing_is_checked() {
    let mut state = VerifyState::default();
    let to_store = state.apply(VerifyAction::CheckFile {
        file_name: "plan.json".to_owned(),
        bytes: NAV.to_vec(),
        today: None,
        remembered: Ok(SeenKeys::default()),
    });
    assert_eq!(to_store, None);
    assert_eq!(
        state.step,
        VerifyStep::Refused(Refusal {
            source: Some(CheckedSource::file("plan.json", NAV)),
            ..Refusal::new("verify-error-no-date")
        })
    );
}

#[test]
fn a_valid_file_is_verified_and_its_key_remembered_only_when_confirmed() {
    let mut state = VerifyState::default();
    state.apply(VerifyAction::ForgetAll);
    state.apply(VerifyAction::Stored(Err("error-storage-write-failed")));
    assert_eq!(state.seen_error, Some("error-storage-write-failed"));
    assert_eq!(
        state.apply(check_file(NAV, Ok(SeenKeys::default()))),
        None,
        "a first sighting is not remembered by checking"
    );
    assert_eq!(state.seen, SeenList::Ready(SeenKeys::default()));
    assert_eq!(
        state.seen_error, None,
        "a new result clears the last change's error"
    );
    assert_eq!(state.results_shown, 1);
    let shown = verification(&state);
    assert!(matches!(
        &shown.seen,
        SeenOutcome::Assessed { assessment, save_error: None, accepted: false }
            if assessment.key == KeyVerdict::FirstTime
    ));
    assert_eq!(shown.verdict(), Verdict::NotYetTrusted);

    // Opened again before confirming: still a first sighting.
    assert_eq!(state.apply(check_file(NAV, Ok(SeenKeys::default()))), None);
    assert!(matches!(
        &verification(&state).seen,
        SeenOutcome::Assessed { assessment, .. } if assessment.key == KeyVerdict::FirstTime
    ));

    // The professional compared the fingerprint with the person.
    let list = state
        .apply(VerifyAction::AcceptNewKey {
            today: Some(today()),
            remembered: Ok(SeenKeys::default()),
        })
        .expect("the plan and key, to store");
    assert_eq!(list.plans().len(), 1);
    assert_eq!(
        list.plans()[0].plan_id,
        "urn:uuid:9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b3c"
    );
    assert_eq!(list.plans()[0].highest_version, 3);
    assert_eq!(
        state.seen,
        SeenList::Ready(SeenKeys::default()),
        "not shown before it is stored"
    );
    assert_eq!(verification(&state).verdict(), Verdict::NotYetTrusted);
    assert_eq!(state.apply(VerifyAction::Stored(Ok(()))), None);
    assert_eq!(state.seen, SeenList::Ready(list.clone()));
    let shown = verification(&state);
    assert_eq!(shown.sighting.plan_id, list.plans()[0].plan_id);
    assert!(matches!(
        &shown.seen,
        SeenOutcome::Assessed {
            save_error: None,
            accepted: true,
            ..
        }
    ));
    assert!(matches!(
        shown.verdict(),
        Verdict::Trusted | Verdict::TrustedWithNotes
    ));
    assert_eq!(state.results_shown, 2, "the same result, not a new one");

    // The same file again: the same key, and nothing new to store.
    assert_eq!(state.apply(check_file(NAV, Ok(list.clone()))), None);
    assert!(matches!(
        &verification(&state).seen,
        SeenOutcome::Assessed { assessment, .. }
            if matches!(assessment.key, KeyVerdict::SameKey { .. })
    ));
    assert_eq!(state.results_shown, 3);
}

#[test]
fn the_verdict_is_green_only_when_nothing_is_wrong() {
    let (mut state, list) = verified_nav();
    state.apply(check_file(NAV, Ok(list.clone())));
    let same = verification(&state);
    let expected = if same.document.warnings().is_empty() {
        Verdict::Trusted
    } else {
        Verdict::TrustedWithNotes
    };
    assert_eq!(same.verdict(), expected);

    // A different key for the same plan: a warning at the top, until confirmed.
    state.apply(check_file(&signed_by_another_key(), Ok(list.clone())));
    assert_eq!(
        verification(&state).verdict(),
        Verdict::Warning(vec![Concern::DifferentKey])
    );
    state.apply(VerifyAction::AcceptNewKey {
        today: Some(today()),
        remembered: Ok(list.clone()),
    });
    state.apply(VerifyAction::Stored(Ok(())));
    assert!(!matches!(
        verification(&state).verdict(),
        Verdict::Warning(_) | Verdict::NotYetTrusted
    ));

    // An older version than one seen, with the same key: a warning too.
    state.apply(check_file(NAV, Ok(nav_remembered("2026-11-01", 5))));
    assert_eq!(
        verification(&state).verdict(),
        Verdict::Warning(vec![Concern::OlderVersion])
    );

    // The list cannot be read: nothing could be compared, so not trusted.
    state.apply(check_file(NAV, Err("seen-error-malformed")));
    assert_eq!(verification(&state).verdict(), Verdict::NotYetTrusted);
}

#[test]
fn a_known_person_under_a_fresh_plan_id_with_a_new_key_is_a_warning() {
    let (mut state, list) = verified_nav();
    let forged = same_person_under_a_fresh_plan_id();
    assert_eq!(
        state.apply(check_file(&forged, Ok(list.clone()))),
        None,
        "nothing is remembered by checking"
    );
    let shown = verification(&state);
    assert!(
        matches!(
            &shown.seen,
            SeenOutcome::Assessed { assessment, accepted: false, .. }
                if matches!(&assessment.key, KeyVerdict::KnownPersonNewKey { matched, known_fingerprints }
                    if matched.contains(&crate::state::seen_keys::PersonDetail::Name)
                        && known_fingerprints == &["8WF8-1TEW-SH58-93RY".to_owned()])
        ),
        "{:?}",
        shown.seen
    );
    assert_eq!(
        shown.verdict(),
        Verdict::Warning(vec![Concern::KnownPersonNewKey])
    );
    assert_eq!(state.seen, SeenList::Ready(list.clone()));

    // Confirmed after checking with the person: remembered, and no longer a warning.
    let accepted = state
        .apply(VerifyAction::AcceptNewKey {
            today: Some(today()),
            remembered: Ok(list),
        })
        .unwrap();
    assert_eq!(accepted.plans().len(), 2);
    state.apply(VerifyAction::Stored(Ok(())));
    assert!(!matches!(
        verification(&state).verdict(),
        Verdict::Warning(_)
    ));
}

#[test]
fn remembering_that_fails_is_said_with_the_result() {
    let mut state = VerifyState::default();
    let list = state
        .apply(check_file(NAV, Ok(nav_remembered("2026-11-01", 3))))
        .expect("the day it was last seen, to store");
    state.apply(VerifyAction::Stored(Err("error-storage-write-failed")));
    assert!(matches!(
        &verification(&state).seen,
        SeenOutcome::Assessed {
            save_error: Some("error-storage-write-failed"),
            accepted: false,
            ..
        }
    ));
    assert_eq!(state.seen, SeenList::Ready(list));
    assert_eq!(state.results_shown, 1, "the same result, not a new one");
}

#[test]
fn an_unreadable_list_is_reported_and_left_alone() {
    let mut state = VerifyState::default();
    let to_store = state.apply(check_file(NAV, Err("seen-error-malformed")));
    assert_eq!(
        to_store, None,
        "an unreadable list is never written over by a check"
    );
    assert_eq!(
        verification(&state).seen,
        SeenOutcome::Unreadable("seen-error-malformed")
    );
    assert_eq!(state.seen, SeenList::Unreadable("seen-error-malformed"));
}

#[test]
fn a_different_key_is_remembered_only_when_accepted() {
    let (mut state, list) = verified_nav();
    let other = signed_by_another_key();
    assert_eq!(
        state.apply(check_file(&other, Ok(list.clone()))),
        None,
        "a different key is not remembered by checking"
    );
    let shown = verification(&state);
    assert!(matches!(
        &shown.seen,
        SeenOutcome::Assessed { assessment, accepted: false, .. }
            if matches!(&assessment.key, KeyVerdict::DifferentKey { known_fingerprints }
                if known_fingerprints == &["8WF8-1TEW-SH58-93RY".to_owned()])
    ));

    let accepted = state
        .apply(VerifyAction::AcceptNewKey {
            today: Some(today()),
            remembered: Ok(list.clone()),
        })
        .expect("the list with the new key, to store");
    assert_eq!(accepted.plans()[0].keys.len(), 2);
    assert_eq!(
        state.seen,
        SeenList::Ready(list),
        "not shown before it is stored"
    );
    state.apply(VerifyAction::Stored(Ok(())));
    assert!(matches!(
        &verification(&state).seen,
        SeenOutcome::Assessed {
            save_error: None,
            accepted: true,
            ..
        }
    ));
    assert_eq!(state.seen, SeenList::Ready(accepted));
    assert_eq!(state.seen_error, None);
}

#[test]
fn accepting_a_key_that_cannot_be_stored_changes_nothing_shown() {
    let (mut state, list) = verified_nav();
    state.apply(check_file(&signed_by_another_key(), Ok(list.clone())));
    state.apply(VerifyAction::AcceptNewKey {
        today: Some(today()),
        remembered: Ok(list.clone()),
    });
    state.apply(VerifyAction::Stored(Err("error-storage-write-failed")));
    assert!(matches!(
        &verification(&state).seen,
        SeenOutcome::Assessed {
            save_error: Some("error-storage-write-failed"),
            accepted: false,
            ..
        }
    ));
    assert_eq!(state.seen, SeenList::Ready(list), "the list as it was");
    assert_eq!(state.seen_error, Some("error-storage-write-failed"));
}

#[test]
fn accepting_needs_a_verified_document_a_date_and_a_readable_list() {
    let mut state = VerifyState::default();
    let accept = |today: Option<Date>, remembered: Remembered| VerifyAction::AcceptNewKey {
        today,
        remembered,
    };
    assert_eq!(
        state.apply(accept(Some(today()), Ok(SeenKeys::default()))),
        None
    );
    assert_eq!(
        state,
        VerifyState::default(),
        "nothing verified: nothing to accept"
    );

    let (mut state, list) = verified_nav();
    state.apply(check_file(&signed_by_another_key(), Ok(list.clone())));
    assert_eq!(state.apply(accept(None, Ok(list.clone()))), None);
    assert_eq!(state.seen_error, Some("verify-error-no-date"));
    assert_eq!(state.seen, SeenList::Ready(list.clone()));

    assert_eq!(
        state.apply(accept(Some(today()), Err("seen-error-malformed"))),
        None
    );
    assert_eq!(state.seen, SeenList::Unreadable("seen-error-malformed"));
    assert_eq!(state.seen_error, Some("seen-error-malformed"));
}

#[test]
fn forgetting_one_plan_is_shown_once_stored() {
    let (mut state, list) = verified_nav();
    let forget = |remembered: Remembered| VerifyAction::Forget {
        plan_id: "urn:uuid:9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b3c".into(),
        remembered,
    };

    let without = state.apply(forget(Ok(list.clone()))).unwrap();
    assert!(without.is_empty());
    state.apply(VerifyAction::Stored(Err("error-storage-write-failed")));
    assert_eq!(
        state.seen,
        SeenList::Ready(list.clone()),
        "not stored: still shown"
    );
    assert_eq!(state.seen_error, Some("error-storage-write-failed"));

    state.apply(forget(Ok(list.clone())));
    state.apply(VerifyAction::Stored(Ok(())));
    assert_eq!(state.seen, SeenList::Ready(SeenKeys::default()));
    assert_eq!(state.seen_error, None);

    assert_eq!(state.apply(forget(Err("seen-error-malformed"))), None);
    assert_eq!(state.seen, SeenList::Unreadable("seen-error-malformed"));
    assert_eq!(state.seen_error, Some("seen-error-malformed"));
    assert!(
        matches!(state.step, VerifyStep::Verified(_)),
        "the result stays"
    );
}

#[test]
fn forgetting_all_writes_over_even_an_unreadable_list() {
    let mut state = VerifyState::default();
    state.apply(VerifyAction::SeenRead(Err("seen-error-malformed")));
    assert_eq!(
        state.apply(VerifyAction::ForgetAll),
        Some(SeenKeys::default())
    );
    state.apply(VerifyAction::Stored(Err("error-storage-write-failed")));
    assert_eq!(state.seen, SeenList::Unreadable("seen-error-malformed"));
    assert_eq!(state.seen_error, Some("error-storage-write-failed"));

    state.apply(VerifyAction::ForgetAll);
    state.apply(VerifyAction::Stored(Ok(())));
    assert_eq!(state.seen, SeenList::Ready(SeenKeys::default()));
    assert_eq!(state.seen_error, None);
}

#[test]
fn a_store_result_nobody_asked_for_changes_nothing() {
    let (mut state, _) = verified_nav();
    let before = state.clone();
    state.apply(VerifyAction::Stored(Err("error-storage-write-failed")));
    assert_eq!(state, before);
}

/// Benchmark finding (`cargo xtask bench-browser`): a refused hostile file was parsed a second
/// time into memory to see whether it was a backup (860 ms and 239 MB for 5 MiB of nesting).
/// The probe now only looks for the marker.
#[test]
fn a_refused_hostile_file_is_not_taken_for_a_backup() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(!looks_like_a_backup(deep.as_bytes()));
    assert!(!looks_like_a_backup(
        br#"{"a": [1, 2, {"ownplanBackup": 2}]}"#
    ));
    assert!(looks_like_a_backup(
        br#"{"x": [1, {"y": 2}], "ownplanBackup": 2}"#
    ));
    assert!(matches!(
        check_document(deep.as_bytes(), &today()),
        Err(VerifyStep::Refused(_))
    ));
}

const NAV_PDF: &[u8] = include_bytes!("../../../examples/export-nav.pdf");

/// A PDF holding `files` embedded file specifications in its name tree, all naming one small
/// embedded stream `{}`; with `files` 0, an ordinary PDF with nothing embedded.
fn pdf_with_embedded_files(files: usize) -> Vec<u8> {
    let names: Vec<String> = (0..files)
        .map(|n| format!("(plan{n}.json) 3 0 R"))
        .collect();
    let catalog = if files == 0 {
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned()
    } else {
        format!(
            "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [{}] >> >> >>",
            names.join(" ")
        )
    };
    let bodies = [
        catalog,
        "<< /Type /Pages /Kids [] /Count 0 >>".to_owned(),
        "<< /Type /Filespec /F (plan.json) /EF << /F 4 0 R >> >>".to_owned(),
        "<< /Type /EmbeddedFile /Length 2 >>\nstream\n{}\nendstream".to_owned(),
    ];
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (index, body) in bodies.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", index + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(b"xref\n0 5\n0000000000 65535 f \n");
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    pdf
}

/// `pdf` with one object replaced by an incremental update (as a PDF editor saves an edit): the
/// new object and a cross-reference section pointing back to the last one, appended.
fn with_object_updated(pdf: &[u8], object: u32, body: &str) -> Vec<u8> {
    let tail = String::from_utf8_lossy(&pdf[pdf.len().saturating_sub(64)..]).into_owned();
    let previous: usize = tail
        .rsplit("startxref")
        .next()
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|offset| offset.parse().ok())
        .unwrap();
    let trailer_size = String::from_utf8_lossy(pdf)
        .rsplit("/Size ")
        .next()
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|size| size.parse::<u32>().ok())
        .unwrap();
    let mut updated = pdf.to_vec();
    let at = updated.len();
    updated.extend_from_slice(format!("{object} 0 obj\n{body}\nendobj\n").as_bytes());
    let xref = updated.len();
    updated.extend_from_slice(
        format!(
            "xref\n{object} 1\n{at:010} 00000 n \ntrailer\n<< /Size {trailer_size} /Root 1 0 R /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n"
        )
        .as_bytes(),
    );
    updated
}

#[test]
fn a_pdf_copy_is_checked_by_its_embedded_document_and_named() {
    let mut state = VerifyState::default();
    let to_store = state.apply(check_named(
        "plan-nav.pdf",
        NAV_PDF,
        Ok(SeenKeys::default()),
    ));
    let verification = verification(&state);
    assert_eq!(
        verification.source,
        CheckedSource {
            file_name: Some("plan-nav.pdf".to_owned()),
            pdf: true,
        }
    );
    // The same document as the JSON export: the same plan, key and version remembered.
    let json = check_document(NAV, &today()).unwrap();
    assert_eq!(verification.sighting, sighting_of(&json));
    assert_eq!(verification.plan.as_ref(), json.plan());
    let mut from_json = VerifyState::default();
    assert_eq!(
        to_store,
        from_json.apply(check_file(NAV, Ok(SeenKeys::default())))
    );
    // A JSON file and pasted text are named too, and are no PDF.
    assert_eq!(
        verification_source(&from_json),
        CheckedSource::file("plan.json", NAV)
    );
    assert!(!verification_source(&from_json).pdf);
    from_json.apply(VerifyAction::CheckText {
        text: String::from_utf8(NAV.to_vec()).unwrap(),
        today: Some(today()),
        remembered: Ok(SeenKeys::default()),
    });
    assert_eq!(verification_source(&from_json), CheckedSource::pasted());
}

fn verification_source(state: &VerifyState) -> CheckedSource {
    verification(state).source.clone()
}

#[test]
fn a_pdf_copy_whose_visible_pages_were_edited_still_verifies_with_the_signed_content() {
    // Object 9 is the first page's content stream in the copies.
    let content = "BT /F2 18 Tf 56 758 Td (Plan for Mona Hansen) Tj ET";
    let edited = with_object_updated(
        NAV_PDF,
        9,
        &format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    );
    assert_ne!(edited, NAV_PDF);
    let mut state = VerifyState::default();
    state.apply(check_named("edited.pdf", &edited, Ok(SeenKeys::default())));
    let verification = verification(&state);
    assert!(verification.source.pdf);
    assert_eq!(verification.plan.owner.name.as_str(), "Sara Haugen");
}

#[test]
fn a_pdf_copy_whose_embedded_document_was_changed_is_refused() {
    let from = b"\"Sara Haugen\"";
    let at = NAV_PDF
        .windows(from.len())
        .position(|window| window == from)
        .unwrap();
    let mut tampered = NAV_PDF.to_vec();
    tampered[at..at + from.len()].copy_from_slice(b"\"Mona Hansen\"");
    let (mut state, list) = verified_nav();
    let to_store = state.apply(check_named("plan-nav.pdf", &tampered, Ok(list.clone())));
    assert_eq!(to_store, None);
    assert_eq!(
        state.step,
        VerifyStep::Refused(Refusal {
            source: Some(CheckedSource {
                file_name: Some("plan-nav.pdf".to_owned()),
                pdf: true,
            }),
            ..Refusal::new("error-bad-signature")
        })
    );
    assert_eq!(state.seen, SeenList::Ready(list));
}

#[test]
fn pdfs_without_exactly_one_document_or_unreadable_are_refused_and_change_nothing() {
    let mut truncated = NAV_PDF.to_vec();
    truncated.truncate(NAV_PDF.len() / 2);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "none.pdf",
            pdf_with_embedded_files(0),
            "error-pdf-no-document",
        ),
        (
            "two.pdf",
            pdf_with_embedded_files(2),
            "error-pdf-several-documents",
        ),
        ("truncated.pdf", truncated, "error-pdf-malformed"),
        (
            "garbage.pdf",
            b"%PDF-1.7\n\x00\xff garbage".to_vec(),
            "error-pdf-malformed",
        ),
        // Named as a PDF, but JSON: told it is no PDF, not that it is no JSON.
        ("renamed.PDF", NAV.to_vec(), "error-pdf-not-a-pdf"),
        // One embedded file that is not a plan document: read, and refused as a document.
        ("one.pdf", pdf_with_embedded_files(1), "error-no-proof"),
    ];
    let (mut state, list) = verified_nav();
    for (name, bytes, message_id) in cases {
        let shown = state.results_shown;
        let to_store = state.apply(check_named(name, &bytes, Ok(list.clone())));
        assert_eq!(to_store, None, "{name}: nothing to store");
        assert_eq!(
            state.step,
            VerifyStep::Refused(Refusal {
                source: Some(CheckedSource {
                    file_name: Some(name.to_owned()),
                    pdf: true
                }),
                ..Refusal::new(message_id)
            }),
            "{name}"
        );
        assert_eq!(state.results_shown, shown + 1, "{name}");
        assert_eq!(
            state.seen,
            SeenList::Ready(list.clone()),
            "{name}: the remembered keys are untouched"
        );
    }
}

#[test]
fn a_pasted_pdf_is_refused_with_the_advice_to_open_the_file() {
    let (mut state, list) = verified_nav();
    let to_store = state.apply(VerifyAction::CheckText {
        text: String::from_utf8_lossy(NAV_PDF).into_owned(),
        today: Some(today()),
        remembered: Ok(list.clone()),
    });
    assert_eq!(to_store, None);
    assert_eq!(state.step, refused("verify-error-pasted-pdf"));
    assert_eq!(state.seen, SeenList::Ready(list));
}

#[test]
fn a_pdf_too_large_to_read_has_its_own_message() {
    assert_eq!(FileProblem::PdfTooLarge.message_id(), "error-pdf-too-large");
    assert!(named_as_pdf("Plan for NAV.Pdf"));
    assert!(!named_as_pdf("plan.json"));
    assert!(!named_as_pdf("pdf"));
}

/// The top verdict of a PDF copy is as honest as of its JSON: never green for a first sighting,
/// a key other than the one remembered for the plan, or a version older than one seen.
#[test]
fn a_pdf_copy_gets_the_same_honest_verdict_as_its_json() {
    let mut state = VerifyState::default();
    state.apply(check_named("nav.pdf", NAV_PDF, Ok(SeenKeys::default())));
    assert_eq!(verification(&state).verdict(), Verdict::NotYetTrusted);

    state.apply(check_named(
        "nav.pdf",
        NAV_PDF,
        Ok(nav_remembered("2026-11-01", 5)),
    ));
    assert_eq!(
        verification(&state).verdict(),
        Verdict::Warning(vec![Concern::OlderVersion])
    );

    // The plan remembered (confirmed) with another key; then the copy signed by the example key.
    let mut other = VerifyState::default();
    other.apply(check_file(
        &signed_by_another_key(),
        Ok(SeenKeys::default()),
    ));
    let list = other
        .apply(VerifyAction::AcceptNewKey {
            today: Some(today()),
            remembered: Ok(SeenKeys::default()),
        })
        .unwrap();
    state.apply(check_named("nav.pdf", NAV_PDF, Ok(list)));
    assert_eq!(
        verification(&state).verdict(),
        Verdict::Warning(vec![Concern::DifferentKey])
    );
}

#[test]
fn a_pdf_copy_the_pdf_module_could_not_open_is_explained_and_changes_nothing() {
    let (mut state, list) = verified_nav();
    let before = state.clone();
    for error in crate::error::PdfModuleError::ALL {
        let to_store = state.apply(VerifyAction::CheckPdfCopy {
            file_name: "plan-nav.pdf".to_owned(),
            embedded: Err(error.message_id_when_reading()),
            today: Some(today()),
            remembered: Ok(list.clone()),
        });
        assert_eq!(to_store, None, "nothing is remembered when {error:?}");
        assert_eq!(state.seen, before.seen);
        let VerifyStep::Refused(refusal) = &state.step else {
            panic!("not refused: {:?}", state.step);
        };
        assert_eq!(refusal.message_id, error.message_id_when_reading());
        assert_eq!(
            refusal.source,
            Some(CheckedSource {
                file_name: Some("plan-nav.pdf".to_owned()),
                pdf: true,
            })
        );
    }
}
