//! The generic W3C Data Integrity layer: strict JSON, RFC 8785 canonicalization, did:key and
//! eddsa-jcs-2022 proofs.
//!
//! This layer knows nothing about plans: it signs and verifies *any* JSON object secured with
//! the `eddsa-jcs-2022` cryptosuite and an Ed25519 `did:key`, so other implementations can check
//! our files and we can check theirs. The plan layer builds on it.
//!
//! Code map:
//! - [`strict_json`]: bytes → `serde_json::Value`, refusing duplicate keys, floats, huge
//!   integers, deep nesting, oversized input and trailing text.
//! - [`jcs`]: [`canonicalize`], RFC 8785.
//! - [`did_key`]: [`DidKey`] (public key, decoded strictly and locally) and [`SigningKey`].
//! - [`fingerprint`]: [`KeyFingerprint`], the human-checkable short form of a key.
//! - [`datetime`]: the `created` date check.
//! - [`data_integrity`]: [`sign`], [`verify_bytes`], [`verify_value`] and [`VerifiedDocument`].
//! - [`error`]: [`ProofError`], one enum for the whole layer, each variant with a message id.
//!
//! Invariants: no I/O, no clock, no randomness (keys come from a caller-supplied seed), nothing
//! is ever resolved over a network. `VerifiedDocument` can only be produced by verification.
//!
//! Ed25519 comes from `ed25519-dalek` without its default `fast` feature: that feature adds
//! precomputed base-point tables (about 30 KB of WebAssembly) to speed up signing and key
//! derivation; one signature per export does not need them. Verification speed is unaffected
//! by the tables in the variable-base part that dominates it.

pub mod data_integrity;
pub mod datetime;
pub mod did_key;
pub mod error;
pub mod fingerprint;
pub mod jcs;
pub mod strict_json;

pub use data_integrity::{
    CRYPTOSUITE, PROOF_PURPOSE, PROOF_TYPE, VerifiedDocument, hash_data, sign, verify_bytes,
    verify_value,
};
pub use datetime::validate_utc_datetime;
pub use did_key::{DidKey, SigningKey, verify_ed25519_strict};
pub use error::{JsonPath, KeyProblem, PathSegment, ProofError};
pub use fingerprint::KeyFingerprint;
pub use jcs::canonicalize;
pub use strict_json::{
    MAX_DOCUMENT_BYTES, MAX_NESTING_DEPTH, MAX_SAFE_INTEGER, check_strict_value, parse_strict,
};
