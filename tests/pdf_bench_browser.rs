//! The PDF copy of a 500-item plan, made in headless Chromium by the same code the PDF module
//! runs (`ownplan_pdf`, compiled to WebAssembly, release profile): the browser counterpart of
//! `crates/ownplan-pdf/examples/pdf_bench.rs`, with the same plan (its shared
//! `pdf_bench_plan` module). Prints the signed JSON's and the copy's sizes, its pages, and the
//! median of five runs of: verifying and making the copy (what the module does when the person
//! asks for a copy), making it alone, and taking the signed document back out (what the module
//! does when a PDF copy is opened in the verify view).
//!
//! Ignored, so the normal test command never runs it; `cargo xtask bench-browser` runs it.
#![cfg(target_arch = "wasm32")]

use ownplan_core::document::verify_plan_document_at;
use ownplan_pdf::{Labels, PdfCopy, extract_embedded_document, make_pdf, make_pdf_from_signed};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[path = "../crates/ownplan-pdf/examples/pdf_bench_plan/mod.rs"]
mod pdf_bench_plan;

use pdf_bench_plan::{FILE_NAME, NOW, signed_large_plan};

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    js_sys::global()
        .dyn_into::<web_sys::Window>()
        .ok()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// The median time of five runs of `work`, in milliseconds.
fn median_ms(mut work: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..5)
        .map(|_| {
            let started = now_ms();
            work();
            now_ms() - started
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[2]
}

#[wasm_bindgen_test]
#[ignore = "a benchmark: cargo xtask bench-browser"]
fn pdf_copy_of_a_500_item_plan() {
    let (signed, items) = signed_large_plan();
    let pdf = make_pdf_from_signed(&signed, FILE_NAME, NOW).expect("copy");
    let pages = pdf.windows(11).filter(|w| w == b"/Type /Page").count()
        - pdf.windows(12).filter(|w| w == b"/Type /Pages").count();
    let verify_and_make = median_ms(|| {
        make_pdf_from_signed(&signed, FILE_NAME, NOW).expect("copy");
    });
    let document = verify_plan_document_at(&signed, NOW, None).expect("valid");
    let labels = Labels::for_language("nb");
    let make_alone = median_ms(|| {
        make_pdf(&PdfCopy {
            document: &document,
            signed_json: &signed,
            file_name: FILE_NAME,
            labels: &labels,
        })
        .expect("copy");
    });
    let extract = median_ms(|| {
        extract_embedded_document(&pdf).expect("extract");
    });
    console_log!(
        "pdf copy in the browser: {items} items, signed JSON {} bytes, PDF {} bytes, {pages} pages; verify + make {verify_and_make:.1} ms, make alone {make_alone:.1} ms, extract {extract:.2} ms (medians of 5)",
        signed.len(),
        pdf.len()
    );
}
