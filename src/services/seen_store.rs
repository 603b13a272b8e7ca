//! The plans and keys a professional's browser remembers (local storage `ownplan.seen`). An
//! unreadable list is reported and left as it is: only an explicit "forget all" writes over it.

use crate::services::storage;
use crate::state::seen_keys::SeenKeys;

/// The storage key (with the widget's prefix added by [`storage`]).
const STORAGE_KEY: &str = "seen";

/// Why the list could not be read or stored; each is a translated message id.
pub type SeenStoreError = &'static str;

/// The stored list; empty when nothing is stored yet.
pub fn load() -> Result<SeenKeys, SeenStoreError> {
    match storage::read(STORAGE_KEY).map_err(|e| e.message_id())? {
        None => Ok(SeenKeys::default()),
        Some(text) => SeenKeys::parse(&text).map_err(|e| e.message_id()),
    }
}

/// Stores `seen`, replacing the list stored before.
pub fn save(seen: &SeenKeys) -> Result<(), SeenStoreError> {
    storage::write(STORAGE_KEY, &seen.to_text()).map_err(|e| e.message_id())
}
