//! Every message exists in every language, every message the code asks for exists, and the
//! Fluent files are free of syntax errors. A missing translation would show a raw id to a
//! person, so this test fails instead.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast;
use ownplan_web::i18n::Language;

/// The message ids of one locale, with the variables each message uses.
fn messages(language: Language) -> Vec<(String, BTreeSet<String>)> {
    let resources: Vec<_> = language
        .fluent_sources()
        .into_iter()
        .map(|source| {
            fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
                panic!("{}: syntax errors {errors:?}", language.code())
            })
        })
        .collect();
    resources
        .iter()
        .flat_map(|resource| resource.body.iter())
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let value = message.value.as_ref().unwrap_or_else(|| {
                    panic!("{}: {} has no value", language.code(), message.id.name)
                });
                let variables = value
                    .elements
                    .iter()
                    .filter_map(|element| match element {
                        ast::PatternElement::Placeable {
                            expression:
                                ast::Expression::Inline(ast::InlineExpression::VariableReference {
                                    id,
                                }),
                        } => Some(id.name.to_owned()),
                        _ => None,
                    })
                    .collect();
                Some((message.id.name.to_owned(), variables))
            }
            ast::Entry::Junk { content } => panic!("{}: junk {content:?}", language.code()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_locale_has_the_same_messages_with_the_same_variables() {
    let english = messages(Language::English);
    let english_ids: BTreeSet<&String> = english.iter().map(|(id, _)| id).collect();
    assert_eq!(english_ids.len(), english.len(), "duplicate ids in en");
    for language in Language::ALL {
        let other = messages(language);
        let ids: BTreeSet<&String> = other.iter().map(|(id, _)| id).collect();
        assert_eq!(
            ids.len(),
            other.len(),
            "duplicate ids in {}",
            language.code()
        );
        let missing: Vec<_> = english_ids.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english_ids).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.code());
        assert!(extra.is_empty(), "{} has extra {extra:?}", language.code());
        for (id, variables) in &other {
            let english_variables = &english.iter().find(|(e, _)| e == id).unwrap().1;
            assert_eq!(variables, english_variables, "{} {id}", language.code());
        }
    }
}

/// Message ids named in the widget's source. Code names a message in one of these ways:
/// `i18n.t("id")`, `t_with("id", ..)`, `translate(language, "id")` (and its variants), a
/// component property ending in `_id="id"`, a match arm `=> "id"` in a `*_id` function, or a
/// Ids built from a key at run time (`page-<part>-title`) and the form descriptions are
/// checked by `every_message_built_from_a_key_exists`.
fn ids_named_in_source() -> BTreeSet<String> {
    let patterns = [
        r#"\.t(?:_with)?\(\s*"([a-z][a-z0-9-]*)""#,
        r#"translate(?:_with|_uncached)?\(\s*[a-z_.]+,\s*"([a-z][a-z0-9-]*)""#,
        r#"_id="([a-z][a-z0-9-]*)""#,
    ]
    .map(|p| regex::Regex::new(p).unwrap());
    assert_eq!(patterns.len(), 3);
    // Match arms `=> "id"` count only inside functions named `*_id` (`message_id`,
    // `nav_label_id`): elsewhere such strings are keys, not messages.
    let id_function = regex::Regex::new(r"fn [a-z_]*_id\b").unwrap();
    let arm = regex::Regex::new(r#"=> "([a-z]+(?:-[a-z0-9]+)+)""#).unwrap();
    let mut ids = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for pattern in &patterns {
                    for capture in pattern.captures_iter(&source) {
                        ids.insert(capture[1].to_owned());
                    }
                }
                for start in id_function.find_iter(&source) {
                    let body = function_body(&source[start.start()..]);
                    for capture in arm.captures_iter(body) {
                        ids.insert(capture[1].to_owned());
                    }
                }
            }
        }
    }
    ids
}

/// The text of the function starting at `source`, up to its closing brace.
fn function_body(source: &str) -> &str {
    let mut depth = 0;
    for (i, c) in source.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return &source[..=i];
                }
            }
            _ => {}
        }
    }
    source
}

#[test]
fn every_message_the_code_names_exists() {
    let named = ids_named_in_source();
    assert!(named.len() > 20, "the scan finds the ids: {named:?}");
    let defined: BTreeSet<String> = messages(Language::English)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let missing: Vec<_> = named.difference(&defined).collect();
    assert!(
        missing.is_empty(),
        "named in src/ but not in the locales: {missing:?}"
    );
}

#[test]
fn no_message_is_empty_or_left_untranslated_placeholder() {
    for language in Language::ALL {
        for (id, _) in messages(language) {
            let text = ownplan_web::i18n::translate(language, &id);
            assert!(!text.trim().is_empty(), "{} {id} is empty", language.code());
            assert!(!text.contains("TODO"), "{} {id}: {text}", language.code());
        }
    }
}

#[test]
fn every_message_built_from_a_key_exists() {
    let defined: BTreeSet<String> = messages(Language::English)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let mut wanted: Vec<String> = Vec::new();
    for key in ownplan_web::state::overview::PART_KEYS
        .into_iter()
        .chain(ownplan_web::app::Route::CRISIS_PARTS.map(|(_, key)| key))
    {
        for suffix in ["title", "intro", "example"] {
            wanted.push(format!("page-{key}-{suffix}"));
        }
    }
    for key in ["goals", "measures", "network", "agreements", "appointments"] {
        wanted.push(format!("restore-preview-count-{key}"));
    }
    wanted.extend(
        ownplan_web::forms::message_ids()
            .into_iter()
            .map(str::to_owned),
    );
    let missing: Vec<_> = wanted.iter().filter(|id| !defined.contains(*id)).collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

/// The verify view shows the core's message for every error and warning it can produce, so
/// each of them must be translated in every language (a new id in the core fails here first).
#[test]
fn every_message_the_core_can_produce_is_translated_in_every_language() {
    for language in Language::ALL {
        let defined: BTreeSet<String> = messages(language).into_iter().map(|(id, _)| id).collect();
        let missing: Vec<_> = ownplan_core::document::ALL_MESSAGE_IDS
            .iter()
            .filter(|id| !defined.contains(**id))
            .collect();
        assert!(
            missing.is_empty(),
            "{} lacks the core's {missing:?}",
            language.code()
        );
    }
}
