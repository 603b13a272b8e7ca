//! Hooks bridge pure state and the browser services. Components use these, never the
//! services directly.

pub mod use_i18n;
pub mod use_preferences;

pub use use_i18n::{I18n, use_i18n};
pub use use_preferences::{PreferencesHandle, use_preferences};
