//! Worst-case verification cost: builds hostile signed documents of about 5 MiB (the size cap)
//! and prints, for each, how long `verify_plan_document` takes, what it answers and the peak heap
//! it uses.
//!
//! ```sh
//! cargo run --release -p ownplan-core --example verify_bench            # every case, 5 MiB
//! cargo run --release -p ownplan-core --example verify_bench -- goals   # one case
//! OWNPLAN_BENCH_BYTES=700000 cargo run --release -p ownplan-core --example verify_bench
//! ```
//!
//! The cases are documents a forger can sign with their own key, so the signature is valid and
//! every step of both layers runs:
//! - `valid`: not hostile, the largest document that verifies: goals with texts of 20,000
//!   characters (the cap), as many as fit;
//! - `goals`: as many small goals as fit;
//! - `network`: many network members that as many measures point at, without the `network`
//!   section, the last member with a field only that section brings;
//! - `huge-text`: one goal whose text fills the file;
//! - `recipients`: as many recipients as fit;
//! - `consent`: a consent statement that fills the file (non-NFC, ending in U+202E U+0000 ESC);
//! - `deep`: arrays nested 60 levels deep, repeated until the file is full;
//! - `numbers`: one array of zeros filling the file;
//! - `members`: one object with as many members as fit.
//!
//! Measured 2026-11-30 on the project's 2-core machine, release profile, files of about 5 MiB
//! (before: the code before issue 12; after: plan documents read with `PLAN_DOCUMENT_LIMITS`):
//!
//! | case | before: time | before: peak heap | after: time | after: peak heap | after: outcome |
//! |---|---:|---:|---:|---:|---|
//! | valid | — | — | 180 ms | 26 MB (5.0×) | valid |
//! | goals | 4.2 s | 259 MB (54×) | 1.6 ms | 5.5 MB (1.1×) | `error-list-too-long` |
//! | network | 263 s | 330 MB (80×) | 1.1 ms | 5.5 MB (1.3×) | `error-list-too-long` |
//! | huge-text | 0.47 s | 26 MB (5×) | 2.0 ms | 5.2 MB (1.0×) | `error-text-too-long` |
//! | recipients | 2.3 s | 288 MB (81×), valid | 0.5 ms | 4.2 MB (1.2×) | `error-list-too-long` |
//! | consent | 0.15 s | 26 MB (5×), valid | 21 ms | 21 MB (4.0×) | `error-text-too-long` |
//! | deep | 7.7 s | 395 MB (80×) | 0.3 ms | 4.9 MB (1.0×) | `error-too-deep` |
//! | numbers | 3.6 s | 223 MB (43×) | 0.4 ms | 5.3 MB (1.0×) | `error-list-too-long` |
//! | members | 2.2 s | 132 MB (26×) | 0.3 ms | 5.1 MB (1.0×) | `error-list-too-long` |
//!
//! Re-measured 2026-12-01 with format-2 ids (`urn:uuid:`; since format 2 the example had stopped
//! at its first case, as the plain ids were refused): the same within noise.
//!
//! (The "before" times were taken while other builds ran, so they are somewhat high; the
//! quadratic `network` case was 2.5 s at 0.5 MB. The consent case's 4× is `serde_json`
//! unescaping the string into its scratch buffer before the length can be checked.)
//!
//! The browser counterpart, `cargo xtask bench-browser`, verifies the same documents (built by
//! the shared `bench_cases` module) with the widget's verify step in headless Chromium.
//!
//! Peak heap is measured with a counting global allocator (the most bytes allocated at once
//! during the verification, the input bytes included); `VmHWM` (the process's peak resident
//! memory, Linux only) is printed at the end.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use ownplan_core::document::verify_plan_document;
use ownplan_core::plan::Date;

mod bench_cases;

use bench_cases::{CASES, DEFAULT_BYTES, TODAY};

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

fn target_bytes() -> usize {
    std::env::var("OWNPLAN_BENCH_BYTES")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(DEFAULT_BYTES)
}

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let today = Date::parse(TODAY).unwrap_or_else(|_| unreachable!("a real date"));
    let chosen: Vec<String> = std::env::args().skip(1).collect();
    let budget = target_bytes();
    println!(
        "{:<11} {:>10} {:>10} {:>14} {:>8}  outcome",
        "case", "file bytes", "time ms", "peak heap MB", "x file"
    );
    for case in CASES {
        if !chosen.is_empty() && !chosen.iter().any(|name| name == case) {
            continue;
        }
        let bytes = match bench_cases::document_bytes(case, budget) {
            Ok(bytes) => bytes,
            Err(error) => {
                println!("{case:<11} could not build the document: {error}");
                continue;
            }
        };
        let base = LIVE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let start = Instant::now();
        let outcome = verify_plan_document(&bytes, &today, None);
        let elapsed = start.elapsed();
        // The input bytes are counted: they are the part of the peak a caller must hold anyway.
        let peak = PEAK.load(Ordering::Relaxed) - base + bytes.len();
        let outcome = match outcome {
            Ok(verified) => format!("VALID ({} warnings)", verified.warnings().len()),
            Err(error) => {
                let mut text = error.to_string();
                text.truncate(90);
                format!("refused: {} ({text})", error.message_id())
            }
        };
        println!(
            "{case:<11} {:>10} {:>10.1} {:>14.1} {:>8.1}  {outcome}",
            bytes.len(),
            elapsed.as_secs_f64() * 1000.0,
            peak as f64 / 1e6,
            peak as f64 / bytes.len() as f64,
        );
    }
    if let Some(kib) = vm_hwm_kib() {
        println!(
            "process peak resident memory (VmHWM): {:.1} MB",
            kib as f64 * 1.024 / 1000.0
        );
    }
}
