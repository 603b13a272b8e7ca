//! W3C Data Integrity proofs with the `eddsa-jcs-2022` cryptosuite: creating and verifying them
//! over any JSON object.
//!
//! Creating ([`sign`]):
//! 1. proof options = `{type: "DataIntegrityProof", cryptosuite: "eddsa-jcs-2022", created,
//!    verificationMethod: <did:key>#<multibase key>, proofPurpose: "assertionMethod"}`, plus the
//!    document's `@context` copied in as `@context` when the document has one;
//! 2. hashData = SHA-256(JCS(proof options)) ‖ SHA-256(JCS(document without `proof`)), 64 bytes,
//!    the proof-options hash first ([`hash_data`]);
//! 3. `proofValue` = `z` + base58btc(Ed25519 signature over hashData);
//! 4. the proof is the proof options plus `proofValue`, stored as the document's `proof`.
//!
//! Verifying ([`verify_bytes_at`], [`verify_value_at`]) reads strictly (see
//! [`strict_json`](super::strict_json)), requires exactly one proof object with the right type,
//! cryptosuite and purpose, a UTC `created`, a `did:key` verification method (decoded locally;
//! nothing is resolved), and — when the proof has an `@context` — that the document's `@context`
//! begins with it. As the W3C algorithm says, the document is then hashed with its `@context` set
//! to the proof's. A document with an `@context` whose proof has none (or an empty one) is refused:
//! its context would not be covered by the signature. The signature is checked with strict
//! Ed25519. Last, a proof with `expires` is refused once that time has passed; the caller passes
//! the verification time in (the core has no clock), and without one ([`verify_bytes`],
//! [`verify_value`]) a proof with `expires` is refused, since it cannot be shown unexpired.
//!
//! Only a successful verification yields a [`VerifiedDocument`], which holds the document exactly
//! as it was signed (without `proof`), so callers cannot show content that was not verified.

use serde::Serialize;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::datetime::{compare_utc_datetimes, validate_utc_datetime};
use super::did_key::{DidKey, SigningKey};
use super::error::{JsonPath, ProofError};
use super::jcs::canonicalize_members_or_value;
use super::strict_json::{JsonLimits, check_strict_members, check_strict_value, parse_with_limits};

/// The proof `type` this layer creates and accepts.
pub const PROOF_TYPE: &str = "DataIntegrityProof";
/// The proof `cryptosuite` this layer creates and accepts.
pub const CRYPTOSUITE: &str = "eddsa-jcs-2022";
/// The proof `proofPurpose` this layer creates and accepts.
pub const PROOF_PURPOSE: &str = "assertionMethod";

const PROOF: &str = "proof";
const CONTEXT: &str = "@context";
const PROOF_VALUE: &str = "proofValue";
const EXPIRES: &str = "expires";

/// A document whose proof has been verified. Only [`verify_bytes`] and [`verify_value`] make one.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedDocument {
    document: Value,
    proof_options: Map<String, Value>,
    signer: DidKey,
    created: String,
    context_is_copy: bool,
}

impl VerifiedDocument {
    /// The document exactly as it was signed: without `proof`, and with the proof's `@context`
    /// when the proof had one.
    pub fn document(&self) -> &Value {
        &self.document
    }

    /// Takes the verified document out.
    pub fn into_document(self) -> Value {
        self.document
    }

    /// The key that made the signature.
    pub fn signer(&self) -> &DidKey {
        &self.signer
    }

    /// The proof's `created` date, a validated UTC XML Schema dateTime.
    pub fn created(&self) -> &str {
        &self.created
    }

    /// The proof without its `proofValue` (every member of it is covered by the signature).
    pub fn proof_options(&self) -> &Map<String, Value> {
        &self.proof_options
    }

    /// Whether the document's `@context` as received was exactly the proof's (or both had none).
    /// The W3C algorithm only needs the document's to *begin* with the proof's, and hashes the
    /// document with the proof's; a format may require an exact copy, so that nothing in the file
    /// is left unsigned.
    pub fn context_is_copy(&self) -> bool {
        self.context_is_copy
    }
}

/// Adds an `eddsa-jcs-2022` Data Integrity proof to `document`, returning the secured document.
///
/// `created` is the signing time as a UTC XML Schema dateTime such as `2026-11-22T10:00:00Z`,
/// supplied by the caller because the core has no clock. The document must be a JSON object
/// without a `proof`, and must pass the strict rules (integers only, depth cap), so that
/// everything signed here also verifies.
pub fn sign(document: Value, key: &SigningKey, created: &str) -> Result<Value, ProofError> {
    let Value::Object(mut members) = document else {
        return Err(ProofError::NotAnObject {
            path: JsonPath::root(),
        });
    };
    if members.contains_key(PROOF) {
        return Err(ProofError::AlreadySigned);
    }
    validate_utc_datetime(created)?;
    check_strict_members(&members)?;

    let mut proof = Map::new();
    proof.insert("type".into(), PROOF_TYPE.into());
    proof.insert("cryptosuite".into(), CRYPTOSUITE.into());
    proof.insert("created".into(), created.into());
    proof.insert(
        "verificationMethod".into(),
        key.did_key().verification_method().into(),
    );
    proof.insert("proofPurpose".into(), PROOF_PURPOSE.into());
    if let Some(context) = members.get(CONTEXT) {
        proof.insert(CONTEXT.into(), context.clone());
    }

    let hash = hash_members(&proof, &members)?;
    let signature = key.sign_bytes(&hash);
    proof.insert(PROOF_VALUE.into(), encode_proof_value(&signature).into());
    members.insert(PROOF.into(), Value::Object(proof));
    Ok(Value::Object(members))
}

/// The 64 bytes that are signed: SHA-256(JCS(`proof_options`)) followed by
/// SHA-256(JCS(`unsecured_document`)).
pub fn hash_data(
    proof_options: &Value,
    unsecured_document: &Value,
) -> Result<[u8; 64], ProofError> {
    hash_members(proof_options, unsecured_document)
}

fn hash_members<P, D>(proof_options: &P, unsecured_document: &D) -> Result<[u8; 64], ProofError>
where
    P: Serialize,
    D: Serialize,
{
    let mut hash = [0u8; 64];
    hash[..32].copy_from_slice(&Sha256::digest(canonicalize_members_or_value(
        proof_options,
    )?));
    hash[32..].copy_from_slice(&Sha256::digest(canonicalize_members_or_value(
        unsecured_document,
    )?));
    Ok(hash)
}

/// Encodes a signature as a `proofValue`: `z` followed by base58btc.
pub fn encode_proof_value(signature: &[u8; 64]) -> String {
    format!("z{}", bs58::encode(signature).into_string())
}

/// Decodes a `proofValue` into the 64 signature bytes.
pub fn decode_proof_value(proof_value: &str) -> Result<[u8; 64], ProofError> {
    let base58 = proof_value
        .strip_prefix('z')
        .ok_or(ProofError::MalformedProofValue)?;
    let bytes = bs58::decode(base58)
        .into_vec()
        .map_err(|_| ProofError::MalformedProofValue)?;
    bytes
        .try_into()
        .map_err(|_| ProofError::MalformedProofValue)
}

/// Parses `bytes` strictly and verifies the document's proof, with no verification time: a proof
/// that has `expires` is refused ([`ProofError::ProofExpired`]). See [`verify_bytes_at`].
pub fn verify_bytes(bytes: &[u8]) -> Result<VerifiedDocument, ProofError> {
    verify_bytes_at(bytes, None)
}

/// Parses `bytes` strictly and verifies the document's proof at the time `now` (a UTC date-time
/// such as `2026-11-22T10:00:00Z`; the core has no clock). A proof whose `expires` is before `now`
/// is refused; with `now` `None`, any proof with `expires` is.
pub fn verify_bytes_at(bytes: &[u8], now: Option<&str>) -> Result<VerifiedDocument, ProofError> {
    verify_bytes_with_limits(bytes, &JsonLimits::GENERIC, now)
}

/// The same, reading the bytes with a format's own [`JsonLimits`] instead of the generic ones.
pub fn verify_bytes_with_limits(
    bytes: &[u8],
    limits: &JsonLimits,
    now: Option<&str>,
) -> Result<VerifiedDocument, ProofError> {
    verify_parsed(parse_with_limits(bytes, limits)?, now)
}

/// Verifies the proof of a document already in memory, applying the strict depth and number
/// rules first (a `Value` cannot hold duplicate member names), with no verification time (see
/// [`verify_value_at`]).
pub fn verify_value(document: &Value) -> Result<VerifiedDocument, ProofError> {
    verify_value_at(document, None)
}

/// Verifies the proof of a document already in memory at the time `now` (see
/// [`verify_bytes_at`]).
pub fn verify_value_at(
    document: &Value,
    now: Option<&str>,
) -> Result<VerifiedDocument, ProofError> {
    check_strict_value(document)?;
    verify_parsed(document.clone(), now)
}

fn proof_path(member: &str) -> JsonPath {
    JsonPath::root().key(PROOF).key(member)
}

fn required_string<'p>(proof: &'p Map<String, Value>, member: &str) -> Result<&'p str, ProofError> {
    proof
        .get(member)
        .and_then(Value::as_str)
        .ok_or_else(|| ProofError::MalformedProof {
            path: proof_path(member),
        })
}

/// The entries of an `@context` value: an array's elements, or the single value itself.
fn context_entries(context: &Value) -> &[Value] {
    match context {
        Value::Array(entries) => entries,
        single => std::slice::from_ref(single),
    }
}

fn verify_parsed(document: Value, now: Option<&str>) -> Result<VerifiedDocument, ProofError> {
    let Value::Object(mut unsecured) = document else {
        return Err(ProofError::NotAnObject {
            path: JsonPath::root(),
        });
    };
    let mut proof = match unsecured.remove(PROOF) {
        None => return Err(ProofError::NoProof),
        Some(Value::Object(proof)) => proof,
        Some(Value::Array(proofs)) if proofs.is_empty() => return Err(ProofError::NoProof),
        Some(Value::Array(proofs)) if proofs.len() > 1 => {
            return Err(ProofError::SeveralProofs {
                count: proofs.len(),
            });
        }
        Some(_) => {
            return Err(ProofError::NotAnObject {
                path: JsonPath::root().key(PROOF),
            });
        }
    };

    let proof_type = required_string(&proof, "type")?;
    if proof_type != PROOF_TYPE {
        return Err(ProofError::UnsupportedProofType {
            found: proof_type.to_owned(),
        });
    }
    let cryptosuite = required_string(&proof, "cryptosuite")?;
    if cryptosuite != CRYPTOSUITE {
        return Err(ProofError::UnsupportedCryptosuite {
            found: cryptosuite.to_owned(),
        });
    }
    let purpose = required_string(&proof, "proofPurpose")?;
    if purpose != PROOF_PURPOSE {
        return Err(ProofError::WrongProofPurpose {
            found: purpose.to_owned(),
        });
    }
    let created = required_string(&proof, "created")?.to_owned();
    validate_utc_datetime(&created)?;
    let signer = DidKey::parse_verification_method(required_string(&proof, "verificationMethod")?)?;
    let signature = decode_proof_value(required_string(&proof, PROOF_VALUE)?)?;

    let expires = match proof.get(EXPIRES) {
        None => None,
        Some(Value::String(expires)) if validate_utc_datetime(expires).is_ok() => {
            Some(expires.clone())
        }
        Some(_) => {
            return Err(ProofError::MalformedProof {
                path: proof_path(EXPIRES),
            });
        }
    };

    let document_context = unsecured.get(CONTEXT);
    let proof_context = proof
        .get(CONTEXT)
        .filter(|context| !context_entries(context).is_empty());
    let context_is_copy = document_context == proof.get(CONTEXT);
    match proof_context {
        Some(proof_context) => {
            let expected = context_entries(proof_context);
            let found = document_context.map(context_entries).unwrap_or(&[]);
            if !found.starts_with(expected) {
                return Err(ProofError::ContextMismatch);
            }
            unsecured.insert(CONTEXT.into(), proof_context.clone());
        }
        // A proof without a context of its own covers no context, so a document with one would
        // carry a context nobody signed.
        None if document_context.is_some_and(|context| !context_entries(context).is_empty()) => {
            return Err(ProofError::ProofContextMissing);
        }
        None => {
            if let Some(empty) = proof.get(CONTEXT) {
                unsecured.insert(CONTEXT.into(), empty.clone());
            }
        }
    }

    proof.remove(PROOF_VALUE);
    let hash = hash_members(&proof, &unsecured)?;
    signer.verify_signature(&hash, &signature)?;

    if let Some(expires) = expires {
        let still_valid = now.and_then(|now| compare_utc_datetimes(now, &expires));
        if !still_valid.is_some_and(|order| order.is_le()) {
            return Err(ProofError::ProofExpired { expires });
        }
    }

    Ok(VerifiedDocument {
        document: Value::Object(unsecured),
        proof_options: proof,
        signer,
        created,
        context_is_copy,
    })
}
