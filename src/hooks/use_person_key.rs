//! The person's signing key for a view: read from this device after the first render, made
//! the first time the person signs, replaced only when they ask (or restore a backup).

use std::rc::Rc;

use yew::prelude::*;

use crate::error::KeyStoreError;
use crate::services::key_store;
use crate::state::person_key::PersonKey;

/// Where the key stands on this device.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyState {
    /// Not read yet.
    Loading,
    /// This device has no key yet; one is made the first time the person signs.
    Missing,
    /// The key.
    Ready(Rc<PersonKey>),
    /// Something is stored but cannot be read, or storage cannot be used. It is never
    /// overwritten without the person asking for a new key.
    Unreadable(KeyStoreError),
}

/// What [`use_person_key`] gives a view.
#[derive(Clone, PartialEq)]
pub struct PersonKeyHandle {
    state: UseStateHandle<KeyState>,
}

impl PersonKeyHandle {
    /// Where the key stands.
    pub fn state(&self) -> &KeyState {
        &self.state
    }

    /// The key, when there is one.
    pub fn key(&self) -> Option<Rc<PersonKey>> {
        match &*self.state {
            KeyState::Ready(key) => Some(key.clone()),
            _ => None,
        }
    }

    /// The key to sign with: the stored one (read again, in case another tab made one), or a
    /// new one made and stored now. An unreadable stored key is an error, never replaced here.
    pub fn get_or_create(&self) -> Result<Rc<PersonKey>, KeyStoreError> {
        let key = match key_store::load() {
            Ok(Some(key)) => key,
            Ok(None) => {
                let key = key_store::generate()?;
                key_store::save(&key)?;
                key
            }
            Err(error) => {
                self.state.set(KeyState::Unreadable(error));
                return Err(error);
            }
        };
        let key = Rc::new(key);
        self.state.set(KeyState::Ready(key.clone()));
        Ok(key)
    }

    /// Makes a new key and stores it in place of the old one (the person has been warned).
    pub fn replace_with_new(&self) -> Result<Rc<PersonKey>, KeyStoreError> {
        let key = key_store::generate()?;
        self.store(key)
    }

    /// Stores `key` (from a backup) in place of the one on this device.
    pub fn store(&self, key: PersonKey) -> Result<Rc<PersonKey>, KeyStoreError> {
        key_store::save(&key)?;
        let key = Rc::new(key);
        self.state.set(KeyState::Ready(key.clone()));
        Ok(key)
    }
}

/// The person's key, read from this device after the first render.
#[hook]
pub fn use_person_key() -> PersonKeyHandle {
    let state = use_state_eq(|| KeyState::Loading);
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            state.set(match key_store::load() {
                Ok(Some(key)) => KeyState::Ready(Rc::new(key)),
                Ok(None) => KeyState::Missing,
                Err(error) => KeyState::Unreadable(error),
            });
        });
    }
    PersonKeyHandle { state }
}
