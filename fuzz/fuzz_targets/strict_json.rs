//! Fuzz target: the core's strict JSON parser, `proof::parse_strict`, on arbitrary bytes.
//!
//! Besides "never panics, never hangs", it checks what the strict rules promise:
//! - strict is never more lenient than `serde_json` (what serde_json refuses, strict refuses);
//! - whatever strict accepts passes `check_strict_value`, canonicalizes (RFC 8785), and reads
//!   back strictly to the same canonical form, both from `serde_json`'s output and from the
//!   canonical form itself. (Not to the same `Value`: RFC 8785 writes the number `56.0` as `56`,
//!   which reads back as an integer; the first finding of this target, kept as the regression
//!   test `fuzz_strict_json_fraction_of_zero_canonicalizes_stably` in the core.)
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
    let again = parse_strict(&canonical).expect("the canonical form reads back strictly");
    assert_eq!(
        canonicalize(&again).expect("and canonicalizes"),
        canonical,
        "canonical form"
    );
    let written = serde_json::to_vec(&value).expect("a value serializes");
    let from_serde = parse_strict(&written).expect("serde_json's form reads back strictly");
    assert_eq!(
        canonicalize(&from_serde).expect("and canonicalizes"),
        canonical,
        "serde_json's form"
    );
});
