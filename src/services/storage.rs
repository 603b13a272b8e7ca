//! Local storage on this device, with every failure returned as a value.
//!
//! Storage can be missing (some embedded or private contexts), refused (privacy settings) or
//! full. None of these may crash the widget: callers get a [`StorageError`] and decide how to
//! tell the person.

use crate::error::StorageError;

/// Every key this widget writes starts with this, so it never touches a host page's data.
const KEY_PREFIX: &str = "ownplan.";

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageError::Unavailable),
        Err(_) => Err(StorageError::Refused),
    }
}

/// The key as stored, with this widget's prefix.
pub fn full_key(key: &str) -> String {
    format!("{KEY_PREFIX}{key}")
}

/// The text stored under `key`, or `None` when nothing is stored there.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(&format!("{KEY_PREFIX}{key}"))
        .map_err(|_| StorageError::Refused)
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(&format!("{KEY_PREFIX}{key}"), value)
        .map_err(|_| StorageError::WriteFailed)
}
