//! RFC 8785 JSON Canonicalization Scheme (JCS), the byte form that is hashed and signed.
//!
//! The work is done by the `serde_json_canonicalizer` crate, which passes the RFC's test vectors
//! (our copies are in `tests/vectors/jcs`): members sorted by their UTF-16 code units, no
//! whitespace, minimal string escapes, numbers in ECMAScript's shortest form. JCS never
//! Unicode-normalizes text; two different byte sequences for "é" stay different.

use serde::Serialize;
use serde_json::Value;

use super::error::ProofError;

/// The RFC 8785 canonical form of `value`, as UTF-8 bytes.
pub fn canonicalize(value: &Value) -> Result<Vec<u8>, ProofError> {
    canonicalize_members_or_value(value)
}

/// The same for a bare object's members (saves wrapping a `Map` in a `Value`).
pub(crate) fn canonicalize_members_or_value<T: Serialize>(
    value: &T,
) -> Result<Vec<u8>, ProofError> {
    serde_json_canonicalizer::to_vec(value).map_err(|error| ProofError::Canonicalization {
        detail: error.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_members_and_drops_whitespace() {
        let value = serde_json::json!({"b": [1, "\u{e9}"], "a": {"d": null, "c": true}});
        let expected = "{\"a\":{\"c\":true,\"d\":null},\"b\":[1,\"\u{e9}\"]}";
        assert_eq!(canonicalize(&value), Ok(expected.as_bytes().to_vec()));
    }
}
