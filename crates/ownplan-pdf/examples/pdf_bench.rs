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
use ownplan_core::document::{
    ExportRequest, Recipient, SharingConsentStatement, export_for_recipient,
};
use ownplan_core::plan::{Plan, Section, Text};
use ownplan_core::proof::{SigningKey, parse_strict};
use ownplan_pdf::{Labels, PdfCopy, extract_embedded_document, make_pdf, make_pdf_from_signed};
use serde_json::{Value, json};

const NOW: &str = "2026-11-22T12:00:00Z";

/// Makes one list item from its text and id.
type MakeItem = fn(&str, String) -> Value;

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/");
    let plan_bytes = std::fs::read(format!("{root}plan-full-nb.json")).expect("example plan");
    let mut plan_json = parse_strict(&plan_bytes).expect("plan JSON");
    let sentence = "Jeg vil få hjelp til å søke bolig nær skolen til Emma, og at noen går sammen med meg på visning. Det er viktig for meg at det skjer før sommeren, så vi kan flytte i ro og fred. ";
    let mut counter = 0u32;
    let mut id = || {
        counter += 1;
        format!("urn:uuid:00000000-0000-4000-8000-{counter:012x}")
    };
    let lists: [(&str, &str, usize, MakeItem); 5] = [
        (
            "individualPlan",
            "goals",
            120,
            |text, id| json!({"id": id, "text": text, "why": text, "lifeArea": "housing", "status": "underway"}),
        ),
        (
            "individualPlan",
            "measures",
            120,
            |text, id| json!({"id": id, "what": text, "extent": "1 time i uka", "status": "granted"}),
        ),
        (
            "individualPlan",
            "agreements",
            100,
            |text, id| json!({"id": id, "what": text, "who": "me", "byWhen": "2027-01-15"}),
        ),
        (
            "individualPlan",
            "appointments",
            80,
            |text, id| json!({"id": id, "what": text, "date": "2027-02-09", "time": "10:00", "toRaise": text}),
        ),
        (
            "crisisPlan",
            "warningSigns",
            80,
            |text, id| json!({"id": id, "stage": "early", "sign": text, "whatIDo": text}),
        ),
    ];
    let mut items = 0;
    for (part, list, count, make) in lists {
        let array: Vec<Value> = (0..count)
            .map(|index| make(&format!("{index}: {}", sentence.repeat(2)), id()))
            .collect();
        items += array.len();
        plan_json[part][list] = Value::Array(array);
    }
    let plan = Plan::from_json_value(plan_json).expect("a valid plan");
    let key_file: Value =
        serde_json::from_slice(&std::fs::read(format!("{root}example-key.json")).expect("key"))
            .expect("key JSON");
    let seed_hex = key_file["seed"].as_str().expect("seed");
    let seed: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&seed_hex[2 * i..2 * i + 2], 16).expect("hex"))
        .collect();
    let key = SigningKey::from_seed(&seed.try_into().expect("32 bytes"));
    let document = export_for_recipient(
        &ExportRequest {
            plan: &plan,
            recipients: vec![Recipient {
                name: Text::new("Dr. Ingrid Solberg"),
                ..Recipient::default()
            }],
            sections: Section::ALL.to_vec(),
            sharing_consent: SharingConsentStatement {
                statement: plan.consent.to_plan.statement.clone(),
                given_on: plan.consent.to_plan.given_on.clone(),
                valid_until: plan.consent.to_plan.valid_until.clone(),
                conditions: Text::empty(),
            },
            credential_id: [0x55; 16],
            valid_from: "2026-11-22T10:00:00Z".to_owned(),
        },
        &key,
    )
    .expect("signed");
    let signed = serde_json::to_vec_pretty(&document).expect("JSON");

    let runs = 10;
    let started = Instant::now();
    let mut pdf = Vec::new();
    for _ in 0..runs {
        pdf = make_pdf_from_signed(&signed, "plan-500.json", NOW).expect("copy");
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
            file_name: "plan-500.json",
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
