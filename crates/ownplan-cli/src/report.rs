//! The report of `ownplan verify` (and of every refused document): what a professional reads to
//! decide whether to trust a file, as text or as JSON.
//!
//! Every report names the file it checked (`file:`, and `"file"` in JSON), on the line after the
//! verdict.
//!
//! A valid plan document's report names the signer's did:key and fingerprint, the plan id and
//! version, the sections (and whether it holds a selection of them) and recipients, and any
//! warnings; a `--proof-only` report names the
//! signer and the signing time; an invalid document's report gives the reason, its message id and
//! the JSON path where one applies. Building the report is pure; `main` decides where it goes.
//!
//! Every piece of document text in the text report is a single-line field passed through
//! [`terminal::line`], so the report's own lines (`signer:`, `fingerprint:`, ...) are the only
//! lines there are, and the last line, naming the fingerprint, is always the command's. The JSON
//! report is escaped for the terminal when it is printed (`output::json`).

use ownplan_core::document::{DocumentError, VerifiedPlanDocument};
use ownplan_core::proof::VerifiedDocument;
use serde_json::{Value, json};

use crate::terminal::line;

/// The closing line of a valid report: what the signature does and does not prove, with the
/// fingerprint again, so the last line printed is the command's own whatever the document holds.
fn check_in_person(fingerprint: &str) -> String {
    format!(
        "Check the fingerprint {fingerprint} with the plan's owner in person: the signature proves who holds the key, not who that is.\n"
    )
}

/// What a document that says `itemsLeftOut` holds, in the command's words.
pub const SELECTION_NOTE: &str = "a selection: the plan's owner left out some items of these sections (the document does not say which)";

/// A valid plan document, as text.
pub fn valid_text(document: &VerifiedPlanDocument) -> String {
    let plan = document.plan();
    let sections: Vec<String> = document
        .sections()
        .iter()
        .map(|s| s.as_str().to_owned())
        .collect();
    let recipients: Vec<String> = document
        .recipients()
        .iter()
        .map(|r| {
            // "Aisha Rahman (nav, NAV Grünerløkka)": the name, then what is known about them.
            let role = r.role.as_ref().map(|role| role.name().to_owned());
            let details: Vec<String> = role
                .into_iter()
                .chain((!r.organisation.is_blank()).then(|| r.organisation.as_str().to_owned()))
                .collect();
            let recipient = if details.is_empty() {
                r.name.as_str().to_owned()
            } else {
                format!("{} ({})", r.name.as_str(), details.join(", "))
            };
            line(&recipient)
        })
        .collect();
    let mut text = format!(
        "VALID plan document\nsigner:      {}\nfingerprint: {}\nplan:        {} version {} (format {})\nmade:        {}\n",
        line(&document.signer().did()),
        document.fingerprint(),
        line(&plan.plan_id.to_string()),
        plan.plan_version,
        plan.format_version,
        line(document.valid_from()),
    );
    if let Some(until) = document.valid_until() {
        text.push_str(&format!("valid until: {}\n", line(until)));
    }
    text.push_str(&format!("sections:    {}\n", line(&sections.join(", "))));
    if document.items_left_out() {
        text.push_str(&format!("holds:       {SELECTION_NOTE}\n"));
    }
    text.push_str(&format!("recipients:  {}\n", recipients.join(", ")));
    if document.warnings().is_empty() {
        text.push_str("warnings:    none\n");
    } else {
        text.push_str("warnings:\n");
        for warning in document.warnings() {
            text.push_str(&format!(
                "  - {} at {}\n",
                warning.message_id(),
                line(&warning.path)
            ));
        }
    }
    text.push_str(&check_in_person(&document.fingerprint().to_string()));
    text
}

/// A valid plan document, as JSON.
pub fn valid_json(document: &VerifiedPlanDocument) -> Value {
    let plan = document.plan();
    json!({
        "valid": true,
        "proofOnly": false,
        "signer": { "did": document.signer().did(), "fingerprint": document.fingerprint().to_string() },
        "created": document.created(),
        "credentialId": document.credential_id(),
        "validFrom": document.valid_from(),
        "validUntil": document.valid_until(),
        "planId": plan.plan_id,
        "planVersion": plan.plan_version,
        "formatVersion": plan.format_version,
        "language": plan.meta.language,
        "sections": document.sections(),
        "itemsLeftOut": document.items_left_out(),
        "recipients": document.recipients(),
        "sharingConsent": document.sharing_consent(),
        "generator": document.info().generator,
        "warnings": document.warnings(),
    })
}

/// A document whose Data Integrity proof holds (`--proof-only`), as text.
pub fn proof_only_text(verified: &VerifiedDocument) -> String {
    let signer = verified.signer();
    format!(
        "VALID proof (eddsa-jcs-2022; the content was not checked as a plan)\nsigner:      {}\nfingerprint: {}\ncreated:     {}\n",
        line(&signer.did()),
        signer.fingerprint(),
        line(verified.created())
    )
}

/// A document whose Data Integrity proof holds (`--proof-only`), as JSON.
pub fn proof_only_json(verified: &VerifiedDocument) -> Value {
    let signer = verified.signer();
    json!({
        "valid": true,
        "proofOnly": true,
        "signer": { "did": signer.did(), "fingerprint": signer.fingerprint().to_string() },
        "created": verified.created(),
    })
}

/// A refused document, as text: the reason, its message id, the path, and each content problem.
pub fn invalid_text(error: &DocumentError) -> String {
    let mut text = format!(
        "INVALID: {}\nmessage id: {}\n",
        line(&error.to_string()),
        error.message_id()
    );
    if let Some(path) = error.path() {
        text.push_str(&format!("at: {}\n", line(&path)));
    }
    if let DocumentError::ContentErrors { problems } = error {
        for problem in problems {
            text.push_str(&format!(
                "  - {} at {}\n",
                problem.kind.message_id(),
                line(&problem.path)
            ));
        }
    }
    text
}

/// A refused document, as JSON.
pub fn invalid_json(error: &DocumentError) -> Value {
    let problems: Vec<Value> = match error {
        DocumentError::ContentErrors { problems } => problems
            .iter()
            .map(|p| json!({"path": p.path, "messageId": p.kind.message_id()}))
            .collect(),
        _ => Vec::new(),
    };
    json!({
        "valid": false,
        "messageId": error.message_id(),
        "message": error.to_string(),
        "path": error.path(),
        "problems": problems,
    })
}

/// The line a report of a PDF's embedded document carries after its verdict: what was checked.
const FROM_PDF: &str = "checked:     the plan document embedded in this PDF. The PDF's visible pages are a convenience and were not checked; only the embedded document is signed.\n";

/// A report (text) of a document taken out of a PDF: the verdict line, then [`FROM_PDF`], then
/// the rest, so the last line is still the report's own.
pub fn from_pdf_text(report: &str) -> String {
    match report.split_once('\n') {
        Some((verdict, rest)) => format!("{verdict}\n{FROM_PDF}{rest}"),
        None => format!("{report}\n{FROM_PDF}"),
    }
}

/// A report (JSON) of a document taken out of a PDF: marked `"embeddedInPdf": true`.
pub fn from_pdf_json(mut report: Value) -> Value {
    if let Some(members) = report.as_object_mut() {
        members.insert("embeddedInPdf".to_owned(), Value::Bool(true));
    }
    report
}

/// What a report calls the file it checked: its path as given, escaped for the terminal, or
/// "- (standard input)".
fn file_name(file: &str) -> String {
    if file == "-" {
        "- (standard input)".to_owned()
    } else {
        line(file)
    }
}

/// A report (text) with the file it checked named on the line after the verdict, so a
/// professional who checks several files sees which one each verdict is about.
pub fn with_file_text(report: &str, file: &str) -> String {
    let named = format!("file:        {}\n", file_name(file));
    match report.split_once('\n') {
        Some((verdict, rest)) => format!("{verdict}\n{named}{rest}"),
        None => format!("{report}\n{named}"),
    }
}

/// A report (JSON) with the file it checked as `"file"`: the path as given (`-` for standard
/// input), escaped for the terminal when printed like every string of the report.
pub fn with_file_json(mut report: Value, file: &str) -> Value {
    if let Some(members) = report.as_object_mut() {
        members.insert("file".to_owned(), Value::String(file.to_owned()));
    }
    report
}

/// A PDF with no usable signed document in it, as text.
pub fn pdf_refused_text(error: &ownplan_pdf::PdfError) -> String {
    format!(
        "INVALID: {}\nmessage id: {}\nA PDF copy of a plan carries the signed plan document inside it; only that document can be checked, never the PDF's visible pages.\n",
        line(&error.to_string()),
        error.message_id()
    )
}

/// A PDF with no usable signed document in it, as JSON.
pub fn pdf_refused_json(error: &ownplan_pdf::PdfError) -> Value {
    json!({
        "valid": false,
        "embeddedInPdf": true,
        "messageId": error.message_id(),
        "message": error.to_string(),
        "path": null,
        "problems": [],
    })
}
