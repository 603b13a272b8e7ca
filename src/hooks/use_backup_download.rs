//! Downloading a full backup (the plan and the person's key), locked with a passphrase when the
//! person gives one. Locking derives a key with Argon2id in the lazily loaded module
//! (`services::pdf_module::run_cipher`); "Locking …" shows meanwhile.

use std::rc::Rc;

use yew::prelude::*;

use crate::error::BackupError;
use crate::hooks::use_plan;
use crate::i18n::Language;
use crate::state::person_key::PersonKey;

/// Where a backup download stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DownloadStatus {
    /// Nothing asked yet.
    Idle,
    /// Deriving the key and encrypting.
    Locking,
    /// The file was offered for download.
    Done {
        /// Whether it is locked with a passphrase.
        protected: bool,
    },
    /// It failed, and nothing was offered for download.
    Failed(BackupError),
}

/// What to download.
#[derive(Clone, Debug, PartialEq)]
pub struct BackupRequest {
    /// The file's name is in this language.
    pub language: Language,
    /// The key to include, if any.
    pub key: Option<Rc<PersonKey>>,
    /// Lock with this passphrase, if any.
    pub passphrase: Option<String>,
}

/// What [`use_backup_download`] gives the backup view.
#[derive(Clone, PartialEq)]
pub struct BackupDownloadHandle {
    /// Where the last download stands.
    pub status: DownloadStatus,
    /// Make and offer a backup file.
    pub download: Callback<BackupRequest>,
}

/// The backup download flow.
#[hook]
pub fn use_backup_download() -> BackupDownloadHandle {
    let status = use_state_eq(|| DownloadStatus::Idle);
    let store = use_plan();
    let download = {
        let status = status.clone();
        Callback::from(move |request: BackupRequest| {
            let Some(store) = store.clone() else {
                return;
            };
            let status = status.clone();
            let Some(passphrase) = request.passphrase.clone() else {
                status.set(
                    match store.download_open_backup(request.language, request.key.as_deref()) {
                        Ok(()) => DownloadStatus::Done { protected: false },
                        Err(error) => DownloadStatus::Failed(error),
                    },
                );
                return;
            };
            status.set(DownloadStatus::Locking);
            wasm_bindgen_futures::spawn_local(async move {
                let passphrase = zeroize::Zeroizing::new(passphrase);
                let result = store
                    .download_locked_backup(request.language, request.key.as_deref(), &passphrase)
                    .await;
                status.set(match result {
                    Ok(()) => DownloadStatus::Done { protected: true },
                    Err(error) => DownloadStatus::Failed(error),
                });
            });
        })
    };
    BackupDownloadHandle {
        status: *status,
        download,
    }
}
