//! The person's signing key in local storage (`ownplan.key`), and making a new one from the
//! browser's cryptographic generator. The key never leaves this device except inside a backup
//! the person downloads themselves.

pub use crate::error::KeyStoreError;
use crate::services::{clock, storage};
use crate::state::person_key::PersonKey;

/// The storage key (with the widget's prefix added by [`storage`]).
const STORAGE_KEY: &str = "key";

/// The stored key, `None` when this device has none yet.
pub fn load() -> Result<Option<PersonKey>, KeyStoreError> {
    match storage::read(STORAGE_KEY)? {
        None => Ok(None),
        Some(text) => PersonKey::parse(&text)
            .map(Some)
            .map_err(KeyStoreError::Stored),
    }
}

/// Stores `key`, replacing any key stored before.
pub fn save(key: &PersonKey) -> Result<(), KeyStoreError> {
    Ok(storage::write(STORAGE_KEY, &key.to_text())?)
}

/// A new key from 32 bytes of `crypto.getRandomValues`. Never from a weaker source: without a
/// cryptographic generator there is no key.
pub fn generate() -> Result<PersonKey, KeyStoreError> {
    let crypto = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .ok_or(KeyStoreError::NoRandom)?;
    let mut seed = [0u8; 32];
    crypto
        .get_random_values_with_u8_array(&mut seed)
        .map_err(|_| KeyStoreError::NoRandom)?;
    let created = clock::now_utc().map(|at| at.as_str().to_owned());
    Ok(PersonKey::from_seed(&seed, created))
}
