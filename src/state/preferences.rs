//! The person's preferences for the widget itself (not the plan): for now, the language.

use std::rc::Rc;

use yew::Reducible;

use crate::i18n::Language;

/// What the person has chosen about how the widget looks and speaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preferences {
    /// The language every screen is shown in.
    pub language: Language,
}

/// A change the person makes to their preferences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PreferencesAction {
    /// Show the widget in this language from now on.
    ChooseLanguage(Language),
}

impl Reducible for Preferences {
    type Action = PreferencesAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        match action {
            PreferencesAction::ChooseLanguage(language) if language == self.language => self,
            PreferencesAction::ChooseLanguage(language) => Rc::new(Preferences { language }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosing_a_language_changes_it() {
        let before = Rc::new(Preferences {
            language: Language::English,
        });
        let after = before.reduce(PreferencesAction::ChooseLanguage(
            Language::NorwegianNynorsk,
        ));
        assert_eq!(after.language, Language::NorwegianNynorsk);
    }

    #[test]
    fn choosing_the_same_language_keeps_the_same_state() {
        let before = Rc::new(Preferences {
            language: Language::NorwegianBokmal,
        });
        let after = before
            .clone()
            .reduce(PreferencesAction::ChooseLanguage(Language::NorwegianBokmal));
        assert!(Rc::ptr_eq(&before, &after), "no re-render for no change");
    }
}
