//! Fuzz target: the core's strict JSON parser, `proof::parse_strict`, on arbitrary bytes.
//!
//! Besides "never panics, never hangs", it checks what the strict rules promise:
//! - strict is never more lenient than `serde_json` (what serde_json refuses, strict refuses);
//! - whatever strict accepts passes `check_strict_value`, canonicalizes (RFC 8785), and reads
//!   back strictly as the same value both from `serde_json`'s output and from the canonical form.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ownplan_core::proof::{canonicalize, check_strict_value, parse_strict};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let strict = parse_strict(data);
    let lenient = serde_json::from_slice::<Value>(data);
    let Ok(value) = strict else {
        return;
    };
    assert!(
        lenient.is_ok(),
        "strict accepted what serde_json refuses: {lenient:?}"
    );
    assert_eq!(check_strict_value(&value), Ok(()), "{value}");
    let canonical = canonicalize(&value).expect("an accepted value canonicalizes");
    assert_eq!(
        parse_strict(&canonical).as_ref(),
        Ok(&value),
        "canonical form"
    );
    let written = serde_json::to_vec(&value).expect("a value serializes");
    assert_eq!(
        parse_strict(&written).as_ref(),
        Ok(&value),
        "serde_json's form"
    );
});
