//! The plan in this device's local storage.
//!
//! Reading never deletes anything: stored text that cannot be read is first copied aside under
//! its own key and the person is told. Writing first checks that nobody else (another tab) has
//! saved since this tab last read or wrote, so two tabs never silently overwrite each other.

use ownplan_core::plan::Plan;

use crate::error::StorageError;
use crate::services::storage;
use crate::state::stored_plan::{self, StoredPlan, UnreadableReason};

const PLAN_KEY: &str = "plan";
const UNREADABLE_PREFIX: &str = "plan.unreadable.";

/// What was found on the device.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadOutcome {
    /// No plan is stored yet.
    Empty,
    /// A plan, and the revision it was saved as.
    Found(Box<StoredPlan>),
    /// Something is stored that cannot be read.
    Unreadable {
        /// Why.
        reason: UnreadableReason,
        /// The stored text, so the person can download it.
        raw: String,
        /// Where it was copied aside (`None` if even that failed: then nothing may be written).
        kept_as: Option<String>,
    },
}

/// Whether the device surely holds nothing of the person's: the storage answered, and none of
/// the widget's keys but its settings is there (no plan, no key, no backup's record, which says
/// when a plan has vanished, no share round). The first module shows its overview only then (a
/// first visit); anything else is for the full module, which reads it. Outside a browser (the
/// native render tests) there is no storage, and nothing is stored.
pub fn surely_nothing_stored() -> bool {
    if !cfg!(target_arch = "wasm32") {
        return true;
    }
    matches!(storage::holds_persons_data(), Ok(false))
}

/// Reads the plan from the device.
pub fn load() -> Result<LoadOutcome, StorageError> {
    let Some(raw) = storage::read(PLAN_KEY)? else {
        return Ok(LoadOutcome::Empty);
    };
    match stored_plan::decode(&raw) {
        Ok(stored) => Ok(LoadOutcome::Found(Box::new(stored))),
        Err(reason) => {
            let kept_as = keep_aside(&raw);
            Ok(LoadOutcome::Unreadable {
                reason,
                raw,
                kept_as,
            })
        }
    }
}

/// Copies unreadable text to a key of its own; returns the key, or `None` if it could not.
fn keep_aside(raw: &str) -> Option<String> {
    for n in 1..1000 {
        let key = format!("{UNREADABLE_PREFIX}{n}");
        match storage::read(&key) {
            Ok(Some(existing)) if existing == raw => return Some(key),
            Ok(Some(_)) => continue,
            Ok(None) => return storage::write(&key, raw).ok().map(|()| key),
            Err(_) => return None,
        }
    }
    None
}

/// The result of a save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Saved as this revision.
    Saved(u64),
    /// Another tab saved revision `theirs` since we last read or wrote `ours`; nothing written.
    Conflict {
        /// What we expected to find.
        ours: u64,
        /// What is stored now.
        theirs: u64,
    },
}

/// Saves `plan`, if the stored revision is still `expected_revision` (0 when nothing was
/// stored). The new revision is one higher.
pub fn save(
    plan: &Plan,
    expected_revision: u64,
    writer: &str,
) -> Result<SaveOutcome, StorageError> {
    let stored = storage::read(PLAN_KEY)?
        .as_deref()
        .and_then(stored_plan::stored_revision)
        .unwrap_or(0);
    if stored != expected_revision {
        return Ok(SaveOutcome::Conflict {
            ours: expected_revision,
            theirs: stored,
        });
    }
    let revision = expected_revision + 1;
    let text =
        stored_plan::encode(plan, revision, writer).map_err(|_| StorageError::EncodeFailed)?;
    storage::write(PLAN_KEY, &text)?;
    Ok(SaveOutcome::Saved(revision))
}

/// The full key of the stored plan, as the `storage` event reports it.
pub fn plan_storage_key() -> String {
    storage::full_key(PLAN_KEY)
}
