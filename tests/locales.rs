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

/// Message ids named literally in the widget's source (outside its `#[cfg(test)]` modules).
/// Code names a message in one of these ways: `i18n.t("id")`, `t_with("id", ..)`,
/// `translate(language, "id")` (and its variants), a component property ending in `_id="id"`,
/// a field `message_id: "id"`, a constructor `::new("id")`, a pushed `.push("id")`, an
/// optional `Some("id")`, a closure `|_| "id"`, or a match arm `=> "id"` in a label function
/// named `*_id` (`nav_label_id`, `heading_id`, ...).
///
/// Errors are not scanned for: their ids come from the error enums themselves (see
/// `error_message_ids`), so `fn message_id` bodies are skipped here. Ids built with `format!`
/// are checked by `every_message_built_from_a_key_exists`.
fn ids_named_in_source() -> BTreeSet<String> {
    // Where the call can only take a message id, any id; elsewhere only ids with a hyphen,
    // so that keys (`"goals"`) are not taken for messages.
    const ANY_ID: &str = r"([a-z][a-z0-9-]*)";
    const ID: &str = r"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)";
    let patterns = [
        format!(r#"\.t(?:_with)?\(\s*"{ANY_ID}""#),
        format!(r#"translate(?:_with|_uncached)?\(\s*[a-z_.]+,\s*"{ANY_ID}""#),
        format!(r#"_id="{ANY_ID}""#),
        format!(r#"message_id: "{ID}""#),
        format!(r#"::new\(\s*"{ID}"\s*\)"#),
        format!(r#"\.push\(\s*"{ID}"\s*\)"#),
        format!(r#"\bSome\(\s*"{ID}"\s*\)"#),
        format!(r#"\|_\|\s*"{ID}""#),
    ]
    .map(|p| regex::Regex::new(&p).unwrap());
    // Match arms `=> "id"` count only inside label functions named `*_id`: elsewhere such
    // strings are keys, not messages.
    let label_function = regex::Regex::new(r"fn ([a-z_]*_id)\b").unwrap();
    let arm = regex::Regex::new(&format!(r#"=> "{ID}""#)).unwrap();
    let mut ids = BTreeSet::new();
    for (_, source) in widget_sources() {
        // Tests name ids of their own (and keys that look like ids).
        let source = source.split("#[cfg(test)]").next().unwrap_or_default();
        for pattern in &patterns {
            for capture in pattern.captures_iter(source) {
                ids.insert(capture[1].to_owned());
            }
        }
        for start in label_function.captures_iter(source) {
            if &start[1] == "message_id" {
                continue;
            }
            let at = start.get(0).unwrap().start();
            for capture in arm.captures_iter(function_body(&source[at..])) {
                ids.insert(capture[1].to_owned());
            }
        }
    }
    ids
}

/// Every `.rs` file under `src/`, with its text.
fn widget_sources() -> Vec<(std::path::PathBuf, String)> {
    let mut files = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                files.push((path, source));
            }
        }
    }
    files
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

/// Every message an error can be shown with, taken from the error enums (each has an
/// exhaustive `message_id()` and a list of its kinds), plus the core's list.
fn error_message_ids() -> Vec<&'static str> {
    use ownplan_web::state::{backup, peer, person_key, seen_keys, share, stored_plan};
    let mut ids = ownplan_web::error::all_message_ids();
    ids.extend(
        backup::RestoreError::every_kind()
            .iter()
            .map(backup::RestoreError::message_id),
    );
    ids.extend(backup::ProtectError::ALL.map(backup::ProtectError::message_id));
    ids.extend(backup::PassphraseProblem::ALL.map(backup::PassphraseProblem::message_id));
    ids.extend(person_key::KeyError::ALL.map(person_key::KeyError::message_id));
    ids.extend(seen_keys::SeenError::ALL.map(seen_keys::SeenError::message_id));
    ids.extend(
        stored_plan::UnreadableReason::ALL
            .iter()
            .map(stored_plan::UnreadableReason::message_id),
    );
    ids.extend(peer::HelperProblem::ALL.map(peer::HelperProblem::message_id));
    ids.extend(
        ownplan_web::services::storage::ConfigError::ALL
            .iter()
            .map(ownplan_web::services::storage::ConfigError::message_id),
    );
    let date = ownplan_core::plan::Date::parse("2026-01-31").unwrap();
    ids.extend(
        [
            share::ShareWarning::MustNotBeInformed,
            share::ShareWarning::BeyondConsent(Vec::new()),
            share::ShareWarning::ConsentEnded(date),
            share::ShareWarning::NotInConsent,
        ]
        .iter()
        .map(share::ShareWarning::message_id),
    );
    ids.extend(ownplan_core::document::ALL_MESSAGE_IDS);
    // The share view's warning for each kind of sensitive item.
    ids.extend(
        ownplan_core::document::SensitiveKind::ALL
            .map(ownplan_core::document::SensitiveKind::message_id),
    );
    ids
}

/// The widget shows every error in the person's language, so each error's message must be
/// translated in every language (a new error kind without its messages fails here).
#[test]
fn every_error_message_is_translated_in_every_language() {
    let wanted: BTreeSet<&str> = error_message_ids().into_iter().collect();
    assert!(wanted.len() > 40, "the enums give the ids: {wanted:?}");
    for language in Language::ALL {
        let defined: BTreeSet<String> = messages(language).into_iter().map(|(id, _)| id).collect();
        let missing: Vec<_> = wanted.iter().filter(|id| !defined.contains(**id)).collect();
        assert!(
            missing.is_empty(),
            "{} lacks the error messages {missing:?}",
            language.code()
        );
    }
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

/// Ids built with `format!` from a key, by the family they are built in (placeholders written
/// `{}`), with every id each family can give. A family is listed here by enumerating its keys.
fn ids_built_from_keys() -> Vec<(&'static str, Vec<String>)> {
    let part_keys: Vec<&str> = ownplan_web::state::overview::PART_KEYS
        .into_iter()
        .chain(ownplan_web::app::Route::CRISIS_PARTS.map(|(_, key)| key))
        .collect();
    let page = |suffix: &str| -> Vec<String> {
        part_keys
            .iter()
            .map(|key| format!("page-{key}-{suffix}"))
            .collect()
    };
    vec![
        ("page-{}-title", page("title")),
        ("page-{}-intro", page("intro")),
        ("page-{}-example", page("example")),
        // `components/restore_steps.rs` counts these lists of a backup.
        (
            "restore-preview-count-{}",
            ["goals", "measures", "network", "agreements", "appointments"]
                .map(|key| format!("restore-preview-count-{key}"))
                .to_vec(),
        ),
        // `components/plan_list.rs` flags overdue items in the agreements list only.
        (
            "flag-{}",
            vec![format!(
                "flag-{}",
                ownplan_web::state::plan_fields::ListKind::Agreements.key()
            )],
        ),
    ]
}

/// The families of ids the source builds with `format!` inside `t(..)`/`t_with(..)`, with
/// each placeholder written `{}`.
fn id_families_built_in_source() -> BTreeSet<String> {
    let built = regex::Regex::new(r#"\.t(?:_with)?\(\s*&format!\(\s*"([^"]*)""#).unwrap();
    let placeholder = regex::Regex::new(r"\{[^}]*\}").unwrap();
    let mut families = BTreeSet::new();
    for (_, source) in widget_sources() {
        for capture in built.captures_iter(&source) {
            families.insert(placeholder.replace_all(&capture[1], "{}").into_owned());
        }
    }
    families
}

#[test]
fn every_message_built_from_a_key_exists() {
    let defined: BTreeSet<String> = messages(Language::English)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let built = ids_built_from_keys();
    // A new `format!`-built id must be enumerated above before it can be shown.
    let known: BTreeSet<String> = built.iter().map(|(family, _)| family.to_string()).collect();
    let found = id_families_built_in_source();
    assert!(found.len() >= 4, "the scan finds the families: {found:?}");
    let unknown: Vec<_> = found.difference(&known).collect();
    assert!(
        unknown.is_empty(),
        "ids built with format! whose keys this test does not enumerate: {unknown:?}"
    );
    let mut wanted: Vec<String> = built.into_iter().flat_map(|(_, ids)| ids).collect();
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

/// The ids of the messages in a Fluent text.
fn ids_in(text: &str) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
        panic!("syntax errors {errors:?}");
    });
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// The build splits each language's messages with `locales/split.awk` into the first load's
/// file and one file per view fetched when it opens; the widget fetches a view's file by
/// `MessagePart::of_message`'s rule. Both must agree, or a view would show message ids.
#[test]
fn the_build_splits_the_messages_by_the_widgets_rule() {
    use ownplan_web::i18n::MessagePart;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for language in Language::ALL {
        let out = std::env::temp_dir().join(format!(
            "ownplan-split-{}-{}",
            std::process::id(),
            language.code()
        ));
        std::fs::create_dir_all(&out).unwrap();
        let file = |name: &str| out.join(format!("{name}.ftl"));
        let mut awk = std::process::Command::new("awk");
        awk.arg("-v").arg(format!("app={}", file("app").display()));
        for part in MessagePart::ALL {
            let name = part.file_suffix();
            awk.arg("-v")
                .arg(format!("{name}={}", file(name).display()));
        }
        let mut awk = awk
            .arg("-f")
            .arg(root.join("locales/split.awk"))
            .stdin(std::process::Stdio::piped())
            .spawn()
            .expect("awk runs");
        std::io::Write::write_all(
            awk.stdin.as_mut().unwrap(),
            language.fluent_sources().concat().as_bytes(),
        )
        .unwrap();
        assert!(awk.wait().unwrap().success());
        let read = |name: &str| ids_in(&std::fs::read_to_string(file(name)).unwrap_or_default());
        let code = language.code();
        let app = read("app");
        for id in &app {
            assert_eq!(
                MessagePart::of_message(id),
                None,
                "{code}: {id} in the first load"
            );
        }
        let mut split = app.clone();
        for part in MessagePart::ALL {
            let ids = read(part.file_suffix());
            assert!(ids.len() >= 5, "{code}: {part:?} is split off");
            for id in &ids {
                assert_eq!(MessagePart::of_message(id), Some(part), "{code}: {id}");
            }
            split.extend(ids);
        }
        let all: BTreeSet<String> = messages(language).into_iter().map(|(id, _)| id).collect();
        assert_eq!(
            split, all,
            "{code}: every message lands in exactly one file"
        );
        std::fs::remove_dir_all(&out).unwrap();
    }
}

/// A view's words are fetched only when that view opens, so only that view's code may name
/// them: anywhere else they would show as ids until the view had been opened once.
#[test]
fn a_views_words_are_named_only_by_that_view() {
    use ownplan_web::i18n::MessagePart;
    let owners: [(MessagePart, &[&str]); 8] = [
        (
            MessagePart::Verify,
            &[
                "src/pages/verify",
                "src/state/verify",
                "src/hooks/use_verify",
                "src/state/seen_keys",
                // The PDF module's errors, as the verify view words them, and the reader's
                // refusals it passes on.
                "src/error.rs",
                "src/services/pdf_module.rs",
            ],
        ),
        (MessagePart::Guide, &["src/pages/guide", "src/state/guide"]),
        (
            MessagePart::Share,
            &[
                "src/pages/share",
                "src/state/share",
                "src/hooks/use_share",
                "src/state/delivery",
                "src/hooks/use_plan_texts",
                "src/state/plan_language",
                "src/components/pdf_copy_button",
                // The PDF module's errors, as the share view words them.
                "src/error.rs",
                // The PDF module's own words (`pdfcopy.ftl`, read by the module itself).
                "src/state/pdf_labels.rs",
            ],
        ),
        (
            MessagePart::Restore,
            &[
                "src/components/restore_steps",
                "src/hooks/use_restore",
                "src/state/backup",
                "src/error.rs",
                "src/pages/backup",
            ],
        ),
        (MessagePart::Finish, &["src/pages/finish", "src/state/peer"]),
        // The core's messages; the widget names only these itself.
        (
            MessagePart::Checks,
            &["src/state/share/round.rs", "src/state/verify"],
        ),
        (MessagePart::Key, &["src/pages/key.rs"]),
        (
            MessagePart::Backup,
            &[
                "src/components/backup_form.rs",
                "src/pages/backup.rs",
                "src/state/backup.rs",
                "src/pages/finish.rs",
            ],
        ),
    ];
    let literal = regex::Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).unwrap();
    // Only messages count (`"key-warning"` may be a CSS class).
    let defined: BTreeSet<String> = messages(Language::English)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut strays = Vec::new();
    for (path, source) in widget_sources() {
        let relative = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if relative == "src/i18n.rs" {
            continue; // the rule itself
        }
        for capture in literal.captures_iter(&source) {
            if !defined.contains(&capture[1]) {
                continue;
            }
            let Some(part) = MessagePart::of_message(&capture[1]) else {
                continue;
            };
            let (_, allowed) = owners.iter().find(|(owner, _)| *owner == part).unwrap();
            if !allowed.iter().any(|prefix| relative.starts_with(prefix)) {
                strays.push(format!("{relative}: {}", &capture[1]));
            }
        }
    }
    assert!(strays.is_empty(), "named outside their view: {strays:?}");
}
