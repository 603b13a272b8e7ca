//! The plans and keys a professional's browser remembers (local storage `ownplan.seen`). An
//! unreadable list is reported and left as it is: only an explicit "forget all" writes over it.

pub use crate::error::SeenStoreError;
use crate::error::StorageError;
use crate::services::storage;
use crate::state::seen_keys::SeenKeys;

/// The storage key (with the widget's prefix added by [`storage`]).
const STORAGE_KEY: &str = "seen";

/// The stored list; empty when nothing is stored yet.
pub fn load() -> Result<SeenKeys, SeenStoreError> {
    match storage::read(STORAGE_KEY)? {
        None => Ok(SeenKeys::default()),
        Some(text) => SeenKeys::parse(&text).map_err(SeenStoreError::Stored),
    }
}

/// Stores `seen`, replacing the list stored before. A list that cannot be written as text is
/// an error, never an empty entry written over the old list.
pub fn save(seen: &SeenKeys) -> Result<(), SeenStoreError> {
    let text = seen.to_text().map_err(|_| StorageError::EncodeFailed)?;
    Ok(storage::write(STORAGE_KEY, &text)?)
}
