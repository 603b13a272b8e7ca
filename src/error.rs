//! Errors of the widget's own layer. Each is a value until the view shows it: only there does
//! `message_id()` turn it into the id of a translated message, so the person is always told in
//! their language what happened.
//!
//! Every enum here has an exhaustive `message_id()` (a `match`: a new variant cannot compile
//! without its message) and an `ALL` list with one value per message, which the locale test
//! (`tests/locales.rs`) reads to check that each message exists in every language. Add a new
//! variant to `ALL` too.

use crate::state::backup::{ProtectError, RestoreError};
use crate::state::person_key::KeyError;
use crate::state::seen_keys::SeenError;

/// Why local storage on this device could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
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
    /// What was to be stored could not be written as text (serialization failed); nothing was
    /// written.
    #[error("the data could not be serialized")]
    EncodeFailed,
}

impl StorageError {
    /// One value of every kind.
    pub const ALL: [StorageError; 4] = [
        StorageError::Unavailable,
        StorageError::Refused,
        StorageError::WriteFailed,
        StorageError::EncodeFailed,
    ];

    /// The id of the translated message that explains this error to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            StorageError::Unavailable => "error-storage-unavailable",
            StorageError::Refused => "error-storage-refused",
            StorageError::WriteFailed => "error-storage-write-failed",
            StorageError::EncodeFailed => "error-storage-encode-failed",
        }
    }
}

/// Why the person's signing key could not be read, made or stored (`services::key_store`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyStoreError {
    /// Local storage could not be used.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A key is stored but cannot be read.
    #[error("the stored key cannot be read: {0:?}")]
    Stored(KeyError),
    /// The browser has no cryptographic random generator, so no key can be made.
    #[error("no secure random generator")]
    NoRandom,
}

impl KeyStoreError {
    /// One value of every kind.
    pub const ALL: [KeyStoreError; 7] = [
        KeyStoreError::Storage(StorageError::Unavailable),
        KeyStoreError::Storage(StorageError::Refused),
        KeyStoreError::Storage(StorageError::WriteFailed),
        KeyStoreError::Storage(StorageError::EncodeFailed),
        KeyStoreError::Stored(KeyError::Malformed),
        KeyStoreError::Stored(KeyError::Newer),
        KeyStoreError::NoRandom,
    ];

    /// The id of the translated message that explains this error to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            KeyStoreError::Storage(error) => error.message_id(),
            KeyStoreError::Stored(error) => error.message_id(),
            KeyStoreError::NoRandom => "key-error-no-random",
        }
    }
}

/// Why the list of plans and keys a professional's browser remembers could not be read or
/// stored (`services::seen_store`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SeenStoreError {
    /// Local storage could not be used, or the list could not be written as text.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A list is stored but cannot be read.
    #[error("the stored list cannot be read: {0:?}")]
    Stored(SeenError),
}

impl SeenStoreError {
    /// One value of every kind.
    pub const ALL: [SeenStoreError; 6] = [
        SeenStoreError::Storage(StorageError::Unavailable),
        SeenStoreError::Storage(StorageError::Refused),
        SeenStoreError::Storage(StorageError::WriteFailed),
        SeenStoreError::Storage(StorageError::EncodeFailed),
        SeenStoreError::Stored(SeenError::Malformed),
        SeenStoreError::Stored(SeenError::Newer),
    ];

    /// The id of the translated message that explains this error to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            SeenStoreError::Storage(error) => error.message_id(),
            SeenStoreError::Stored(error) => error.message_id(),
        }
    }
}

/// Why a chosen or dropped file could not be read (`services::files`). Each view that reads
/// files says this in its own words, so this error has no message of its own: see
/// [`RestoreRefusal`] for the restore view's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileReadError {
    /// No file was chosen or dropped.
    #[error("no file was chosen")]
    NoFile,
    /// The file is larger than the limit; it was not read.
    #[error("the file is too large")]
    TooLarge,
    /// The browser could not read it.
    #[error("the file could not be read")]
    Unreadable,
}

impl FileReadError {
    /// One value of every kind.
    pub const ALL: [FileReadError; 3] = [
        FileReadError::NoFile,
        FileReadError::TooLarge,
        FileReadError::Unreadable,
    ];
}

/// Why the messages of a language could not be loaded (`services::messages`): the file is not
/// reachable (offline before the service worker kept it, or the host does not serve it) or is
/// not a file of messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MessagesError {
    /// The language's file could not be fetched or read.
    #[error("the language's messages could not be loaded")]
    Unavailable,
}

impl MessagesError {
    /// One value of every kind.
    pub const ALL: [MessagesError; 1] = [MessagesError::Unavailable];

    /// The message shown in the language the person still reads.
    pub fn message_id(&self) -> &'static str {
        match self {
            MessagesError::Unavailable => "notice-language-not-loaded",
        }
    }
}

/// Why a backup file could not be made or offered for download (`hooks::use_plan`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    /// No cryptographic random numbers for the salt and nonce of a passphrase.
    #[error("no secure random generator")]
    NoRandom,
    /// Locking with the passphrase failed.
    #[error("locking the backup failed")]
    Protect(ProtectError),
    /// The plan could not be written as JSON: there is no file to offer. Never an empty file.
    #[error("the backup could not be serialized")]
    EncodeFailed,
    /// The browser refused the download.
    #[error("the browser refused the download")]
    DownloadRefused,
    /// The part of the app that locks backups (the lazily loaded module) could not be loaded,
    /// is of another version, or did not answer: nothing was offered for download.
    #[error("the module that locks backups is not available")]
    Module(PdfModuleError),
}

impl BackupError {
    /// One value of every kind.
    pub const ALL: [BackupError; 7] = [
        BackupError::NoRandom,
        BackupError::Protect(ProtectError::Failed),
        BackupError::EncodeFailed,
        BackupError::DownloadRefused,
        BackupError::Module(PdfModuleError::Unavailable),
        BackupError::Module(PdfModuleError::Outdated),
        BackupError::Module(PdfModuleError::TimedOut),
    ];

    /// The id of the translated message that explains this error to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            BackupError::NoRandom => "backup-error-no-random",
            BackupError::Protect(error) => error.message_id(),
            BackupError::EncodeFailed => "backup-error-encode-failed",
            BackupError::DownloadRefused => "backup-error-download-refused",
            BackupError::Module(PdfModuleError::Outdated) => "backup-error-module-outdated",
            BackupError::Module(PdfModuleError::TimedOut) => "backup-error-module-timeout",
            BackupError::Module(PdfModuleError::Unavailable) => "backup-error-module-unavailable",
            BackupError::Module(PdfModuleError::NotMade) => "backup-error-protect-failed",
        }
    }
}

/// Why a file chosen for restoring was refused (`hooks::use_restore`). Nothing was changed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RestoreRefusal {
    /// The file itself could not be read.
    #[error(transparent)]
    File(#[from] FileReadError),
    /// The file was read but is not a backup this version can restore.
    #[error("the backup cannot be restored: {0:?}")]
    Backup(RestoreError),
}

impl From<RestoreError> for RestoreRefusal {
    fn from(error: RestoreError) -> Self {
        RestoreRefusal::Backup(error)
    }
}

impl RestoreRefusal {
    /// One value of every kind.
    pub fn all() -> Vec<RestoreRefusal> {
        FileReadError::ALL
            .into_iter()
            .map(RestoreRefusal::File)
            .chain(
                RestoreError::every_kind()
                    .into_iter()
                    .map(RestoreRefusal::Backup),
            )
            .collect()
    }

    /// The id of the translated message that explains this error to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            RestoreRefusal::File(FileReadError::NoFile) => "restore-error-no-file",
            RestoreRefusal::File(FileReadError::TooLarge) => "restore-error-too-large",
            RestoreRefusal::File(FileReadError::Unreadable) => "restore-error-unreadable-file",
            RestoreRefusal::Backup(error) => error.message_id(),
        }
    }
}

/// Why the PDF copy could not be made (`services::pdf_module`). The signed JSON file is never
/// affected: it can still be downloaded and shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PdfModuleError {
    /// The PDF module could not be started: it was never fetched and the device is offline,
    /// the browser or the page refused it, or the file is missing.
    #[error("the PDF module could not be loaded")]
    Unavailable,
    /// The PDF module is of another version than this page (a newer version was installed
    /// while the page was open): reloading the page fixes it.
    #[error("the PDF module is of another version")]
    Outdated,
    /// The PDF module did not answer in time.
    #[error("the PDF module did not answer")]
    TimedOut,
    /// The PDF module answered, but could not make the copy.
    #[error("the PDF copy could not be made")]
    NotMade,
}

impl PdfModuleError {
    /// One value of every kind.
    pub const ALL: [PdfModuleError; 4] = [
        PdfModuleError::Unavailable,
        PdfModuleError::Outdated,
        PdfModuleError::TimedOut,
        PdfModuleError::NotMade,
    ];

    /// The id of the translated message that explains this error to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            PdfModuleError::Unavailable => "error-pdf-module-unavailable",
            PdfModuleError::Outdated => "error-pdf-module-outdated",
            PdfModuleError::TimedOut => "error-pdf-module-timeout",
            PdfModuleError::NotMade => "error-pdf-module-failed",
        }
    }

    /// The id of the message the verify view shows when the module was asked to open a PDF
    /// copy.
    pub fn message_id_when_reading(&self) -> &'static str {
        match self {
            PdfModuleError::Unavailable => "verify-error-pdf-module-unavailable",
            PdfModuleError::Outdated => "verify-error-pdf-module-outdated",
            PdfModuleError::TimedOut => "verify-error-pdf-module-timeout",
            PdfModuleError::NotMade => "error-pdf-malformed",
        }
    }
}

/// Every message id the errors of this module can give, for the locale test.
pub fn all_message_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    ids.extend(StorageError::ALL.iter().map(StorageError::message_id));
    ids.extend(KeyStoreError::ALL.iter().map(KeyStoreError::message_id));
    ids.extend(SeenStoreError::ALL.iter().map(SeenStoreError::message_id));
    ids.extend(BackupError::ALL.iter().map(BackupError::message_id));
    ids.extend(RestoreRefusal::all().iter().map(RestoreRefusal::message_id));
    ids.extend(MessagesError::ALL.iter().map(MessagesError::message_id));
    ids.extend(pdf_errors().iter().map(ownplan_pdf::PdfError::message_id));
    ids.extend(PdfModuleError::ALL.iter().map(PdfModuleError::message_id));
    ids.extend(
        PdfModuleError::ALL
            .iter()
            .map(PdfModuleError::message_id_when_reading),
    );
    ids
}

/// One value of every kind of [`ownplan_pdf::PdfError`], whose messages the verify view shows
/// when a PDF copy is refused (the crate has no list of its own; a new kind must be added here).
pub fn pdf_errors() -> Vec<ownplan_pdf::PdfError> {
    use ownplan_pdf::PdfError;
    vec![
        PdfError::NotTheVerifiedDocument,
        PdfError::DocumentInvalid(String::new()),
        PdfError::TooLarge { limit: 0 },
        PdfError::NotAPdf,
        PdfError::Malformed(""),
        PdfError::NoEmbeddedDocument,
        PdfError::SeveralEmbeddedDocuments { count: 2 },
        PdfError::UnsupportedFilter(String::new()),
        PdfError::EmbeddedTooLarge { limit: 0 },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each error's message id, as the person has seen it until now: the ids must not change.
    fn check(cases: &[(&str, &str)]) {
        for (actual, expected) in cases {
            assert_eq!(actual, expected);
        }
    }

    #[test]
    fn storage_errors_keep_their_messages() {
        check(&[
            (
                StorageError::Unavailable.message_id(),
                "error-storage-unavailable",
            ),
            (StorageError::Refused.message_id(), "error-storage-refused"),
            (
                StorageError::WriteFailed.message_id(),
                "error-storage-write-failed",
            ),
            (
                StorageError::EncodeFailed.message_id(),
                "error-storage-encode-failed",
            ),
        ]);
    }

    #[test]
    fn key_store_errors_keep_their_messages() {
        check(&[
            (
                KeyStoreError::Storage(StorageError::Refused).message_id(),
                "error-storage-refused",
            ),
            (
                KeyStoreError::Storage(StorageError::WriteFailed).message_id(),
                "error-storage-write-failed",
            ),
            (
                KeyStoreError::Stored(KeyError::Malformed).message_id(),
                "key-error-malformed",
            ),
            (
                KeyStoreError::Stored(KeyError::Newer).message_id(),
                "key-error-newer",
            ),
            (KeyStoreError::NoRandom.message_id(), "key-error-no-random"),
        ]);
    }

    #[test]
    fn seen_store_errors_keep_their_messages() {
        check(&[
            (
                SeenStoreError::Storage(StorageError::Unavailable).message_id(),
                "error-storage-unavailable",
            ),
            (
                SeenStoreError::Stored(SeenError::Malformed).message_id(),
                "seen-error-malformed",
            ),
            (
                SeenStoreError::Stored(SeenError::Newer).message_id(),
                "seen-error-newer",
            ),
        ]);
    }

    #[test]
    fn backup_errors_keep_their_messages() {
        check(&[
            (BackupError::NoRandom.message_id(), "backup-error-no-random"),
            (
                BackupError::Protect(ProtectError::Failed).message_id(),
                "backup-error-protect-failed",
            ),
            (
                BackupError::EncodeFailed.message_id(),
                "backup-error-encode-failed",
            ),
            (
                BackupError::DownloadRefused.message_id(),
                "backup-error-download-refused",
            ),
        ]);
    }

    #[test]
    fn restore_refusals_keep_their_messages() {
        check(&[
            (
                RestoreRefusal::File(FileReadError::NoFile).message_id(),
                "restore-error-no-file",
            ),
            (
                RestoreRefusal::File(FileReadError::TooLarge).message_id(),
                "restore-error-too-large",
            ),
            (
                RestoreRefusal::File(FileReadError::Unreadable).message_id(),
                "restore-error-unreadable-file",
            ),
            (
                RestoreRefusal::Backup(RestoreError::WrongPassphraseOrChanged).message_id(),
                "restore-error-wrong-passphrase",
            ),
            (
                RestoreRefusal::from(RestoreError::NotABackup).message_id(),
                "restore-error-not-a-backup",
            ),
        ]);
    }

    /// `ALL` lists each kind once, so the locale test sees every message.
    #[test]
    fn every_list_names_each_kind_once() {
        fn distinct<T: PartialEq + std::fmt::Debug>(all: &[T]) {
            for (i, a) in all.iter().enumerate() {
                assert!(!all[i + 1..].contains(a), "{a:?} twice");
            }
        }
        distinct(&StorageError::ALL);
        distinct(&KeyStoreError::ALL);
        distinct(&SeenStoreError::ALL);
        distinct(&FileReadError::ALL);
        distinct(&BackupError::ALL);
        distinct(&RestoreRefusal::all());
        // Every storage kind reaches the person through the key and seen stores too.
        for error in StorageError::ALL {
            assert!(KeyStoreError::ALL.contains(&KeyStoreError::Storage(error)));
            assert!(SeenStoreError::ALL.contains(&SeenStoreError::Storage(error)));
        }
    }
}
