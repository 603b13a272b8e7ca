//! Document text made safe to print: nothing a document contains reaches a terminal raw.
//!
//! A signed document is written by whoever holds the key, and that can be an attacker. Its text
//! could otherwise move the cursor, clear or rewrite lines (ESC and CSI sequences, a bare carriage
//! return), start a new line that looks like the command's own ("fingerprint: ..."), or reorder
//! what is shown (bidirectional controls). Every string taken from a document goes through this
//! module before it is printed, whatever the format or exit path.
//!
//! The rules:
//! - **Escaped, visibly**: C0 controls (U+0000–U+001F), DEL (U+007F), C1 controls
//!   (U+0080–U+009F, including U+009B, the one-byte CSI), the bidirectional controls (U+061C,
//!   U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators
//!   (U+2028, U+2029). The notation is Rust's and JSON's: `\n`, `\r`, `\t`, `\x1b` for the
//!   others up to U+00FF, `\u{202e}` above. Backslashes in the text are not doubled, so the
//!   notation shows that a control was there; it is not meant to be decoded back.
//! - **Single-line fields** (names, roles, recipients, organisations, the issuer, ids, dates,
//!   JSON paths, error messages) go through [`line`]: a line feed in them is escaped too, so each
//!   stays on its own line and document text never starts a line.
//! - **Multi-line text fields** (the person's own words) go through [`lines`]: they are split at
//!   line feeds (a carriage return just before a line feed belongs to the break) and each line is
//!   escaped; the caller indents every continuation line, so no document line starts at column 0
//!   where the command's own lines ("Signed by: ...") are.
//! - **JSON output** goes through [`json`]: `serde_json` escapes C0 controls already but writes
//!   DEL, C1 and bidirectional controls raw, so they become `\u` escapes (the same JSON value).
//!
//! Limits: a terminal wraps long lines, so a very long single-line field can push text to the
//! start of a *visual* line. The trust lines (signer, fingerprint) are printed before any document
//! text, and `verify` ends with its own line naming the fingerprint, so the last word is ours.

use std::fmt::Write;

/// Whether `character` must never be printed raw.
pub fn is_unsafe(character: char) -> bool {
    matches!(
        character,
        '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{061c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn push_escaped(out: &mut String, character: char) {
    match character {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        other if u32::from(other) <= 0xff => {
            let _ = write!(out, "\\x{:02x}", u32::from(other));
        }
        other => {
            let _ = write!(out, "\\u{{{:04x}}}", u32::from(other));
        }
    }
}

/// A single-line field, safe to print: every unsafe character (line feeds included) escaped.
pub fn line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        if is_unsafe(character) {
            push_escaped(&mut out, character);
        } else {
            out.push(character);
        }
    }
    out
}

/// A multi-line text field as its lines, each safe to print. A carriage return right before a
/// line feed is part of the line break; any other carriage return is escaped.
pub fn lines(text: &str) -> Vec<String> {
    text.split('\n')
        .map(|piece| line(piece.strip_suffix('\r').unwrap_or(piece)))
        .collect()
}

/// JSON text from `serde_json`, safe to print: unsafe characters other than line feeds become
/// `\uXXXX` escapes. Outside strings `serde_json` writes only ASCII structure and the line feeds
/// and spaces of pretty printing, so every character replaced is inside a string, and the text
/// stays the same JSON value.
pub fn json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        if character != '\n' && is_unsafe(character) {
            let _ = write!(out, "\\u{:04x}", u32::from(character));
        } else {
            out.push(character);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_escapes_every_control_and_keeps_one_line() {
        for (text, expected) in [
            ("Aisha Rahman", "Aisha Rahman"),
            ("a\nfingerprint: X", "a\\nfingerprint: X"),
            ("a\rb", "a\\rb"),
            ("\u{1b}[2J", "\\x1b[2J"),
            ("\u{9b}2J", "\\x9b2J"),
            ("\u{7f}", "\\x7f"),
            ("abc\u{202e}fed", "abc\\u{202e}fed"),
            (
                "\u{2066}\u{2069}\u{200e}\u{200f}\u{61c}",
                "\\u{2066}\\u{2069}\\u{200e}\\u{200f}\\u{061c}",
            ),
            ("tab\there", "tab\\there"),
            ("Grünerløkka – ok", "Grünerløkka – ok"),
        ] {
            assert_eq!(line(text), expected, "{text:?}");
        }
    }

    #[test]
    fn lines_split_at_line_feeds_and_escape_bare_carriage_returns() {
        assert_eq!(
            lines("one\r\ntwo\nthree\rfour"),
            ["one", "two", "three\\rfour"]
        );
        assert_eq!(lines("x\u{1b}[1A\n"), ["x\\x1b[1A", ""]);
    }

    #[test]
    fn json_stays_the_same_value() {
        let value = serde_json::json!({"name": "a\u{1b}\u{9b}\u{7f}\u{202e}\n\u{2028}b"});
        let text = serde_json::to_string_pretty(&value).expect("JSON");
        let safe = json(&text);
        assert!(!safe.chars().any(|c| c != '\n' && is_unsafe(c)), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back, value);
    }
}
