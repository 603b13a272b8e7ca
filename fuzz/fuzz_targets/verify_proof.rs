//! Fuzz target: layer 1, the generic Data Integrity verifier (`proof::verify_bytes` and
//! `proof::verify_value`), on arbitrary bytes.
//!
//! Random bytes almost never carry a valid signature, so each input is also used a second way
//! (structure-aware): when it reads strictly as an object, its `proof` is dropped, it is signed
//! with the public example key (`examples/example-key.json`) and verified again. That run must
//! succeed and give back the same document: what `sign` accepts, `verify_bytes` must accept.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ownplan_core::proof::{SigningKey, parse_strict, sign, verify_bytes, verify_value};
use serde_json::Value;

/// The seed of the published example key (never used for a real plan).
const EXAMPLE_SEED: [u8; 32] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    26, 27, 28, 29, 30, 31,
];
const FALLBACK_CREATED: &str = "2026-11-22T10:00:00Z";

fuzz_target!(|data: &[u8]| {
    let _ = verify_bytes(data);
    if let Ok(value) = serde_json::from_slice::<Value>(data) {
        let _ = verify_value(&value);
    }

    let Ok(Value::Object(mut document)) = parse_strict(data) else {
        return;
    };
    // Keep the input's own `created` when it has a usable one, so the fuzzer steers it too.
    let created = document
        .remove("proof")
        .and_then(|proof| {
            proof
                .get("created")
                .and_then(Value::as_str)
                .map(str::to_owned)
        })
        .unwrap_or_else(|| FALLBACK_CREATED.to_owned());
    let unsecured = Value::Object(document);
    let key = SigningKey::from_seed(&EXAMPLE_SEED);
    let Ok(secured) = sign(unsecured.clone(), &key, &created) else {
        return;
    };
    let bytes = serde_json::to_vec(&secured).expect("a value serializes");
    match verify_bytes(&bytes) {
        Ok(verified) => {
            assert_eq!(verified.document(), &unsecured);
            assert_eq!(verified.signer(), &key.did_key());
        }
        Err(error) => panic!("signed here but refused: {error:?}"),
    }
});
