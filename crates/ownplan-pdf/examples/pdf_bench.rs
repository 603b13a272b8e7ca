//! The figures for the PDF copy of a large plan: a plan with 500 items (goals, measures,
//! agreements, appointments and warning signs, each with a few sentences), signed with the
//! published example key, made into a copy; prints the signed JSON's size, the copy's size and
//! pages, and the time to make it (verification included, as the command does).
//!
//! ```sh
//! cargo run --release -p ownplan-pdf --example pdf_bench
//! ```

use std::time::Instant;

use ownplan_core::document::verify_plan_document_at;
use ownplan_pdf::{Labels, PdfCopy, extract_embedded_document, make_pdf, make_pdf_from_signed};

mod pdf_bench_plan;

use pdf_bench_plan::{FILE_NAME, NOW, signed_large_plan};

fn main() {
    let (signed, items) = signed_large_plan();
    let runs = 10;
    let started = Instant::now();
    let mut pdf = Vec::new();
    for _ in 0..runs {
        pdf = make_pdf_from_signed(&signed, FILE_NAME, NOW).expect("copy");
    }
    let make = started.elapsed() / runs;
    let started = Instant::now();
    for _ in 0..runs {
        extract_embedded_document(&pdf).expect("extract");
    }
    let extract = started.elapsed() / runs;
    let document = verify_plan_document_at(&signed, NOW, None).expect("valid");
    let labels = Labels::for_language("nb");
    let started = Instant::now();
    for _ in 0..runs {
        make_pdf(&PdfCopy {
            document: &document,
            signed_json: &signed,
            file_name: FILE_NAME,
            labels: &labels,
        })
        .expect("copy");
    }
    let make_only = started.elapsed() / runs;
    let pages = pdf.windows(11).filter(|w| w == b"/Type /Page").count()
        - pdf.windows(12).filter(|w| w == b"/Type /Pages").count();
    println!("items:            {items}");
    println!("signed JSON:      {} bytes", signed.len());
    println!("PDF copy:         {} bytes, {pages} pages", pdf.len());
    println!("verify + make:    {make:?} (mean of {runs})");
    println!("make alone:       {make_only:?} (mean of {runs})");
    println!("extract:          {extract:?} (mean of {runs})");
    if let Some(out) = std::env::args().nth(1) {
        std::fs::write(&out, &pdf).expect("write");
        println!("wrote {out}");
    }
}
