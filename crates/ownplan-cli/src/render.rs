//! `ownplan show`: a verified plan document rendered for a professional to read, as plain text,
//! Markdown or HTML. Only what [`VerifiedPlanDocument`] holds is shown — the content that was
//! verified, every section it holds and nothing else.
//!
//! The words are the recipient's, in the document's own language (`meta.language`: Bokmål,
//! Nynorsk or English): the same tables the PDF copy uses ([`ownplan_pdf::Labels`]), so the copy
//! and the command never say a thing two ways. The verdict comes first ("Signed and unchanged",
//! or with its warnings), then what the document is (signer, plan, recipients, parts, whether it
//! is a selection, consent), then the plan.
//!
//! The plan is walked generically (its JSON, field by field) so every field the format has is
//! shown, including ones added later, without a renderer per type; fields come in the order the
//! PDF copy uses ([`ownplan_pdf::field_rank`]: the crisis plan in its natural order, warning
//! signs, what helps, what makes life worth living, safer surroundings, how to meet the person,
//! who to call in order, who must not be contacted, the help message, admission, treatment,
//! practical matters, after the crisis). Warning signs are grouped by stage (early, getting
//! worse, acute); a safer-surroundings step says its own stage. Field names become labels,
//! choices words (`workAndEducation` → "Arbeid og utdanning"), dates words ("15. desember
//! 2026"); item ids are left out; a reference to a network member is shown as the member's name,
//! and a help-message recipient without a phone of its own with the member's phone
//! ([`ownplan_pdf::plan_as_shown`]). HTML output is a
//! standalone page with every piece of text escaped, no scripts, no styles and no external
//! resources.
//!
//! Document text is hostile until shown otherwise (see `terminal.rs`): in every format it is
//! escaped for the terminal first (HTML pages and Markdown files get `cat` too), then for the
//! format. Single-line fields — the header's values, names, phones, roles, organisations, person
//! references — stay on one line; multi-line text keeps the person's line breaks, with every
//! continuation line indented, so no document line starts at column 0 where the header lines
//! ("Signert av: ...") are. In Markdown, each line of document text is escaped so it cannot start
//! a heading, list, quote, table, link or setext underline of its own.

use ownplan_core::document::VerifiedPlanDocument;
use ownplan_core::plan::Role;
use ownplan_pdf::{Labels, field_rank, plan_as_shown};
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

/// The document as a verdict, a title, what it is, and the plan's parts.
struct Page {
    /// The verdict, then the warnings and (for a PDF) what was checked: the lines read first.
    verdict: Vec<String>,
    title: String,
    language: String,
    about: Vec<(String, String)>,
    parts: Vec<(String, Node)>,
}

/// Renders a verified document in `format`; `from_pdf` when it was taken out of a PDF copy.
pub fn render(document: &VerifiedPlanDocument, format: Format, from_pdf: bool) -> String {
    let page = page(document, from_pdf);
    match format {
        Format::Text => render_text(&page),
        Format::Markdown => render_markdown(&page),
        Format::Html => render_html(&page),
    }
}

/// The fields whose string values are choices from a fixed list, shown as words.
const CHOICE_FIELDS: &[&str] = &["lifeArea", "status", "stage", "role", "kind", "who"];

/// The fields that hold a date (`YYYY-MM-DD`), shown in words.
const DATE_FIELDS: &[&str] = &[
    "targetDate",
    "byWhen",
    "agreedOn",
    "date",
    "from",
    "to",
    "reviewDate",
    "validUntil",
    "givenOn",
    "until",
];

/// The fields that hold a UTC date-time, shown in words.
const DATE_TIME_FIELDS: &[&str] = &["at", "created", "updated"];

/// The stages of warning signs, in the order they come.
const STAGES: &[&str] = &["early", "gettingWorse", "acute"];

/// A recipient's role as words: a choice through the labels, a typed role as typed.
fn role_words(role: &Role, labels: &Labels) -> String {
    match serde_json::to_value(role) {
        Ok(Value::String(name)) => labels.value("role", &name),
        Ok(Value::Object(members)) => members
            .get("typed")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        _ => String::new(),
    }
}

fn page(document: &VerifiedPlanDocument, from_pdf: bool) -> Page {
    let plan = document.plan();
    let labels = Labels::for_language(&plan.meta.language);
    let owner = plan.owner.name.as_str();
    let name = if owner.trim().is_empty() {
        plan.plan_id.to_string()
    } else {
        owner.to_owned()
    };
    let title = labels.fill("pdf.title", &[("name", &name)]);

    let mut verdict = vec![if document.warnings().is_empty() {
        labels.fill("show.verdict-valid", &[])
    } else {
        labels.fill("show.verdict-warnings", &[])
    }];
    let warning = labels.fill("show.warning", &[]);
    for found in document.warnings() {
        let key = format!("warning.{}", found.message_id());
        let words = labels.get(&key).unwrap_or(found.message_id());
        verdict.push(format!("{warning}: {words} ({})", found.path));
    }
    if from_pdf {
        verdict.push(labels.fill("show.from-pdf", &[]));
    }

    let did = document.signer().did();
    let fingerprint = document.fingerprint().to_string();
    let mut about = vec![
        (
            labels.fill("show.signed-by", &[]),
            labels.fill(
                "show.fingerprint",
                &[("fingerprint", &fingerprint), ("did", &did)],
            ),
        ),
        (
            labels.fill("show.plan", &[]),
            labels.fill(
                "show.plan-value",
                &[
                    ("id", &plan.plan_id.to_string()),
                    ("version", &plan.plan_version.to_string()),
                ],
            ),
        ),
        (
            labels.fill("pdf.made", &[]),
            labels.date_time(document.valid_from()),
        ),
    ];
    if let Some(until) = document.valid_until() {
        about.push((
            labels.fill("show.valid-until", &[]),
            labels.date_time(until),
        ));
    }
    let recipients: Vec<String> = document
        .recipients()
        .iter()
        .map(|r| {
            let mut parts = vec![r.name.as_str().to_owned()];
            if let Some(role) = &r.role {
                parts.push(role_words(role, &labels));
            }
            if !r.organisation.is_empty() {
                parts.push(r.organisation.as_str().to_owned());
            }
            parts.retain(|p| !p.trim().is_empty());
            parts.join(", ")
        })
        .filter(|recipient| !recipient.is_empty())
        .collect();
    if !recipients.is_empty() {
        about.push((labels.fill("show.for", &[]), recipients.join("; ")));
    }
    about.push((
        labels.fill("show.sections", &[]),
        document
            .sections()
            .iter()
            .map(|s| labels.section(s.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
    ));
    if document.items_left_out() {
        about.push((
            labels.fill("show.holds", &[]),
            labels.fill("show.selection", &[]),
        ));
    }
    let consent = document.sharing_consent();
    if !consent.statement.is_empty() {
        about.push((
            labels.fill("show.consent", &[]),
            consent.statement.as_str().to_owned(),
        ));
    }
    if let Some(given) = &consent.given_on {
        about.push((
            labels.fill("show.consent-given", &[]),
            labels.date(&given.to_string()),
        ));
    }
    if let Some(until) = &consent.valid_until {
        about.push((
            labels.fill("show.consent-until", &[]),
            labels.date(&until.to_string()),
        ));
    }
    if !consent.conditions.is_empty() {
        about.push((
            labels.fill("pdf.conditions", &[]),
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
        about.push((labels.fill("pdf.helpers", &[]), helpers.join(", ")));
    }

    let json = plan_as_shown(plan);
    let walker = Walker {
        labels: &labels,
        names: member_names(&json),
    };
    let mut parts = Vec::new();
    for key in ["owner", "individualPlan", "crisisPlan", "network"] {
        if let Some(value) = json.get(key) {
            parts.push((labels.field("", key), walker.node(key, value)));
        }
    }
    Page {
        verdict,
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
    "time",
];

/// Walks the plan's JSON into [`Node`]s with the labels of the document's language.
struct Walker<'a> {
    labels: &'a Labels,
    names: Map<String, Value>,
}

impl Walker<'_> {
    /// The node for `value`, found under the member `key` (for a list item, the list's key).
    fn node(&self, key: &str, value: &Value) -> Node {
        match value {
            Value::Object(members) => {
                // A person reference: {"member": id} or {"typed": text}.
                if members.len() == 1 {
                    if let Some(Value::String(id)) = members.get("member") {
                        let name = self.names.get(id).and_then(Value::as_str).unwrap_or(id);
                        return Node::Line(name.to_owned());
                    }
                    if let Some(Value::String(text)) = members.get("typed") {
                        return Node::Line(text.clone());
                    }
                }
                let mut fields: Vec<(&String, &Value)> = members
                    .iter()
                    .filter(|(name, _)| name.as_str() != "id")
                    .collect();
                fields.sort_by_key(|(name, _)| (field_rank(name), name.as_str()));
                Node::Fields(
                    fields
                        .into_iter()
                        .map(|(name, member)| {
                            (self.labels.field(key, name), self.node(name, member))
                        })
                        .collect(),
                )
            }
            Value::Array(items) if key == "warningSigns" => self.by_stage(items),
            Value::Array(items) => {
                Node::List(items.iter().map(|item| self.node(key, item)).collect())
            }
            Value::String(text) if CHOICE_FIELDS.contains(&key) => {
                Node::Line(self.labels.value(key, text))
            }
            Value::String(text) if DATE_FIELDS.contains(&key) => Node::Line(self.labels.date(text)),
            Value::String(text) if DATE_TIME_FIELDS.contains(&key) => {
                Node::Line(self.labels.date_time(text))
            }
            Value::String(text) if SINGLE_LINE_FIELDS.contains(&key) => Node::Line(text.clone()),
            Value::String(text) => Node::Text(text.clone()),
            Value::Bool(true) => Node::Line(self.labels.fill("value.yes", &[])),
            Value::Bool(false) => Node::Line(self.labels.fill("value.no", &[])),
            Value::Null => Node::Line(String::new()),
            other => Node::Line(other.to_string()),
        }
    }

    /// Warning signs grouped under their stage, the stages in order (early, getting worse,
    /// acute, then any other, then signs without one), each sign shown without its stage.
    fn by_stage(&self, signs: &[Value]) -> Node {
        let stage_of = |sign: &Value| sign.get("stage").and_then(Value::as_str).map(str::to_owned);
        let mut stages: Vec<Option<String>> =
            STAGES.iter().map(|s| Some((*s).to_owned())).collect();
        for sign in signs {
            let stage = stage_of(sign);
            if stage.is_some() && !stages.contains(&stage) {
                stages.push(stage);
            }
        }
        stages.push(None);
        let mut groups = Vec::new();
        for stage in stages {
            let items: Vec<Node> = signs
                .iter()
                .filter(|sign| stage_of(sign) == stage)
                .map(|sign| {
                    let mut sign = sign.clone();
                    if let Some(members) = sign.as_object_mut() {
                        members.remove("stage");
                    }
                    self.node("warningSigns", &sign)
                })
                .collect();
            if items.is_empty() {
                continue;
            }
            let heading = match &stage {
                Some(stage) => self.labels.value("stage", stage),
                None => self.labels.fill("show.stage-none", &[]),
            };
            groups.push((heading, Node::List(items)));
        }
        Node::Fields(groups)
    }
}

fn render_text(page: &Page) -> String {
    let mut out = String::new();
    for line in &page.verdict {
        out.push_str(&format!("{}\n", terminal::line(line)));
    }
    let title = terminal::line(&page.title);
    out.push_str(&format!(
        "\n{title}\n{}\n\n",
        "=".repeat(title.chars().count())
    ));
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
            for (index, item) in items.iter().enumerate() {
                out.push_str(&format!("{indent}{}.\n", index + 1));
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
    let mut out = String::new();
    for (index, line) in page.verdict.iter().enumerate() {
        let line = markdown_line(line);
        if index == 0 {
            out.push_str(&format!("> **{line}**\n"));
        } else {
            out.push_str(&format!(">\n> {line}\n"));
        }
    }
    out.push_str(&format!("\n# {}\n\n", markdown_line(&page.title)));
    for (key, value) in &page.about {
        out.push_str(&format!(
            "- **{}:** {}\n",
            markdown_escape(key),
            markdown_line(value)
        ));
    }
    for (heading, node) in &page.parts {
        out.push_str(&format!("\n## {}\n\n", markdown_escape(heading)));
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
                        "{indent}- **{}:** {}\n",
                        markdown_escape(key),
                        markdown_text(text, &indent)
                    )),
                    Node::Line(text) => out.push_str(&format!(
                        "{indent}- **{}:** {}\n",
                        markdown_escape(key),
                        markdown_line(text)
                    )),
                    _ => {
                        out.push_str(&format!("{indent}- **{}:**\n", markdown_escape(key)));
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
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\n<title>{}</title>\n</head>\n<body>\n<main>\n",
        html_line(&page.language),
        html_line(&page.title),
    );
    for (index, line) in page.verdict.iter().enumerate() {
        if index == 0 {
            out.push_str(&format!("<p><strong>{}</strong></p>\n", html_line(line)));
        } else {
            out.push_str(&format!("<p>{}</p>\n", html_line(line)));
        }
    }
    out.push_str(&format!("<h1>{}</h1>\n<dl>\n", html_line(&page.title)));
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
