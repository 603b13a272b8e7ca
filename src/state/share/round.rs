//! Signing a share round, as a pure function: one separately signed document per recipient with
//! only their selection (their sections, less the items and life areas left out; the document
//! then says that something was left out, never what), the plan version the round carries, the revision log entries that record
//! who got which version when (as the [`PlanAction::RecordShare`] to dispatch), and what this
//! device then remembers of the round.
//!
//! It lives here, with the rest of sharing's rules, rather than in a new `actions/` module: it
//! is one more pure step of the share flow (like [`version_for_round`], which it uses), and the
//! only "action" it produces is a [`PlanAction`], which already lives in `state/`. Everything
//! from the outside world (the clock's time, random credential ids, new item ids, the browser's
//! NFC normalization, what was last shared) comes in as arguments, so the hook only wires
//! services to it and the tests here need no browser.

use std::rc::Rc;

use ownplan_core::document::{
    DocumentError, ExportRequest, SharingConsentStatement, export_selection_for_recipient,
    plan_for_selection,
};
use ownplan_core::plan::{Date, DateTime, ItemId, Plan, Problem, Section, Text};
use ownplan_core::proof::SigningKey;

use super::draft::ShareDraft;
use super::file_name::file_name;
use super::version::{LastShared, content_digest, revision_entry, version_for_round};
use crate::i18n::{Language, translate, translate_with};
use crate::state::plan::PlanAction;

/// One signed document, ready to download, share or print.
#[derive(Clone, Debug, PartialEq)]
pub struct SignedFile {
    /// The recipient's id in the draft.
    pub recipient_id: ItemId,
    /// The recipient's name, for the view.
    pub recipient_name: String,
    /// The file name (person, recipient, date).
    pub file_name: String,
    /// The signed document, pretty-printed JSON.
    pub text: Rc<str>,
    /// Exactly what the recipient will see: the plan restricted to their selection.
    pub content: Rc<Plan>,
    /// The sections it holds.
    pub sections: Vec<Section>,
    /// The consent the document carries.
    pub consent: SharingConsentStatement,
}

/// A signed round.
#[derive(Clone, Debug, PartialEq)]
pub struct SignedRound {
    /// The plan version the documents carry.
    pub version: u32,
    /// One file per recipient, in the draft's order.
    pub files: Vec<SignedFile>,
}

/// Why a round could not be signed; nothing was recorded.
#[derive(Clone, Debug, PartialEq)]
pub struct SignError {
    /// The message id of the reason.
    pub message_id: &'static str,
    /// For plan content errors: what to fix.
    pub problems: Vec<Problem>,
}

impl SignError {
    /// A reason without plan problems.
    pub fn new(message_id: &'static str) -> Self {
        SignError {
            message_id,
            problems: Vec::new(),
        }
    }
}

/// What a round is signed from: the plan, the draft, the key, the language of the file names
/// and log entries, and the time.
pub struct RoundRequest<'a> {
    /// The plan as it is now.
    pub plan: &'a Plan,
    /// The round: recipients, their sections, the consent.
    pub draft: &'a ShareDraft,
    /// The person's key.
    pub key: &'a SigningKey,
    /// The language of file names and revision log entries.
    pub language: Language,
    /// Today, where the person is: the consent's day and the file names' date.
    pub today: &'a Date,
    /// Now, in UTC: when the documents are made and the round is logged.
    pub now: DateTime,
    /// What this device remembers of its last round, if anything.
    pub last: Option<&'a LastShared>,
}

/// What signing a round needs from the outside world while it runs.
pub struct RoundSources<'a> {
    /// 16 fresh random bytes for each credential id; `None` when none can be had.
    pub credential_id: &'a mut dyn FnMut() -> Option<[u8; 16]>,
    /// A new id for each revision log entry.
    pub entry_id: &'a mut dyn FnMut() -> ItemId,
    /// Text normalized to Unicode NFC (the browser's own `normalize`).
    pub nfc: &'a dyn Fn(&str) -> String,
}

/// A signed round and how to record it: dispatch `record` to the plan, then remember
/// `last_shared` on this device.
#[derive(Clone, Debug, PartialEq)]
pub struct SignedRecord {
    /// The documents.
    pub round: SignedRound,
    /// The plan's new version and one revision log entry per recipient
    /// ([`PlanAction::RecordShare`]).
    pub record: PlanAction,
    /// What this device remembers of the round, for the next round's version.
    pub last_shared: Option<LastShared>,
}

/// Signs `request.draft` for every recipient. Either every document is made and the round comes
/// back with its record, or an error comes back and nothing is to be recorded.
pub fn sign_round(
    request: &RoundRequest<'_>,
    sources: RoundSources<'_>,
) -> Result<SignedRecord, SignError> {
    let RoundRequest {
        plan,
        draft,
        key,
        language,
        today,
        ..
    } = *request;
    let version = version_for_round(plan, request.last);
    let mut signed_plan = plan.clone();
    signed_plan.plan_version = version;
    let round_until = draft.valid_until_date().map_err(SignError::new)?;
    let statement = Text::from_nfc((sources.nfc)(draft.statement.trim()));
    let owner = if plan.owner.name.is_blank() {
        translate(language, "share-file-owner-unnamed")
    } else {
        plan.owner.name.as_str().to_owned()
    };

    let mut files = Vec::new();
    for recipient in &draft.recipients {
        let credential_id =
            (sources.credential_id)().ok_or(SignError::new("key-error-no-random"))?;
        let consent = SharingConsentStatement {
            statement: statement.clone(),
            given_on: Some(today.clone()),
            valid_until: super::valid_until_for(plan, recipient, round_until.clone()),
            conditions: Text::from_nfc((sources.nfc)(recipient.conditions.trim())),
        };
        let export = ExportRequest {
            plan: &signed_plan,
            recipients: vec![recipient.recipient.clone()],
            sections: recipient.sections.clone(),
            sharing_consent: consent.clone(),
            credential_id,
            valid_from: request.now.as_str().to_owned(),
        };
        let document = export_selection_for_recipient(&export, &recipient.leave_out, key).map_err(
            |error| SignError {
                message_id: error.message_id(),
                problems: match error {
                    DocumentError::ContentErrors { problems } => problems,
                    _ => Vec::new(),
                },
            },
        )?;
        let text = serde_json::to_string_pretty(&document)
            .map_err(|_| SignError::new("share-error-failed"))?;
        let name = file_name(&translate_with(
            language,
            "share-file-name",
            &[
                ("owner", &owner),
                ("recipient", recipient.recipient.name.as_str()),
                ("date", today.as_str()),
            ],
        ));
        files.push(SignedFile {
            recipient_id: recipient.id.clone(),
            recipient_name: recipient.recipient.name.as_str().to_owned(),
            file_name: name,
            text: text.into(),
            content: Rc::new(plan_for_selection(&signed_plan, &recipient.selection())),
            sections: recipient.sections.clone(),
            consent,
        });
    }

    let at = Some(request.now.clone());
    let entries = draft
        .recipients
        .iter()
        .map(|recipient| {
            let sections: Vec<String> = recipient
                .sections
                .iter()
                .map(|section| translate(language, crate::forms::section_label_id(*section)))
                .collect();
            // The person's own log says which parts, and that some items were left out, never
            // which: the log itself may be shared later.
            let message_id = if recipient.selection().leaves_out_something(&signed_plan) {
                "share-revision-entry-selection"
            } else {
                "share-revision-entry"
            };
            let text = translate_with(
                language,
                message_id,
                &[
                    ("recipient", recipient.recipient.name.as_str()),
                    ("sections", &sections.join(", ")),
                ],
            )
            .replace(['\u{2068}', '\u{2069}'], "");
            revision_entry((sources.entry_id)(), at.clone(), version, text)
        })
        .collect();
    Ok(SignedRecord {
        round: SignedRound { version, files },
        record: PlanAction::RecordShare { version, entries },
        last_shared: content_digest(&signed_plan).map(|digest| LastShared {
            plan_id: plan.plan_id.as_str().to_owned(),
            version,
            digest,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::share::ShareAction;
    use crate::state::share::tests::{date, draft, id, plan, selection_plan};
    use ownplan_core::document::{RecipientPreset, plan_for_sections, verify_plan_document};
    use ownplan_core::plan::LifeArea;
    use ownplan_core::plan::{ProblemKind, RevisionKind};

    fn now() -> DateTime {
        DateTime::parse("2026-11-22T10:00:00Z").unwrap()
    }

    fn key() -> SigningKey {
        SigningKey::from_seed(&[7; 32])
    }

    /// A draft for the GP (their preset's sections) and Ola (only the goals).
    fn two_recipients() -> ShareDraft {
        let mut draft = draft();
        draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(2),
        });
        draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(3),
        });
        draft.apply(ShareAction::SetSection {
            id: id(3),
            section: Section::Goals,
            included: true,
        });
        draft.apply(ShareAction::SetConditions {
            id: id(3),
            text: "  Only for you  ".into(),
        });
        draft
    }

    /// Signs with counting ids; `fail_id_at` makes the credential id for that recipient (from 0)
    /// unavailable.
    fn sign(
        plan: &Plan,
        draft: &ShareDraft,
        last: Option<&LastShared>,
        fail_id_at: Option<u8>,
    ) -> Result<SignedRecord, SignError> {
        let mut credentials = 0u8;
        let mut entries = 100u8;
        let key = key();
        let today = date("2026-11-22");
        let request = RoundRequest {
            plan,
            draft,
            key: &key,
            language: Language::English,
            today: &today,
            now: now(),
            last,
        };
        sign_round(
            &request,
            RoundSources {
                credential_id: &mut || {
                    let n = credentials;
                    credentials += 1;
                    (Some(n) != fail_id_at).then_some([n + 1; 16])
                },
                entry_id: &mut || {
                    entries += 1;
                    id(entries)
                },
                nfc: &|text: &str| text.to_owned(),
            },
        )
    }

    #[test]
    fn a_round_signs_one_document_per_recipient_with_only_their_sections() {
        let plan = plan();
        let signed = sign(&plan, &two_recipients(), None, None).unwrap();
        let round = &signed.round;
        assert_eq!(round.version, 1, "a plan never shared keeps its version");
        assert_eq!(round.files.len(), 2);
        let ola = &round.files[1];
        assert_eq!(ola.recipient_id, id(3));
        assert_eq!(ola.recipient_name, "Ola");
        assert_eq!(ola.sections, vec![Section::Goals]);
        assert_eq!(ola.consent.conditions.as_str(), "Only for you");
        assert_eq!(ola.consent.statement.as_str(), "I agree.");
        assert_eq!(ola.consent.given_on, Some(date("2026-11-22")));
        assert_eq!(ola.consent.valid_until, Some(date("2027-11-22")));
        assert!(
            ola.file_name.ends_with("-2026-11-22.json"),
            "{}",
            ola.file_name
        );
        assert!(ola.file_name.contains("Ola"), "{}", ola.file_name);
        for (file, recipient) in round.files.iter().zip(&two_recipients().recipients) {
            let verified = verify_plan_document(file.text.as_bytes(), &date("2026-11-22"), None)
                .expect("every document verifies");
            assert_eq!(verified.sections(), recipient.sections.as_slice());
            assert_eq!(verified.plan().plan_version, 1);
            assert_eq!(verified.signer().did(), key().did_key().did());
            assert_eq!(*file.content, plan_for_sections(&plan, &recipient.sections));
        }
        assert_ne!(
            round.files[0].text, round.files[1].text,
            "separately signed, with their own ids"
        );
    }

    #[test]
    fn the_round_is_recorded_as_the_plan_version_and_one_log_entry_per_recipient() {
        let plan = plan();
        let signed = sign(&plan, &two_recipients(), None, None).unwrap();
        let PlanAction::RecordShare { version, entries } = &signed.record else {
            panic!("a RecordShare action, not {:?}", signed.record);
        };
        assert_eq!(*version, 1);
        assert_eq!(entries.len(), 2);
        for (n, entry) in entries.iter().enumerate() {
            assert_eq!(entry.kind, RevisionKind::Shared);
            assert_eq!(entry.plan_version, Some(1));
            assert_eq!(entry.at, Some(now()));
            assert_eq!(entry.id, id(101 + n as u8));
            assert!(!entry.text.as_str().contains(['\u{2068}', '\u{2069}']));
        }
        assert!(entries[1].text.as_str().contains("Ola"));
        assert_eq!(
            signed.last_shared,
            Some(LastShared {
                plan_id: plan.plan_id.as_str().to_owned(),
                version: 1,
                digest: content_digest(&plan).unwrap(),
            })
        );
    }

    #[test]
    fn a_changed_plan_signs_the_next_version() {
        let mut plan = (*plan()).clone();
        let last = sign(&plan, &two_recipients(), None, None)
            .unwrap()
            .last_shared;
        assert_eq!(
            sign(&plan, &two_recipients(), last.as_ref(), None)
                .unwrap()
                .round
                .version,
            1,
            "unchanged: the same version"
        );
        plan.owner.name = Text::from_nfc("Kari".to_owned());
        let signed = sign(&plan, &two_recipients(), last.as_ref(), None).unwrap();
        assert_eq!(signed.round.version, 2);
        assert!(matches!(
            signed.record,
            PlanAction::RecordShare { version: 2, .. }
        ));
        for file in &signed.round.files {
            let verified =
                verify_plan_document(file.text.as_bytes(), &date("2026-11-22"), None).unwrap();
            assert_eq!(verified.plan().plan_version, 2);
        }
    }

    #[test]
    fn one_document_failing_signs_nothing() {
        // The plan period ends before it starts: the core refuses to sign that. The GP (first)
        // does not get the period, so their document is made; Ola (second) gets it.
        let mut plan = (*plan()).clone();
        plan.individual_plan.period.from = Some(date("2026-12-01"));
        plan.individual_plan.period.to = Some(date("2026-11-01"));
        let mut draft = two_recipients();
        for (id, included) in [(id(2), false), (id(3), true)] {
            draft.apply(ShareAction::SetSection {
                id,
                section: Section::PlanPeriod,
                included,
            });
        }
        let error = sign(&plan, &draft, None, None).unwrap_err();
        assert_eq!(error.message_id, "document-error-content-errors");
        assert!(
            error
                .problems
                .iter()
                .any(|problem| problem.kind == ProblemKind::DateRangeReversed),
            "{error:?}"
        );

        draft.apply(ShareAction::Remove(id(3)));
        assert!(
            sign(&plan, &draft, None, None).is_ok(),
            "the GP alone signs"
        );
    }

    #[test]
    fn no_random_id_for_the_second_document_signs_nothing() {
        let error = sign(&plan(), &two_recipients(), None, Some(1)).unwrap_err();
        assert_eq!(error, SignError::new("key-error-no-random"));
    }

    #[test]
    fn an_invalid_last_day_signs_nothing() {
        let mut draft = two_recipients();
        draft.apply(ShareAction::SetValidUntil("2026-02-30".into()));
        assert_eq!(
            sign(&plan(), &draft, None, None).unwrap_err(),
            SignError::new("share-block-valid-until-invalid")
        );
    }

    #[test]
    fn the_statement_and_conditions_are_normalized_to_nfc() {
        let mut draft = two_recipients();
        draft.apply(ShareAction::SetStatement("Jeg samtykker.".into()));
        let key = key();
        let today = date("2026-11-22");
        let plan = plan();
        let request = RoundRequest {
            plan: &plan,
            draft: &draft,
            key: &key,
            language: Language::English,
            today: &today,
            now: now(),
            last: None,
        };
        let signed = sign_round(
            &request,
            RoundSources {
                credential_id: &mut || Some([1; 16]),
                entry_id: &mut || id(9),
                nfc: &|text: &str| text.to_uppercase(),
            },
        )
        .unwrap();
        let consent = &signed.round.files[1].consent;
        assert_eq!(consent.statement.as_str(), "JEG SAMTYKKER.");
        assert_eq!(consent.conditions.as_str(), "ONLY FOR YOU");
    }

    /// The round: the GP gets everything by role, NAV (by role) exactly the housing and
    /// money items (the person also switches work off and leaves out the AA agreement).
    fn gp_and_nav() -> ShareDraft {
        let plan = selection_plan();
        let mut draft = draft();
        for member in [2, 4] {
            draft.apply(ShareAction::AddMember {
                plan: plan.clone(),
                id: id(member),
            });
        }
        draft.apply(ShareAction::SetLifeArea {
            plan: plan.clone(),
            id: id(4),
            area: LifeArea::WorkAndEducation,
            included: false,
        });
        draft.apply(ShareAction::SetItem {
            plan,
            id: id(4),
            item: id(26),
            included: false,
        });
        draft
    }

    #[test]
    fn the_nav_file_holds_exactly_the_housing_and_money_items() {
        let plan = selection_plan();
        let signed = sign(&plan, &gp_and_nav(), None, None).unwrap();
        let [gp, nav] = &signed.round.files[..] else {
            panic!("two files");
        };
        let today = date("2026-11-22");
        let nav_doc = verify_plan_document(nav.text.as_bytes(), &today, None).unwrap();
        let nav_plan = nav_doc.plan();
        let goals: Vec<&str> = nav_plan
            .individual_plan
            .goals
            .iter()
            .map(|goal| goal.text.as_str())
            .collect();
        assert_eq!(goals, ["A flat of my own", "Pay off my debt"]);
        let measures: Vec<&str> = nav_plan
            .individual_plan
            .measures
            .iter()
            .map(|measure| measure.what.as_str())
            .collect();
        assert_eq!(measures, ["Housing benefit"]);
        assert!(nav_plan.individual_plan.agreements.is_empty());
        for words in [
            "Stop drinking",
            "Sleep better",
            "AA meetings",
            "Go to AA",
            "\"Tom\"",
        ] {
            assert!(!nav.text.contains(words), "{words} went to NAV");
        }
        assert!(
            nav_doc.items_left_out(),
            "the document says something was left out"
        );
        assert_eq!(*nav.content, *nav_plan, "the preview is the document");

        let gp_doc = verify_plan_document(gp.text.as_bytes(), &today, None).unwrap();
        assert_eq!(gp_doc.plan().individual_plan.goals.len(), 4);
        assert_eq!(gp_doc.plan().individual_plan.agreements.len(), 1);
        for words in ["Stop drinking", "Sleep better", "AA meetings", "Go to AA"] {
            assert!(gp.text.contains(words), "the GP gets {words}");
        }
        assert!(!gp_doc.items_left_out());
        assert_eq!(
            *gp.content,
            plan_for_sections(&plan, &RecipientPreset::Gp.sections())
        );
    }

    #[test]
    fn the_log_says_some_items_were_left_out_never_which() {
        let plan = selection_plan();
        let signed = sign(&plan, &gp_and_nav(), None, None).unwrap();
        let PlanAction::RecordShare { entries, .. } = &signed.record else {
            panic!("a RecordShare action");
        };
        let gp = entries[0].text.as_str();
        let nav = entries[1].text.as_str();
        assert!(!gp.contains("left out"), "{gp}");
        assert!(
            nav.contains("Kim at NAV") && nav.contains("some items left out"),
            "{nav}"
        );
        assert!(nav.contains("Goals"), "the parts are named: {nav}");
        for words in ["drinking", "AA", "Substance", "Work"] {
            assert!(!nav.contains(words), "{nav}");
        }
    }
}
