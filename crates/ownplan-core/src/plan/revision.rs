//! [`RevisionEntry`]: one line of the plan's revision log — the person's own notes, and entries
//! the widget adds when the plan is reviewed or shared.

use serde::{Deserialize, Serialize};

use super::{DateTime, Identified, ItemId, Text, is_default};

/// An entry in the revision log.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RevisionEntry {
    /// Stable id.
    pub id: ItemId,
    /// When.
    #[serde(default, skip_serializing_if = "is_default")]
    pub at: Option<DateTime>,
    /// What kind of entry.
    #[serde(default, skip_serializing_if = "is_default")]
    pub kind: RevisionKind,
    /// The plan version it refers to.
    #[serde(default, skip_serializing_if = "is_default")]
    pub plan_version: Option<u32>,
    /// What happened, in words.
    #[serde(default, skip_serializing_if = "is_default")]
    pub text: Text,
}

/// What kind of revision log entry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum RevisionKind {
    /// The person's own note.
    #[default]
    Note,
    /// The plan was reviewed (*evaluert*).
    Reviewed,
    /// The plan was shared with someone (added by the widget on export).
    Shared,
}

impl RevisionKind {
    /// Every kind.
    pub const ALL: [RevisionKind; 3] = [
        RevisionKind::Note,
        RevisionKind::Reviewed,
        RevisionKind::Shared,
    ];

    /// Its name in JSON: the same string serde reads and writes.
    pub const fn as_str(self) -> &'static str {
        match self {
            RevisionKind::Note => "note",
            RevisionKind::Reviewed => "reviewed",
            RevisionKind::Shared => "shared",
        }
    }
}

impl Identified for RevisionEntry {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
