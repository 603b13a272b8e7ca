//! The house rules (ARCHITECTURE.md, "Invariants of the widget"; `../shared/STYLE.md`) as tests,
//! in the spirit of rust-analyzer's `tidy`: each rule reads the source tree and fails naming the
//! file and line that breaks it. They run with `cargo test -p xtask` (tier 1 of `cargo xtask
//! test`).
//!
//! The scanning is deliberately simple: a small lexer blanks out comments and the insides of
//! string and character literals (so a rule never fires on prose), finds the items marked
//! `#[cfg(test)]` or `#[test]` (test code may unwrap), and finds the bodies of `html!` macros.
//! Each rule then looks at lines or literals. No parser, standard library only.
//!
//! A `PENDING_…` list per rule names violations in files other work is rewriting at the moment
//! (file and a piece of the offending line). They are skipped, and an entry that no longer
//! matches anything fails the test, so the lists can only shrink: empty them once that work is
//! merged.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

/// Only `src/services/` touches the browser crates: no `web_sys`, `js_sys` or `gloo…` (any crate
/// whose name starts with `gloo`) in code under `src/` elsewhere.
///
/// Two shapes are allowed, because they touch no browser API:
/// - **Reading an event's target** in a component or page: a line that calls
///   `target_unchecked_into` and names `web_sys` only as `web_sys::HtmlInputElement`,
///   `web_sys::HtmlTextAreaElement` or `web_sys::HtmlSelectElement`, for example
///   `let input: web_sys::HtmlInputElement = event.target_unchecked_into();` or
///   `e.target_unchecked_into::<web_sys::HtmlSelectElement>()`.
/// - **The element the widget renders into**, `web_sys::Element`, in the two entry points
///   `src/main.rs` and `src/bin/full.rs` (JavaScript hands it over; they pass it on to the
///   services).
///
/// Anything else (a timer, the window, a file, storage) goes through a function in
/// `src/services/`; a hook that must hold a browser object names it through a services type.
#[test]
fn browser_crates_only_in_services() {
    let mut found = Vec::new();
    for file in sources(&["src"]) {
        if file.path.starts_with("src/services/") {
            continue;
        }
        for (number, code, text) in file.lines() {
            let mentions = browser_mentions(&code);
            if mentions.is_empty() || allowed_browser_line(&file.path, &code, &mentions) {
                continue;
            }
            let names: Vec<String> = mentions.iter().map(|m| format!("`{m}`")).collect();
            found.push(Violation::new(&file, number, &names.join(", "), text));
        }
    }
    report(
        "only src/services/ touches web_sys, js_sys or gloo (allowed: reading an event's \
         target with `target_unchecked_into` as an Html{Input,TextArea,Select}Element, and \
         `web_sys::Element` in src/main.rs and src/bin/full.rs); move the call into a service",
        found,
        PENDING_BROWSER_CRATES,
    );
}

/// Violations of [`browser_crates_only_in_services`] in files being rewritten elsewhere.
const PENDING_BROWSER_CRATES: &[(&str, &str)] = &[];

/// Components and pages reach services only through hooks or callbacks: no `services::` path
/// (nor `crate::services`) in `src/components/` or `src/pages/`. A hook (`src/hooks/`) is the
/// place to call a service from, and hands the view a `Callback` or a value.
#[test]
fn views_reach_services_through_hooks() {
    let mut found = Vec::new();
    for file in sources(&["src/components", "src/pages"]) {
        for (number, code, text) in file.lines() {
            if names_services_module(&code) {
                found.push(Violation::new(&file, number, "`services::`", text));
            }
        }
    }
    report(
        "components and pages reach services only through hooks or callbacks (src/hooks/)",
        found,
        PENDING_VIEW_SERVICES,
    );
}

/// Violations of [`views_reach_services_through_hooks`] in files being rewritten elsewhere.
const PENDING_VIEW_SERVICES: &[(&str, &str)] = &[];

/// Failures are values: no `unwrap(` or `expect(` (called as a method or a path) in
/// `src/`, `crates/ownplan-core/src`, `crates/ownplan-cli/src` or `crates/ownplan-pdf/src`,
/// except in test code: items marked `#[cfg(test)]`, `#[cfg(all(test, …))]`, `#[test]` or `#[…::test]` (a
/// `mod tests { … }` included), and files under `#![cfg(test)]`. Tests outside these
/// folders (`tests/`, `crates/*/tests`, `xtask`) are not scanned. `unwrap_or`, `unwrap_or_else`,
/// `unwrap_or_default` are other functions and are fine.
#[test]
fn no_unwrap_or_expect_outside_tests() {
    let mut found = Vec::new();
    for file in sources(&[
        "src",
        "crates/ownplan-core/src",
        "crates/ownplan-cli/src",
        "crates/ownplan-pdf/src",
    ]) {
        for (start, name) in panicking_calls(&file) {
            if file.in_test(start) {
                continue;
            }
            let number = file.line_of(start);
            let text = file.line_text(number);
            found.push(Violation::new(&file, number, &format!("`{name}(`"), text));
        }
    }
    report(
        "no unwrap/expect outside tests: return or show the failure instead",
        found,
        PENDING_UNWRAP,
    );
}

/// Violations of [`no_unwrap_or_expect_outside_tests`] in files being rewritten elsewhere.
const PENDING_UNWRAP: &[(&str, &str)] = &[];

/// Every module says what it is for: the first line of every `.rs` file under `src/`,
/// `crates/*/src` and `xtask/src` that is not blank is a `//!` comment.
#[test]
fn every_module_has_a_header() {
    let mut found = Vec::new();
    for file in sources(&["src", "crates", "xtask/src"]) {
        if file.path.starts_with("crates/") && !file.path.split('/').nth(2).eq(&Some("src")) {
            continue;
        }
        let first = file
            .text
            .lines()
            .enumerate()
            .find(|(_, l)| !l.trim().is_empty());
        match first {
            Some((_, line)) if line.trim_start().starts_with("//!") => {}
            Some((index, line)) => {
                found.push(Violation::new(&file, index + 1, "no `//!` header", line));
            }
            None => found.push(Violation::new(&file, 1, "no `//!` header", "(empty file)")),
        }
    }
    report(
        "every module starts with a `//!` header saying what it is for",
        found,
        PENDING_HEADER,
    );
}

/// Violations of [`every_module_has_a_header`] in files being rewritten elsewhere.
const PENDING_HEADER: &[(&str, &str)] = &[];

/// No user-visible string literal in `html!` (under `src/`): every word a person sees or hears
/// comes from the translations. Inside an `html!` body a string literal fails when it holds a
/// letter (so `" · "` or `"("` may stay) and it is
/// - **text between tags**: a literal child (`<p>"Hi"</p>`), or a block that is only a literal
///   (`<p>{ "Hi" }</p>`); or
/// - **the value of an attribute a person sees or hears**, written `name="…"` or
///   `name={"…"}`: `aria-label`, `aria-description`, `aria-roledescription`,
///   `aria-valuetext`, `aria-placeholder`, `title`, `placeholder`, `alt`, `label`, and `value`
///   on a `<button>` or `<input>`.
///
/// Other attributes are machine words and may be literals: `class`, `id`, `href="#…"`, `type`,
/// `for`, `role`, `name`, `autocomplete`, `aria-labelledby`, a component's `label_id`, `value`
/// of an `<option>`. Literals inside Rust expressions (arguments such as the message id in
/// `i18n.t("heading-goals")`, `if`/`match` arms) are not looked at: a scanner cannot tell a
/// message id from a word there.
#[test]
fn no_user_visible_literal_in_html() {
    let mut found = Vec::new();
    for file in sources(&["src"]) {
        for literal in &file.literals {
            let Some(kind) = visible_literal_in_html(&file, literal) else {
                continue;
            };
            let number = file.line_of(literal.start);
            let what = format!("{kind} {:?}", literal.value);
            found.push(Violation::new(&file, number, &what, file.line_text(number)));
        }
    }
    report(
        "no user-visible string literal in html!: use i18n.t(\"message-id\") and add the id \
         to locales/nb, locales/nn and locales/en",
        found,
        PENDING_HTML_LITERAL,
    );
}

/// Violations of [`no_user_visible_literal_in_html`] in files being rewritten elsewhere.
const PENDING_HTML_LITERAL: &[(&str, &str)] = &[];

// ---------------------------------------------------------------------------------------------
// What each rule looks for
// ---------------------------------------------------------------------------------------------

/// The event targets a component may name when reading an input's value.
const EVENT_TARGETS: &[&str] = &[
    "HtmlInputElement",
    "HtmlTextAreaElement",
    "HtmlSelectElement",
];

/// A browser crate named in `code` (one line, comments and literals blanked), with the next path
/// segment: `web_sys::HtmlInputElement`, `gloo_timers::callback`, `js_sys`.
fn browser_mentions(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut mentions = Vec::new();
    for (start, ident) in identifiers(&chars) {
        if !(ident == "web_sys" || ident == "js_sys" || ident.starts_with("gloo")) {
            continue;
        }
        let after = start + ident.chars().count();
        let rest: String = chars[after..].iter().collect();
        let segment = rest.strip_prefix("::").map(|tail| {
            tail.chars()
                .take_while(|c| is_ident_char(*c))
                .collect::<String>()
        });
        mentions.push(match segment {
            Some(segment) if !segment.is_empty() => format!("{ident}::{segment}"),
            _ => ident,
        });
    }
    mentions
}

fn allowed_browser_line(path: &str, code: &str, mentions: &[String]) -> bool {
    let event_target = code.contains("target_unchecked_into")
        && mentions.iter().all(|m| {
            m.strip_prefix("web_sys::")
                .is_some_and(|name| EVENT_TARGETS.contains(&name))
        });
    let entry_point = path == "src/main.rs" || path == "src/bin/full.rs";
    let widget_root = entry_point && mentions.iter().all(|m| m == "web_sys::Element");
    event_target || widget_root
}

/// Whether `code` names the services module: `services::…`, `crate::services`.
fn names_services_module(code: &str) -> bool {
    let chars: Vec<char> = code.chars().collect();
    identifiers(&chars).into_iter().any(|(start, ident)| {
        if ident != "services" {
            return false;
        }
        let after: String = chars[start + ident.len()..].iter().take(2).collect();
        let before: String = chars[start.saturating_sub(2)..start].iter().collect();
        after == "::" || before == "::"
    })
}

/// Where `unwrap(` or `expect(` is called in `file` (index of the name, the name).
fn panicking_calls(file: &SourceFile) -> Vec<(usize, String)> {
    identifiers(&file.code)
        .into_iter()
        .filter(|(start, ident)| {
            (ident == "unwrap" || ident == "expect")
                && file.code.get(start + ident.len()) == Some(&'(')
        })
        .collect()
}

/// Attributes whose value a person sees or hears (see [`no_user_visible_literal_in_html`]).
const VISIBLE_ATTRIBUTES: &[&str] = &[
    "aria-label",
    "aria-description",
    "aria-roledescription",
    "aria-valuetext",
    "aria-placeholder",
    "title",
    "placeholder",
    "alt",
    "label",
];

/// Elements whose `value` is shown (a button's caption, an input's text).
const VALUE_SHOWN_ON: &[&str] = &["button", "input"];

/// Why `literal` is a user-visible literal in an `html!` body, or `None` if it is not one.
fn visible_literal_in_html(file: &SourceFile, literal: &Literal) -> Option<String> {
    let body = file
        .html_bodies
        .iter()
        .find(|(open, close)| *open < literal.start && literal.start < *close)?;
    if !has_letter(&literal.value) {
        return None;
    }
    let code = &file.code;
    let before = previous_code_char(code, literal.start)?;
    let after = next_code_char(code, literal.end);
    // `name="…"`
    if code[before] == '=' {
        return visible_attribute(code, before);
    }
    // `name={"…"}` or a child block `{ "…" }`
    if code[before] == '{' {
        let outer = previous_code_char(code, before)?;
        if code[outer] == '=' {
            return visible_attribute(code, outer);
        }
        let child =
            after.is_some_and(|a| code[a] == '}') && in_child_position(code, before, body.0);
        return child.then(|| "text between tags".to_owned());
    }
    // A bare child: `<p>"…"</p>`
    let bare = in_child_position(code, literal.start, body.0)
        && after.is_some_and(|a| code[a] == '<' || code[a] == '{');
    bare.then(|| "text between tags".to_owned())
}

/// Whether the child item starting at `at` (a `{` or a literal) follows a tag's `>`, a
/// previous block's `}`, or the start of the `html!` body.
fn in_child_position(code: &[char], at: usize, body_open: usize) -> bool {
    let Some(before) = previous_code_char(code, at) else {
        return false;
    };
    match code[before] {
        '}' => true,
        // `=>` and `->` are Rust, not the end of a tag.
        '>' => before == 0 || !matches!(code[before - 1], '=' | '-'),
        _ => before == body_open,
    }
}

/// The attribute whose `=` is at `equals`, if a person sees or hears its value.
fn visible_attribute(code: &[char], equals: usize) -> Option<String> {
    let mut start = equals;
    while start > 0 && (is_ident_char(code[start - 1]) || code[start - 1] == '-') {
        start -= 1;
    }
    let name: String = code[start..equals].iter().collect();
    if VISIBLE_ATTRIBUTES.contains(&name.as_str()) {
        return Some(format!("attribute `{name}`"));
    }
    if name == "value" {
        let tag = enclosing_tag(code, start)?;
        if VALUE_SHOWN_ON.contains(&tag.as_str()) {
            return Some(format!("attribute `value` of <{tag}>"));
        }
    }
    None
}

/// The name of the tag whose attributes include position `at`: the nearest `<name` before it.
fn enclosing_tag(code: &[char], at: usize) -> Option<String> {
    let mut index = at;
    while index > 0 {
        index -= 1;
        if code[index] == '<' && code.get(index + 1).is_some_and(|c| c.is_alphabetic()) {
            return Some(
                code[index + 1..]
                    .iter()
                    .take_while(|c| is_ident_char(**c))
                    .collect(),
            );
        }
    }
    None
}

/// Whether `value` (a literal's source text) holds a letter, escapes such as `\u{a0}` aside.
fn has_letter(value: &str) -> bool {
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if chars.next() == Some('u') {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
            }
        } else if c.is_alphabetic() {
            return true;
        }
    }
    false
}

fn previous_code_char(code: &[char], at: usize) -> Option<usize> {
    (0..at).rev().find(|i| !code[*i].is_whitespace())
}

fn next_code_char(code: &[char], at: usize) -> Option<usize> {
    (at..code.len()).find(|i| !code[*i].is_whitespace())
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every identifier in `chars` with where it starts.
fn identifiers(chars: &[char]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if is_ident_char(chars[index]) && (index == 0 || !is_ident_char(chars[index - 1])) {
            let ident: String = chars[index..]
                .iter()
                .take_while(|c| is_ident_char(**c))
                .collect();
            index += ident.chars().count();
            if !ident.starts_with(|c: char| c.is_ascii_digit()) {
                found.push((index - ident.chars().count(), ident));
            }
        } else {
            index += 1;
        }
    }
    found
}

// ---------------------------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------------------------

/// One place that breaks a rule.
struct Violation {
    path: String,
    line: usize,
    what: String,
    text: String,
}

impl Violation {
    fn new(file: &SourceFile, line: usize, what: &str, text: &str) -> Violation {
        Violation {
            path: file.path.clone(),
            line,
            what: what.to_owned(),
            text: text.trim().to_owned(),
        }
    }

    fn excused_by(&self, (path, pattern): &(&str, &str)) -> bool {
        self.path == *path && self.text.contains(pattern)
    }
}

/// Fails naming every violation not in `pending`, and every `pending` entry that excuses none.
fn report(rule: &str, found: Vec<Violation>, pending: &[(&str, &str)]) {
    let mut message = String::new();
    let unexcused: Vec<&Violation> = found
        .iter()
        .filter(|v| !pending.iter().any(|entry| v.excused_by(entry)))
        .collect();
    if !unexcused.is_empty() {
        let _ = writeln!(message, "house rule broken: {rule}");
        for v in &unexcused {
            let _ = writeln!(message, "  {}:{}: {}: {}", v.path, v.line, v.what, v.text);
        }
    }
    let stale: Vec<&(&str, &str)> = pending
        .iter()
        .filter(|entry| !found.iter().any(|v| v.excused_by(entry)))
        .collect();
    if !stale.is_empty() {
        let _ = writeln!(
            message,
            "these PENDING entries match nothing any more; remove them from xtask/src/tidy.rs:"
        );
        for (path, pattern) in stale {
            let _ = writeln!(message, "  ({path:?}, {pattern:?})");
        }
    }
    assert!(message.is_empty(), "\n{message}");
}

// ---------------------------------------------------------------------------------------------
// Reading the source tree
// ---------------------------------------------------------------------------------------------

/// A string literal: where its opening quote is, one past its closing quote, and its source
/// text between the quotes (escapes not processed).
struct Literal {
    start: usize,
    end: usize,
    value: String,
}

/// One `.rs` file, lexed.
struct SourceFile {
    /// Relative to the repository root, with `/`.
    path: String,
    text: String,
    /// The file's characters with comments and the insides of literals turned into spaces
    /// (newlines kept), so indices and lines match `text`.
    code: Vec<char>,
    literals: Vec<Literal>,
    /// Where each line starts in `code`.
    line_starts: Vec<usize>,
    /// Character ranges of test-only items.
    test_ranges: Vec<(usize, usize)>,
    /// Character ranges (opening and closing bracket) of `html!` bodies.
    html_bodies: Vec<(usize, usize)>,
}

impl SourceFile {
    fn read(root: &Path, path: &Path) -> SourceFile {
        let text = fs::read_to_string(path)
            .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
        let relative = path
            .strip_prefix(root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let (code, literals) = lex(&text);
        let mut line_starts = vec![0];
        line_starts.extend(
            code.iter()
                .enumerate()
                .filter(|(_, c)| **c == '\n')
                .map(|(i, _)| i + 1),
        );
        let test_ranges = test_ranges(&code);
        let html_bodies = macro_bodies(&code, "html");
        SourceFile {
            path: relative,
            text,
            code,
            literals,
            line_starts,
            test_ranges,
            html_bodies,
        }
    }

    /// Each line as (number from 1, code, source text).
    fn lines(&self) -> impl Iterator<Item = (usize, String, &str)> {
        self.text.lines().enumerate().map(|(index, text)| {
            let start = self.line_starts[index];
            let end = self
                .line_starts
                .get(index + 1)
                .copied()
                .unwrap_or(self.code.len());
            (index + 1, self.code[start..end].iter().collect(), text)
        })
    }

    fn line_of(&self, index: usize) -> usize {
        self.line_starts.partition_point(|start| *start <= index)
    }

    fn line_text(&self, number: usize) -> &str {
        self.text.lines().nth(number - 1).unwrap_or_default()
    }

    fn in_test(&self, index: usize) -> bool {
        self.test_ranges
            .iter()
            .any(|(start, end)| *start <= index && index <= *end)
    }
}

/// Every `.rs` file under `dirs` (relative to the repository root), sorted; `target/` skipped.
fn sources(dirs: &[&str]) -> Vec<SourceFile> {
    let root = repository_root();
    let mut paths = Vec::new();
    for dir in dirs {
        collect_rs(&root.join(dir), &mut paths);
    }
    paths.sort();
    assert!(!paths.is_empty(), "no sources found under {dirs:?}");
    paths.iter().map(|p| SourceFile::read(&root, p)).collect()
}

fn collect_rs(dir: &Path, into: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                collect_rs(&path, into);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

fn repository_root() -> PathBuf {
    let xtask = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask.parent().unwrap_or(xtask).to_path_buf()
}

/// Blanks comments and the insides of string and character literals (keeping newlines and the
/// quotes), and collects the string literals.
fn lex(text: &str) -> (Vec<char>, Vec<Literal>) {
    let chars: Vec<char> = text.chars().collect();
    let mut code = chars.clone();
    let mut literals = Vec::new();
    let blank = |code: &mut Vec<char>, from: usize, to: usize| {
        for c in &mut code[from..to.min(chars.len())] {
            if *c != '\n' {
                *c = ' ';
            }
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let boundary = i == 0 || !is_ident_char(chars[i - 1]);
        if c == '/' && next == Some('/') {
            let end = (i..chars.len())
                .find(|j| chars[*j] == '\n')
                .unwrap_or(chars.len());
            blank(&mut code, i, end);
            i = end;
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            let mut j = i;
            while j < chars.len() {
                if chars[j] == '/' && chars.get(j + 1) == Some(&'*') {
                    depth += 1;
                    j += 2;
                } else if chars[j] == '*' && chars.get(j + 1) == Some(&'/') {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            blank(&mut code, i, j);
            i = j;
        } else if c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(chars.len());
            literals.push(Literal {
                start: i,
                end,
                value: chars[i + 1..j.min(chars.len())].iter().collect(),
            });
            blank(&mut code, i + 1, j);
            i = end;
        } else if c == 'r' && (boundary || (i > 0 && matches!(chars[i - 1], 'b' | 'c'))) && {
            let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
            chars.get(i + 1 + hashes) == Some(&'"')
        } {
            let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
            let open = i + 1 + hashes;
            let closing: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let mut j = open + 1;
            while j < chars.len() && !chars[j..].starts_with(&closing) {
                j += 1;
            }
            let end = (j + closing.len()).min(chars.len());
            literals.push(Literal {
                start: open,
                end,
                value: chars[open + 1..j.min(chars.len())].iter().collect(),
            });
            blank(&mut code, open + 1, j);
            i = end;
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{a0}'), or else a lifetime or label.
            let end = if next == Some('\\') {
                (i + 3..chars.len()).find(|j| chars[*j] == '\'')
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(end) => {
                    blank(&mut code, i + 1, end);
                    i = end + 1;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    (code, literals)
}

/// The character ranges of items marked `#[cfg(test)]`, `#[test]` or `#[…::test]` (from the
/// attribute to the item's closing `}` or `;`), or the whole file under `#![cfg(test)]`.
fn test_ranges(code: &[char]) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < code.len() {
        if code[i] != '#' {
            i += 1;
            continue;
        }
        let inner = code.get(i + 1) == Some(&'!');
        let open = if inner { i + 2 } else { i + 1 };
        if code.get(open) != Some(&'[') {
            i += 1;
            continue;
        }
        let Some(close) = matching(code, open) else {
            break;
        };
        let attribute: String = code[open..=close]
            .iter()
            .filter(|c| !c.is_whitespace())
            .collect();
        let is_test = attribute == "[cfg(test)]"
            || attribute == "[test]"
            || attribute.ends_with("::test]")
            || attribute.starts_with("[cfg(all(test,");
        if is_test && inner {
            ranges.push((0, code.len()));
        } else if is_test {
            ranges.push((i, item_end(code, close + 1)));
        }
        i = close + 1;
    }
    ranges
}

/// The end of the item starting at `from`: its first `;` or the `}` closing its first `{`,
/// outside parentheses and brackets.
fn item_end(code: &[char], from: usize) -> usize {
    let mut depth = 0i32;
    for (offset, c) in code[from..].iter().enumerate() {
        let at = from + offset;
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ';' if depth == 0 => return at,
            '{' if depth == 0 => return matching(code, at).unwrap_or(code.len()),
            _ => {}
        }
    }
    code.len()
}

/// The bracket closing the one at `open` (`(`, `[` or `{`), counting all three kinds.
fn matching(code: &[char], open: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (offset, c) in code[open..].iter().enumerate() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + offset);
                }
            }
            _ => {}
        }
    }
    None
}

/// The bodies (opening and closing bracket) of every `name!` macro call in `code`.
fn macro_bodies(code: &[char], name: &str) -> Vec<(usize, usize)> {
    let mut bodies = Vec::new();
    for (start, ident) in identifiers(code) {
        let after = start + ident.len();
        if ident != name || code.get(after) != Some(&'!') {
            continue;
        }
        let Some(open) = next_code_char(code, after + 1) else {
            continue;
        };
        if matches!(code[open], '{' | '(' | '[')
            && let Some(close) = matching(code, open)
        {
            bodies.push((open, close));
        }
    }
    bodies
}

// ---------------------------------------------------------------------------------------------
// The scanner's own tests
// ---------------------------------------------------------------------------------------------

fn lexed(text: &str) -> SourceFile {
    let (code, literals) = lex(text);
    let mut line_starts = vec![0];
    line_starts.extend(
        code.iter()
            .enumerate()
            .filter(|(_, c)| **c == '\n')
            .map(|(i, _)| i + 1),
    );
    SourceFile {
        path: "src/components/example.rs".to_owned(),
        text: text.to_owned(),
        test_ranges: test_ranges(&code),
        html_bodies: macro_bodies(&code, "html"),
        code,
        literals,
        line_starts,
    }
}

#[test]
fn the_lexer_ignores_comments_and_literals() {
    let file = lexed(
        "// x.unwrap()\nlet a = \"b.unwrap()\"; /* web_sys */ let c = r#\"\"web_sys\"#; '{';\n",
    );
    let code: String = file.code.iter().collect();
    assert!(
        !code.contains("unwrap") && !code.contains("web_sys"),
        "{code}"
    );
    assert_eq!(file.literals.len(), 2);
    assert_eq!(file.literals[1].value, "\"web_sys");
}

#[test]
fn test_items_are_found_and_only_they() {
    let file = lexed(
        "fn a() { x.unwrap(); }\n#[cfg(test)]\nmod tests {\n    fn b() { y.unwrap(); }\n}\n\
         #[test]\nfn c() { z.expect(\"no\"); }\nfn d() { w.expect(\"yes\"); }\n",
    );
    let lines: Vec<usize> = panicking_calls(&file)
        .into_iter()
        .filter(|(at, _)| !file.in_test(*at))
        .map(|(at, _)| file.line_of(at))
        .collect();
    assert_eq!(lines, [1, 8]);
}

#[test]
fn html_literals_are_told_apart() {
    let file = lexed(
        r#"fn v() -> Html { html! {
            <div class="box" id="x" aria-labelledby="t">
                <h2 id="t">{ i18n.t("heading-goals") }</h2>
                <p>{ "Visible words" }</p>
                <button title="Close" value="Send" type="button">{ " · " }</button>
                <option value="nb">{ "\u{a0}" }</option>
                <PlanTextField label_id="field-goal" placeholder={"Write here"} />
                { match x { A => "not looked at", B => "" } }
            </div>
        } }"#,
    );
    let found: Vec<String> = file
        .literals
        .iter()
        .filter_map(|l| visible_literal_in_html(&file, l).map(|k| format!("{k}: {}", l.value)))
        .collect();
    assert_eq!(
        found,
        [
            "text between tags: Visible words",
            "attribute `title`: Close",
            "attribute `value` of <button>: Send",
            "attribute `placeholder`: Write here",
        ]
    );
}

#[test]
fn browser_mentions_and_the_allowed_shapes() {
    let target = "let input: web_sys::HtmlInputElement = event.target_unchecked_into();";
    let mentions = browser_mentions(target);
    assert_eq!(mentions, ["web_sys::HtmlInputElement"]);
    assert!(allowed_browser_line("src/pages/x.rs", target, &mentions));
    let window = "let w = web_sys::window(); gloo_timers::future::TimeoutFuture::new(1);";
    let mentions = browser_mentions(window);
    assert_eq!(mentions, ["web_sys::window", "gloo_timers::future"]);
    assert!(!allowed_browser_line("src/pages/x.rs", window, &mentions));
    let root = "fn start(root: web_sys::Element) {";
    assert!(allowed_browser_line(
        "src/main.rs",
        root,
        &browser_mentions(root)
    ));
    assert!(!allowed_browser_line(
        "src/app.rs",
        root,
        &browser_mentions(root)
    ));
    assert!(names_services_module("use crate::services;"));
    assert!(names_services_module("services::page::print()"));
    assert!(!names_services_module(
        "pub use local_services::LocalServicePicker;"
    ));
}
