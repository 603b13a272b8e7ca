//! Errors of the widget's own layer. Each maps to a translated message id, so the person is
//! always told in their language what happened.

/// Why local storage on this device could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser offers no local storage here.
    #[error("local storage is not available")]
    Unavailable,
    /// The browser refused access (privacy settings, blocked third-party storage).
    #[error("local storage access was refused")]
    Refused,
    /// Writing failed, most often because storage is full.
    #[error("writing to local storage failed")]
    WriteFailed,
}

impl StorageError {
    /// The id of the translated message that explains this error to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            StorageError::Unavailable => "error-storage-unavailable",
            StorageError::Refused => "error-storage-refused",
            StorageError::WriteFailed => "error-storage-write-failed",
        }
    }
}
