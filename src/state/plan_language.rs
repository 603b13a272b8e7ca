//! Which language the texts that go *into* a document are written in: the plan's own language
//! (`plan.meta.language`), not the language of whoever is helping at the screen. A peer worker
//! reading the widget in English helps a person whose plan is in Nynorsk: the default consent
//! statement and any preset text in the signed file are then Nynorsk.
//!
//! In the browser a language's messages must be loaded before they can be used, so the choice
//! also says what to fetch; while it comes (or when it cannot be had) the interface's language
//! is used, which is never wrong, only less fitting.

use crate::i18n::Language;

/// The language of a plan's BCP 47 tag (`nb`, `nb-NO`, `no`, `nn`, `en-GB`...), if the widget
/// speaks it. Plain Norwegian (`no`) is written as Bokmål, as the browser's preferences are read.
pub fn language_of_tag(tag: &str) -> Option<Language> {
    let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    match primary.as_str() {
        "nb" | "no" => Some(Language::NorwegianBokmal),
        "nn" => Some(Language::NorwegianNynorsk),
        "en" => Some(Language::English),
        _ => None,
    }
}

/// What the document's texts can be written in now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextsLanguage {
    /// This language's messages are here: use it.
    Ready(Language),
    /// The plan's language is wanted but its messages are not loaded yet: fetch `wanted`, and
    /// use `meanwhile` (the interface's language) until it comes.
    Fetch {
        /// The plan's language.
        wanted: Language,
        /// The interface's language, used until then.
        meanwhile: Language,
    },
}

impl TextsLanguage {
    /// The language to write in now.
    pub fn now(self) -> Language {
        match self {
            TextsLanguage::Ready(language) => language,
            TextsLanguage::Fetch { meanwhile, .. } => meanwhile,
        }
    }

    /// The language to fetch, if any.
    pub fn to_fetch(self) -> Option<Language> {
        match self {
            TextsLanguage::Ready(_) => None,
            TextsLanguage::Fetch { wanted, .. } => Some(wanted),
        }
    }
}

/// The language for the texts of a plan whose language tag is `plan_tag` (none while the plan is
/// being read), shown in `interface`; `has_messages` says which languages are loaded, and
/// `failed` is a language whose messages could not be had (it is not asked for again: the
/// interface's language is used, without a word of alarm).
pub fn texts_language(
    plan_tag: Option<&str>,
    interface: Language,
    has_messages: impl Fn(Language) -> bool,
    failed: Option<Language>,
) -> TextsLanguage {
    let wanted = plan_tag.and_then(language_of_tag).unwrap_or(interface);
    if wanted == interface || has_messages(wanted) {
        TextsLanguage::Ready(wanted)
    } else if failed == Some(wanted) {
        TextsLanguage::Ready(interface)
    } else {
        TextsLanguage::Fetch {
            wanted,
            meanwhile: interface,
        }
    }
}

/// What the consent statement becomes when the default it started from changes (the plan's
/// language arrived after the round was started): the new default if the person has not
/// changed the statement, else nothing (their words stay).
pub fn follow_default(statement: &str, old_default: &str, new_default: &str) -> Option<String> {
    (statement == old_default && old_default != new_default).then(|| new_default.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Language = Language::English;
    const NB: Language = Language::NorwegianBokmal;
    const NN: Language = Language::NorwegianNynorsk;

    #[test]
    fn plan_tags_name_our_languages() {
        for (tag, expected) in [
            ("nb", Some(NB)),
            ("nb-NO", Some(NB)),
            ("no", Some(NB)),
            ("NN-no", Some(NN)),
            ("nn", Some(NN)),
            ("en-GB", Some(EN)),
            ("sv", None),
            ("", None),
            ("-", None),
        ] {
            assert_eq!(language_of_tag(tag), expected, "{tag}");
        }
    }

    #[test]
    fn the_plans_language_wins_once_its_messages_are_here() {
        let all = |_: Language| true;
        assert_eq!(
            texts_language(Some("nn"), EN, all, None),
            TextsLanguage::Ready(NN)
        );
        assert_eq!(
            texts_language(Some("nb-NO"), NN, all, None),
            TextsLanguage::Ready(NB)
        );
    }

    #[test]
    fn a_missing_language_is_fetched_and_the_interfaces_used_meanwhile() {
        let only_english = |language: Language| language == EN;
        let choice = texts_language(Some("nn"), EN, only_english, None);
        assert_eq!(
            choice,
            TextsLanguage::Fetch {
                wanted: NN,
                meanwhile: EN
            }
        );
        assert_eq!(choice.now(), EN);
        assert_eq!(choice.to_fetch(), Some(NN));
    }

    #[test]
    fn a_language_that_cannot_be_had_falls_back_quietly_and_is_not_fetched_again() {
        let only_english = |language: Language| language == EN;
        let choice = texts_language(Some("nn"), EN, only_english, Some(NN));
        assert_eq!(choice, TextsLanguage::Ready(EN));
        assert_eq!(choice.to_fetch(), None);
    }

    #[test]
    fn an_unknown_or_unread_plan_language_uses_the_interfaces() {
        let none = |_: Language| false;
        assert_eq!(
            texts_language(Some("sv"), NB, none, None),
            TextsLanguage::Ready(NB)
        );
        assert_eq!(
            texts_language(None, NN, none, None),
            TextsLanguage::Ready(NN)
        );
        // The interface's own language is always here, even before anything says so.
        assert_eq!(
            texts_language(Some("en"), EN, none, None),
            TextsLanguage::Ready(EN)
        );
    }

    #[test]
    fn an_untouched_statement_follows_the_default_and_the_persons_words_stay() {
        assert_eq!(
            follow_default("I agree", "I agree", "Eg samtykkjer"),
            Some("Eg samtykkjer".to_owned())
        );
        assert_eq!(
            follow_default("My own words", "I agree", "Eg samtykkjer"),
            None
        );
        assert_eq!(follow_default("I agree", "I agree", "I agree"), None);
    }
}
