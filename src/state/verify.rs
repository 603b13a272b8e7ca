//! Checking a plan document a professional received, as pure state: read it (a chosen file, a
//! dropped file or pasted text; a file may be the PDF copy, whose one embedded document is what
//! is checked: the PDF module takes it out, see [`VerifyAction::CheckPdfCopy`]), verify it with the core against today's date, compare its key
//! and version with what this browser remembers, and remember it. Bad input changes nothing; only
//! a valid document is remembered, and one signed by a key not yet trusted for its plan or person
//! (a first sighting, a different key, a known person's new key) only after the professional says
//! they compared the fingerprint with the person. [`Verification::verdict`] sums it all up for
//! the top of the result: green only when nothing is wrong.
//!
//! [`VerifyState::apply`] is pure. What it needs from outside (today's date, the remembered list
//! as stored right now, the bytes of a file) comes in the action; when an action changes the
//! remembered list, `apply` hands back the list to store, and the hook stores it and reports how
//! that went with [`VerifyAction::Stored`] before anything is shown. So the view never shows a
//! change to the list that was not stored, and the tests here need no browser.
//!
//! Submodule `own_plan`: the steps of "use this as my plan on this device".

pub mod own_plan;

#[cfg(test)]
mod tests;

use std::rc::Rc;

use ownplan_core::document::{VerifiedPlanDocument, verify_plan_document};
use ownplan_core::plan::{Date, Plan};

use crate::state::seen_keys::{Assessment, KeyVerdict, SeenKeys, Sighting, VersionVerdict};

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
    Backup(Rc<str>),
    /// A valid document.
    Verified(Rc<Verification>),
}

/// Why a document was refused: a translated message id and, where the core names one, the
/// place in the document, and what was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The message id (one of the core's `ALL_MESSAGE_IDS`, a `PdfError` id, or a
    /// `verify-error-*` id).
    pub message_id: &'static str,
    /// Where in the document, such as `$.credentialSubject.goals[2]`.
    pub path: Option<String>,
    /// What was checked, when something was read.
    pub source: Option<CheckedSource>,
}

impl Refusal {
    /// A refusal with no place in the document.
    pub fn new(message_id: &'static str) -> Self {
        Self {
            message_id,
            path: None,
            source: None,
        }
    }

    /// Whether nothing was checked at all (no file, an unreadable one, no date on this device,
    /// or the PDF module could not be loaded), so the view must not say the file cannot be
    /// trusted: it was never looked at.
    pub fn nothing_checked(&self) -> bool {
        NOTHING_CHECKED.contains(&self.message_id)
    }

    /// The same refusal, naming what was checked.
    fn of(self, source: &CheckedSource) -> Self {
        Self {
            source: Some(source.clone()),
            ..self
        }
    }
}

/// The refusals that say nothing about the file, because it was never checked.
const NOTHING_CHECKED: [&str; 6] = [
    "verify-error-no-file",
    "verify-error-unreadable-file",
    "verify-error-no-date",
    "verify-error-pdf-module-unavailable",
    "verify-error-pdf-module-outdated",
    "verify-error-pdf-module-timeout",
];

/// What was checked, so the result can name it: the file's name (none for pasted text), and
/// whether it was a PDF copy, in which case only the signed document embedded in it was checked
/// and shown, never the PDF's visible pages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckedSource {
    /// The file's name as the device gave it; `None` for pasted text.
    pub file_name: Option<String>,
    /// The file was read as a PDF copy.
    pub pdf: bool,
}

impl CheckedSource {
    /// Pasted text.
    pub fn pasted() -> Self {
        Self::default()
    }

    /// A chosen or dropped file named `file_name` with the bytes `bytes`.
    pub fn file(file_name: &str, bytes: &[u8]) -> Self {
        Self {
            file_name: Some(file_name.to_owned()),
            pdf: reads_as_pdf_copy(file_name, bytes),
        }
    }
}

/// Whether a chosen or dropped file named `file_name` with the bytes `bytes` is read as a PDF
/// copy: when it starts like a PDF or is named like one (so a damaged `.pdf` is told it is not a
/// PDF, rather than not JSON).
pub fn reads_as_pdf_copy(file_name: &str, bytes: &[u8]) -> bool {
    bytes.starts_with(PDF_MAGIC) || named_as_pdf(file_name)
}

/// How every PDF starts.
const PDF_MAGIC: &[u8] = b"%PDF-";

/// Whether a file's name says it is a PDF (`.pdf`, any case).
pub fn named_as_pdf(file_name: &str) -> bool {
    file_name
        .rsplit_once('.')
        .is_some_and(|(_, extension)| extension.eq_ignore_ascii_case("pdf"))
}

/// A verified document and what this browser remembered about it.
#[derive(Clone, Debug)]
pub struct Verification {
    /// The document, verified.
    pub document: VerifiedPlanDocument,
    /// Its plan, shared with the plan renderer.
    pub plan: Rc<Plan>,
    /// What is remembered of it.
    pub sighting: Sighting,
    /// The comparison with what was seen before.
    pub seen: SeenOutcome,
    /// What was checked.
    pub source: CheckedSource,
}

/// Cheap, so that rendering never walks a large document: every check makes a new plan `Rc`,
/// and accepting a new key changes `seen`.
impl PartialEq for Verification {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.plan, &other.plan) && self.seen == other.seen
    }
}

/// What the top of a valid result says: the signature is fine in every case; whether the file
/// can be relied on is what differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Signed and unchanged, by a key already trusted for this plan or person, and nothing else
    /// to say: the only green verdict.
    Trusted,
    /// As [`Trusted`](Self::Trusted), but the document itself has warnings to read.
    TrustedWithNotes,
    /// Signed and unchanged, but the key is not yet trusted: a first sighting not yet confirmed,
    /// or the remembered list could not be read or written.
    NotYetTrusted,
    /// Something is wrong: do not rely on the file before checking. Never empty.
    Warning(Vec<Concern>),
}

/// Something wrong with a valid document, for the top of the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Concern {
    /// The plan was signed before with another key.
    DifferentKey,
    /// The person is known, with another key, under another plan id.
    KnownPersonNewKey,
    /// A newer version of the plan was seen before.
    OlderVersion,
}

impl Concern {
    /// The id of the translated short reason.
    pub fn message_id(self) -> &'static str {
        match self {
            Concern::DifferentKey => "verify-verdict-reason-different-key",
            Concern::KnownPersonNewKey => "verify-verdict-reason-known-person",
            Concern::OlderVersion => "verify-verdict-reason-older",
        }
    }
}

impl Verification {
    /// What the top of the result says (see [`Verdict`]).
    pub fn verdict(&self) -> Verdict {
        let SeenOutcome::Assessed {
            assessment,
            accepted,
            ..
        } = &self.seen
        else {
            return Verdict::NotYetTrusted;
        };
        let mut concerns = Vec::new();
        if !accepted {
            match assessment.key {
                KeyVerdict::DifferentKey { .. } => concerns.push(Concern::DifferentKey),
                KeyVerdict::KnownPersonNewKey { .. } => concerns.push(Concern::KnownPersonNewKey),
                KeyVerdict::FirstTime | KeyVerdict::SameKey { .. } => {}
            }
        }
        if matches!(assessment.version, VersionVerdict::Older { .. }) {
            concerns.push(Concern::OlderVersion);
        }
        if !concerns.is_empty() {
            return Verdict::Warning(concerns);
        }
        // A confirmation that could not be stored leaves `accepted` false.
        if !assessment.key.is_trusted() && !accepted {
            Verdict::NotYetTrusted
        } else if self.document.warnings().is_empty() {
            Verdict::Trusted
        } else {
            Verdict::TrustedWithNotes
        }
    }
}

/// The comparison of a verified document with what this browser remembers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SeenOutcome {
    /// Compared. `save_error` says if remembering it failed; `accepted` that the professional
    /// confirmed a key that was not yet trusted (compared the fingerprint with the person).
    Assessed {
        /// The verdicts.
        assessment: Assessment,
        /// Why remembering failed (a message id), if it did.
        save_error: Option<&'static str>,
        /// A key not yet trusted was confirmed after checking with the person.
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

/// Why a chosen or dropped file was not checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// No file was chosen or dropped.
    NoFile,
    /// The file is larger than a document can be; it was not read.
    TooLarge,
    /// The file is named as a PDF and is larger than a PDF copy can be; it was not read.
    PdfTooLarge,
    /// The browser could not read it.
    Unreadable,
}

impl FileProblem {
    /// The message id shown for it.
    pub fn message_id(self) -> &'static str {
        match self {
            FileProblem::NoFile => "verify-error-no-file",
            FileProblem::TooLarge => "error-too-large",
            FileProblem::PdfTooLarge => "error-pdf-too-large",
            FileProblem::Unreadable => "verify-error-unreadable-file",
        }
    }
}

/// The remembered list as read from storage just now, or why it could not be read (a message
/// id).
pub type Remembered = Result<SeenKeys, &'static str>;

/// A change to the verify view.
#[derive(Clone, Debug, PartialEq)]
pub enum VerifyAction {
    /// The remembered list was read (when the view opens).
    SeenRead(Remembered),
    /// A file is being read.
    Reading,
    /// A chosen or dropped file could not be read.
    FileFailed(FileProblem),
    /// Check pasted text.
    CheckText {
        /// The text.
        text: String,
        /// Today, or `None` when the device's clock gives no date.
        today: Option<Date>,
        /// The remembered list.
        remembered: Remembered,
    },
    /// Check the bytes of a file that is not a PDF copy (see [`reads_as_pdf_copy`]).
    CheckFile {
        /// The file's name as the device gave it.
        file_name: String,
        /// The file's bytes, exactly as stored.
        bytes: Vec<u8>,
        /// Today, or `None` when the device's clock gives no date.
        today: Option<Date>,
        /// The remembered list.
        remembered: Remembered,
    },
    /// Check the signed document taken out of a PDF copy by the PDF module
    /// (`services::pdf_module::extract_document`), or show why the module could not.
    CheckPdfCopy {
        /// The PDF's name as the device gave it.
        file_name: String,
        /// The embedded document's bytes, or a message id: the reader's refusal (a
        /// `PdfError` id) or why the PDF module could not be asked.
        embedded: Result<Vec<u8>, &'static str>,
        /// Today, or `None` when the device's clock gives no date.
        today: Option<Date>,
        /// The remembered list.
        remembered: Remembered,
    },
    /// The professional compared the fingerprint with the person: remember the verified
    /// document's key (a first sighting, a different key or a known person's new key).
    AcceptNewKey {
        /// Today, or `None` when the device's clock gives no date.
        today: Option<Date>,
        /// The remembered list.
        remembered: Remembered,
    },
    /// Forget one plan (by plan id).
    Forget {
        /// The plan id.
        plan_id: String,
        /// The remembered list.
        remembered: Remembered,
    },
    /// Forget every remembered plan and key (confirmed by the professional: this writes over an
    /// unreadable list on purpose).
    ForgetAll,
    /// The list the last action handed back was stored, or not (a message id).
    Stored(Result<(), &'static str>),
}

/// Why the remembered list is being stored, to finish the action when the result comes back.
#[derive(Clone, Debug, PartialEq)]
enum Storing {
    /// A checked document was remembered.
    Check,
    /// A key not yet trusted was confirmed; the list as it will be.
    AcceptNewKey(SeenKeys),
    /// A plan was forgotten, or all were; the list as it will be.
    Forget(SeenKeys),
}

/// The verify view's state.
#[derive(Clone, Debug, PartialEq)]
pub struct VerifyState {
    /// Where the check stands.
    pub step: VerifyStep,
    /// How many results have been shown; changes with each new result (to move focus to it).
    pub results_shown: u32,
    /// The remembered plans and keys.
    pub seen: SeenList,
    /// Why the last change to the remembered list failed (a message id), if it did.
    pub seen_error: Option<&'static str>,
    storing: Option<Storing>,
}

impl Default for VerifyState {
    fn default() -> Self {
        VerifyState {
            step: VerifyStep::Idle,
            results_shown: 0,
            seen: SeenList::Loading,
            seen_error: None,
            storing: None,
        }
    }
}

impl VerifyState {
    /// Applies `action`. Returns the remembered list to store when the action changed it; the
    /// caller stores it and then applies [`VerifyAction::Stored`] with the result.
    pub fn apply(&mut self, action: VerifyAction) -> Option<SeenKeys> {
        match action {
            VerifyAction::SeenRead(remembered) => {
                self.seen = seen_list(remembered);
                None
            }
            VerifyAction::Reading => {
                self.step = VerifyStep::Reading;
                None
            }
            VerifyAction::FileFailed(problem) => {
                self.show(VerifyStep::Refused(Refusal::new(problem.message_id())));
                None
            }
            VerifyAction::CheckText {
                text,
                today,
                remembered,
            } => {
                if text.trim().is_empty() {
                    self.show(VerifyStep::Refused(Refusal::new("verify-error-no-text")));
                    return None;
                }
                // A PDF is binary: its text, pasted, has lost bytes on the way, so it is never
                // read as a PDF. Say to open the file instead.
                if text.trim_start().as_bytes().starts_with(PDF_MAGIC) {
                    self.show(VerifyStep::Refused(Refusal::new("verify-error-pasted-pdf")));
                    return None;
                }
                self.check(text.as_bytes(), CheckedSource::pasted(), today, remembered)
            }
            VerifyAction::CheckFile {
                file_name,
                bytes,
                today,
                remembered,
            } => {
                let source = CheckedSource {
                    file_name: Some(file_name),
                    pdf: false,
                };
                self.check(&bytes, source, today, remembered)
            }
            VerifyAction::CheckPdfCopy {
                file_name,
                embedded,
                today,
                remembered,
            } => {
                let source = CheckedSource {
                    file_name: Some(file_name),
                    pdf: true,
                };
                match embedded {
                    Ok(document) => self.check(&document, source, today, remembered),
                    Err(message_id) => {
                        self.show(VerifyStep::Refused(Refusal::new(message_id).of(&source)));
                        None
                    }
                }
            }
            VerifyAction::AcceptNewKey { today, remembered } => {
                let VerifyStep::Verified(verification) = &self.step else {
                    return None;
                };
                let sighting = verification.sighting.clone();
                let Some(today) = today else {
                    self.seen_error = Some("verify-error-no-date");
                    return None;
                };
                let mut list = self.readable(remembered)?;
                list.accept_new_key(&sighting, &today);
                self.storing = Some(Storing::AcceptNewKey(list.clone()));
                Some(list)
            }
            VerifyAction::Forget {
                plan_id,
                remembered,
            } => {
                let mut list = self.readable(remembered)?;
                list.forget(&plan_id);
                self.storing = Some(Storing::Forget(list.clone()));
                Some(list)
            }
            VerifyAction::ForgetAll => {
                let empty = SeenKeys::default();
                self.storing = Some(Storing::Forget(empty.clone()));
                Some(empty)
            }
            VerifyAction::Stored(result) => {
                self.stored(result);
                None
            }
        }
    }

    /// Shows a new result.
    fn show(&mut self, step: VerifyStep) {
        self.results_shown = self.results_shown.wrapping_add(1);
        self.step = step;
    }

    /// The remembered list, or (when it cannot be read) nothing, with the list shown as
    /// unreadable and the reason as the last change's error.
    fn readable(&mut self, remembered: Remembered) -> Option<SeenKeys> {
        match remembered {
            Ok(list) => Some(list),
            Err(message_id) => {
                self.seen = SeenList::Unreadable(message_id);
                self.seen_error = Some(message_id);
                None
            }
        }
    }

    /// Verifies `bytes` (a file's, pasted text's, or the document embedded in a PDF copy),
    /// compares with the remembered list and remembers.
    fn check(
        &mut self,
        bytes: &[u8],
        source: CheckedSource,
        today: Option<Date>,
        remembered: Remembered,
    ) -> Option<SeenKeys> {
        let Some(today) = today else {
            self.show(VerifyStep::Refused(
                Refusal::new("verify-error-no-date").of(&source),
            ));
            return None;
        };
        let checked = if source.pdf {
            check_embedded_document(bytes, &today)
        } else {
            check_document(bytes, &today)
        };
        let document = match checked {
            Ok(document) => document,
            Err(VerifyStep::Refused(refusal)) => {
                self.show(VerifyStep::Refused(refusal.of(&source)));
                return None;
            }
            Err(step) => {
                self.show(step);
                return None;
            }
        };
        let sighting = sighting_of(&document);
        let mut to_store = None;
        let seen = match remembered {
            Ok(mut list) => {
                let before = list.clone();
                let assessment = list.observe(&sighting, &today);
                if list != before {
                    to_store = Some(list.clone());
                    self.storing = Some(Storing::Check);
                }
                self.seen = SeenList::Ready(list);
                SeenOutcome::Assessed {
                    assessment,
                    save_error: None,
                    accepted: false,
                }
            }
            Err(message_id) => {
                self.seen = SeenList::Unreadable(message_id);
                SeenOutcome::Unreadable(message_id)
            }
        };
        self.seen_error = None;
        let verification = Verification {
            plan: Rc::new(document.plan().clone()),
            document,
            sighting,
            seen,
            source,
        };
        self.show(VerifyStep::Verified(Rc::new(verification)));
        to_store
    }

    /// Finishes the action that asked for the list to be stored.
    fn stored(&mut self, result: Result<(), &'static str>) {
        let error = result.err();
        match self.storing.take() {
            None => {}
            Some(Storing::Check) => {
                if let Some(message_id) = error {
                    self.update_outcome(false, |save_error, _| *save_error = Some(message_id));
                }
            }
            Some(Storing::AcceptNewKey(list)) => {
                self.update_outcome(true, |save_error, accepted| {
                    *save_error = error;
                    *accepted = error.is_none();
                });
                if error.is_none() {
                    self.seen = SeenList::Ready(list);
                }
                self.seen_error = error;
            }
            Some(Storing::Forget(list)) => {
                if error.is_none() {
                    self.seen = SeenList::Ready(list);
                }
                self.seen_error = error;
            }
        }
    }

    /// Changes what the shown verification says about remembering it (with `only_untrusted`,
    /// only when its key was not yet trusted, the only kind that can be confirmed); the
    /// verification is shown anew either way.
    fn update_outcome(
        &mut self,
        only_untrusted: bool,
        change: impl FnOnce(&mut Option<&'static str>, &mut bool),
    ) {
        let VerifyStep::Verified(verification) = &self.step else {
            return;
        };
        let mut updated = (**verification).clone();
        if let SeenOutcome::Assessed {
            assessment,
            save_error,
            accepted,
        } = &mut updated.seen
            && (!only_untrusted || !assessment.key.is_trusted())
        {
            change(save_error, accepted);
        }
        self.step = VerifyStep::Verified(Rc::new(updated));
    }
}

/// The remembered list as shown, from what was read.
fn seen_list(remembered: Remembered) -> SeenList {
    match remembered {
        Ok(list) => SeenList::Ready(list),
        Err(message_id) => SeenList::Unreadable(message_id),
    }
}

/// What is remembered of a verified document: whose plan, signed by which key, which version.
pub fn sighting_of(document: &VerifiedPlanDocument) -> Sighting {
    let plan = document.plan();
    Sighting {
        plan_id: plan.plan_id.as_str().to_owned(),
        owner_name: plan.owner.name.as_str().to_owned(),
        owner_phone: plan.owner.phone.as_str().to_owned(),
        owner_email: plan.owner.email.as_str().to_owned(),
        did: document.signer().did(),
        plan_version: plan.plan_version,
    }
}

/// Whether `bytes` is a JSON object with an `ownplanBackup` member. It only looks: every other
/// value is skipped without being built (the restore flow then reads a backup strictly), so a
/// hostile file refused by the verifier costs no second parse into memory (it did: 860 ms and
/// 239 MB for a deeply nested 5 MiB file, `cargo xtask bench-browser`).
fn looks_like_a_backup(bytes: &[u8]) -> bool {
    #[derive(serde::Deserialize)]
    struct BackupProbe {
        #[serde(rename = "ownplanBackup")]
        marker: Option<serde::de::IgnoredAny>,
    }
    // A struct also reads from a JSON array (its fields in order): only an object can be one.
    let is_object = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    is_object
        && serde_json::from_slice::<BackupProbe>(bytes).is_ok_and(|probe| probe.marker.is_some())
}

/// Verifies `bytes` against `today`. A refused backup file is told apart, because the person
/// may have opened their own backup here by mistake.
pub fn check_document(bytes: &[u8], today: &Date) -> Result<VerifiedPlanDocument, VerifyStep> {
    verify_plan_document(bytes, today, None).map_err(|error| {
        if looks_like_a_backup(bytes) {
            VerifyStep::Backup(String::from_utf8_lossy(bytes).into())
        } else {
            VerifyStep::Refused(Refusal {
                message_id: error.message_id(),
                path: error.path(),
                source: None,
            })
        }
    })
}

/// Verifies the signed document taken out of a PDF copy against `today`. The PDF's visible
/// pages are never read: they are a convenience and could have been edited. An embedded file
/// that is not a valid plan document is refused (an embedded backup too: a PDF is not how a
/// backup travels).
pub fn check_embedded_document(
    embedded: &[u8],
    today: &Date,
) -> Result<VerifiedPlanDocument, VerifyStep> {
    verify_plan_document(embedded, today, None).map_err(|error| {
        VerifyStep::Refused(Refusal {
            message_id: error.message_id(),
            path: error.path(),
            source: None,
        })
    })
}
