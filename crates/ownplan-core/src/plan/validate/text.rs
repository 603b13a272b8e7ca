//! Checks every string in the plan: at most [`MAX_TEXT_CHARS`] characters, in Unicode NFC, and no
//! control characters other than tab and line breaks. It walks the plan's serialized JSON rather
//! than the typed fields, so a text field added later is covered without anyone remembering to.

use serde_json::Value;

use super::Checker;
use crate::plan::{MAX_TEXT_CHARS, ProblemKind};

pub(super) fn check(checker: &mut Checker<'_>, value: &Value) {
    walk(checker, value, &mut String::new());
}

fn walk(checker: &mut Checker<'_>, value: &Value, path: &mut String) {
    match value {
        Value::String(text) => check_string(checker, text, path),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let length = path.len();
                path.push_str(&format!("[{index}]"));
                walk(checker, item, path);
                path.truncate(length);
            }
        }
        Value::Object(members) => {
            for (key, member) in members {
                let length = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                walk(checker, member, path);
                path.truncate(length);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

fn check_string(checker: &mut Checker<'_>, text: &str, path: &str) {
    // Counting stops just past the cap, so a huge string costs no more than a long one.
    if text.chars().take(MAX_TEXT_CHARS + 1).count() > MAX_TEXT_CHARS {
        checker.report(path, ProblemKind::TextTooLong);
    }
    // Without the `nfc` feature (the widget, which normalizes with the browser) this check is
    // left to the command and to verification elsewhere.
    #[cfg(feature = "nfc")]
    if !unicode_normalization::is_nfc(text) {
        checker.report(path, ProblemKind::TextNotNfc);
    }
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        checker.report(path, ProblemKind::TextControlCharacter);
    }
}
