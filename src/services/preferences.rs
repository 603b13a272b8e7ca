//! Reading and remembering the person's preferences on this device.

use crate::error::StorageError;
use crate::i18n::Language;
use crate::services::storage;

const LANGUAGE_KEY: &str = "language";

/// The language to start in: the one the person chose before on this device, else the host
/// portal's choice (when embedded), else the best match for the browser's language preferences.
pub fn initial_language(host_choice: Option<Language>) -> Language {
    remembered_language()
        .or(host_choice)
        .unwrap_or_else(|| Language::from_browser_preferences(&browser_languages()))
}

fn remembered_language() -> Option<Language> {
    storage::read(LANGUAGE_KEY)
        .ok()
        .flatten()
        .and_then(|code| Language::from_code(&code))
}

/// The browser's ordered language preferences (`navigator.languages`).
fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

/// Remembers the chosen language on this device.
pub fn remember_language(language: Language) -> Result<(), StorageError> {
    storage::write(LANGUAGE_KEY, language.code())
}
