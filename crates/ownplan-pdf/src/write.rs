//! Writing the copy: the laid-out pages with a header and footer on each, and the signed JSON as
//! an embedded file, named in the EmbeddedFiles name tree and associated with the whole document
//! (`/AF`, `/AFRelationship /Source`), as PDF/A-3 and Factur-X do.
//!
//! Deterministic: the same document and labels give the same bytes. The only dates written are
//! the document's own (its `validFrom`); there is no file id, no producer version and no clock.
//!
//! Not PDF/A-3: PDF/A needs embedded fonts, XMP metadata and an output intent, and the copy uses
//! the standard fonts (see `metrics.rs`). The embedding is the same, so readers that list
//! attachments (and `pdfdetach`) show the document.

use pdf_writer::types::AssociationKind;
use pdf_writer::{Content, Date, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use crate::content::PageFacts;
use crate::labels::Labels;
use crate::layout::{MARGIN, PAGE_HEIGHT, PAGE_WIDTH, Segment, truncate, width};
use crate::metrics::Font;

/// The names of the two fonts in every page's resources.
const REGULAR: Name<'static> = Name(b"F1");
const BOLD: Name<'static> = Name(b"F2");

fn font_name(font: Font) -> Name<'static> {
    match font {
        Font::Regular => REGULAR,
        Font::Bold => BOLD,
    }
}

/// What the writer needs besides the pages.
pub struct Parts<'a> {
    /// The laid-out body of each page.
    pub pages: Vec<Vec<Segment>>,
    /// The header and footer facts.
    pub facts: PageFacts,
    /// The labels (for "Page 1 of 3").
    pub labels: &'a Labels,
    /// The document's title, for the PDF's metadata.
    pub title: String,
    /// The plan's language (BCP 47), for the PDF's metadata.
    pub language: String,
    /// The signing time (RFC 3339), for the PDF's metadata.
    pub signed_at: String,
    /// The signed JSON, exactly as given.
    pub signed_json: &'a [u8],
    /// The embedded file's name.
    pub file_name: &'a str,
}

/// An RFC 3339 UTC date-time ("2026-11-22T10:00:00Z") as a PDF date, if it reads as one.
fn pdf_date(text: &str) -> Option<Date> {
    let number =
        |range: std::ops::Range<usize>| text.get(range).and_then(|s| s.parse::<u16>().ok());
    let small = |range: std::ops::Range<usize>| number(range).and_then(|n| u8::try_from(n).ok());
    Some(
        Date::new(number(0..4)?)
            .month(small(5..7)?)
            .day(small(8..10)?)
            .hour(small(11..13)?)
            .minute(small(14..16)?)
            .second(small(17..19)?)
            .utc_offset_hour(0)
            .utc_offset_minute(0),
    )
}

/// The file name as a byte string for `/F`: ASCII only (other characters become `_`); `/UF`
/// carries the full name.
fn ascii_file_name(name: &str) -> Vec<u8> {
    name.chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c as u8
            } else {
                b'_'
            }
        })
        .collect()
}

fn page_content(body: &[Segment], facts: &PageFacts, page_label: &str) -> Vec<u8> {
    let mut content = Content::new();
    let text_width = PAGE_WIDTH - 2.0 * MARGIN;
    // The rules under the header and above the footer.
    content.set_stroke_gray(0.6).set_line_width(0.5);
    content.move_to(MARGIN, PAGE_HEIGHT - 54.0);
    content.line_to(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 54.0);
    content.move_to(MARGIN, 54.0);
    content.line_to(PAGE_WIDTH - MARGIN, 54.0);
    content.stroke();
    let page_bytes = crate::metrics::encode(page_label);
    let page_width = width(Font::Regular, 8.0, &page_bytes);
    let chrome = [
        Segment {
            font: Font::Regular,
            size: 8.0,
            x: MARGIN,
            y: PAGE_HEIGHT - 48.0,
            bytes: truncate(&facts.header, Font::Regular, 8.0, text_width),
        },
        Segment {
            font: Font::Regular,
            size: 8.0,
            x: MARGIN,
            y: 42.0,
            bytes: truncate(&facts.footer, Font::Regular, 8.0, text_width),
        },
        Segment {
            font: Font::Regular,
            size: 8.0,
            x: PAGE_WIDTH - MARGIN - page_width,
            y: 30.0,
            bytes: page_bytes,
        },
    ];
    // One text object per page; the font is set only when it changes.
    content.begin_text();
    let mut current: Option<(Font, f32)> = None;
    for segment in chrome.iter().chain(body) {
        if segment.bytes.is_empty() {
            continue;
        }
        if current != Some((segment.font, segment.size)) {
            content.set_font(font_name(segment.font), segment.size);
            current = Some((segment.font, segment.size));
        }
        content.set_text_matrix([1.0, 0.0, 0.0, 1.0, segment.x, segment.y]);
        content.show(Str(&segment.bytes));
    }
    content.end_text();
    content.finish().into_vec()
}

/// The PDF bytes of the copy.
pub fn write(parts: &Parts<'_>) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let catalog_id = Ref::new(1);
    let page_tree_id = Ref::new(2);
    let regular_id = Ref::new(3);
    let bold_id = Ref::new(4);
    let file_id = Ref::new(5);
    let file_spec_id = Ref::new(6);
    let info_id = Ref::new(7);
    let first_page = 8;
    let page_count = parts.pages.len();
    let page_ids: Vec<Ref> = (0..page_count)
        .map(|index| Ref::new(first_page + 2 * i32::try_from(index).unwrap_or(i32::MAX / 4)))
        .collect();

    let file_name_bytes = ascii_file_name(parts.file_name);
    let description = parts.labels.fill("pdf.file-description", &[]);
    {
        let mut catalog = pdf.catalog(catalog_id);
        catalog.pages(page_tree_id);
        if !parts.language.is_empty() {
            catalog.lang(TextStr(&parts.language));
        }
        catalog
            .names()
            .embedded_files()
            .names()
            .insert(Str(&file_name_bytes), file_spec_id);
        catalog.insert(Name(b"AF")).array().item(file_spec_id);
    }
    pdf.pages(page_tree_id)
        .kids(page_ids.iter().copied())
        .count(i32::try_from(page_count).unwrap_or(i32::MAX));
    pdf.type1_font(regular_id)
        .base_font(Name(b"Helvetica"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.type1_font(bold_id)
        .base_font(Name(b"Helvetica-Bold"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    {
        let mut file = pdf.embedded_file(file_id, parts.signed_json);
        file.subtype(Name(b"application/json"));
        let mut params = file.params();
        params.size(i32::try_from(parts.signed_json.len()).unwrap_or(i32::MAX));
        if let Some(date) = pdf_date(&parts.signed_at) {
            params.modification_date(date);
        }
    }
    pdf.file_spec(file_spec_id)
        .path(Str(&file_name_bytes))
        .unic_file(TextStr(parts.file_name))
        .description(TextStr(&description))
        .association_kind(AssociationKind::Source)
        .embedded_file_with_unicode(file_id);
    {
        let mut info = pdf.document_info(info_id);
        info.title(TextStr(&parts.title));
        info.producer(TextStr("ownplan"));
        if let Some(date) = pdf_date(&parts.signed_at) {
            info.creation_date(date);
        }
    }
    for (index, (body, page_id)) in parts.pages.iter().zip(&page_ids).enumerate() {
        let content_id = Ref::new(page_id.get() + 1);
        let page_label = parts.labels.fill(
            "pdf.page",
            &[
                ("page", &(index + 1).to_string()),
                ("pages", &page_count.to_string()),
            ],
        );
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT));
        page.parent(page_tree_id);
        page.contents(content_id);
        {
            let mut resources = page.resources();
            let mut fonts = resources.fonts();
            fonts.pair(REGULAR, regular_id);
            fonts.pair(BOLD, bold_id);
        }
        page.finish();
        // Compressed (zlib, level 6): a page of text shrinks about fivefold. The embedded document
        // is not compressed, so any tool (and our reader) takes it out as it is.
        let content = page_content(body, &parts.facts, &page_label);
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&content, 6);
        pdf.stream(content_id, &compressed)
            .filter(pdf_writer::Filter::FlateDecode);
    }
    pdf.finish()
}
