//! The PDF module's entry point: a Web Worker that Trunk builds as its own wasm
//! (`<link data-trunk rel="rust" data-type="worker" data-bin="ownplan-pdf-worker">` in
//! index.html). The widget starts it only when the person asks for a PDF copy
//! (`services::pdf_module`); all of its work is in `services::pdf_worker`.

fn main() {
    ownplan_web::services::pdf_worker::run();
}
