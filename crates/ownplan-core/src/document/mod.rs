//! The plan document: one signed Verifiable Credential per recipient, holding only the sections
//! chosen for them, and its verification on top of the generic proof layer.
//!
//! # Code map
//!
//! - [`sections`]: [`plan_for_sections`], the pure rule for what a choice of sections shares
//!   (including which network members go along).
//! - [`selection`]: [`Selection`] and [`plan_for_selection`], the sections less single items and
//!   whole life areas the person leaves out, on top of the sections rule.
//! - [`sensitive`]: [`sensitive_items`], the warning before signing about substance use, mental
//!   health and must-not-contact items going to a recipient who does not usually get them.
//! - [`export`]: [`ExportRequest`], [`build_credential`], [`export_for_recipient`] and the
//!   [`RecipientPreset`]s; the credential's constants.
//! - [`subject`]: the export's own members of `credentialSubject` ([`ExportInfo`],
//!   [`Recipient`], [`SharingConsentStatement`]).
//! - [`verify`]: [`verify_plan_document`] (layer 2) and [`VerifiedPlanDocument`], with its
//!   [`DocumentWarning`]s.
//! - [`key_pin`]: [`KeyPin`], the expected signer.
//! - [`error`]: [`DocumentError`] and [`ALL_MESSAGE_IDS`].
//! - `schema` feature: [`document_schema`], the JSON Schema of the signed document.
//!
//! # Design
//!
//! - **Two layers.** [`crate::proof`] verifies any eddsa-jcs-2022 + did:key document; this module
//!   adds what makes it an ownplan plan. A failure names its layer through its message id.
//! - **The subject is the plan.** `credentialSubject` is the plan in the plan file format,
//!   restricted to the chosen sections, plus four export members. So the plan types do the strict
//!   reading (unknown fields, format versions), and every plan problem path `p` is
//!   `$.credentialSubject.p` in the document.
//! - **An honest selection.** Verification refuses content the listed sections do not include,
//!   so "this document holds: goals, measures" is true of what is shown; a document that holds
//!   less than its sections (items left out) says so with `itemsLeftOut`, never saying what.
//! - **Pure.** The caller gives the time (`valid_from`, `today`), the random credential id and
//!   the key; nothing here reads a clock, a random source or a file.

pub mod error;
pub mod export;
pub mod key_pin;
#[cfg(feature = "schema")]
pub mod schema;
pub mod sections;
pub mod selection;
pub mod sensitive;
pub mod subject;
pub mod verify;

pub use error::{ALL_MESSAGE_IDS, DocumentError, VALID_UNTIL_PASSED};
pub use export::{
    CONTEXT, CONTEXT_FORMAT_1, ExportRequest, PLAN_CREDENTIAL_TYPE, RecipientPreset,
    UNDEFINED_TERMS_CONTEXT_V2, VALID_UNTIL_TIME, VC_CONTEXT_V2, VERIFIABLE_CREDENTIAL,
    build_credential, build_selection_credential, export_for_recipient,
    export_selection_for_recipient,
};
pub use key_pin::KeyPin;
#[cfg(feature = "schema")]
pub use schema::document_schema;
pub use sections::{normalized_sections, plan_for_sections, section_parts};
pub use selection::{ChoosableItem, LeaveOut, Selection, choosable_items, plan_for_selection};
pub use sensitive::{
    RecipientKind, SENSITIVE_LABEL_CHARS, SensitiveItem, SensitiveKind, sensitive_items,
};
pub use subject::{ExportInfo, Recipient, SharingConsentStatement};
pub use verify::{
    DocumentWarning, PLAN_DOCUMENT_LIMITS, VerifiedPlanDocument, WarningKind, verify_plan_document,
    verify_plan_document_at,
};

use crate::plan::Problem;

/// A plan path (`crisisPlan.contacts[2].phone`, or empty for the plan itself) as a path in the
/// whole document (`$.credentialSubject.crisisPlan.contacts[2].phone`).
fn document_path(plan_path: &str) -> String {
    if plan_path.is_empty() {
        "$.credentialSubject".to_owned()
    } else {
        format!("$.credentialSubject.{plan_path}")
    }
}

/// Plan problems with their paths made paths in the whole document.
fn problems_in_document(problems: Vec<Problem>) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|problem| Problem {
            path: document_path(&problem.path),
            ..problem
        })
        .collect()
}
