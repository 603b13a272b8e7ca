//! The translation context: which language is active, and a short way to ask for a message.

use yew::{AttrValue, hook, use_context};

use crate::i18n::{Language, translate, translate_with};

/// The active language, shared with every component through a context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct I18n {
    /// The language every message is shown in.
    pub language: Language,
}

impl I18n {
    /// The message `id` in the active language.
    pub fn t(&self, id: &str) -> AttrValue {
        AttrValue::from(translate(self.language, id))
    }

    /// The message `id` in the active language, with named arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, &str)]) -> AttrValue {
        AttrValue::from(translate_with(self.language, id, args))
    }
}

/// The active translation context. Outside a provider (only in isolated component tests) it
/// falls back to English rather than failing.
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n {
        language: Language::English,
    })
}
