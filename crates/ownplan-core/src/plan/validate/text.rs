//! Checks every string in the plan: at most [`MAX_TEXT_CHARS`] characters, in Unicode NFC, and no
//! control characters other than tab and line breaks, nor the bidirectional embedding, override
//! and isolate controls (U+202A–U+202E, U+2066–U+2069), which can make text display in another
//! order than it is stored. It walks the plan's serialized JSON rather than the typed fields, so a
//! text field added later is covered without anyone remembering to. [`text_problems`] applies the
//! same rules to any other JSON, such as a document's own members around the plan.

use serde_json::Value;

use super::Checker;
use crate::plan::{MAX_TEXT_CHARS, Problem, ProblemKind};

pub(super) fn check(checker: &mut Checker<'_>, value: &Value) {
    walk(&mut checker.problems, value, &mut String::new());
}

/// The text rules applied to every string in `value`, with paths like the plan's
/// (`recipients[0].name`).
pub fn text_problems(value: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    walk(&mut problems, value, &mut String::new());
    problems
}

/// Whether `c` may not appear in a text: a control character other than tab and line breaks, or
/// a bidirectional embedding, override or isolate control. (The marks U+200E, U+200F and U+061C
/// are allowed: right-to-left writing needs them.)
pub fn is_forbidden_in_text(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn walk(checker: &mut Vec<Problem>, value: &Value, path: &mut String) {
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

fn check_string(checker: &mut Vec<Problem>, text: &str, path: &str) {
    // Counting stops just past the cap, so a huge string costs no more than a long one.
    if text.chars().take(MAX_TEXT_CHARS + 1).count() > MAX_TEXT_CHARS {
        checker.push(Problem::new(path, ProblemKind::TextTooLong));
    }
    // Without the `nfc` feature (the widget, which normalizes with the browser) this check is
    // left to the command and to verification elsewhere.
    #[cfg(feature = "nfc")]
    if !unicode_normalization::is_nfc(text) {
        checker.push(Problem::new(path, ProblemKind::TextNotNfc));
    }
    if text.chars().any(is_forbidden_in_text) {
        checker.push(Problem::new(path, ProblemKind::TextControlCharacter));
    }
}
