//! The PDF copy of a signed ownplan plan document, and taking the document back out of it.
//!
//! A professional opens a PDF, not JSON. [`make_pdf`] turns a verified plan document into a PDF
//! that any reader opens: the plan as the recipient reads it (recipient-facing labels, choices as
//! words), with the plan version, the signing date, who it is for, the consent and its end and
//! the key fingerprint on every page, and a plain note on how to check it. The signed JSON travels
//! inside, byte for byte, as the PDF's one embedded file (EmbeddedFiles name tree and `/AF` with
//! `/AFRelationship /Source`, as PDF/A-3 and Factur-X do), so one file is both readable and
//! verifiable.
//!
//! [`extract_embedded_document`] takes that file back out for verification: the verifiers check
//! the embedded document, never the visible pages, which are a convenience and could have been
//! edited.
//!
//! Pure: no I/O, no clock, no randomness; the same input gives the same bytes. It builds for
//! `wasm32-unknown-unknown`, so the widget can load it when a person shares.
//!
//! The widget passes its own translated [`Labels`]; the command uses [`Labels::for_language`].
//!
//! Design decisions:
//! - Writer: `pdf-writer` (typst's), a low-level writer with embedded and associated files; the
//!   copy's layout (wrapping, pages) is ours, a few hundred lines on the fonts' widths.
//! - Fonts: the standard Helvetica and Helvetica-Bold with WinAnsiEncoding, not embedded (see
//!   `metrics.rs` for what that covers and what other scripts would need).
//! - Reading: our own strict parser for the structure this crate writes and for classic PDFs from
//!   other producers (see [`extract`]), bounded in size and depth.
//!
//! Figures (2026-12-01, 2 shared cores; `cargo run --release -p ownplan-pdf --example
//! pdf_bench`): a 500-item plan (392 KB of signed JSON) makes a 102-page copy of 531 KB in
//! 83 ms (117 ms with verification); taking the document out takes 0.05 ms. The example copies
//! are 17–19 KB, about half of it the embedded JSON.
//!
//! Size in wasm (`opt-level = "z"`, LTO, `wasm-opt -Oz`, measured as the difference between two
//! small cdylibs that verify a document, one also calling this crate): `make_pdf` and
//! `extract_embedded_document` together add 140,861 bytes (49,658 brotli), of which the reader
//! alone is 20,296 (7,175 brotli) and zlib (miniz_oxide) 20,341 (8,120 brotli). For comparison,
//! minimal cdylibs: pdf-writer alone 67,875 bytes (34,329 brotli); lopdf 0.47 without default
//! features 660,941 (235,963 brotli); printpdf builds on lopdf, so it is larger still.

#![deny(missing_docs)]

mod content;
mod error;
pub mod extract;
mod labels;
mod layout;
mod metrics;
mod write;

use ownplan_core::document::{VerifiedPlanDocument, verify_plan_document_at};
use ownplan_core::proof::parse_strict;

pub use content::{field_rank, plan_as_shown};
pub use error::PdfError;
pub use extract::{MAX_PDF_BYTES, extract_embedded_document};
pub use labels::{CHROME_KEYS, Labels};

/// What a copy is made from.
#[derive(Clone, Copy, Debug)]
pub struct PdfCopy<'a> {
    /// The verified document: what the pages show.
    pub document: &'a VerifiedPlanDocument,
    /// The signed JSON exactly as it was exported: what is embedded. It must be the same document
    /// as `document` (checked).
    pub signed_json: &'a [u8],
    /// The embedded file's name, like the JSON's (`plan-nav.json`).
    pub file_name: &'a str,
    /// The words of the copy.
    pub labels: &'a Labels,
}

/// The PDF copy of a verified plan document (see the crate documentation).
///
/// # Errors
/// [`PdfError::NotTheVerifiedDocument`] when `signed_json` is not the document that was verified,
/// so the pages can never show one document while another is embedded.
pub fn make_pdf(copy: &PdfCopy<'_>) -> Result<Vec<u8>, PdfError> {
    // The verified document is kept without its proof; the signed bytes have it.
    let same = parse_strict(copy.signed_json)
        .ok()
        .and_then(|mut value| {
            value.as_object_mut()?.remove("proof")?;
            Some(value)
        })
        .is_some_and(|value| &value == copy.document.document());
    if !same {
        return Err(PdfError::NotTheVerifiedDocument);
    }
    let document = copy.document;
    let blocks = content::blocks(document, copy.labels, copy.file_name);
    let title = match blocks.first() {
        Some(content::Block::Title(title)) => title.clone(),
        _ => String::new(),
    };
    Ok(write::write(&write::Parts {
        pages: layout::paginate(&blocks),
        facts: content::page_facts(document, copy.labels),
        labels: copy.labels,
        title,
        language: document.plan().meta.language.clone(),
        signed_at: document.valid_from().to_owned(),
        signed_json: copy.signed_json,
        file_name: copy.file_name,
    }))
}

/// The PDF copy of the signed JSON `signed_json`, verified first at the instant `now` (RFC 3339,
/// UTC) with the built-in labels of the plan's language.
///
/// # Errors
/// [`PdfError::DocumentInvalid`] when the document does not verify.
pub fn make_pdf_from_signed(
    signed_json: &[u8],
    file_name: &str,
    now: &str,
) -> Result<Vec<u8>, PdfError> {
    let document = verify_plan_document_at(signed_json, now, None)
        .map_err(|error| PdfError::DocumentInvalid(error.to_string()))?;
    let labels = Labels::for_language(&document.plan().meta.language);
    make_pdf(&PdfCopy {
        document: &document,
        signed_json,
        file_name,
        labels: &labels,
    })
}
