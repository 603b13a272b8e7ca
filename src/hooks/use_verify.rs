//! Checking a plan document a professional received: read it (a chosen file, a dropped file or
//! pasted text), verify it with the core against today's date, compare its key and version with
//! what this browser remembers, and remember it. Bad input changes nothing; only a valid document
//! is remembered, and a document signed by a different key only after the professional says so.

use std::rc::Rc;

use ownplan_core::document::{VerifiedPlanDocument, verify_plan_document};
use ownplan_core::plan::Date;
use ownplan_core::proof;
use yew::prelude::*;

use crate::services;
use crate::services::files::FileReadError;
use crate::state::seen_keys::{Assessment, KeyVerdict, SeenKeys, Sighting};

/// Files larger than this are refused before reading (the strict parser's own cap).
const MAX_FILE_BYTES: f64 = proof::MAX_DOCUMENT_BYTES as f64;

/// Where a check stands.
#[derive(Clone, Debug, PartialEq)]
pub enum VerifyStep {
    /// Nothing checked yet.
    Idle,
    /// Reading a file.
    Reading,
    /// The document cannot be trusted.
    Refused(Refusal),
    /// A backup file of the widget, not a shared plan: its text, to restore from here.
    Backup(std::rc::Rc<str>),
    /// A valid document.
    Verified(Rc<Verification>),
}

/// Why a document was refused: a translated message id and, where the core names one, the
/// place in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The message id (one of the core's `ALL_MESSAGE_IDS`, or a `verify-error-*` id).
    pub message_id: &'static str,
    /// Where in the document, such as `$.credentialSubject.goals[2]`.
    pub path: Option<String>,
}

impl Refusal {
    fn new(message_id: &'static str) -> Self {
        Self {
            message_id,
            path: None,
        }
    }
}

/// A verified document and what this browser remembered about it.
#[derive(Clone, Debug)]
pub struct Verification {
    /// The document, verified.
    pub document: VerifiedPlanDocument,
    /// Its plan, shared with the plan renderer.
    pub plan: Rc<ownplan_core::plan::Plan>,
    /// What is remembered of it.
    pub sighting: Sighting,
    /// The comparison with what was seen before.
    pub seen: SeenOutcome,
}

/// Cheap, so that rendering never walks a large document: every check makes a new plan `Rc`,
/// and accepting a new key changes `seen`.
impl PartialEq for Verification {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.plan, &other.plan) && self.seen == other.seen
    }
}

/// The comparison of a verified document with what this browser remembers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SeenOutcome {
    /// Compared. `save_error` says if remembering it failed; `accepted` that the professional
    /// accepted a different key.
    Assessed {
        /// The verdicts.
        assessment: Assessment,
        /// Why remembering failed (a message id), if it did.
        save_error: Option<&'static str>,
        /// A different key was accepted after checking with the person.
        accepted: bool,
    },
    /// The remembered list cannot be read, so nothing could be compared (a message id).
    Unreadable(&'static str),
}

/// The remembered list as the view shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SeenList {
    /// Not read yet.
    Loading,
    /// Read.
    Ready(SeenKeys),
    /// Stored, but not readable (a message id); left untouched.
    Unreadable(&'static str),
}

/// What [`use_verify`] gives the verify view.
#[derive(Clone, PartialEq)]
pub struct VerifyHandle {
    /// Where the check stands.
    pub step: VerifyStep,
    /// How many results have been shown; changes with each new result (to move focus to it).
    pub results_shown: u32,
    /// The remembered plans and keys.
    pub seen: SeenList,
    /// Why the last change to the remembered list failed (a message id), if it did.
    pub seen_error: Option<&'static str>,
    /// Check pasted text.
    pub check_text: Callback<String>,
    /// Check the file chosen in this input.
    pub choose_file: Callback<web_sys::HtmlInputElement>,
    /// Check the file dropped in this event.
    pub drop_file: Callback<DragEvent>,
    /// Remember the different key of the verified document (the professional checked).
    pub accept_new_key: Callback<()>,
    /// Forget one plan (by plan id).
    pub forget: Callback<String>,
    /// Forget every remembered plan and key.
    pub forget_all: Callback<()>,
}

/// Verifies `bytes` against `today`. A refused backup file is told apart, because the person
/// may have opened their own backup here by mistake.
pub fn check_document(bytes: &[u8], today: &Date) -> Result<VerifiedPlanDocument, VerifyStep> {
    verify_plan_document(bytes, today, None).map_err(|error| {
        let is_backup = proof::parse_strict(bytes)
            .ok()
            .is_some_and(|value| value.get("ownplanBackup").is_some());
        if is_backup {
            VerifyStep::Backup(String::from_utf8_lossy(bytes).into())
        } else {
            VerifyStep::Refused(Refusal {
                message_id: error.message_id(),
                path: error.path(),
            })
        }
    })
}

fn file_refusal(error: FileReadError) -> VerifyStep {
    VerifyStep::Refused(Refusal::new(match error {
        FileReadError::NoFile => "verify-error-no-file",
        FileReadError::TooLarge => "error-too-large",
        FileReadError::Unreadable => "verify-error-unreadable-file",
    }))
}

/// Verifies, compares with the remembered list and remembers. Returns the step to show and the
/// list as it now is (`None` when it did not change).
fn verify_and_remember(bytes: &[u8]) -> (VerifyStep, Option<SeenList>) {
    let Some(today) = services::clock::today() else {
        return (
            VerifyStep::Refused(Refusal::new("verify-error-no-date")),
            None,
        );
    };
    let document = match check_document(bytes, &today) {
        Ok(document) => document,
        Err(step) => return (step, None),
    };
    let plan = document.plan();
    let sighting = Sighting {
        plan_id: plan.plan_id.as_str().to_owned(),
        owner_name: plan.owner.name.as_str().to_owned(),
        did: document.signer().did(),
        plan_version: plan.plan_version,
    };
    let (seen, list) = match services::seen_store::load().map_err(|e| e.message_id()) {
        Ok(mut remembered) => {
            let before = remembered.clone();
            let assessment = remembered.observe(&sighting, &today);
            let save_error = if remembered == before {
                None
            } else {
                services::seen_store::save(&remembered)
                    .err()
                    .map(|e| e.message_id())
            };
            (
                SeenOutcome::Assessed {
                    assessment,
                    save_error,
                    accepted: false,
                },
                SeenList::Ready(remembered),
            )
        }
        Err(message_id) => (
            SeenOutcome::Unreadable(message_id),
            SeenList::Unreadable(message_id),
        ),
    };
    let verification = Verification {
        plan: Rc::new(plan.clone()),
        document,
        sighting,
        seen,
    };
    (VerifyStep::Verified(Rc::new(verification)), Some(list))
}

/// The verify flow.
#[hook]
pub fn use_verify() -> VerifyHandle {
    let step = use_state(|| VerifyStep::Idle);
    let results_shown = use_mut_ref(|| 0u32);
    let results_counter = use_state_eq(|| 0u32);
    let seen = use_state_eq(|| SeenList::Loading);
    let seen_error = use_state_eq(|| None::<&'static str>);
    {
        let seen = seen.clone();
        use_effect_with((), move |()| {
            seen.set(
                match services::seen_store::load().map_err(|e| e.message_id()) {
                    Ok(list) => SeenList::Ready(list),
                    Err(message_id) => SeenList::Unreadable(message_id),
                },
            );
        });
    }
    let show = {
        let step = step.clone();
        let seen = seen.clone();
        let seen_error = seen_error.clone();
        let results_counter = results_counter.clone();
        Rc::new(move |(next, list): (VerifyStep, Option<SeenList>)| {
            if let Some(list) = list {
                seen.set(list);
                seen_error.set(None);
            }
            let shown = {
                let mut shown = results_shown.borrow_mut();
                *shown = shown.wrapping_add(1);
                *shown
            };
            results_counter.set(shown);
            step.set(next);
        })
    };
    let check_text = {
        let show = show.clone();
        Callback::from(move |text: String| {
            if text.trim().is_empty() {
                show((
                    VerifyStep::Refused(Refusal::new("verify-error-no-text")),
                    None,
                ));
            } else {
                show(verify_and_remember(text.as_bytes()));
            }
        })
    };
    let read_file = {
        let step = step.clone();
        Rc::new(move |file: Option<web_sys::File>| {
            let show = show.clone();
            let Some(file) = file else {
                show((file_refusal(FileReadError::NoFile), None));
                return;
            };
            step.set(VerifyStep::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                match services::files::read_file_bytes(&file, MAX_FILE_BYTES).await {
                    Ok(bytes) => show(verify_and_remember(&bytes)),
                    Err(error) => show((file_refusal(error), None)),
                }
            });
        })
    };
    let choose_file = {
        let read_file = read_file.clone();
        Callback::from(move |input: web_sys::HtmlInputElement| {
            read_file(services::files::chosen_file(&input));
            // Let the same file be chosen again (after changing it, say).
            input.set_value("");
        })
    };
    let drop_file = Callback::from(move |event: DragEvent| {
        read_file(services::files::dropped_file(&event));
    });
    let accept_new_key = {
        let step = step.clone();
        let seen = seen.clone();
        let seen_error = seen_error.clone();
        Callback::from(move |()| {
            let VerifyStep::Verified(verification) = &*step else {
                return;
            };
            let Some(today) = services::clock::today() else {
                seen_error.set(Some("verify-error-no-date"));
                return;
            };
            let mut remembered = match services::seen_store::load().map_err(|e| e.message_id()) {
                Ok(remembered) => remembered,
                Err(message_id) => {
                    seen.set(SeenList::Unreadable(message_id));
                    seen_error.set(Some(message_id));
                    return;
                }
            };
            remembered.accept_new_key(&verification.sighting, &today);
            let save_error = services::seen_store::save(&remembered)
                .err()
                .map(|e| e.message_id());
            let mut updated = (**verification).clone();
            if let SeenOutcome::Assessed {
                assessment,
                save_error: error,
                accepted,
            } = &mut updated.seen
                && matches!(assessment.key, KeyVerdict::DifferentKey { .. })
            {
                *error = save_error;
                *accepted = save_error.is_none();
            }
            if save_error.is_none() {
                seen.set(SeenList::Ready(remembered));
            }
            seen_error.set(save_error);
            step.set(VerifyStep::Verified(Rc::new(updated)));
        })
    };
    let forget = {
        let seen = seen.clone();
        let seen_error = seen_error.clone();
        Callback::from(move |plan_id: String| {
            let mut remembered = match services::seen_store::load().map_err(|e| e.message_id()) {
                Ok(remembered) => remembered,
                Err(message_id) => {
                    seen.set(SeenList::Unreadable(message_id));
                    seen_error.set(Some(message_id));
                    return;
                }
            };
            remembered.forget(&plan_id);
            match services::seen_store::save(&remembered).map_err(|e| e.message_id()) {
                Ok(()) => {
                    seen.set(SeenList::Ready(remembered));
                    seen_error.set(None);
                }
                Err(message_id) => seen_error.set(Some(message_id)),
            }
        })
    };
    let forget_all = {
        let seen = seen.clone();
        let seen_error = seen_error.clone();
        Callback::from(move |()| {
            // Confirmed by the person: this may write over an unreadable list on purpose.
            let empty = SeenKeys::default();
            match services::seen_store::save(&empty).map_err(|e| e.message_id()) {
                Ok(()) => {
                    seen.set(SeenList::Ready(empty));
                    seen_error.set(None);
                }
                Err(message_id) => seen_error.set(Some(message_id)),
            }
        })
    };
    VerifyHandle {
        step: (*step).clone(),
        results_shown: *results_counter,
        seen: (*seen).clone(),
        seen_error: *seen_error,
        check_text,
        choose_file,
        drop_file,
        accept_new_key,
        forget,
        forget_all,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-11-22").unwrap()
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
                path: None
            }))
        );
    }

    #[test]
    fn the_signed_examples_verify() {
        let example = include_bytes!("../../examples/export-nav.json");
        let document = check_document(example, &today()).expect("valid");
        assert_eq!(document.fingerprint().to_string(), "8WF8-1TEW-SH58-93RY");
    }
}
