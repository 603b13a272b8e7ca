//! The browser counterpart of `crates/ownplan-core/examples/verify_bench.rs`: the same hostile
//! documents of about 5 MiB (built by the shared `bench_cases` module), verified in headless
//! Chromium by the core compiled to WebAssembly, once with the core's `verify_plan_document` and
//! once through the verify view's own step (`VerifyState::apply` with `VerifyAction::CheckFile`,
//! what happens when a professional drops the file).
//!
//! Ignored, so the normal test command never runs it; run it with `cargo xtask bench-browser`
//! (release profile, as the widget ships). Per case it prints the file's bytes, the time to the
//! verdict (core, then the verify view; the median of three runs), the peak heap counted by an allocator wrapper (as the
//! native example does), the WebAssembly memory before and after the verify view's check, and
//! Chromium's `performance.memory.usedJSHeapSize` after it (the JavaScript heap only: the
//! WebAssembly memory is not part of it). It also times, alone, what the verify view adds on a
//! refusal: a second parse of the file (`proof::parse_strict`, generic limits) to see whether it
//! is a backup ("probe").
//!
//! WebAssembly memory only grows, and building a case's document needs more memory than most
//! verifications do, so "memory growth" is what verifying needed beyond what the instance already
//! had; the counted peak heap is the figure to compare with the native one.
#![cfg(target_arch = "wasm32")]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use ownplan_core::document::verify_plan_document;
use ownplan_core::plan::Date;
use ownplan_web::state::seen_keys::SeenKeys;
use ownplan_web::state::verify::{VerifyAction, VerifyState, VerifyStep};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[path = "../crates/ownplan-core/examples/bench_cases/mod.rs"]
mod bench_cases;

wasm_bindgen_test_configure!(run_in_browser);

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only counters are kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on unchanged.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.dealloc(pointer, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn performance() -> web_sys::Performance {
    web_sys::window().unwrap().performance().unwrap()
}

/// The size of this instance's WebAssembly memory, in bytes.
fn wasm_memory_bytes() -> f64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let buffer: js_sys::ArrayBuffer = memory.buffer().unchecked_into();
    f64::from(buffer.byte_length())
}

/// Chromium's `performance.memory.usedJSHeapSize`, where the browser has it.
fn used_js_heap() -> Option<f64> {
    let memory = js_sys::Reflect::get(&performance(), &"memory".into()).ok()?;
    js_sys::Reflect::get(&memory, &"usedJSHeapSize".into())
        .ok()?
        .as_f64()
}

/// Runs `work`, returning what it answered, the milliseconds it took and its peak heap in bytes
/// (what it allocated at most at once).
fn measure<T>(work: impl FnOnce() -> T) -> (T, f64, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let start = performance().now();
    let answer = work();
    let elapsed = performance().now() - start;
    (answer, elapsed, PEAK.load(Ordering::Relaxed) - base)
}

/// How many times each case is verified; the times printed are the medians.
const RUNS: usize = 3;

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn megabytes(bytes: f64) -> f64 {
    bytes / 1e6
}

#[wasm_bindgen_test]
#[ignore]
fn verify_bench_browser() {
    let today = Date::parse(bench_cases::TODAY).unwrap();
    console_log!(
        "{:<11} {:>10} {:>8} {:>8} {:>8} {:>8} {:>8} {:>6} {:>8} {:>9} {:>6}  outcome (core / verify view)",
        "case",
        "file bytes",
        "core ms",
        "view ms",
        "peak MB",
        "x file",
        "wasm MB",
        "growth MB",
        "JS MB",
        "probe ms",
        "probe MB"
    );
    for case in bench_cases::CASES {
        let bytes = bench_cases::document_bytes(case, bench_cases::DEFAULT_BYTES).unwrap();
        let size = bytes.len();

        let mut core_times = Vec::new();
        let mut view_times = Vec::new();
        let mut probe_times = Vec::new();
        let mut figures = None;
        for _ in 0..RUNS {
            let (core, core_ms, _) = measure(|| verify_plan_document(&bytes, &today, None));
            core_times.push(core_ms);
            let core = match core {
                Ok(verified) => format!("valid ({} warnings)", verified.warnings().len()),
                Err(error) => error.message_id().to_owned(),
            };

            let memory_before = wasm_memory_bytes();
            let mut state = VerifyState::default();
            let action = VerifyAction::CheckFile {
                file_name: "bench.json".to_owned(),
                bytes: bytes.clone(),
                today: Some(today.clone()),
                remembered: Ok(SeenKeys::default()),
            };
            let (_, view_ms, peak) = measure(|| state.apply(action));
            view_times.push(view_ms);
            let memory_after = wasm_memory_bytes();
            let view = match &state.step {
                VerifyStep::Verified(_) => "valid".to_owned(),
                VerifyStep::Refused(refusal) => refusal.message_id.to_owned(),
                VerifyStep::Backup(_) => "backup".to_owned(),
                other => format!("{other:?}"),
            };
            drop(state);

            // What the verify view does besides the core on a refusal: it parses the file again
            // with the generic limits to see whether it is a backup (`check_document`).
            // Measured after the view, so the memory columns are the view's own.
            let (_, probe_ms, probe_peak) = measure(|| ownplan_core::proof::parse_strict(&bytes));
            probe_times.push(probe_ms);
            // The memory figures of the first run: later runs find the memory already grown.
            figures.get_or_insert((core, view, peak, memory_before, memory_after, probe_peak));
        }
        let (core, view, peak, memory_before, memory_after, probe_peak) = figures.unwrap();
        // The input bytes are counted, as natively: a caller must hold them anyway.
        let peak = peak + size;
        let (core_ms, view_ms, probe_ms) =
            (median(core_times), median(view_times), median(probe_times));

        console_log!(
            "{case:<11} {size:>10} {core_ms:>8.1} {view_ms:>8.1} {:>8.1} {:>6.1} {:>8.1} {:>9.1} {:>6} {probe_ms:>8.1} {:>8.1}  {core} / {view}",
            megabytes(peak as f64),
            peak as f64 / size as f64,
            megabytes(memory_after),
            megabytes(memory_after - memory_before),
            used_js_heap()
                .map(|used| format!("{:.1}", megabytes(used)))
                .unwrap_or_else(|| "-".to_owned()),
            megabytes(probe_peak as f64),
        );
    }
}
