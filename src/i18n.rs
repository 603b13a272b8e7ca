//! Translation: the languages the widget speaks and the Project Fluent messages for each.
//!
//! The `.ftl` files under `locales/` are the messages. Natively (tests, server rendering) they
//! are compiled in ([`Language::fluent_sources`]). In the browser only the language the person
//! reads is loaded: the build writes one file per language (`locales/<code>.ftl` in `dist/`,
//! comments left out; see the hook in `Trunk.toml`), `services::messages` fetches it from the
//! widget's own files before the first render or a change of language and hands it to
//! [`install_messages`]; the service worker keeps all three for offline use. So the first load
//! carries one language, not three. Every user-visible string goes through [`translate`]; a
//! test checks that every message id exists in every locale and that every id the code asks
//! for exists.
//!
//! Fluent wraps placeables in Unicode isolation marks, which keeps names typed in a
//! right-to-left script readable inside a left-to-right sentence (and the other way round).

use std::cell::RefCell;
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// A language the widget is translated into.
///
/// New languages are added here, in [`Language::ALL`] and as a folder under `locales/`; the
/// locale tests then insist that every message exists in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// Norwegian Bokmål.
    NorwegianBokmal,
    /// Norwegian Nynorsk.
    NorwegianNynorsk,
    /// English.
    English,
}

/// The direction text runs in, for `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextDirection {
    /// Left to right.
    LeftToRight,
    /// Right to left (for example Arabic, Persian, Urdu, Hebrew, Kurdish Sorani).
    RightToLeft,
}

impl TextDirection {
    /// The value of the HTML `dir` attribute.
    pub fn html_dir(self) -> &'static str {
        match self {
            TextDirection::LeftToRight => "ltr",
            TextDirection::RightToLeft => "rtl",
        }
    }
}

impl Language {
    /// Every supported language, in the order the language picker shows them.
    pub const ALL: [Language; 3] = [
        Language::NorwegianBokmal,
        Language::NorwegianNynorsk,
        Language::English,
    ];

    /// The BCP 47 code, used for `<html lang>`, storage and the `locales/` folder name.
    pub fn code(self) -> &'static str {
        match self {
            Language::NorwegianBokmal => "nb",
            Language::NorwegianNynorsk => "nn",
            Language::English => "en",
        }
    }

    /// The message id of this language's own name ("Norsk nynorsk" in every language), for the
    /// language picker: only the language being read is loaded, and each locale holds all the
    /// names, as each language writes itself.
    pub fn autonym_id(self) -> &'static str {
        match self {
            Language::NorwegianBokmal => "language-autonym-nb",
            Language::NorwegianNynorsk => "language-autonym-nn",
            Language::English => "language-autonym-en",
        }
    }

    /// The language with this code, if we speak it (exact match on our own codes).
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The direction the language is written in.
    pub fn direction(self) -> TextDirection {
        TextDirection::LeftToRight
    }

    /// Picks the language from the browser's ordered preferences (`navigator.languages`).
    ///
    /// The first preference we can serve wins: Nynorsk (`nn`) gives Nynorsk; Bokmål (`nb`) and
    /// plain Norwegian (`no`) give Bokmål; English gives English. When nothing matches, English.
    pub fn from_browser_preferences<S: AsRef<str>>(preferences: &[S]) -> Language {
        preferences
            .iter()
            .find_map(|tag| {
                let primary = tag
                    .as_ref()
                    .split(['-', '_'])
                    .next()
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                match primary.as_str() {
                    "nn" => Some(Language::NorwegianNynorsk),
                    "nb" | "no" => Some(Language::NorwegianBokmal),
                    "en" => Some(Language::English),
                    _ => None,
                }
            })
            .unwrap_or(Language::English)
    }

    /// The Fluent sources of this language's messages: `main.ftl` (the shell), `plan.ftl`
    /// (the individual plan), `crisis.ftl` (the crisis plan, card and printing), `key.ftl` (the
    /// person's key and protected backups), `share.ftl` (signing and sharing) and `verify.ftl`
    /// (the verify view and every message of the core), `guide.ftl` (the guided mode) and
    /// `peer.ftl` (peer-worker mode and embedding), `safety.ftl` (the crisis plan's safety steps
    /// and read aloud).
    pub fn fluent_sources(self) -> [&'static str; 9] {
        match self {
            Language::NorwegianBokmal => [
                include_str!("../locales/nb/main.ftl"),
                include_str!("../locales/nb/plan.ftl"),
                include_str!("../locales/nb/crisis.ftl"),
                include_str!("../locales/nb/key.ftl"),
                include_str!("../locales/nb/share.ftl"),
                include_str!("../locales/nb/verify.ftl"),
                include_str!("../locales/nb/guide.ftl"),
                include_str!("../locales/nb/peer.ftl"),
                include_str!("../locales/nb/safety.ftl"),
            ],
            Language::NorwegianNynorsk => [
                include_str!("../locales/nn/main.ftl"),
                include_str!("../locales/nn/plan.ftl"),
                include_str!("../locales/nn/crisis.ftl"),
                include_str!("../locales/nn/key.ftl"),
                include_str!("../locales/nn/share.ftl"),
                include_str!("../locales/nn/verify.ftl"),
                include_str!("../locales/nn/guide.ftl"),
                include_str!("../locales/nn/peer.ftl"),
                include_str!("../locales/nn/safety.ftl"),
            ],
            Language::English => [
                include_str!("../locales/en/main.ftl"),
                include_str!("../locales/en/plan.ftl"),
                include_str!("../locales/en/crisis.ftl"),
                include_str!("../locales/en/key.ftl"),
                include_str!("../locales/en/share.ftl"),
                include_str!("../locales/en/verify.ftl"),
                include_str!("../locales/en/guide.ftl"),
                include_str!("../locales/en/peer.ftl"),
                include_str!("../locales/en/safety.ftl"),
            ],
        }
    }
}

/// The words of a view that the first load leaves out: the build writes them to a file of their
/// own per language (`locales/<code>-<part>.ftl`, see `locales/split.awk`), fetched when that view
/// first opens (`components::NeedsMessages`). Everything else is in `locales/<code>.ftl`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MessagePart {
    /// The verify view (a professional's tool most people never open): `verify-*`, and the
    /// reasons a PDF copy or the remembered keys cannot be read (`error-pdf-*`, `seen-error-*`).
    Verify,
    /// The guided mode: `guide-*`, except the home view's way into it.
    Guide,
    /// The share view: `share-*`, and its PDF copies (`pdfcopy-*`, `error-pdf-module-*`).
    Share,
    /// Restoring a backup (the backup view, and the verify view when a backup is opened there):
    /// `restore-*`.
    Restore,
    /// Helping mode's Finish view: `finish-*`.
    Finish,
    /// What the document checks say (the core's `problem-*`, `document-*` and `error-*`
    /// messages; not the widget's own `error-storage-*` and `error-whole-number`), shown by the
    /// share and verify views.
    Checks,
    /// The key view: `key-*`, but not the key's errors (`key-error-*`) nor the fingerprint's
    /// label on paper (`key-fingerprint-compare`), which other views show.
    Key,
    /// Making a backup (the backup view, and Finish in helping mode): `backup-*`, but not what
    /// other views show (`backup-error-*`, `backup-failed`, `backup-file-name`, the reminders'
    /// `backup-last*` and `backup-offer*`).
    Backup,
}

impl MessagePart {
    /// Every part.
    pub const ALL: [MessagePart; 8] = [
        MessagePart::Verify,
        MessagePart::Guide,
        MessagePart::Share,
        MessagePart::Restore,
        MessagePart::Finish,
        MessagePart::Checks,
        MessagePart::Key,
        MessagePart::Backup,
    ];

    /// The part's file name ends so: `locales/<code>-<suffix>.ftl`.
    pub fn file_suffix(self) -> &'static str {
        match self {
            MessagePart::Verify => "verify",
            MessagePart::Guide => "guide",
            MessagePart::Share => "share",
            MessagePart::Restore => "restore",
            MessagePart::Finish => "finish",
            MessagePart::Checks => "checks",
            MessagePart::Key => "key",
            MessagePart::Backup => "backup",
        }
    }

    /// The part the message `id` is in, if it is not in the first load. The same rule as
    /// `locales/split.awk` (tests/locales.rs runs that file and compares).
    pub fn of_message(id: &str) -> Option<MessagePart> {
        let starts = |prefixes: &[&str]| prefixes.iter().any(|prefix| id.starts_with(prefix));
        if starts(&["share-", "pdfcopy-", "error-pdf-module-"]) {
            Some(MessagePart::Share)
        } else if starts(&["verify-", "error-pdf-", "seen-error-"]) {
            Some(MessagePart::Verify)
        } else if id.starts_with("guide-") && id != "guide-home-link" {
            Some(MessagePart::Guide)
        } else if id.starts_with("restore-") {
            Some(MessagePart::Restore)
        } else if id.starts_with("finish-") {
            Some(MessagePart::Finish)
        } else if id.starts_with("key-")
            && !id.starts_with("key-error-")
            && id != "key-fingerprint-compare"
        {
            Some(MessagePart::Key)
        } else if id.starts_with("backup-")
            && !starts(&["backup-error", "backup-last", "backup-offer"])
            && id != "backup-failed"
            && id != "backup-file-name"
        {
            Some(MessagePart::Backup)
        } else if starts(&["problem-", "document-"])
            || (id.starts_with("error-")
                && !id.starts_with("error-storage-")
                && id != "error-whole-number")
        {
            Some(MessagePart::Checks)
        } else {
            None
        }
    }
}

thread_local! {
    // Bundles are parsed once per language, on first use. WebAssembly in the browser has one
    // thread, so this is one cache for the page.
    static BUNDLES: RefCell<HashMap<Language, FluentBundle<FluentResource>>> =
        RefCell::new(HashMap::new());
    // The messages loaded in the browser, by language (see the module docs).
    static INSTALLED: RefCell<HashMap<Language, String>> = RefCell::new(HashMap::new());
    // The parts loaded in the browser since, by language, with their text.
    // (A list, not a map: a handful of entries, and no second map type in the download.)
    static PARTS: RefCell<Vec<(Language, MessagePart, String)>> = const { RefCell::new(Vec::new()) };
}

/// Makes `text` (a language's Fluent messages, as the build writes them) the messages of
/// `language`. In the browser nothing else supplies them; natively the compiled-in files are
/// used and this is not needed.
pub fn install_messages(language: Language, text: String) {
    INSTALLED.with(|installed| installed.borrow_mut().insert(language, text));
    BUNDLES.with(|bundles| bundles.borrow_mut().remove(&language));
}

/// Adds `text`, the messages of `part` in `language`, to that language's messages.
pub fn install_part(language: Language, part: MessagePart, text: String) {
    PARTS.with(|parts| {
        let mut parts = parts.borrow_mut();
        parts.retain(|(l, p, _)| (*l, *p) != (language, part));
        parts.push((language, part, text));
    });
    BUNDLES.with(|bundles| bundles.borrow_mut().remove(&language));
}

/// Whether `language`'s messages can be shown now without loading them.
pub fn has_messages(language: Language) -> bool {
    cfg!(not(target_arch = "wasm32"))
        || INSTALLED.with(|installed| installed.borrow().contains_key(&language))
}

/// Whether the messages of `part` in `language` can be shown now without loading them.
pub fn has_part(language: Language, part: MessagePart) -> bool {
    cfg!(not(target_arch = "wasm32"))
        || PARTS.with(|parts| {
            parts
                .borrow()
                .iter()
                .any(|(l, p, _)| (*l, *p) == (language, part))
        })
}

/// The Fluent sources a bundle is built from: in the browser the installed texts only (the
/// compiled-in files are then never linked, which keeps them out of the download).
fn sources(language: Language) -> Vec<String> {
    if cfg!(target_arch = "wasm32") {
        let mut sources: Vec<String> = INSTALLED.with(|installed| {
            installed
                .borrow()
                .get(&language)
                .cloned()
                .into_iter()
                .collect()
        });
        PARTS.with(|parts| {
            for (_, _, text) in parts.borrow().iter().filter(|(l, _, _)| *l == language) {
                sources.push(text.clone());
            }
        });
        sources
    } else {
        language.fluent_sources().map(str::to_owned).to_vec()
    }
}

fn new_bundle(language: Language) -> FluentBundle<FluentResource> {
    let locale = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![locale]);
    for source in sources(language) {
        // A syntax error in one message still leaves the others usable; the locale tests make
        // sure there are none.
        let resource = match FluentResource::try_new(source) {
            Ok(resource) => resource,
            Err((partial, _errors)) => partial,
        };
        // Adding can only fail on a duplicate id, which the locale tests forbid; the first wins.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `id` in `language`, with named arguments filled in.
///
/// A missing message shows its id (never an empty string or a crash), so a gap is visible and
/// the locale tests catch it before it ships.
pub fn translate_with(language: Language, id: &str, args: &[(&str, &str)]) -> String {
    BUNDLES.with(|cell| {
        let mut bundles = cell.borrow_mut();
        let bundle = bundles
            .entry(language)
            .or_insert_with(|| new_bundle(language));
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                fluent_args.set(*name, FluentValue::from(*value));
            }
            fluent_args
        });
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
            .into_owned()
    })
}

/// The message `id` in `language`, formatted with a bundle of its own instead of the shared
/// cache. For the panic hook: a panic may strike while the cache is borrowed.
pub fn translate_uncached(language: Language, id: &str) -> String {
    let bundle = new_bundle(language);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, None, &mut errors)
        .into_owned()
}

/// The message `id` in `language`.
pub fn translate(language: Language, id: &str) -> String {
    translate_with(language, id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(preferences: &[&str], expected: Language) {
        assert_eq!(
            Language::from_browser_preferences(preferences),
            expected,
            "{preferences:?}"
        );
    }

    #[test]
    fn browser_preferences_pick_the_first_language_we_speak() {
        check(&["nb-NO", "en"], Language::NorwegianBokmal);
        check(&["no"], Language::NorwegianBokmal);
        check(&["NO-no"], Language::NorwegianBokmal);
        check(&["nn-NO", "nb"], Language::NorwegianNynorsk);
        check(&["nn"], Language::NorwegianNynorsk);
        check(&["en-GB", "nb"], Language::English);
        check(&["de-DE", "nb"], Language::NorwegianBokmal);
        check(&["sv-SE", "da"], Language::English);
        check(&[], Language::English);
        check(&[""], Language::English);
    }

    #[test]
    fn codes_round_trip() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code("se"), None);
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(
            translate(Language::English, "no-such-message"),
            "no-such-message"
        );
    }

    #[test]
    fn arguments_are_filled_in() {
        let text = translate_with(Language::English, "footer-version", &[("version", "9.8.7")]);
        assert!(text.contains("9.8.7"), "{text}");
    }
}
