//! `ownplan pdf`, and `verify`/`show` given a PDF copy: the copy is made from a verified
//! document, poppler reads it, the embedded document detaches and verifies, a copy whose visible
//! text was edited still verifies (the check is of the embedded document, and the command says
//! so), and PDFs without exactly one usable document are refused with exit 1.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Run, run, scratch, write};

const TODAY: &str = "2026-11-22";

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../examples/{name}"))
}

fn path(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// Makes the copy of an example export with `ownplan pdf` and returns its path.
fn make_copy(dir: &Path, name: &str) -> PathBuf {
    let out = dir.join(format!("{name}.pdf"));
    let made = run(&[
        "pdf",
        path(&example(&format!("{name}.json"))),
        "-o",
        path(&out),
        "--today",
        TODAY,
    ]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(made.stderr.contains("wrote"), "{}", made.stderr);
    out
}

fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|error| {
            panic!("{tool} is not installed ({error}); `cargo xtask setup` installs poppler-utils")
        });
    assert!(output.status.success(), "{tool} {args:?}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

fn verify(file: &str) -> Run {
    run(&["verify", file, "--today", TODAY])
}

#[test]
fn the_copy_is_the_committed_example_and_poppler_reads_it() {
    let dir = scratch("pdf-copy");
    let copy = make_copy(&dir, "export-nav");
    assert_eq!(
        std::fs::read(&copy).expect("copy"),
        std::fs::read(example("export-nav.pdf")).expect("committed copy"),
        "ownplan pdf makes the committed example copy"
    );
    let text = poppler("pdftotext", &[path(&copy), "-"]);
    for expected in [
        "Personens navn",
        "Sara Haugen",
        "Økonomi",
        "Grünerløkka",
        "legeerklæring",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
}

#[test]
fn verify_and_show_check_the_embedded_document_and_say_so() {
    let dir = scratch("pdf-verify");
    let copy = make_copy(&dir, "export-gp");
    let verified = verify(path(&copy));
    assert_eq!(verified.code, 0, "{}", verified.stdout);
    assert!(
        verified.stdout.starts_with(&format!(
            "VALID plan document\nfile:        {}\nchecked:",
            path(&copy)
        )),
        "{}",
        verified.stdout
    );
    assert!(
        verified.stdout.contains("visible pages are a convenience"),
        "{}",
        verified.stdout
    );
    assert!(verified.stdout.contains("8WF8-1TEW-SH58-93RY"));
    let json = run(&["verify", "--json", path(&copy), "--today", TODAY]);
    assert_eq!(json.code, 0);
    assert!(
        json.stdout.contains("\"embeddedInPdf\": true"),
        "{}",
        json.stdout
    );
    let shown = run(&["show", path(&copy), "--today", TODAY]);
    assert_eq!(shown.code, 0, "{}", shown.stdout);
    // The verdict, then what was checked, in the document's language (Bokmål).
    let mut lines = shown.stdout.lines();
    assert!(
        lines
            .next()
            .is_some_and(|l| l.starts_with("Signert og uendret"))
    );
    assert!(
        lines.any(|l| l.starts_with("Vist fra det signerte plandokumentet inni PDF-en")),
        "{}",
        shown.stdout
    );
    let html = run(&["show", path(&copy), "--format", "html", "--today", TODAY]);
    assert_eq!(html.code, 0);
    assert!(
        html.stdout.starts_with("<!DOCTYPE html>"),
        "{}",
        html.stdout
    );
    assert!(
        html.stdout
            .contains("<p>Vist fra det signerte plandokumentet inni PDF-en")
    );
}

#[test]
fn the_detached_document_verifies_as_json() {
    let dir = scratch("pdf-detach");
    let copy = make_copy(&dir, "export-crisis-team");
    let detached = dir.join("detached.json");
    poppler(
        "pdfdetach",
        &["-save", "1", "-o", path(&detached), path(&copy)],
    );
    let verified = verify(path(&detached));
    assert_eq!(verified.code, 0, "{}", verified.stdout);
    assert!(
        !verified.stdout.contains("checked:"),
        "a JSON file is checked as itself"
    );
    assert_eq!(
        std::fs::read(&detached).expect("detached"),
        std::fs::read(example("export-crisis-team.json")).expect("example")
    );
}

/// `bytes` with every occurrence of `from` replaced by `to` (the same length, so the PDF's
/// offsets still hold, as an in-place edit by a PDF editor keeps them).
fn replaced(bytes: &[u8], from: &[u8], to: &[u8]) -> (Vec<u8>, usize) {
    assert_eq!(from.len(), to.len());
    let mut out = bytes.to_vec();
    let mut count = 0;
    let mut at = 0;
    while let Some(position) = out[at..].windows(from.len()).position(|w| w == from) {
        out[at + position..at + position + to.len()].copy_from_slice(to);
        at += position + to.len();
        count += 1;
    }
    (out, count)
}

/// `pdf` with its first page's text replaced, as a PDF editor saves an edit: an incremental
/// update appended to the file (a new content stream for the page, a new cross-reference section
/// pointing back to the old one). Object 9 is the first page's content in the copies.
fn with_first_page_replaced(pdf: &[u8], text: &str) -> Vec<u8> {
    let tail = String::from_utf8_lossy(&pdf[pdf.len() - 40..]).into_owned();
    let previous: usize = tail
        .split("startxref")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|offset| offset.parse().ok())
        .expect("startxref");
    let content = format!("BT /F2 18 Tf 56 758 Td ({text}) Tj ET");
    let mut updated = pdf.to_vec();
    let object = updated.len();
    updated.extend_from_slice(
        format!(
            "9 0 obj\n<< /Length {} >>\nstream\n{content}\nendstream\nendobj\n",
            content.len()
        )
        .as_bytes(),
    );
    let xref = updated.len();
    updated.extend_from_slice(
        format!(
            "xref\n9 1\n{object:010} 00000 n \ntrailer\n<< /Size 20 /Root 1 0 R /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n"
        )
        .as_bytes(),
    );
    updated
}

#[test]
fn a_copy_whose_visible_text_was_edited_still_verifies_and_shows_the_signed_text() {
    let dir = scratch("pdf-edited");
    let copy = std::fs::read(make_copy(&dir, "export-nav")).expect("copy");
    let edited = write(
        &dir,
        "edited.pdf",
        &with_first_page_replaced(&copy, "Plan for Mona Hansen"),
    );
    let text = poppler("pdftotext", &["-f", "1", "-l", "1", &edited, "-"]);
    assert!(
        text.contains("Plan for Mona Hansen"),
        "the edit is visible:\n{text}"
    );
    assert!(!text.contains("Sara Haugen"), "{text}");
    let verified = verify(&edited);
    assert_eq!(verified.code, 0, "{}", verified.stdout);
    assert!(
        verified
            .stdout
            .contains("The PDF's visible pages are a convenience and were not checked")
    );
    let shown = run(&["show", &edited, "--today", TODAY]);
    assert_eq!(shown.code, 0);
    assert!(shown.stdout.contains("Sara Haugen"), "{}", shown.stdout);
    assert!(!shown.stdout.contains("Mona Hansen"), "{}", shown.stdout);
}

#[test]
fn a_copy_whose_embedded_document_was_changed_is_invalid() {
    let dir = scratch("pdf-tampered");
    let copy = std::fs::read(make_copy(&dir, "export-nav")).expect("copy");
    // Inside the embedded JSON: the person's name in quotes.
    let (tampered, count) = replaced(&copy, b"\"Sara Haugen\"", b"\"Mona Hansen\"");
    assert!(count >= 1);
    let tampered = write(&dir, "tampered.pdf", &tampered);
    let verified = verify(&tampered);
    assert_eq!(verified.code, 1, "{}", verified.stdout);
    assert!(
        verified.stdout.starts_with("INVALID"),
        "{}",
        verified.stdout
    );
    assert!(
        verified
            .stdout
            .contains("checked:     the plan document embedded in this PDF")
    );
    let html = run(&["show", &tampered, "--format", "html", "--today", TODAY]);
    assert_eq!(html.code, 1);
    assert!(html.stdout.is_empty(), "{}", html.stdout);
}

/// A PDF with the given embedded file specifications in its name tree (one shared file).
fn pdf_with_files(count: usize) -> Vec<u8> {
    let names: String = (0..count).map(|i| format!("(f{i}.json) 3 0 R ")).collect();
    let objects = [
        format!(
            "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [{names}] >> >> >>"
        ),
        "<< /Type /Pages /Kids [] /Count 0 >>".to_owned(),
        "<< /Type /Filespec /F (f.json) /EF << /F 4 0 R >> >>".to_owned(),
        "<< /Type /EmbeddedFile /Length 2 >>\nstream\n{}\nendstream".to_owned(),
    ];
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (index, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", index + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(b"xref\n0 5\n0000000000 65535 f \n");
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    pdf
}

#[test]
fn pdfs_without_exactly_one_document_are_refused_clearly() {
    let dir = scratch("pdf-refused");
    let none = write(&dir, "none.pdf", &pdf_with_files(0));
    let refused = verify(&none);
    assert_eq!(refused.code, 1, "{}", refused.stdout);
    assert!(
        refused.stdout.contains("carries no embedded plan document"),
        "{}",
        refused.stdout
    );
    assert!(refused.stdout.contains("error-pdf-no-document"));
    let two = write(&dir, "two.pdf", &pdf_with_files(2));
    let refused = verify(&two);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stdout.contains("carries 2 embedded files"),
        "{}",
        refused.stdout
    );
    assert!(refused.stdout.contains("error-pdf-several-documents"));
    // One embedded file that is not a plan document: checked, and refused as a document.
    let one = write(&dir, "one.pdf", &pdf_with_files(1));
    let refused = verify(&one);
    assert_eq!(refused.code, 1);
    assert!(refused.stdout.starts_with("INVALID"), "{}", refused.stdout);
    let garbage = write(&dir, "garbage.pdf", b"%PDF-1.7\n\x00\xff garbage");
    let refused = run(&["show", &garbage, "--format", "markdown", "--today", TODAY]);
    assert_eq!(refused.code, 1);
    assert!(refused.stdout.is_empty());
    assert!(
        refused.stderr.contains("error-pdf-malformed"),
        "{}",
        refused.stderr
    );
}

#[test]
fn pdf_refuses_an_invalid_document_and_needs_an_output() {
    let dir = scratch("pdf-command");
    let json = std::fs::read(example("export-nav.json")).expect("example");
    let (tampered, _) = replaced(&json, b"Sara Haugen", b"Mona Hansen");
    let tampered = write(&dir, "tampered.json", &tampered);
    let out = dir.join("out.pdf");
    let refused = run(&["pdf", &tampered, "-o", path(&out), "--today", TODAY]);
    assert_eq!(refused.code, 1, "{}", refused.stdout);
    assert!(refused.stdout.starts_with("INVALID"));
    assert!(!out.exists(), "no copy of an invalid document");
    let usage = run(&["pdf", path(&example("export-nav.json"))]);
    assert_eq!(usage.code, 2);
}
