//! Restoring a backup: read the chosen file (or text read elsewhere), check it strictly, ask for
//! the passphrase when it is protected, show a preview, and replace the plan and the key only
//! when the person confirms. A bad or foreign file, or a wrong passphrase, gets a translated
//! reason and changes nothing.

use std::rc::Rc;

use yew::prelude::*;
use zeroize::Zeroizing;

use crate::error::{KeyStoreError, RestoreRefusal};
use crate::hooks::{KeyState, use_person_key, use_plan};
use crate::services;
use crate::services::file_input::{self, FileInput};
use crate::services::pdf_module::CipherError;
use crate::state::backup::{self, BackupContents, BackupFile, LockedBackup, RestoreError};
use crate::state::plan::PlanAction;

/// Files larger than this are refused before reading (the strict parser's own cap).
const MAX_FILE_BYTES: f64 = ownplan_core::proof::MAX_DOCUMENT_BYTES as f64;

/// Where a restore stands.
#[derive(Clone, Debug, PartialEq)]
pub enum RestoreStep {
    /// Nothing chosen.
    Idle,
    /// Reading the file.
    Reading,
    /// A protected backup, waiting for its passphrase. `problem` is why the last passphrase did
    /// not open it.
    Locked {
        /// The checked, still locked backup.
        backup: Rc<LockedBackup>,
        /// Why the last try failed, if there was one.
        problem: Option<RestoreError>,
    },
    /// Deriving the key from the passphrase (takes a moment).
    Unlocking,
    /// A valid backup, waiting for the person's confirmation.
    Preview(Rc<BackupContents>),
    /// The file was refused. Nothing was changed.
    Refused(RestoreRefusal),
    /// The backup was fine but this device could not take it (the key could not be stored).
    /// Nothing was changed.
    Failed(KeyStoreError),
    /// The plan (and the key, if the backup had one) was replaced by the backup.
    Done {
        /// Whether a key was stored too.
        key_restored: bool,
    },
}

/// What [`use_restore`] gives a view.
#[derive(Clone, PartialEq)]
pub struct RestoreHandle {
    /// Where the restore stands.
    pub step: RestoreStep,
    /// Where the key on this device stands (the preview compares it with the backup's).
    pub device_key: KeyState,
    /// Read the file chosen in this input.
    pub choose: Callback<FileInput>,
    /// Check text already read elsewhere (for example a file dropped on another view).
    pub offer_text: Callback<String>,
    /// Try to open a protected backup with this passphrase.
    pub unlock: Callback<String>,
    /// Replace the plan (and the key) with the previewed backup.
    pub confirm: Callback<()>,
    /// Forget the chosen file.
    pub cancel: Callback<()>,
}

fn step_for(text: &str) -> RestoreStep {
    match backup::decode(text.as_bytes()) {
        Ok(BackupFile::Open(contents)) => RestoreStep::Preview(Rc::from(contents)),
        Ok(BackupFile::Locked(locked)) => RestoreStep::Locked {
            backup: Rc::new(locked),
            problem: None,
        },
        Err(error) => RestoreStep::Refused(error.into()),
    }
}

/// The restore flow.
#[hook]
pub fn use_restore() -> RestoreHandle {
    let step = use_state_eq(|| RestoreStep::Idle);
    let store = use_plan();
    let person_key = use_person_key();
    let choose = {
        let step = step.clone();
        Callback::from(move |input: FileInput| {
            let step = step.clone();
            step.set(RestoreStep::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                let next = match services::files::read_chosen_file(&input, MAX_FILE_BYTES).await {
                    Ok(text) => step_for(&text),
                    Err(error) => RestoreStep::Refused(error.into()),
                };
                // Let the same file be chosen again after a cancel.
                file_input::clear(&input);
                step.set(next);
            });
        })
    };
    let offer_text = {
        let step = step.clone();
        Callback::from(move |text: String| step.set(step_for(&text)))
    };
    let unlock = {
        let step = step.clone();
        Callback::from(move |passphrase: String| {
            let RestoreStep::Locked { backup, .. } = &*step else {
                return;
            };
            let backup = backup.clone();
            let step = step.clone();
            step.set(RestoreStep::Unlocking);
            wasm_bindgen_futures::spawn_local(async move {
                let passphrase = Zeroizing::new(services::text::to_nfc(&passphrase));
                // Argon2id and the cipher run in the lazily loaded module: the page stays
                // responsive meanwhile.
                let opened = services::timing::measure_async(
                    "ownplan-unlock",
                    services::pdf_module::run_cipher(
                        services::pdf_module::CipherWork::Open,
                        &backup.job(),
                        &passphrase,
                    ),
                )
                .await;
                let result = match opened {
                    Ok(plaintext) => backup.contents_from(&plaintext),
                    Err(CipherError::WrongPassphraseOrChanged) => {
                        Err(RestoreError::WrongPassphraseOrChanged)
                    }
                    Err(CipherError::Module(error)) => Err(RestoreError::UnlockModule(error)),
                    Err(CipherError::Failed) => Err(RestoreError::UnlockFailed),
                };
                step.set(match result {
                    Ok(contents) => RestoreStep::Preview(Rc::new(contents)),
                    // Try again: another passphrase, or once the module can be loaded.
                    Err(
                        error @ (RestoreError::WrongPassphraseOrChanged
                        | RestoreError::UnlockModule(_)),
                    ) => RestoreStep::Locked {
                        backup,
                        problem: Some(error),
                    },
                    Err(error) => RestoreStep::Refused(error.into()),
                });
            });
        })
    };
    let confirm = {
        let step = step.clone();
        let person_key = person_key.clone();
        Callback::from(move |()| {
            let (RestoreStep::Preview(contents), Some(store)) = (&*step, &store) else {
                return;
            };
            // The key first: if it cannot be stored, nothing is changed at all.
            if let Some(key) = &contents.key
                && let Err(error) = person_key.store(key.clone())
            {
                step.set(RestoreStep::Failed(error));
                return;
            }
            store.dispatch(PlanAction::Replace(Rc::new(contents.plan.clone())));
            step.set(RestoreStep::Done {
                key_restored: contents.key.is_some(),
            });
        })
    };
    let cancel = {
        let step = step.clone();
        Callback::from(move |()| step.set(RestoreStep::Idle))
    };
    RestoreHandle {
        step: (*step).clone(),
        device_key: person_key.state().clone(),
        choose,
        offer_text,
        unlock,
        confirm,
        cancel,
    }
}
