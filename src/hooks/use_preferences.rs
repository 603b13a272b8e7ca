//! The person's preferences, kept in a pure reducer, shown on the page and remembered on the
//! device when the person changes them.

use yew::{Callback, hook, use_effect_with, use_reducer_eq, use_state_eq};

use crate::error::{MessagesError, StorageError};
use crate::i18n::Language;
use crate::services;
use crate::state::preferences::{Preferences, PreferencesAction};

/// What [`use_preferences`] gives a component.
#[derive(Clone, PartialEq)]
pub struct PreferencesHandle {
    /// The current preferences.
    pub language: Language,
    /// Switch to a language and remember it on this device.
    pub choose_language: Callback<Language>,
    /// Set when the last choice could not be remembered on this device.
    pub storage_error: Option<StorageError>,
    /// Set when the chosen language's messages could not be loaded (the language then stays).
    pub messages_error: Option<MessagesError>,
}

/// Holds the preferences, starting from `initial_language`.
///
/// The language is shown on the page (`<html lang>`, title) after every render that changed
/// it; it is remembered on the device only when the person picks it, so a browser whose
/// preferences change later is still followed until the person chooses.
#[hook]
pub fn use_preferences(initial_language: Language) -> PreferencesHandle {
    let preferences = use_reducer_eq(|| Preferences {
        language: initial_language,
    });
    let storage_error = use_state_eq(|| None::<StorageError>);

    use_effect_with(preferences.language, |language| {
        services::page::show_language(*language);
    });

    let messages_error = use_state_eq(|| None::<MessagesError>);
    let choose_language = {
        let current = preferences.language;
        let preferences = preferences.dispatcher();
        let storage_error = storage_error.setter();
        let messages_error = messages_error.setter();
        Callback::from(move |language: Language| {
            let preferences = preferences.clone();
            let storage_error = storage_error.clone();
            let messages_error = messages_error.clone();
            // The language's messages are fetched first (once), with the words of the views open
            // or opened before in the current language (so a view is not reopened, and loses
            // nothing, when the language changes); only then does the page switch.
            wasm_bindgen_futures::spawn_local(async move {
                match services::messages::load_like(language, current).await {
                    Ok(()) => {
                        messages_error.set(None);
                        preferences.dispatch(PreferencesAction::ChooseLanguage(language));
                        storage_error.set(services::preferences::remember_language(language).err());
                    }
                    Err(error) => messages_error.set(Some(error)),
                }
            });
        })
    };

    PreferencesHandle {
        language: preferences.language,
        choose_language,
        storage_error: *storage_error,
        messages_error: *messages_error,
    }
}
