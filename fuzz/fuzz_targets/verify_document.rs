//! Fuzz target: layer 2, `document::verify_plan_document`, on arbitrary bytes.
//!
//! Arbitrary bytes (and the mutated examples in the seed corpus) only reach the layer-2 checks
//! if their signature is valid, so, as in `verify_proof`, each input that reads strictly as an
//! object is also re-signed with the public example key (`examples/example-key.json`, which
//! signed the examples) and verified again, pinned to that key: this reaches the credential
//! envelope, the plan inside, the sections and the plan rules with whatever the fuzzer wrote,
//! and checks that such a document never fails layer 1 or the key pin. Only inputs that the
//! plan format's own read limits accept ([`PLAN_DOCUMENT_LIMITS`]: integers only) are re-signed:
//! a float is refused by layer 2's parser by design (a campaign on 2026-12-01 found the
//! harness asserting otherwise for `{":namewarning": 444…4}`, a whole number read as a double).
#![no_main]

use libfuzzer_sys::fuzz_target;
use ownplan_core::document::{DocumentError, KeyPin, PLAN_DOCUMENT_LIMITS, verify_plan_document};
use ownplan_core::plan::Date;
use ownplan_core::proof::{SigningKey, parse_with_limits, sign};
use serde_json::Value;

/// The seed of the published example key (never used for a real plan).
const EXAMPLE_SEED: [u8; 32] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    26, 27, 28, 29, 30, 31,
];
const FALLBACK_CREATED: &str = "2026-11-22T10:00:00Z";

fuzz_target!(|data: &[u8]| {
    let today = Date::from_ymd(2026, 11, 30).expect("a real date");
    let _ = verify_plan_document(data, &today, None);

    let Ok(Value::Object(mut document)) = parse_with_limits(data, &PLAN_DOCUMENT_LIMITS) else {
        return;
    };
    let created = document
        .remove("proof")
        .and_then(|proof| {
            proof
                .get("created")
                .and_then(Value::as_str)
                .map(str::to_owned)
        })
        .or_else(|| {
            document
                .get("validFrom")
                .and_then(Value::as_str)
                .map(str::to_owned)
        })
        .unwrap_or_else(|| FALLBACK_CREATED.to_owned());
    let key = SigningKey::from_seed(&EXAMPLE_SEED);
    let Ok(secured) = sign(Value::Object(document), &key, &created) else {
        return;
    };
    let bytes = serde_json::to_vec(&secured).expect("a value serializes");
    let pin = KeyPin::parse(&key.did_key().did()).expect("a did:key pins");
    let result = verify_plan_document(&bytes, &today, Some(&pin));
    // Layer 1 must pass: the document was just signed with the pinned key.
    assert!(
        !matches!(
            result,
            Err(DocumentError::Proof(_) | DocumentError::SignerMismatch { .. })
        ),
        "signed here with the pinned key, yet: {result:?}"
    );
});
