//! Sharing, as pure state: who gets the plan in this round, which sections each recipient gets
//! and which single items and life areas of them are left out (starting from the person's own
//! consent, else from the recipient's role's preset), what to warn about before signing
//! (including sensitive items going to someone who does not usually get them), the plan version a round signs, and the file names.
//!
//! The person decides: warnings never block a share, except what cannot make a valid document
//! (no recipient, no sections, a validity date that has already passed).

//!
//! One concept per module: `draft` (the reducer), `presets`, `consent` (which consent covers a
//! recipient, warnings, last days), `version` (the version a round signs, the digest, the
//! revision entries), `what_goes` (the items and life areas to choose from, and the counts),
//! `file_name`, `round` (signing a round, as a pure function) and `stored_draft` (the round
//! kept on the device until it is signed).

mod consent;
mod draft;
mod file_name;
mod presets;
mod round;
mod stored_draft;
mod version;
mod what_goes;

#[cfg(test)]
mod tests;

pub use consent::{
    ShareWarning, sensitive_for, sharing_consent_for, valid_until_for, warnings_for,
};
pub use draft::{
    DraftRecipient, SectionStart, ShareAction, ShareDraft, one_year_after, standard_order,
};
pub use file_name::file_name;
pub use presets::{preset_for_role, preset_from_key, preset_key, preset_label_id};
pub use round::{
    RoundRequest, RoundSources, SignError, SignedFile, SignedRecord, SignedRound, sign_round,
};
pub use stored_draft::{draft_from_text, draft_to_text};
pub use version::{LastShared, content_digest, revision_entry, version_for_round};
pub use what_goes::{AreaChoice, PartItems, WhatGoes, section_of_list};
