//! `ownplan show`: a verified plan document rendered for reading, as plain text, Markdown or
//! HTML. Only what [`VerifiedPlanDocument`] holds is shown — the content that was verified.
//!
//! The plan is walked generically (its JSON, field by field) so every field the format has is
//! shown, including ones added later, without a renderer per type. Field names become labels
//! (`whatIDoMyself` → "What I do myself"); item ids are left out; a reference to a network member
//! is shown as the member's name. HTML output is a standalone page with every piece of text
//! escaped, no scripts, no styles and no external resources.
//!
//! Document text is hostile until shown otherwise (see `terminal.rs`): in every format it is
//! escaped for the terminal first (HTML pages and Markdown files get `cat` too), then for the
//! format. Single-line fields — the header's values, names, phones, roles, organisations, person
//! references — stay on one line; multi-line text keeps the person's line breaks, with every
//! continuation line indented, so no document line starts at column 0 where the header lines
//! ("Signed by: ...") are. In Markdown, each line of document text is escaped so it cannot start
//! a heading, list, quote, table, link or setext underline of its own.

use ownplan_core::document::VerifiedPlanDocument;
use ownplan_core::plan::Section;
use serde_json::{Map, Value};

use crate::terminal;

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// A standalone HTML page (escaped, no external resources).
    Html,
}

/// A piece of the plan to render: a multi-line text, a single-line value, labelled fields, or a
/// list.
enum Node {
    Text(String),
    Line(String),
    Fields(Vec<(String, Node)>),
    List(Vec<Node>),
}

/// The document as a title and top-level parts.
struct Page {
    title: String,
    language: String,
    about: Vec<(String, String)>,
    parts: Vec<(String, Node)>,
}

/// Renders a verified document in `format`.
pub fn render(document: &VerifiedPlanDocument, format: Format) -> String {
    let page = page(document);
    match format {
        Format::Text => render_text(&page),
        Format::Markdown => render_markdown(&page),
        Format::Html => render_html(&page),
    }
}

fn page(document: &VerifiedPlanDocument) -> Page {
    let plan = document.plan();
    let owner = plan.owner.name.as_str();
    let title = if owner.is_empty() {
        format!("Plan {}", plan.plan_id)
    } else {
        format!("Plan for {owner}")
    };
    let mut about = vec![
        (
            "Signed by".to_owned(),
            format!(
                "{} (fingerprint {})",
                document.signer().did(),
                document.fingerprint()
            ),
        ),
        (
            "Plan".to_owned(),
            format!("{} version {}", plan.plan_id, plan.plan_version),
        ),
        ("Made".to_owned(), document.valid_from().to_owned()),
    ];
    if let Some(until) = document.valid_until() {
        about.push(("Valid until".to_owned(), until.to_owned()));
    }
    let recipients: Vec<String> = document
        .recipients()
        .iter()
        .map(|r| {
            let mut parts = vec![r.name.as_str().to_owned()];
            if let Some(role) = &r.role {
                parts.push(role.name().to_owned());
            }
            if !r.organisation.is_empty() {
                parts.push(r.organisation.as_str().to_owned());
            }
            parts.retain(|p| !p.is_empty());
            parts.join(", ")
        })
        .collect();
    if !recipients.is_empty() {
        about.push(("For".to_owned(), recipients.join("; ")));
    }
    about.push((
        "Sections".to_owned(),
        document
            .sections()
            .iter()
            .map(|s| section_name(*s))
            .collect::<Vec<_>>()
            .join(", "),
    ));
    if document.items_left_out() {
        about.push(("Holds".to_owned(), crate::report::SELECTION_NOTE.to_owned()));
    }
    let consent = document.sharing_consent();
    if !consent.statement.is_empty() {
        about.push(("Consent".to_owned(), consent.statement.as_str().to_owned()));
    }
    if !consent.conditions.is_empty() {
        about.push((
            "Conditions".to_owned(),
            consent.conditions.as_str().to_owned(),
        ));
    }
    let helpers: Vec<String> = plan
        .meta
        .helpers
        .iter()
        .map(|h| {
            if h.organisation.is_empty() {
                h.name.as_str().to_owned()
            } else {
                format!("{} ({})", h.name, h.organisation)
            }
        })
        .collect();
    if !helpers.is_empty() {
        about.push(("Made with help from".to_owned(), helpers.join(", ")));
    }
    for warning in document.warnings() {
        about.push((
            "Warning".to_owned(),
            format!("{} at {}", warning.message_id(), warning.path),
        ));
    }

    let json = plan.to_json_value();
    let names = member_names(&json);
    let mut parts = Vec::new();
    for key in ["owner", "individualPlan", "crisisPlan", "network"] {
        if let Some(value) = json.get(key) {
            parts.push((label(key), node(key, value, &names)));
        }
    }
    Page {
        title,
        language: if plan.meta.language.is_empty() {
            "und".to_owned()
        } else {
            plan.meta.language.clone()
        },
        about,
        parts,
    }
}

fn section_name(section: Section) -> String {
    section.as_str().to_owned()
}

/// Network member ids and names, to show references by name.
fn member_names(plan: &Value) -> Map<String, Value> {
    let mut names = Map::new();
    if let Some(Value::Array(members)) = plan.get("network") {
        for member in members {
            if let (Some(id), Some(name)) = (
                member.get("id").and_then(Value::as_str),
                member.get("name").and_then(Value::as_str),
            ) {
                names.insert(id.to_owned(), name.into());
            }
        }
    }
    names
}

/// The plan's fields that hold one line (a name, a phone number, ...), not the person's own words
/// over several lines. Their values are shown on one line whatever they contain.
const SINGLE_LINE_FIELDS: &[&str] = &[
    "name",
    "phone",
    "email",
    "relation",
    "organisation",
    "role",
    "unit",
    "provider",
    "language",
];

/// The node for `value`, found under the member `key` (for a list item, the list's key).
fn node(key: &str, value: &Value, names: &Map<String, Value>) -> Node {
    match value {
        Value::Object(members) => {
            // A person reference: {"member": id} or {"typed": text}.
            if members.len() == 1 {
                if let Some(Value::String(id)) = members.get("member") {
                    let name = names.get(id).and_then(Value::as_str).unwrap_or(id);
                    return Node::Line(name.to_owned());
                }
                if let Some(Value::String(text)) = members.get("typed") {
                    return Node::Line(text.clone());
                }
            }
            Node::Fields(
                members
                    .iter()
                    .filter(|(key, _)| key.as_str() != "id")
                    .map(|(key, value)| (label(key), node(key, value, names)))
                    .collect(),
            )
        }
        Value::Array(items) => {
            Node::List(items.iter().map(|item| node(key, item, names)).collect())
        }
        Value::String(text) if !SINGLE_LINE_FIELDS.contains(&key) => Node::Text(text.clone()),
        other => Node::Line(value_text(other)),
    }
}

fn value_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Bool(true) => "yes".to_owned(),
        Value::Bool(false) => "no".to_owned(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// `whatIDoMyself` → "What I do myself".
fn label(key: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for character in key.chars() {
        if character.is_uppercase() || words.is_empty() {
            words.push(String::new());
        }
        if let Some(word) = words.last_mut() {
            word.push(character);
        }
    }
    let mut text = String::new();
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            text.push(' ');
        }
        if index == 0 {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                text.extend(first.to_uppercase());
                text.push_str(chars.as_str());
            }
        } else if word == "I" {
            text.push('I');
        } else {
            text.push_str(&word.to_lowercase());
        }
    }
    text
}

fn render_text(page: &Page) -> String {
    let title = terminal::line(&page.title);
    let mut out = format!("{title}\n{}\n\n", "=".repeat(title.chars().count()));
    for (key, value) in &page.about {
        out.push_str(&format!("{key}: {}\n", terminal::line(value)));
    }
    for (heading, node) in &page.parts {
        out.push_str(&format!(
            "\n{heading}\n{}\n",
            "-".repeat(heading.chars().count())
        ));
        text_node(&mut out, node, 0);
    }
    out
}

fn text_node(out: &mut String, node: &Node, depth: usize) {
    let indent = "  ".repeat(depth);
    // A bare value is indented even at the top, so document text never starts at column 0.
    let value_indent = "  ".repeat(depth.max(1));
    match node {
        Node::Text(text) => out.push_str(&format!(
            "{value_indent}{}\n",
            indented(text, &value_indent)
        )),
        Node::Line(text) => out.push_str(&format!("{value_indent}{}\n", terminal::line(text))),
        Node::Fields(fields) => {
            for (key, value) in fields {
                match value {
                    Node::Text(text) => {
                        out.push_str(&format!("{indent}{key}: {}\n", indented(text, &indent)))
                    }
                    Node::Line(text) => {
                        out.push_str(&format!("{indent}{key}: {}\n", terminal::line(text)))
                    }
                    _ => {
                        out.push_str(&format!("{indent}{key}:\n"));
                        text_node(out, value, depth + 1);
                    }
                }
            }
        }
        Node::List(items) => {
            for item in items {
                out.push_str(&format!("{indent}-\n"));
                text_node(out, item, depth + 1);
            }
        }
    }
}

/// Keeps the person's line breaks, each line escaped and indented two spaces past `indent`.
fn indented(text: &str, indent: &str) -> String {
    terminal::lines(text).join(&format!("\n{indent}  "))
}

fn render_markdown(page: &Page) -> String {
    let mut out = format!("# {}\n\n", markdown_line(&page.title));
    for (key, value) in &page.about {
        out.push_str(&format!("- **{key}:** {}\n", markdown_line(value)));
    }
    for (heading, node) in &page.parts {
        out.push_str(&format!("\n## {heading}\n\n"));
        markdown_node(&mut out, node, 0);
    }
    out
}

fn markdown_node(out: &mut String, node: &Node, depth: usize) {
    let indent = "  ".repeat(depth);
    match node {
        Node::Text(text) => out.push_str(&format!("{indent}- {}\n", markdown_text(text, &indent))),
        Node::Line(text) => out.push_str(&format!("{indent}- {}\n", markdown_line(text))),
        Node::Fields(fields) => {
            for (key, value) in fields {
                match value {
                    Node::Text(text) => out.push_str(&format!(
                        "{indent}- **{key}:** {}\n",
                        markdown_text(text, &indent)
                    )),
                    Node::Line(text) => {
                        out.push_str(&format!("{indent}- **{key}:** {}\n", markdown_line(text)))
                    }
                    _ => {
                        out.push_str(&format!("{indent}- **{key}:**\n"));
                        markdown_node(out, value, depth + 1);
                    }
                }
            }
        }
        Node::List(items) => {
            for (index, item) in items.iter().enumerate() {
                out.push_str(&format!("{indent}- {}.\n", index + 1));
                markdown_node(out, item, depth + 1);
            }
        }
    }
}

/// A single-line field for Markdown: escaped for the terminal, then for Markdown.
fn markdown_line(text: &str) -> String {
    markdown_escape(&terminal::line(text))
}

/// A multi-line text for Markdown: each line escaped like [`markdown_line`], the lines joined by
/// hard breaks and indented inside the list item at `indent`.
fn markdown_text(text: &str, indent: &str) -> String {
    terminal::lines(text)
        .iter()
        .map(|line| markdown_escape(line))
        .collect::<Vec<_>>()
        .join(&format!("  \n{indent}    "))
}

/// Escapes what Markdown would read as markup (and HTML and entities that Markdown passes
/// through) in one line, and what would start a block where the line starts: a heading, list,
/// quote, fence, setext underline or ordered list (`1.`), so document text cannot make a line
/// that looks like one of ours.
fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '<' | '>' | '|' | '!' | '&' => {
                out.push('\\');
                out.push(character);
            }
            other => out.push(other),
        }
    }
    let start = out.len() - out.trim_start().len();
    let rest = &out[start..];
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let escape_at = match rest.chars().next() {
        Some('-' | '+' | '=' | '~' | ':') => Some(start),
        Some(_) if digits > 0 && matches!(rest[digits..].chars().next(), Some('.' | ')')) => {
            Some(start + digits)
        }
        _ => None,
    };
    if let Some(at) = escape_at {
        out.insert(at, '\\');
    }
    out
}

fn render_html(page: &Page) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\n<title>{}</title>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n<dl>\n",
        html_line(&page.language),
        html_line(&page.title),
        html_line(&page.title)
    );
    for (key, value) in &page.about {
        out.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>\n",
            html_escape(key),
            html_line(value)
        ));
    }
    out.push_str("</dl>\n");
    for (heading, node) in &page.parts {
        out.push_str(&format!("<section>\n<h2>{}</h2>\n", html_escape(heading)));
        html_node(&mut out, node);
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn html_node(out: &mut String, node: &Node) {
    match node {
        Node::Text(text) => out.push_str(&format!("<p>{}</p>\n", html_text(text))),
        Node::Line(text) => out.push_str(&format!("<p>{}</p>\n", html_line(text))),
        Node::Fields(fields) => {
            out.push_str("<dl>\n");
            for (key, value) in fields {
                out.push_str(&format!("<dt>{}</dt>\n<dd>", html_escape(key)));
                match value {
                    Node::Text(text) => out.push_str(&html_text(text)),
                    Node::Line(text) => out.push_str(&html_line(text)),
                    _ => html_node(out, value),
                }
                out.push_str("</dd>\n");
            }
            out.push_str("</dl>\n");
        }
        Node::List(items) => {
            out.push_str("<ol>\n");
            for item in items {
                out.push_str("<li>");
                html_node(out, item);
                out.push_str("</li>\n");
            }
            out.push_str("</ol>\n");
        }
    }
}

/// A single-line field for HTML: escaped for the terminal (so bidirectional controls cannot
/// reorder the page either), then for HTML.
fn html_line(text: &str) -> String {
    html_escape(&terminal::line(text))
}

/// A multi-line text for HTML: each line escaped like [`html_line`], with the person's line
/// breaks kept.
fn html_text(text: &str) -> String {
    terminal::lines(text)
        .iter()
        .map(|line| html_escape(line))
        .collect::<Vec<_>>()
        .join("<br>\n")
}

/// Escapes the five characters that are special in HTML text and attribute values. Written here
/// rather than taken from a crate: it is five replacements, and every string goes through it.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_read_as_words() {
        for (key, expected) in [
            ("whatIDoMyself", "What I do myself"),
            ("individualPlan", "Individual plan"),
            ("goals", "Goals"),
            ("howToMeetMe", "How to meet me"),
        ] {
            assert_eq!(label(key), expected);
        }
    }

    #[test]
    fn markdown_lines_cannot_start_a_block() {
        for (line, expected) in [
            ("plain words", "plain words"),
            ("# heading", "\\# heading"),
            ("- **Signed by:** x", "\\- \\*\\*Signed by:\\*\\* x"),
            ("  + item", "  \\+ item"),
            ("===", "\\==="),
            ("12. twelve", "12\\. twelve"),
            ("3) three", "3\\) three"),
            ("2026 was a year", "2026 was a year"),
            ("> quote", "\\> quote"),
            ("[link](https://x)", "\\[link\\](https://x)"),
            ("&#x202e;", "\\&\\#x202e;"),
            ("~~~", "\\~~~"),
        ] {
            assert_eq!(markdown_escape(line), expected, "{line:?}");
        }
    }

    #[test]
    fn html_escapes_everything_special() {
        assert_eq!(
            html_escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }
}
