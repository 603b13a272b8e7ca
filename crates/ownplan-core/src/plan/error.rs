//! [`PlanError`]: why a JSON value could not be read as a plan. Each kind has a stable message id
//! that the user interface translates.

/// Why a JSON value is not a plan this program can read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// Not a plan at all: not a JSON object, or no usable `formatVersion` (missing, not a whole
    /// number, or zero).
    #[error("unknown format: {reason}")]
    UnknownFormat {
        /// What was wrong, in English, for logs and the command line.
        reason: &'static str,
    },
    /// A plan made by a newer version of the program. Never guessed at: the person is told to
    /// use a newer version.
    #[error(
        "made by a newer version: format version {found}, this program reads up to {supported}"
    )]
    NewerVersion {
        /// The document's format version.
        found: u64,
        /// The newest format version this program reads.
        supported: u32,
    },
    /// An older document that a migration step could not bring up to date.
    #[error("could not update the plan from format version {from}: {reason}")]
    MigrationFailed {
        /// The version the failing step starts from.
        from: u32,
        /// What was wrong.
        reason: String,
    },
    /// The right format version, but the content does not fit it (a wrong type, an unknown
    /// field, a missing id).
    #[error("invalid content at {path}: {reason}")]
    InvalidContent {
        /// Where, as a JSON path such as `crisisPlan.contacts[2].phone` (empty for the root).
        path: String,
        /// What was wrong, in English, for logs and the command line.
        reason: String,
    },
}

impl PlanError {
    /// The stable message id, translated by the user interface.
    pub fn message_id(&self) -> &'static str {
        match self {
            PlanError::UnknownFormat { .. } => "plan-error-unknown-format",
            PlanError::NewerVersion { .. } => "plan-error-newer-version",
            PlanError::MigrationFailed { .. } => "plan-error-migration-failed",
            PlanError::InvalidContent { .. } => "plan-error-invalid-content",
        }
    }

    /// The JSON path the error is about, where one applies.
    pub fn path(&self) -> Option<&str> {
        match self {
            PlanError::InvalidContent { path, .. } => Some(path),
            _ => None,
        }
    }
}
