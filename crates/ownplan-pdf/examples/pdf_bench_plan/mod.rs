//! The large plan of the PDF benchmarks, shared by the native example (`pdf_bench.rs`) and the
//! browser benchmark (`tests/pdf_bench_browser.rs` of the widget): the full Bokmål example plan
//! with 500 items (goals, measures, agreements, appointments and warning signs, each with a few
//! sentences), signed for a GP with the published example key. Everything it reads is compiled
//! in, so it runs in WebAssembly too.

use ownplan_core::document::{
    ExportRequest, Recipient, SharingConsentStatement, export_for_recipient,
};
use ownplan_core::plan::{Plan, Section, Text};
use ownplan_core::proof::{SigningKey, parse_strict};
use serde_json::{Value, json};

/// The signed document's embedded file name.
pub const FILE_NAME: &str = "plan-500.json";
/// The instant the benchmarks verify at.
pub const NOW: &str = "2026-11-22T12:00:00Z";

/// Makes one list item from its text and id.
type MakeItem = fn(&str, String) -> Value;

/// The signed JSON of the 500-item plan, and its number of items.
pub fn signed_large_plan() -> (Vec<u8>, usize) {
    let plan_bytes = include_bytes!("../../../../examples/plan-full-nb.json");
    let key_bytes = include_bytes!("../../../../examples/example-key.json");
    let mut plan_json = parse_strict(plan_bytes).expect("plan JSON");
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
    let key_file: Value = serde_json::from_slice(key_bytes).expect("key JSON");
    let seed_hex = key_file["seed"].as_str().expect("seed");
    let seed: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&seed_hex[2 * i..2 * i + 2], 16).expect("hex"))
        .collect();
    let key = SigningKey::from_seed(&seed.try_into().expect("32 bytes"));
    let document = export_for_recipient(
        &ExportRequest {
            plan: &plan,
            recipients: vec![Recipient {
                name: Text::from_nfc("Dr. Ingrid Solberg".to_owned()),
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
    (serde_json::to_vec_pretty(&document).expect("JSON"), items)
}
