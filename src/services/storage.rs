//! Local storage on this device, with every failure returned as a value.
//!
//! Storage can be missing (some embedded or private contexts), refused (privacy settings) or
//! full. None of these may crash the widget: callers get a [`StorageError`] and decide how to
//! tell the person.

use crate::error::StorageError;

use std::cell::RefCell;

/// Every key this widget writes starts with this, so it never touches a host page's data.
const KEY_PREFIX: &str = "ownplan.";

thread_local! {
    // `ownplan.` or, for a host's namespace, `ownplan.<namespace>.`; set once at start.
    static PREFIX: RefCell<String> = RefCell::new(KEY_PREFIX.to_owned());
}

/// Keeps this widget's data in `namespace` (`ownplan.<namespace>.<key>`), so two portals or two
/// widgets on one origin never mix data. Call once at start, before anything is read; the
/// namespace was checked by [`crate::embed`].
pub fn configure_namespace(namespace: Option<&str>) {
    let prefix = match namespace {
        Some(namespace) => format!("{KEY_PREFIX}{namespace}."),
        None => KEY_PREFIX.to_owned(),
    };
    PREFIX.with(|cell| *cell.borrow_mut() = prefix);
}

fn prefixed(key: &str) -> String {
    PREFIX.with(|cell| format!("{}{key}", cell.borrow()))
}

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
    prefixed(key)
}

/// The text stored under `key`, or `None` when nothing is stored there.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(&prefixed(key))
        .map_err(|_| StorageError::Refused)
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(&prefixed(key), value)
        .map_err(|_| StorageError::WriteFailed)
}
