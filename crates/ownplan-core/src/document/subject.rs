//! The members an export adds to the plan inside `credentialSubject`: who it is for
//! ([`Recipient`]), which sections it holds and whether items of them were left out, the consent it was shared under
//! ([`SharingConsentStatement`]) and what made it — together [`ExportInfo`].

use serde::{Deserialize, Serialize};

use crate::plan::{Date, Role, Section, Text};

/// Someone a document is made for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Recipient {
    /// Name of the person or service ("Dr. Ingrid Solberg", "Akutteamet").
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub name: Text,
    /// Their role, picked or typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Their organisation.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub organisation: Text,
}

/// The consent a document was shared under: the person's statement, how long it holds, and what
/// the recipient may do with the plan or pass on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SharingConsentStatement {
    /// The consent statement in the person's words.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub statement: Text,
    /// The day consent was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_on: Option<Date>,
    /// The last day the consent holds; the credential's `validUntil` is the end of this day (UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    /// What the recipient may do with the plan and may pass on to others ("Ikke kriseplanen").
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub conditions: Text,
}

/// The export's own members of `credentialSubject` (the rest of it is the plan).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportInfo {
    /// Who the document is for.
    pub recipients: Vec<Recipient>,
    /// The sections the document holds, in the order of [`Section::ALL`], none twice, at least
    /// one.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub sections: Vec<Section>,
    /// `true` when the person left out some items of the listed sections (single items, or the
    /// items of whole life areas): the document holds a selection. Never says which. Absent
    /// (`false`) when the sections are whole, or nothing the selection named was in them.
    /// Format 3 on.
    #[serde(default, skip_serializing_if = "is_false")]
    pub items_left_out: bool,
    /// The consent it was shared under.
    #[serde(default, skip_serializing_if = "is_empty_consent")]
    pub sharing_consent: SharingConsentStatement,
    /// The program that made it, such as `ownplan 0.1.0`.
    pub generator: String,
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_empty_consent(consent: &SharingConsentStatement) -> bool {
    *consent == SharingConsentStatement::default()
}

/// The names of the [`ExportInfo`] members inside `credentialSubject`.
pub(crate) const EXPORT_MEMBERS: [&str; 5] = [
    "recipients",
    "sections",
    "itemsLeftOut",
    "sharingConsent",
    "generator",
];
