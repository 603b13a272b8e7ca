//! [`Text`]: the person's own words, normalized to Unicode NFC when they enter the model.
//!
//! Every way of *making* a `Text` from a string ([`Text::new`], `From<&str>`, `From<String>`)
//! normalizes to NFC, so two spellings of "ø" that look the same are the same bytes, and a plan
//! signs and compares predictably. Deserialization deliberately does **not** normalize: a stored or
//! received plan is kept byte for byte, because a signature covers exact bytes and verification must
//! see what was signed. [`validate`](super::validate()) reports text that is not NFC instead.
//!
//! Normalizing needs Unicode tables (about 120 KB in WebAssembly). They come with the `nfc`
//! feature, on by default. The widget turns it off and normalizes with the browser's own
//! `String.prototype.normalize("NFC")`, then makes text with [`Text::from_nfc`].

use serde::{Deserialize, Serialize};
#[cfg(feature = "nfc")]
use unicode_normalization::{UnicodeNormalization, is_nfc};

/// The most characters (Unicode scalar values) one text field may hold before validation reports
/// it. Generous: a long life story fits many times over; a pasted book does not.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Free text in the person's own words. Empty means "not filled in".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Text(String);

impl Text {
    /// Makes text from a string the caller has already normalized to NFC (for example with the
    /// browser's `normalize("NFC")`). Nothing is checked or changed.
    pub fn from_nfc(text: String) -> Self {
        Self(text)
    }

    /// Makes text from what the person typed, normalized to NFC. Nothing else is changed: no
    /// trimming, no case changes; the person's words are theirs.
    #[cfg(feature = "nfc")]
    pub fn new(text: &str) -> Self {
        if is_nfc(text) {
            Self(text.to_owned())
        } else {
            Self(text.nfc().collect())
        }
    }

    /// The empty text.
    pub fn empty() -> Self {
        Self(String::new())
    }

    /// The text as it is stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether nothing has been written.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether the text is only white space (or empty).
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }

    /// Whether the stored text is in NFC (always true for text made with [`Text::new`]).
    #[cfg(feature = "nfc")]
    pub fn is_nfc(&self) -> bool {
        is_nfc(&self.0)
    }

    /// The length in Unicode scalar values, the unit of [`MAX_TEXT_CHARS`].
    pub fn char_count(&self) -> usize {
        self.0.chars().count()
    }

    /// Gives back the inner string.
    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(feature = "nfc")]
impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Self::new(text)
    }
}

#[cfg(feature = "nfc")]
impl From<String> for Text {
    fn from(text: String) -> Self {
        if is_nfc(&text) {
            Self(text)
        } else {
            Self::new(&text)
        }
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // "ø" as one code point (NFC) and "o" followed by a combining stroke would differ; use the
    // classic "é" pair, which has a canonical composition.
    const DECOMPOSED: &str = "Se\u{301}bastien";
    const COMPOSED: &str = "S\u{e9}bastien";

    fn check(input: &str, expected: &str) {
        assert_eq!(Text::new(input).as_str(), expected);
        assert_eq!(Text::from(input.to_owned()).as_str(), expected);
        assert_eq!(Text::from(input).as_str(), expected);
    }

    #[test]
    fn new_text_is_normalized_to_nfc_and_otherwise_untouched() {
        check(DECOMPOSED, COMPOSED);
        check(COMPOSED, COMPOSED);
        check("  Ring etter kl 10  \n", "  Ring etter kl 10  \n");
        check("Å\u{30a}", "Å\u{30a}");
        check("A\u{30a}", "\u{c5}");
        check("", "");
    }

    #[test]
    fn deserialization_keeps_exact_bytes() {
        let json = serde_json::Value::String(DECOMPOSED.to_owned());
        let text: Text = serde_json::from_value(json).expect("a string is text");
        assert_eq!(text.as_str(), DECOMPOSED);
        assert!(!text.is_nfc());
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(Text::new("blåbær").char_count(), 6);
        assert!(Text::new(" \n").is_blank());
        assert!(!Text::new(" \n").is_empty());
    }
}
