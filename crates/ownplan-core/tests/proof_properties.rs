//! Property tests of signing and verification over arbitrary JSON objects:
//! sign→verify round-trips; any one-character change in a signed string is refused; and
//! re-indenting, re-ordering members and equivalent string escapes do not matter.

use std::fmt::Write as _;

use ownplan_core::proof::{ProofError, SigningKey, sign, verify_bytes, verify_value};
use proptest::prelude::*;
use serde_json::{Map, Value};

const CREATED: &str = "2026-11-22T10:00:00Z";

/// Text that exercises escaping and UTF-16 ordering: ASCII, controls, quotes, `/`, Latin-1,
/// combining marks, CJK and characters outside the Basic Multilingual Plane.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::char::range('a', 'z'),
            1 => prop::sample::select(vec!['"', '\\', '/', '\n', '\t', '\u{0}', '\u{1f}', ' ']),
            1 => prop::sample::select(vec!['é', 'ø', 'Å', '\u{301}', '€', '中', '😂', '\u{fb33}', '\u{7f}']),
            1 => any::<char>(),
        ],
        0..12,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-9_007_199_254_740_991i64..=9_007_199_254_740_991).prop_map(Value::from),
        (-1000i64..1000).prop_map(Value::from),
        text().prop_map(Value::String),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(text(), inner, 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// A JSON object (the only thing that can be signed), without a `proof` member.
fn json_object() -> impl Strategy<Value = Value> {
    prop::collection::btree_map(text(), json_value(), 0..8).prop_map(|members| {
        let mut members: Map<String, Value> = members.into_iter().collect();
        members.remove("proof");
        Value::Object(members)
    })
}

fn key() -> impl Strategy<Value = SigningKey> {
    any::<[u8; 32]>().prop_map(|seed| SigningKey::from_seed(&seed))
}

/// How `write_json` spells the same value.
#[derive(Debug, Clone, Copy)]
struct Spelling {
    /// Members in reverse order instead of sorted.
    reverse_members: bool,
    /// Indentation and extra spaces.
    pretty: bool,
    /// Every non-ASCII character as `\uXXXX` (surrogate pairs beyond the BMP).
    escape_non_ascii: bool,
    /// `/` as `\/`.
    escape_solidus: bool,
}

fn spelling() -> impl Strategy<Value = Spelling> {
    (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
        |(reverse_members, pretty, escape_non_ascii, escape_solidus)| Spelling {
            reverse_members,
            pretty,
            escape_non_ascii,
            escape_solidus,
        },
    )
}

fn write_string(out: &mut String, text: &str, spelling: Spelling) {
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' if spelling.escape_solidus => out.push_str("\\/"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if !c.is_ascii() && spelling.escape_non_ascii => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04X}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_json(out: &mut String, value: &Value, spelling: Spelling, indent: usize) {
    let newline = |out: &mut String, level: usize| {
        if spelling.pretty {
            out.push('\n');
            out.push_str(&"    ".repeat(level));
        }
    };
    match value {
        Value::Array(elements) => {
            out.push('[');
            for (index, element) in elements.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                newline(out, indent + 1);
                write_json(out, element, spelling, indent + 1);
            }
            newline(out, indent);
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            let mut entries: Vec<_> = members.iter().collect();
            if spelling.reverse_members {
                entries.reverse();
            }
            for (index, (name, member)) in entries.into_iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                newline(out, indent + 1);
                write_string(out, name, spelling);
                out.push_str(if spelling.pretty { " : " } else { ":" });
                write_json(out, member, spelling, indent + 1);
            }
            newline(out, indent);
            out.push('}');
        }
        Value::String(text) => write_string(out, text, spelling),
        other => out.push_str(&other.to_string()),
    }
}

/// Every path to a non-empty string value inside `value` (object members and array elements).
fn string_paths(value: &Value, path: &mut Vec<PathStep>, found: &mut Vec<Vec<PathStep>>) {
    match value {
        Value::String(text) if !text.is_empty() => found.push(path.clone()),
        Value::Array(elements) => {
            for (index, element) in elements.iter().enumerate() {
                path.push(PathStep::Index(index));
                string_paths(element, path, found);
                path.pop();
            }
        }
        Value::Object(members) => {
            for (name, member) in members {
                path.push(PathStep::Key(name.clone()));
                string_paths(member, path, found);
                path.pop();
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn at_path<'v>(value: &'v mut Value, path: &[PathStep]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |current, step| match step {
        PathStep::Key(name) => current.get_mut(name.as_str()),
        PathStep::Index(index) => current.get_mut(*index),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn sign_then_verify_round_trips(document in json_object(), key in key()) {
        let signed = sign(document.clone(), &key, CREATED);
        prop_assert!(signed.is_ok(), "{:?}", signed);
        let signed = signed.unwrap_or_default();
        let verified = verify_value(&signed);
        prop_assert!(verified.is_ok(), "{:?}", verified);
        let verified = verified.unwrap_or_else(|_| unreachable!());
        prop_assert_eq!(verified.document(), &document);
        prop_assert_eq!(verified.signer(), &key.did_key());
        let bytes = serde_json::to_vec(&signed).unwrap_or_default();
        prop_assert_eq!(verify_bytes(&bytes).map(|v| v.into_document()), Ok(document));
    }

    #[test]
    fn changing_one_character_of_a_signed_string_is_refused(
        document in json_object(),
        key in key(),
        which in any::<prop::sample::Index>(),
        position in any::<prop::sample::Index>(),
        replacement in text().prop_filter("one character", |t| t.chars().count() == 1),
    ) {
        let mut signed = sign(document.clone(), &key, CREATED).unwrap_or_default();
        let mut found = Vec::new();
        // Only the content: the proof's own strings have their own error kinds.
        string_paths(&document, &mut Vec::new(), &mut found);
        prop_assume!(!found.is_empty());
        let path = found[which.index(found.len())].clone();
        let Some(Value::String(text)) = at_path(&mut signed, &path) else {
            return Err(TestCaseError::fail("path vanished"));
        };
        let mut characters: Vec<char> = text.chars().collect();
        let at = position.index(characters.len());
        let new_character = replacement.chars().next().unwrap_or('x');
        prop_assume!(characters[at] != new_character);
        characters[at] = new_character;
        *text = characters.into_iter().collect();
        prop_assert_eq!(verify_value(&signed).map(|_| ()), Err(ProofError::BadSignature));
    }

    #[test]
    fn spelling_of_the_json_does_not_matter(
        document in json_object(),
        key in key(),
        spelling in spelling(),
    ) {
        let signed = sign(document.clone(), &key, CREATED).unwrap_or_default();
        let mut text = String::new();
        write_json(&mut text, &signed, spelling, 0);
        // The respelled text really is the same JSON value.
        prop_assert_eq!(serde_json::from_str::<Value>(&text).ok(), Some(signed.clone()));
        let verified = verify_bytes(text.as_bytes());
        prop_assert!(verified.is_ok(), "{:?}\n{}", verified, text);
        prop_assert_eq!(verified.map(|v| v.into_document()), Ok(document));
    }
}

/// The spelling cases named in the brief, one by one.
#[test]
fn named_equivalent_escapes_verify() {
    let key = SigningKey::from_seed(&[42; 32]);
    let document = serde_json::json!({"@context": ["https://www.w3.org/ns/credentials/v2"], "text": "café a/b 😂"});
    let signed = sign(document, &key, CREATED).unwrap_or_default();
    let plain = serde_json::to_string_pretty(&signed).unwrap_or_default();
    assert!(plain.contains("café a/b 😂"));
    for respelled in [
        plain.replace("café", "caf\\u00e9"),
        plain.replace("café", "caf\\u00E9"),
        plain.replace("a/b", "a\\/b"),
        plain.replace("😂", "\\ud83d\\ude02"),
        plain.replace("https:", "https\\u003a"),
    ] {
        assert_ne!(respelled, plain);
        assert!(verify_bytes(respelled.as_bytes()).is_ok(), "{respelled}");
    }
    // A different character (decomposed é) is different content, not a different spelling.
    let decomposed = plain.replace("café", "cafe\\u0301");
    assert_eq!(
        verify_bytes(decomposed.as_bytes()).map(|_| ()),
        Err(ProofError::BadSignature)
    );
}
