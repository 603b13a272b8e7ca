//! The generic W3C Data Integrity layer: strict JSON, RFC 8785 canonicalization, did:key and
//! eddsa-jcs-2022 proofs.
//!
//! This layer knows nothing about plans: it signs and verifies *any* JSON object secured with
//! the `eddsa-jcs-2022` cryptosuite and an Ed25519 `did:key`, so other implementations can check
//! our files and we can check theirs. The plan layer builds on it.
//!
//! Code map:
//! - [`strict_json`]: bytes → `serde_json::Value`, refusing duplicate keys, non-finite numbers,
//!   integers beyond ±(2^53 − 1), deep nesting, oversized input and trailing text; a format on
//!   top passes tighter [`JsonLimits`] (list, text and value caps, integers only).
//! - [`jcs`]: [`canonicalize`], RFC 8785.
//! - [`did_key`]: [`DidKey`] (public key, decoded strictly and locally) and [`SigningKey`].
//! - [`fingerprint`]: [`KeyFingerprint`], the human-checkable short form of a key.
//! - [`datetime`]: the `created` date check.
//! - [`data_integrity`]: [`sign`], [`verify_bytes_at`], [`verify_value_at`] (and the same without
//!   a verification time) and [`VerifiedDocument`].
//! - [`error`]: [`ProofError`], one enum for the whole layer, each variant with a message id.
//!
//! Invariants: no I/O, no clock, no randomness (keys come from a caller-supplied seed), nothing
//! is ever resolved over a network. `VerifiedDocument` can only be produced by verification.
//!
//! Ed25519 comes from `ed25519-dalek` 3 with `default-features = false` (only `zeroize`), i.e.
//! without its `fast` feature (precomputed base-point tables). Measured on this project's
//! machine with the release profile (`opt-level = "z"`, LTO), for a wasm32 cdylib that signs and
//! verifies: without `fast` 74.6 KB raw / 22.8 KB brotli, with it 114.7 KB / 57.6 KB, so the
//! tables cost about 35 KB of download. Natively, signing takes about 2.3 ms instead of 17 µs and
//! strict verification about 2.4 ms instead of 2.1 ms. One signature per export and one
//! verification per opened file do not need the tables.

pub mod data_integrity;
pub mod datetime;
pub mod did_key;
pub mod error;
pub mod fingerprint;
pub mod jcs;
pub mod strict_json;

pub use data_integrity::{
    CRYPTOSUITE, PROOF_PURPOSE, PROOF_TYPE, VerifiedDocument, hash_data, sign, verify_bytes,
    verify_bytes_at, verify_bytes_with_limits, verify_value, verify_value_at,
};
pub use datetime::{compare_utc_datetimes, validate_utc_datetime};
pub use did_key::{DidKey, SigningKey, verify_ed25519_strict};
pub use error::{JsonPath, KeyProblem, PathSegment, ProofError};
pub use fingerprint::KeyFingerprint;
pub use jcs::canonicalize;
pub use strict_json::{
    JsonLimits, MAX_DOCUMENT_BYTES, MAX_NESTING_DEPTH, MAX_SAFE_INTEGER, check_strict_value,
    check_value_with_limits, parse_strict, parse_with_limits,
};
