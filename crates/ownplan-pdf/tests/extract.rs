//! `extract_embedded_document` on hostile, damaged and unusual PDFs: a clear error (or the one
//! embedded document), never a panic or a hang.

use ownplan_pdf::{PdfError, extract_embedded_document, make_pdf_from_signed};
use pdf_writer::{Filter, Finish, Pdf, Ref, Str};

const NOW: &str = "2026-11-22T12:00:00Z";

fn example_json() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/export-nav.json"
    ))
    .expect("example")
}

fn copy() -> Vec<u8> {
    make_pdf_from_signed(&example_json(), "export-nav.json", NOW).expect("copy")
}

/// A one-page PDF with the given embedded files (name, data, filter).
fn pdf_with_files(files: &[(&str, &[u8], Option<Filter>)]) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let page = Ref::new(3);
    let spec = |index: usize| Ref::new(10 + 2 * index as i32);
    {
        let mut writer = pdf.catalog(catalog);
        writer.pages(tree);
        if !files.is_empty() {
            let mut names = writer.names();
            let mut embedded = names.embedded_files();
            let mut entries = embedded.names();
            for (index, (name, _, _)) in files.iter().enumerate() {
                entries.insert(Str(name.as_bytes()), spec(index));
            }
        }
    }
    pdf.pages(tree).kids([page]).count(1);
    pdf.page(page).parent(tree).finish();
    for (index, (name, data, filter)) in files.iter().enumerate() {
        let file = Ref::new(spec(index).get() + 1);
        pdf.file_spec(spec(index))
            .path(Str(name.as_bytes()))
            .embedded_file(file);
        let mut stream = pdf.embedded_file(file, data);
        if let Some(filter) = filter {
            stream.filter(*filter);
        }
    }
    pdf.finish()
}

#[test]
fn a_copy_gives_back_its_document() {
    assert_eq!(extract_embedded_document(&copy()), Ok(example_json()));
}

#[test]
fn zero_and_two_embedded_files_are_distinct_errors() {
    assert_eq!(
        extract_embedded_document(&pdf_with_files(&[])),
        Err(PdfError::NoEmbeddedDocument)
    );
    let json = example_json();
    assert_eq!(
        extract_embedded_document(&pdf_with_files(&[
            ("a.json", &json, None),
            ("b.json", &json, None)
        ])),
        Err(PdfError::SeveralEmbeddedDocuments { count: 2 })
    );
    assert_eq!(
        extract_embedded_document(&pdf_with_files(&[("a.json", b"{}", None)])),
        Ok(b"{}".to_vec())
    );
}

#[test]
fn a_compressed_embedded_file_is_refused_clearly() {
    assert_eq!(
        extract_embedded_document(&pdf_with_files(&[(
            "a.json",
            b"x",
            Some(Filter::FlateDecode)
        )])),
        Err(PdfError::UnsupportedFilter("FlateDecode".to_owned()))
    );
}

#[test]
fn what_is_not_a_pdf_or_too_large_is_refused() {
    assert_eq!(extract_embedded_document(b""), Err(PdfError::NotAPdf));
    assert_eq!(
        extract_embedded_document(&example_json()),
        Err(PdfError::NotAPdf)
    );
    let mut huge = b"%PDF-1.7\n".to_vec();
    huge.resize(ownplan_pdf::MAX_PDF_BYTES + 1, b' ');
    assert!(matches!(
        extract_embedded_document(&huge),
        Err(PdfError::TooLarge { .. })
    ));
}

#[test]
fn every_truncation_is_an_error_not_a_panic() {
    let pdf = copy();
    for length in (0..pdf.len()).step_by(7) {
        assert!(
            extract_embedded_document(&pdf[..length]).is_err(),
            "a copy cut to {length} bytes"
        );
    }
}

#[test]
fn mutated_copies_never_panic() {
    let pdf = copy();
    // A deterministic walk over positions and replacement bytes, including the structure at the
    // end (xref, trailer) where each byte matters.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..4000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let mut mutated = pdf.clone();
        let position = if round % 2 == 0 {
            (state as usize) % mutated.len()
        } else {
            mutated.len() - 1 - (state as usize) % 1500.min(mutated.len())
        };
        let replacement = [
            b'0',
            b'9',
            b' ',
            b'(',
            b'<',
            b'[',
            b'/',
            b'R',
            0xff,
            (state >> 32) as u8,
        ][(state >> 8) as usize % 10];
        mutated[position] = replacement;
        let _ = extract_embedded_document(&mutated);
        mutated.truncate(position);
        let _ = extract_embedded_document(&mutated);
    }
}

/// A PDF from `objects` (number, body) with a correct xref table and `trailer`.
fn handmade(objects: &[(u32, &str)], trailer: &str) -> Vec<u8> {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (number, body) in objects {
        offsets.push((*number, pdf.len()));
        pdf.extend_from_slice(format!("{number} 0 obj\n{body}\nendobj\n").as_bytes());
    }
    let xref = pdf.len();
    let size = objects.iter().map(|(n, _)| n + 1).max().unwrap_or(1);
    pdf.extend_from_slice(format!("xref\n0 {size}\n").as_bytes());
    for number in 0..size {
        match offsets.iter().find(|(n, _)| *n == number) {
            Some((_, offset)) => {
                pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes())
            }
            None => pdf.extend_from_slice(b"0000000000 65535 f \n"),
        }
    }
    pdf.extend_from_slice(format!("trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n").as_bytes());
    pdf
}

#[test]
fn loops_and_deep_structures_are_errors_not_hangs() {
    // A name tree whose kid is itself.
    let looping_tree = handmade(
        &[
            (1, "<< /Type /Catalog /Names << /EmbeddedFiles 2 0 R >> >>"),
            (2, "<< /Kids [2 0 R] >>"),
        ],
        "<< /Root 1 0 R /Size 3 >>",
    );
    assert!(matches!(
        extract_embedded_document(&looping_tree),
        Err(PdfError::Malformed(_))
    ));
    // A catalog naming two name dictionaries: readers disagree on which counts, so refused.
    let twice = handmade(
        &[
            (
                1,
                "<< /Names << /EmbeddedFiles << /Names [(a) 2 0 R] >> >> /Names << >> >>",
            ),
            (2, "<< /EF << /F 3 0 R >> >>"),
            (3, "<< /Length 2 >>\nstream\n{}\nendstream"),
        ],
        "<< /Root 1 0 R /Size 4 >>",
    );
    assert_eq!(
        extract_embedded_document(&twice),
        Err(PdfError::Malformed("a dictionary has a key twice"))
    );
    // A reference to a reference to itself.
    let looping_reference = handmade(&[(1, "2 0 R"), (2, "1 0 R")], "<< /Root 1 0 R /Size 3 >>");
    assert!(matches!(
        extract_embedded_document(&looping_reference),
        Err(PdfError::Malformed(_))
    ));
    // A stream whose length is a reference to itself.
    let looping_length = handmade(
        &[
            (
                1,
                "<< /Names << /EmbeddedFiles << /Names [(a) 2 0 R] >> >> >>",
            ),
            (2, "<< /EF << /F 3 0 R >> >>"),
            (3, "<< /Length 4 0 R >>\nstream\n{}\nendstream"),
            (4, "4 0 R"),
        ],
        "<< /Root 1 0 R /Size 5 >>",
    );
    assert!(matches!(
        extract_embedded_document(&looping_length),
        Err(PdfError::Malformed(_))
    ));
    // Deep nesting.
    let deep = format!("<< /X {}{} >>", "[".repeat(100_000), "]".repeat(100_000));
    let deep = handmade(&[(1, &deep)], "<< /Root 1 0 R /Size 2 >>");
    assert!(matches!(
        extract_embedded_document(&deep),
        Err(PdfError::Malformed(_))
    ));
    // Many name-tree entries naming one large object: read a bounded number of times.
    let large = format!("<< /X [{}] >>", "0 ".repeat(1_000_000));
    let kids = "3 0 R ".repeat(4000);
    let many = handmade(
        &[
            (1, "<< /Names << /EmbeddedFiles 2 0 R >> >>"),
            (2, &format!("<< /Kids [{kids}] >>")),
            (3, &large),
        ],
        "<< /Root 1 0 R /Size 4 >>",
    );
    let started = std::time::Instant::now();
    assert!(matches!(
        extract_embedded_document(&many),
        Err(PdfError::Malformed(_))
    ));
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    // A /Prev chain that points at itself.
    let mut looping_prev = handmade(&[(1, "<< >>")], "<< /Root 1 0 R /Size 2 >>");
    let xref = looping_prev
        .windows(4)
        .rposition(|window| window == b"xref")
        .expect("xref");
    let text = String::from_utf8(looping_prev.clone()).expect("ASCII");
    let patched = text.replace("/Size 2 >>", &format!("/Size 2 /Prev {xref} >>"));
    looping_prev = patched.into_bytes();
    assert!(matches!(
        extract_embedded_document(&looping_prev),
        Err(PdfError::Malformed(_))
    ));
    // An embedded file claiming to be larger than the file.
    let too_long = handmade(
        &[
            (
                1,
                "<< /Names << /EmbeddedFiles << /Names [(a) 2 0 R] >> >> >>",
            ),
            (2, "<< /EF << /F 3 0 R >> >>"),
            (3, "<< /Length 999999 >>\nstream\n{}\nendstream"),
        ],
        "<< /Root 1 0 R /Size 4 >>",
    );
    assert!(matches!(
        extract_embedded_document(&too_long),
        Err(PdfError::Malformed(_))
    ));
}

#[test]
fn encrypted_and_compressed_structure_are_refused_clearly() {
    let encrypted = handmade(&[(1, "<< >>")], "<< /Root 1 0 R /Size 2 /Encrypt 1 0 R >>");
    assert_eq!(
        extract_embedded_document(&encrypted),
        Err(PdfError::Malformed("encrypted PDFs are not accepted"))
    );
    let mut xref_stream = b"%PDF-1.7\n".to_vec();
    let at = xref_stream.len();
    xref_stream.extend_from_slice(
        format!("1 0 obj\n<< /Type /XRef /Size 2 /W [1 2 1] >>\nstream\n\nendstream\nendobj\nstartxref\n{at}\n%%EOF\n")
            .as_bytes(),
    );
    assert!(matches!(
        extract_embedded_document(&xref_stream),
        Err(PdfError::Malformed(why)) if why.contains("cross-reference streams")
    ));
}

/// An incremental update as an editor appends it: new objects, a new xref section with /Prev.
fn append_update(pdf: &[u8], objects: &[(u32, &str)], root: u32) -> Vec<u8> {
    let previous = {
        let tail = &pdf[pdf.len() - 40..];
        let text = String::from_utf8_lossy(tail);
        text.split("startxref")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|offset| offset.parse::<usize>().ok())
            .expect("startxref")
    };
    let size: u32 = {
        let text = String::from_utf8_lossy(pdf);
        let after = text.rsplit("/Size ").next().expect("/Size");
        after
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|n| n.parse().ok())
            .expect("size")
    };
    let mut updated = pdf.to_vec();
    let mut entries = Vec::new();
    for (number, body) in objects {
        entries.push((*number, updated.len()));
        updated.extend_from_slice(format!("{number} 0 obj\n{body}\nendobj\n").as_bytes());
    }
    let xref = updated.len();
    updated.extend_from_slice(b"xref\n");
    for (number, offset) in &entries {
        updated.extend_from_slice(format!("{number} 1\n{offset:010} 00000 n \n").as_bytes());
    }
    let new_size = entries
        .iter()
        .map(|(n, _)| n + 1)
        .max()
        .unwrap_or(0)
        .max(size);
    updated.extend_from_slice(
        format!(
            "trailer\n<< /Size {new_size} /Root {root} 0 R /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n"
        )
        .as_bytes(),
    );
    updated
}

#[test]
fn an_incremental_update_that_changes_the_pages_keeps_the_document() {
    let pdf = copy();
    // An editor replaces page 1's content with other text (object 9 is the first page's
    // content in the copies this crate writes).
    let updated = append_update(
        &pdf,
        &[(
            9,
            "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Edited text) Tj ET\nendstream",
        )],
        1,
    );
    assert_eq!(extract_embedded_document(&updated), Ok(example_json()));
}

#[test]
fn an_incremental_update_that_adds_a_second_file_is_refused() {
    let pdf = copy();
    let updated = append_update(
        &pdf,
        &[(
            1,
            "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.json) 6 0 R (b.json) 6 0 R] >> >> >>",
        )],
        1,
    );
    assert_eq!(
        extract_embedded_document(&updated),
        Err(PdfError::SeveralEmbeddedDocuments { count: 2 })
    );
}
