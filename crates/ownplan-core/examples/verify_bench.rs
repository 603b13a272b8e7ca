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
//! (The "before" times were taken while other builds ran, so they are somewhat high; the
//! quadratic `network` case was 2.5 s at 0.5 MB. The consent case's 4× is `serde_json`
//! unescaping the string into its scratch buffer before the length can be checked.)
//!
//! Peak heap is measured with a counting global allocator (the most bytes allocated at once
//! during the verification, the input bytes included); `VmHWM` (the process's peak resident
//! memory, Linux only) is printed at the end.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use ownplan_core::document::{
    ExportRequest, Recipient, SharingConsentStatement, build_credential, verify_plan_document,
};
use ownplan_core::plan::{Date, Goal, Plan, PlanId, Section, Text};
use ownplan_core::proof::{SigningKey, sign};
use serde_json::{Map, Value, json};

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

const VALID_FROM: &str = "2026-11-22T10:00:00Z";
const CASES: [&str; 9] = [
    "valid",
    "goals",
    "network",
    "huge-text",
    "recipients",
    "consent",
    "deep",
    "numbers",
    "members",
];

fn target_bytes() -> usize {
    std::env::var("OWNPLAN_BENCH_BYTES")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(5 * 1024 * 1024 - 4096)
}

/// A small valid credential with one goal, unsigned.
fn base_credential(key: &SigningKey) -> Value {
    let mut plan = Plan::new(PlanId::new("bench-plan"), "nb");
    plan.individual_plan.goals.push(Goal {
        id: ownplan_core::plan::ItemId::new("g0"),
        text: Text::from_nfc("Et mål".to_owned()),
        ..Goal::default()
    });
    let request = ExportRequest {
        plan: &plan,
        recipients: vec![Recipient::default()],
        sections: vec![Section::Goals],
        sharing_consent: SharingConsentStatement::default(),
        credential_id: [7; 16],
        valid_from: VALID_FROM.to_owned(),
    };
    build_credential(&request, &key.did_key().did()).unwrap_or(Value::Null)
}

/// Fills `list` with copies of `item` (its `id`, if any, made unique) until the serialized
/// items take about `budget` bytes.
fn fill(list: &mut Vec<Value>, item: &Value, budget: usize) {
    let size = serde_json::to_vec(item).map(|b| b.len() + 1).unwrap_or(1);
    let count = budget / (size + 8);
    for index in 0..count {
        let mut copy = item.clone();
        if let Some(object) = copy.as_object_mut()
            && object.contains_key("id")
        {
            object.insert("id".into(), format!("i{index}").into());
        }
        list.push(copy);
    }
}

fn subject(credential: &mut Value) -> &mut Map<String, Value> {
    credential["credentialSubject"]
        .as_object_mut()
        .unwrap_or_else(|| unreachable!("the credential has a subject"))
}

fn hostile(case: &str, key: &SigningKey, budget: usize) -> Value {
    let mut credential = base_credential(key);
    let subject = subject(&mut credential);
    match case {
        "valid" => {
            let mut goals = Vec::new();
            let text = "Jeg vil bo for meg selv. ".repeat(800);
            fill(&mut goals, &json!({"id": "x", "text": text}), budget);
            subject["individualPlan"]["goals"] = Value::Array(goals);
        }
        "goals" => {
            let mut goals = Vec::new();
            fill(&mut goals, &json!({"id": "x", "text": "mål"}), budget);
            subject["individualPlan"]["goals"] = Value::Array(goals);
        }
        "huge-text" => {
            subject["individualPlan"]["goals"][0]["text"] = "a".repeat(budget).into();
        }
        "recipients" => {
            let mut recipients = Vec::new();
            fill(&mut recipients, &json!({"name": "Dr. X"}), budget);
            subject["recipients"] = Value::Array(recipients);
        }
        "consent" => {
            let statement = format!("{}\u{202e}\u{0}\u{1b}", "e\u{301}".repeat(budget / 3));
            subject.insert("sharingConsent".into(), json!({ "statement": statement }));
        }
        "deep" => {
            let deep = (0..60).fold(json!(0), |inner, _| json!([inner]));
            let mut copies = Vec::new();
            fill(&mut copies, &deep, budget);
            subject.insert("deep".into(), Value::Array(copies));
        }
        "numbers" => {
            subject.insert("numbers".into(), Value::Array(vec![json!(0); budget / 2]));
        }
        "members" => {
            let mut members = Map::new();
            for index in 0..budget / 12 {
                members.insert(format!("m{index}"), json!(0));
            }
            subject.insert("members".into(), Value::Object(members));
        }
        "network" => {
            // Members that measures point at, without the `network` section: the last member
            // carries a field only that section brings, so the whole list is compared.
            let count = budget / 120;
            let members: Vec<Value> = (0..count)
                .map(|index| json!({"id": format!("m{index}"), "name": "Kari"}))
                .collect();
            let measures: Vec<Value> = (0..count)
                .map(|index| {
                    json!({"id": format!("t{index}"), "what": "Hjelp",
                           "responsible": {"member": format!("m{index}")}})
                })
                .collect();
            subject.insert("network".into(), Value::Array(members));
            subject["network"][count - 1]["notes"] = "ekstra".into();
            subject["individualPlan"]
                .as_object_mut()
                .map(|plan| plan.insert("measures".into(), Value::Array(measures)));
            subject.insert("sections".into(), json!(["goals", "measures"]));
        }
        _ => {}
    }
    sign(credential, key, VALID_FROM).unwrap_or(Value::Null)
}

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let key = SigningKey::from_seed(&[0x42; 32]);
    let today = Date::parse("2026-11-22").unwrap_or_else(|_| unreachable!("a real date"));
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
        let bytes = serde_json::to_vec(&hostile(case, &key, budget)).unwrap_or_default();
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
