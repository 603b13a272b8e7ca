//! Downloading a full backup (the plan and the person's key), locked with a passphrase when the
//! person gives one. Locking derives a key with Argon2id, which blocks the page for a moment, so
//! "Locking …" is shown (and painted) first.

use std::rc::Rc;

use yew::prelude::*;

use crate::error::BackupError;
use crate::hooks::use_plan;
use crate::i18n::Language;
use crate::state::person_key::PersonKey;

/// How long "Locking …" is on screen before the blocking work starts: enough to paint it.
const PAINT_DELAY_MS: u32 = 30;

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
            let protected = request.passphrase.is_some();
            let make = move || {
                store.download_backup_with(
                    request.language,
                    request.key.as_deref(),
                    request.passphrase.as_deref(),
                )
            };
            if !protected {
                status.set(match make() {
                    Ok(()) => DownloadStatus::Done { protected },
                    Err(error) => DownloadStatus::Failed(error),
                });
                return;
            }
            status.set(DownloadStatus::Locking);
            wasm_bindgen_futures::spawn_local(async move {
                crate::services::timers::sleep(PAINT_DELAY_MS).await;
                status.set(match make() {
                    Ok(()) => DownloadStatus::Done { protected },
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
