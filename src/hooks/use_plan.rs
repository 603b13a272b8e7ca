//! The plan, kept on the device: loads it at start, saves every change shortly after it is made
//! (and at once when the page is hidden or closed), notices another tab's saves, and reports
//! every failure as a [`SaveStatus`] the page shows in plain language.
//!
//! Nothing is written from the reducer or while rendering: saving happens in effects and event
//! listeners here, through `services::plan_store`.
//!
//! It also keeps what protects the plan beyond this device's storage: the backup record (when
//! the last backup was made and how much changed since, [`crate::state::reminders`]), whether
//! the browser has promised to keep the storage (checked at start, asked for after the first
//! save of real content), and whether a plan this device once backed up has vanished.

use std::cell::RefCell;
use std::rc::Rc;

use ownplan_core::plan::{ItemId, Plan, PlanId};
use yew::prelude::*;

use crate::error::{BackupError, StorageError};
use crate::i18n::{Language, translate_with};
use crate::services::persistence;
pub use crate::services::persistence::Persistence;
use crate::services::{self, plan_store};
use crate::state::backup;
use crate::state::plan::{PlanAction, PlanOrigin, PlanState};
use crate::state::plan_part::PlanPart;
use crate::state::reminders::{self, BackupRecord};
use crate::state::stored_plan::{self, UnreadableReason};

/// How long after the last change the plan is saved. Short enough that a crash loses at most
/// this much typing, long enough that typing never waits for storage.
const SAVE_DELAY_MS: u32 = 400;

/// Where saving stands, as the person is told.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Reading from the device.
    Loading,
    /// Everything is saved on this device.
    Saved,
    /// A change is about to be saved.
    Pending,
    /// Saving failed: the plan is kept in memory only.
    Failed(StorageError),
    /// Another tab saved a different version since this tab last saved.
    Conflict,
    /// Another tab saved; this tab, with nothing unsaved, now shows that version.
    UpdatedFromOtherTab,
    /// What was stored could not be read; it was kept aside (or could not be).
    Unreadable {
        /// Why it could not be read.
        reason: UnreadableReason,
        /// The stored text, for download.
        raw: Rc<str>,
        /// The key it was copied to, or `None` when even that failed (then nothing is saved).
        kept_as: Option<String>,
    },
}

/// What the person can do about the saving status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageCommand {
    /// Conflict: keep this tab's version and save it over the other tab's.
    KeepThisVersion,
    /// Conflict: show the version the other tab saved (this tab's unsaved changes are dropped).
    UseOtherVersion,
    /// Hide a notice that needs no decision.
    Dismiss,
}

/// Local storage key of the backup record ([`BackupRecord`]): its own key, so it outlives a
/// plan removed by hand.
const BACKUP_RECORD_KEY: &str = "backup";

/// What the person did about backups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupCommand {
    /// A backup file was made.
    BackedUp,
    /// "Not now" to the offer of a backup.
    NotNow,
}

/// What protects the plan beyond this device's storage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Safety {
    /// When the last backup was made, and how much changed since.
    pub backup: BackupRecord,
    /// What the browser said about keeping the storage: `None` until it has promised, or
    /// until it was asked (after the first save of real content).
    pub persistence: Option<Persistence>,
    /// No plan was stored at start, though this device once made a backup of one.
    pub vanished: bool,
}

/// The plan and its saving, shared with every page through a context.
#[derive(Clone, PartialEq)]
pub struct PlanStore {
    /// The plan state; dispatch [`PlanAction`]s to change it.
    pub state: UseReducerHandle<PlanState>,
    /// Where saving stands.
    pub status: SaveStatus,
    /// Resolve a conflict or dismiss a notice.
    pub command: Callback<StorageCommand>,
    /// Backups, the browser's promise to keep the storage, a vanished plan.
    pub safety: Rc<Safety>,
    /// Record a backup, or "Not now".
    pub backup_command: Callback<BackupCommand>,
}

impl PlanStore {
    /// The plan.
    pub fn plan(&self) -> &Plan {
        &self.state.plan
    }

    /// Whether the plan has been read from this device (before that, the view shows an empty
    /// plan that is not saved).
    pub fn is_loaded(&self) -> bool {
        self.state.origin == crate::state::plan::PlanOrigin::Device
    }

    /// The plan, shared (cheap to clone).
    pub fn plan_rc(&self) -> std::rc::Rc<Plan> {
        self.state.plan.clone()
    }

    /// Apply a change. Its text is normalized to NFC first, so text enters the plan normalized.
    pub fn dispatch(&self, action: PlanAction) {
        self.state
            .dispatch(action.map_text(&services::text::to_nfc));
    }

    /// Offers the whole plan as a backup file download, named in `language` with today's date,
    /// without the key and without a passphrase: the quick way out when saving fails.
    pub fn download_backup(&self, language: Language) -> Result<(), BackupError> {
        self.download_open_backup(language, None)
    }

    /// Offers the plan, and `key` when given, as a backup file download named in `language`
    /// with today's date, not locked.
    pub fn download_open_backup(
        &self,
        language: Language,
        key: Option<&crate::state::person_key::PersonKey>,
    ) -> Result<(), BackupError> {
        let created = services::clock::now_utc();
        let created = created.as_ref().map(|c| c.as_str());
        let text =
            backup::encode(self.plan(), key, created).map_err(|_| BackupError::EncodeFailed)?;
        self.offer_backup(language, &text)
    }

    /// The same, locked with `passphrase` (normalized to NFC first, so the same words typed on
    /// another device open it). The locking (Argon2id, then the cipher) runs in the lazily
    /// loaded module, so the page stays responsive; nothing is offered if it fails.
    pub async fn download_locked_backup(
        &self,
        language: Language,
        key: Option<&crate::state::person_key::PersonKey>,
        passphrase: &str,
    ) -> Result<(), BackupError> {
        let created = services::clock::now_utc();
        let created = created.as_ref().map(|c| c.as_str());
        let salt = services::random::secure_bytes().ok_or(BackupError::NoRandom)?;
        let nonce = services::random::secure_bytes().ok_or(BackupError::NoRandom)?;
        let passphrase = zeroize::Zeroizing::new(services::text::to_nfc(passphrase));
        let pending = backup::prepare_protected(self.plan(), key, created, salt, nonce)
            .map_err(BackupError::Protect)?;
        let sealed = services::timing::measure_async(
            "ownplan-protect",
            services::pdf_module::run_cipher(
                services::pdf_module::CipherWork::Seal,
                pending.job(),
                &passphrase,
            ),
        )
        .await
        .map_err(|error| match error {
            services::pdf_module::CipherError::Module(error) => BackupError::Module(error),
            _ => BackupError::Protect(backup::ProtectError::Failed),
        })?;
        let text = pending.finish(&sealed).map_err(BackupError::Protect)?;
        self.offer_backup(language, &text)
    }

    /// Offers `text` as the backup file, named in `language` with today's date.
    fn offer_backup(&self, language: Language, text: &str) -> Result<(), BackupError> {
        let date = services::clock::today()
            .map(|d| d.as_str().to_owned())
            .unwrap_or_default();
        // No Unicode isolation marks in a file name.
        let file_name = translate_with(language, "backup-file-name", &[("date", &date)])
            .replace(['\u{2068}', '\u{2069}'], "");
        if services::files::download_text(&file_name, "application/json", text) {
            self.backup_command.emit(BackupCommand::BackedUp);
            Ok(())
        } else {
            Err(BackupError::DownloadRefused)
        }
    }
}

/// A new id for a list item.
pub fn new_item_id() -> ItemId {
    ItemId::from_random_bytes(services::random::id_bytes())
}

/// What the save functions need, kept current on every render.
struct Saver {
    plan: Rc<Plan>,
    origin: PlanOrigin,
    /// The revision this tab last read or wrote.
    revision: u64,
    writer: String,
    pending: Option<services::timers::Once>,
    /// Changes were made that are not on the device yet (waiting, or the save failed).
    unsaved: bool,
    /// The reducer's change count now, and as far as the backup record has counted it.
    changes: u64,
    counted_changes: u64,
    /// Whether the browser was asked to keep the storage in this page.
    persist_asked: bool,
    /// Tells the view about the backup record and the browser's answer.
    safety: Option<UseStateSetter<Rc<Safety>>>,
    safety_now: Rc<Safety>,
}

/// Whether anything at all is written in `plan`.
fn has_content(plan: &Plan) -> bool {
    reminders::has_crisis_plan(plan) || PlanPart::ALL.iter().any(|part| part.has_content(plan))
}

/// The backup record as stored (a fresh one when there is none or it cannot be read).
fn read_backup_record() -> BackupRecord {
    services::storage::read(BACKUP_RECORD_KEY)
        .ok()
        .flatten()
        .map(|text| BackupRecord::parse(&text))
        .unwrap_or_default()
}

/// After a save: count the saved changes in the backup record. Returns whether the browser is
/// now to be asked to keep the storage: the first time real content is saved in this page.
fn after_save(s: &mut Saver) -> bool {
    let Some(safety) = s.safety.clone() else {
        return false;
    };
    let mut next = (*s.safety_now).clone();
    let count = s.changes.saturating_sub(s.counted_changes);
    s.counted_changes = s.changes;
    if count > 0 {
        let mut record = read_backup_record();
        record.changed(count, services::clock::today().as_ref());
        // If this cannot be stored, a reminder comes later than it might: never harmful.
        if let Some(text) = record.to_text() {
            let _ = services::storage::write(BACKUP_RECORD_KEY, &text);
        }
        next.backup = record;
    }
    if next != *s.safety_now {
        s.safety_now = Rc::new(next);
        safety.set(s.safety_now.clone());
    }
    has_content(&s.plan) && claim_ask_to_keep(s)
}

/// Whether the browser is to be asked to keep this site's storage now, marked as asked: once
/// per page, only while its answer is not known, and only for the device's own storage (in
/// helping mode the plan lives only as long as the tab, on purpose: nothing to ask).
fn claim_ask_to_keep(s: &mut Saver) -> bool {
    let ask = !s.persist_asked
        && s.safety_now.persistence.is_none()
        && services::storage::backend() == services::storage::Backend::Local;
    if ask {
        s.persist_asked = true;
    }
    ask
}

type SharedSaver = Rc<RefCell<Saver>>;

/// Asks the browser to keep this site's storage, and shows its answer.
fn ask_to_keep(saver: &SharedSaver) {
    let saver = saver.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let answer = persistence::persist().await;
        let mut s = saver.borrow_mut();
        let Some(safety) = s.safety.clone() else {
            return;
        };
        let next = Rc::new(Safety {
            persistence: Some(answer),
            ..(*s.safety_now).clone()
        });
        s.safety_now = next.clone();
        safety.set(next);
    });
}

fn save_now(saver: &SharedSaver, status: &UseStateSetter<SaveStatus>) {
    let ask = {
        let mut s = saver.borrow_mut();
        s.pending = None;
        if s.origin != PlanOrigin::Device {
            return;
        }
        match plan_store::save(&s.plan, s.revision, &s.writer) {
            Ok(plan_store::SaveOutcome::Saved(revision)) => {
                s.revision = revision;
                s.unsaved = false;
                status.set(SaveStatus::Saved);
                after_save(&mut s)
            }
            Ok(plan_store::SaveOutcome::Conflict { .. }) => {
                status.set(SaveStatus::Conflict);
                false
            }
            Err(error) => {
                status.set(SaveStatus::Failed(error));
                false
            }
        }
    };
    if ask {
        ask_to_keep(saver);
    }
}

/// Holds the plan for the whole widget. Call once, in the shell.
#[hook]
pub fn use_plan_store(language: Language) -> PlanStore {
    let state = use_reducer(|| {
        // A placeholder until the stored plan is read in the effect below; it is never saved.
        PlanState::not_loaded(Plan::new(
            PlanId::from_random_bytes([0; 16]),
            language.code(),
        ))
    });
    let status = use_state(|| SaveStatus::Loading);
    let safety = use_state(|| Rc::new(Safety::default()));
    let saver: SharedSaver = use_mut_ref(|| Saver {
        plan: state.plan.clone(),
        origin: PlanOrigin::NotLoaded,
        revision: 0,
        writer: String::new(),
        pending: None,
        unsaved: false,
        changes: 0,
        counted_changes: 0,
        persist_asked: false,
        safety: None,
        safety_now: Rc::new(Safety::default()),
    })
    .clone();
    {
        let mut s = saver.borrow_mut();
        s.plan = state.plan.clone();
        s.origin = state.origin;
        s.changes = state.changes;
        s.safety = Some(safety.setter());
        s.safety_now = (*safety).clone();
    }

    // Read the plan once, at start.
    {
        let dispatcher = state.dispatcher();
        let status = status.setter();
        let saver = saver.clone();
        let safety = safety.setter();
        use_effect_with((), move |()| {
            let record = read_backup_record();
            let loaded = plan_store::load();
            let plan_stored = !matches!(loaded, Ok(plan_store::LoadOutcome::Empty));
            let start = Safety {
                vanished: reminders::plan_vanished(&record, plan_stored),
                backup: record,
                persistence: None,
            };
            saver.borrow_mut().safety_now = Rc::new(start.clone());
            safety.set(Rc::new(start.clone()));
            // Whether the browser has already promised to keep the storage; a "no" is not shown
            // until the browser has been asked.
            {
                let safety = safety.clone();
                let saver = saver.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if persistence::persisted().await == Persistence::Granted {
                        let mut s = saver.borrow_mut();
                        let next = Rc::new(Safety {
                            persistence: Some(Persistence::Granted),
                            ..(*s.safety_now).clone()
                        });
                        s.safety_now = next.clone();
                        safety.set(next);
                    }
                });
            }
            saver.borrow_mut().writer = format!(
                "tab-{}",
                ItemId::from_random_bytes(services::random::id_bytes()).as_str()
            );
            let fresh_plan = || {
                Rc::new(Plan::new(
                    PlanId::from_random_bytes(services::random::id_bytes()),
                    language.code(),
                ))
            };
            match loaded {
                Ok(plan_store::LoadOutcome::Empty) => {
                    dispatcher.dispatch(PlanAction::Loaded(fresh_plan()));
                    status.set(SaveStatus::Saved);
                }
                Ok(plan_store::LoadOutcome::Found(stored)) => {
                    saver.borrow_mut().revision = stored.revision;
                    // Taking over from the first module, which may have asked the browser to
                    // keep the storage already: its answer is asked for again, so the views
                    // here show it too (a browser asks the person at most once).
                    if services::app_start::took_over()
                        && has_content(&stored.plan)
                        && claim_ask_to_keep(&mut saver.borrow_mut())
                    {
                        ask_to_keep(&saver);
                    }
                    dispatcher.dispatch(PlanAction::Loaded(Rc::new(stored.plan)));
                    status.set(SaveStatus::Saved);
                }
                Ok(plan_store::LoadOutcome::Unreadable {
                    reason,
                    raw,
                    kept_as,
                }) => {
                    if kept_as.is_some() {
                        // A copy is safe under its own key: start afresh over the old one.
                        saver.borrow_mut().revision =
                            stored_plan::stored_revision(&raw).unwrap_or(0);
                        dispatcher.dispatch(PlanAction::Loaded(fresh_plan()));
                    }
                    status.set(SaveStatus::Unreadable {
                        reason,
                        raw: Rc::from(raw.as_str()),
                        kept_as,
                    });
                }
                Err(error) => {
                    // No storage at all: the person can still write, in memory, and is told.
                    dispatcher.dispatch(PlanAction::Loaded(fresh_plan()));
                    status.set(SaveStatus::Failed(error));
                }
            }
        });
    }

    // Save shortly after every change.
    {
        let saver = saver.clone();
        let status_setter = status.setter();
        let current = (*status).clone();
        use_effect_with(state.changes, move |changes| {
            if *changes > 0 {
                if matches!(current, SaveStatus::Saved | SaveStatus::UpdatedFromOtherTab) {
                    status_setter.set(SaveStatus::Pending);
                }
                let timer_saver = saver.clone();
                let timeout = services::timers::after(SAVE_DELAY_MS, move || {
                    save_now(&timer_saver, &status_setter)
                });
                // Replacing the handle cancels the earlier timer: one save per pause in typing.
                let mut s = saver.borrow_mut();
                s.pending = Some(timeout);
                s.unsaved = true;
            }
        });
    }

    // Save at once when the page is hidden or closed; follow other tabs' saves.
    {
        let saver = saver.clone();
        let status = status.setter();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            let hide_saver = saver.clone();
            let hide_status = status.clone();
            let unmount_saver = saver.clone();
            let unmount_status = status.clone();
            // Anything not on the device yet is written now, also after an earlier failure.
            let on_hide = services::lifecycle::on_page_hide(move || {
                if hide_saver.borrow().unsaved {
                    save_now(&hide_saver, &hide_status);
                }
            });
            let on_storage = services::lifecycle::on_storage_change(
                plan_store::plan_storage_key(),
                move |text| {
                    let Some(stored) = text.as_deref().and_then(|t| stored_plan::decode(t).ok())
                    else {
                        return;
                    };
                    let mut s = saver.borrow_mut();
                    if stored.revision <= s.revision || stored.writer == s.writer {
                        return;
                    }
                    // Follow the other tab only when this one has nothing unsaved (a failed
                    // save counts as unsaved): otherwise the person decides.
                    if !s.unsaved {
                        s.revision = stored.revision;
                        drop(s);
                        dispatcher.dispatch(PlanAction::Loaded(Rc::new(stored.plan)));
                        status.set(SaveStatus::UpdatedFromOtherTab);
                    } else {
                        status.set(SaveStatus::Conflict);
                    }
                },
            );
            // The widget taken off a host page (`unmount()` in `ownplan.js`): nothing typed
            // is left behind unsaved.
            move || {
                drop(on_hide);
                drop(on_storage);
                if unmount_saver.borrow().unsaved {
                    save_now(&unmount_saver, &unmount_status);
                }
            }
        });
    }

    let command = {
        let saver = saver.clone();
        let status = status.setter();
        let dispatcher = state.dispatcher();
        Callback::from(move |command: StorageCommand| match command {
            StorageCommand::Dismiss => status.set(SaveStatus::Saved),
            StorageCommand::KeepThisVersion => {
                let theirs = match services::plan_store::load() {
                    Ok(plan_store::LoadOutcome::Found(stored)) => stored.revision,
                    _ => saver.borrow().revision,
                };
                saver.borrow_mut().revision = theirs;
                save_now(&saver, &status);
            }
            StorageCommand::UseOtherVersion => {
                if let Ok(plan_store::LoadOutcome::Found(stored)) = services::plan_store::load() {
                    let mut s = saver.borrow_mut();
                    s.pending = None;
                    s.unsaved = false;
                    s.revision = stored.revision;
                    drop(s);
                    dispatcher.dispatch(PlanAction::Loaded(Rc::new(stored.plan)));
                    status.set(SaveStatus::Saved);
                }
            }
        })
    };

    let backup_command = {
        let saver = saver.clone();
        let safety = safety.setter();
        Callback::from(move |command: BackupCommand| {
            let Some(today) = services::clock::today() else {
                return;
            };
            let mut record = read_backup_record();
            match command {
                BackupCommand::BackedUp => record.backed_up(today),
                BackupCommand::NotNow => record.snooze(today),
            }
            if let Some(text) = record.to_text() {
                let _ = services::storage::write(BACKUP_RECORD_KEY, &text);
            }
            let mut s = saver.borrow_mut();
            let next = Rc::new(Safety {
                backup: record,
                ..(*s.safety_now).clone()
            });
            s.safety_now = next.clone();
            safety.set(next);
        })
    };

    PlanStore {
        state,
        status: (*status).clone(),
        command,
        safety: (*safety).clone(),
        backup_command,
    }
}

/// The shared plan store. Outside the shell (isolated component tests) there is none.
#[hook]
pub fn use_plan() -> Option<PlanStore> {
    use_context::<PlanStore>()
}

/// Dispatches plan actions (text normalized to NFC, as [`PlanStore::dispatch`]) through one
/// callback that stays the same while the view lives. Lists hand it to every item card, so a
/// keystroke in one item re-renders that card, not all of them. `None` outside the shell.
#[hook]
pub fn use_plan_actions() -> Option<Callback<PlanAction>> {
    let dispatcher = use_plan().map(|store| store.state.dispatcher());
    let here = dispatcher.is_some();
    let callback = use_callback(dispatcher, |action: PlanAction, dispatcher| {
        if let Some(dispatcher) = dispatcher {
            dispatcher.dispatch(action.map_text(&services::text::to_nfc));
        }
    });
    here.then_some(callback)
}
