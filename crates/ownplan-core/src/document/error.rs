//! [`DocumentError`]: why a plan document could not be made or accepted, and
//! [`ALL_MESSAGE_IDS`], every message id the core can produce.
//!
//! The plan document layer sits on two others, so its error wraps theirs: [`ProofError`] for the
//! Data Integrity proof (layer 1) and [`PlanError`] for the plan format (unknown format, made by a
//! newer version, invalid content). Its own kinds are about the credential around the plan. Every
//! kind has a stable, kebab-case [`message_id`](DocumentError::message_id) that the widget
//! translates; the English `Display` text is for logs and the command line.

use crate::plan::{PlanError, Problem};
use crate::proof::ProofError;

/// Everything that can go wrong while exporting or verifying a plan document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DocumentError {
    /// The Data Integrity proof is missing or wrong, or the bytes are not strict JSON (layer 1).
    #[error(transparent)]
    Proof(#[from] ProofError),
    /// The plan inside is of an unknown or newer format, or does not fit the plan types. An
    /// `InvalidContent` path is a path in the whole document, such as
    /// `$.credentialSubject.crisisPlan.contacts[2].phone`.
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// The signature is fine, but the document is not a Verifiable Credential of this format: a
    /// member is missing, of the wrong kind, or not allowed.
    #[error("not a plan credential: {reason} at {path}")]
    NotACredential {
        /// Where, such as `$.validFrom`.
        path: String,
        /// What is wrong, in English.
        reason: &'static str,
    },
    /// A Verifiable Credential, but not an ownplan plan.
    #[error("the credential is of type {found:?}, not an ownplan plan")]
    WrongType {
        /// The credential's `type` values.
        found: Vec<String>,
    },
    /// The credential's `issuer` is not the key that signed it.
    #[error("the issuer {issuer} is not the key that signed the document ({signer})")]
    IssuerMismatch {
        /// The `issuer` as written.
        issuer: String,
        /// The did:key of the signature.
        signer: String,
    },
    /// The document was signed by another key than the one the caller expected.
    #[error(
        "signed by another key than expected: expected {expected}, signed by {found_did} (fingerprint {found_fingerprint})"
    )]
    SignerMismatch {
        /// The expected key, as the caller gave it (a did:key or a fingerprint).
        expected: String,
        /// The did:key that signed.
        found_did: String,
        /// The fingerprint of the key that signed.
        found_fingerprint: String,
    },
    /// The content holds something that none of the listed sections includes, so the list of
    /// sections would not tell the truth about what was shared.
    #[error("the content at {path} is not part of the sections the document lists")]
    UndeclaredContent {
        /// Where the extra content is.
        path: String,
    },
    /// The plan content breaks the plan rules (a date that does not exist, a reference to nobody,
    /// ...). Each problem has its own path and message id.
    #[error("the plan content has {count} error(s), the first: {first}", count = problems.len(), first = first_problem(problems))]
    ContentErrors {
        /// The errors (never warnings), with paths in the whole document.
        problems: Vec<Problem>,
    },
    /// An export was asked for without any section.
    #[error("no section was chosen for the recipient")]
    NoSections,
    /// An export was asked for a recipient that has no sharing consent in the plan.
    #[error("the plan has no sharing consent for {id:?}")]
    UnknownRecipient {
        /// The id that was asked for.
        id: String,
    },
}

fn first_problem(problems: &[Problem]) -> String {
    problems
        .first()
        .map(|problem| format!("{} at {}", problem.kind.message_id(), problem.path))
        .unwrap_or_default()
}

impl DocumentError {
    /// A stable, translation-ready identifier of the error kind. Wrapped errors give their own
    /// layer's id, so the widget needs one translation per kind, whichever layer found it.
    pub fn message_id(&self) -> &'static str {
        match self {
            DocumentError::Proof(error) => error.message_id(),
            DocumentError::Plan(error) => error.message_id(),
            DocumentError::NotACredential { .. } => "document-error-not-a-credential",
            DocumentError::WrongType { .. } => "document-error-wrong-type",
            DocumentError::IssuerMismatch { .. } => "document-error-issuer-mismatch",
            DocumentError::SignerMismatch { .. } => "document-error-signer-mismatch",
            DocumentError::UndeclaredContent { .. } => "document-error-undeclared-content",
            DocumentError::ContentErrors { .. } => "document-error-content-errors",
            DocumentError::NoSections => "document-error-no-sections",
            DocumentError::UnknownRecipient { .. } => "document-error-unknown-recipient",
        }
    }

    /// The JSON path the error points at, where one applies, written like
    /// `$.credentialSubject.goals[3].text`. For [`DocumentError::ContentErrors`] it is the first
    /// problem's path; every problem carries its own.
    pub fn path(&self) -> Option<String> {
        match self {
            DocumentError::Proof(error) => error.path().map(ToString::to_string),
            DocumentError::Plan(error) => error.path().map(str::to_owned),
            DocumentError::NotACredential { path, .. }
            | DocumentError::UndeclaredContent { path } => Some(path.clone()),
            DocumentError::ContentErrors { problems } => {
                problems.first().map(|problem| problem.path.clone())
            }
            _ => None,
        }
    }

    /// The message ids of this layer's own kinds (not the wrapped ones).
    pub const OWN_MESSAGE_IDS: &'static [&'static str] = &[
        "document-error-not-a-credential",
        "document-error-wrong-type",
        "document-error-issuer-mismatch",
        "document-error-signer-mismatch",
        "document-error-undeclared-content",
        "document-error-content-errors",
        "document-error-no-sections",
        "document-error-unknown-recipient",
    ];
}

/// The message id of the warning that the credential's `validUntil` has passed. The other
/// warnings are plan [`ProblemKind`](crate::plan::ProblemKind)s.
pub const VALID_UNTIL_PASSED: &str = "warning-valid-until-passed";

/// Every message id the core can produce — [`ProofError`], [`PlanError`],
/// [`ProblemKind`](crate::plan::ProblemKind), [`DocumentError`] and the document warnings — so
/// the widget can test that each one has a translation. A test in this crate checks that the list
/// has no repeats and holds every id of every layer.
pub const ALL_MESSAGE_IDS: &[&str] = &[
    // ProofError
    "error-too-large",
    "error-invalid-utf8",
    "error-not-json",
    "error-trailing-data",
    "error-too-deep",
    "error-list-too-long",
    "error-text-too-long",
    "error-too-many-values",
    "error-duplicate-key",
    "error-number-not-integer",
    "error-number-out-of-range",
    "error-not-an-object",
    "error-no-proof",
    "error-several-proofs",
    "error-already-signed",
    "error-malformed-proof",
    "error-unsupported-proof-type",
    "error-unsupported-cryptosuite",
    "error-wrong-proof-purpose",
    "error-unsupported-did-method",
    "error-malformed-key",
    "error-malformed-fingerprint",
    "error-context-mismatch",
    "error-proof-context-missing",
    "error-proof-expired",
    "error-malformed-proof-value",
    "error-malformed-created",
    "error-bad-signature",
    "error-canonicalization",
    // PlanError
    "plan-error-unknown-format",
    "plan-error-newer-version",
    "plan-error-migration-failed",
    "plan-error-invalid-content",
    // ProblemKind
    "problem-id-invalid",
    "problem-id-duplicate",
    "problem-reference-dangling",
    "problem-date-invalid",
    "problem-datetime-invalid",
    "problem-time-invalid",
    "problem-date-range-reversed",
    "problem-review-date-passed",
    "problem-consent-expired",
    "problem-admission-expired",
    "problem-max-nights-out-of-range",
    "problem-text-too-long",
    "problem-text-not-nfc",
    "problem-text-control-character",
    "problem-phone-unusual",
    "problem-email-unusual",
    "problem-coordinator-several",
    "problem-format-version-unsupported",
    "problem-plan-version-zero",
    "problem-language-invalid",
    "problem-list-too-long",
    "problem-section-duplicate",
    // DocumentError
    "document-error-not-a-credential",
    "document-error-wrong-type",
    "document-error-issuer-mismatch",
    "document-error-signer-mismatch",
    "document-error-undeclared-content",
    "document-error-content-errors",
    "document-error-no-sections",
    "document-error-unknown-recipient",
    // Document warnings
    VALID_UNTIL_PASSED,
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::plan::ProblemKind;

    /// One error of each own kind. The match below has no wildcard, so adding a kind fails to
    /// compile until it is added here (and so to the id checks).
    fn one_of_each() -> Vec<DocumentError> {
        let all = vec![
            DocumentError::NotACredential {
                path: "$".into(),
                reason: "x",
            },
            DocumentError::WrongType { found: vec![] },
            DocumentError::IssuerMismatch {
                issuer: String::new(),
                signer: String::new(),
            },
            DocumentError::SignerMismatch {
                expected: String::new(),
                found_did: String::new(),
                found_fingerprint: String::new(),
            },
            DocumentError::UndeclaredContent { path: "$".into() },
            DocumentError::ContentErrors { problems: vec![] },
            DocumentError::NoSections,
            DocumentError::UnknownRecipient { id: String::new() },
        ];
        for error in &all {
            match error {
                DocumentError::Proof(_)
                | DocumentError::Plan(_)
                | DocumentError::NotACredential { .. }
                | DocumentError::WrongType { .. }
                | DocumentError::IssuerMismatch { .. }
                | DocumentError::SignerMismatch { .. }
                | DocumentError::UndeclaredContent { .. }
                | DocumentError::ContentErrors { .. }
                | DocumentError::NoSections
                | DocumentError::UnknownRecipient { .. } => {}
            }
        }
        all
    }

    fn plan_errors() -> Vec<PlanError> {
        let all = vec![
            PlanError::UnknownFormat { reason: "x" },
            PlanError::NewerVersion {
                found: 2,
                supported: 1,
            },
            PlanError::MigrationFailed {
                from: 1,
                reason: String::new(),
            },
            PlanError::InvalidContent {
                path: String::new(),
                reason: String::new(),
            },
        ];
        for error in &all {
            match error {
                PlanError::UnknownFormat { .. }
                | PlanError::NewerVersion { .. }
                | PlanError::MigrationFailed { .. }
                | PlanError::InvalidContent { .. } => {}
            }
        }
        all
    }

    #[test]
    fn all_message_ids_has_no_repeats_and_is_kebab_case() {
        let mut seen = BTreeSet::new();
        for id in ALL_MESSAGE_IDS {
            assert!(seen.insert(*id), "{id} twice");
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit()),
                "{id}"
            );
        }
    }

    #[test]
    fn all_message_ids_is_exactly_every_layers_ids() {
        let mut expected: BTreeSet<&str> = ProofError::ALL_MESSAGE_IDS.iter().copied().collect();
        expected.extend(plan_errors().iter().map(PlanError::message_id));
        expected.extend(ProblemKind::ALL.iter().map(|kind| kind.message_id()));
        expected.extend(one_of_each().iter().map(DocumentError::message_id));
        expected.insert(VALID_UNTIL_PASSED);
        let listed: BTreeSet<&str> = ALL_MESSAGE_IDS.iter().copied().collect();
        assert_eq!(listed, expected);
        let own: BTreeSet<&str> = DocumentError::OWN_MESSAGE_IDS.iter().copied().collect();
        let made: BTreeSet<&str> = one_of_each()
            .iter()
            .map(DocumentError::message_id)
            .collect();
        assert_eq!(own, made);
    }

    #[test]
    fn wrapped_errors_keep_their_ids() {
        assert_eq!(
            DocumentError::from(ProofError::BadSignature).message_id(),
            "error-bad-signature"
        );
        assert_eq!(
            DocumentError::from(PlanError::NewerVersion {
                found: 9,
                supported: 1
            })
            .message_id(),
            "plan-error-newer-version"
        );
    }
}
