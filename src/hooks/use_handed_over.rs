//! Helping mode's Finish: whether the backup downloaded last in this helping session still holds
//! the plan and the key as they are now (kept in the tab's session storage, as a checksum only,
//! so it survives leaving Finish for the signed copies and coming back), and how many files were
//! made.

use yew::prelude::*;

use crate::hooks::{KeyState, use_plan};
use crate::services::peer_files;
use crate::state::peer_files::{HandedOver, handed_over_mark};

/// What [`use_handed_over`] gives Finish.
#[derive(Clone, PartialEq)]
pub struct HandedOverHandle {
    /// Whether the last backup is complete, out of date, or not made.
    pub state: HandedOver,
    /// Files offered for download in this helping session.
    pub files_made: u32,
    /// A backup of the plan and key as they are now was just downloaded.
    pub noted: Callback<()>,
}

/// The state of the backup handed over, against the plan and `key` as they are now.
#[hook]
pub fn use_handed_over(key: &KeyState) -> HandedOverHandle {
    let store = use_plan();
    let fingerprint = match key {
        KeyState::Ready(key) => Some(key.key.did_key().fingerprint().to_string()),
        _ => None,
    };
    let plan_json = store
        .as_ref()
        // Through a JSON value, as storage and the backup do: one serializer of the plan in the
        // wasm, not a second.
        .and_then(|store| serde_json::to_value(store.plan()).ok())
        .map(|value| value.to_string())
        .unwrap_or_default();
    let current = handed_over_mark(&plan_json, fingerprint.as_deref());
    let stored = use_state_eq(peer_files::handed_over_mark);
    // Re-read on every render: files are counted by the download service.
    let files_made = peer_files::files_made();
    let noted = {
        let stored = stored.clone();
        let current = current.clone();
        Callback::from(move |()| {
            peer_files::note_handed_over(&current);
            stored.set(Some(current.clone()));
        })
    };
    HandedOverHandle {
        state: HandedOver::compare(stored.as_deref(), &current),
        files_made,
        noted,
    }
}
