//! Ed25519 keys as `did:key` identifiers, decoded locally and strictly, and the signing key.
//!
//! A `did:key` for Ed25519 is `did:key:` followed by a multibase string: `z` (base58btc, Bitcoin
//! alphabet) and the base58 encoding of the two multicodec bytes `0xed 0x01` and the 32-byte
//! public key, so it always starts with `did:key:z6Mk`. The verification method named in a proof
//! is that DID, `#`, and the same multibase string again.
//!
//! Nothing is ever looked up: any DID method other than `key` is refused with
//! [`ProofError::UnsupportedDidMethod`], and every way a `did:key` can be malformed gives
//! [`ProofError::MalformedKey`] with a [`KeyProblem`]. Keys whose point has small order ("weak"
//! keys, for which a signature can be valid for many messages) are refused as well.

use std::fmt;

use ed25519_dalek::{Signer as _, VerifyingKey};

use super::error::{KeyProblem, ProofError};
use super::fingerprint::KeyFingerprint;

/// The multicodec prefix of an Ed25519 public key (`ed25519-pub`, 0xed as an unsigned varint).
pub const ED25519_PUB_MULTICODEC: [u8; 2] = [0xed, 0x01];

const DID_KEY_PREFIX: &str = "did:key:";

/// An Ed25519 public key known to be well-formed, with its `did:key` spelling.
#[derive(Clone, PartialEq, Eq)]
pub struct DidKey {
    key: VerifyingKey,
    /// `z` + base58btc(0xed 0x01 ‖ key), cached because every spelling of the key uses it.
    multibase: String,
}

impl DidKey {
    /// Wraps a 32-byte Ed25519 public key; refuses bytes that are not a usable curve point.
    pub fn from_public_key_bytes(bytes: &[u8; 32]) -> Result<Self, ProofError> {
        let malformed = |problem| ProofError::MalformedKey { problem };
        let key =
            VerifyingKey::from_bytes(bytes).map_err(|_| malformed(KeyProblem::NotAValidPoint))?;
        if key.is_weak() {
            return Err(malformed(KeyProblem::NotAValidPoint));
        }
        Ok(Self::from_verifying_key(key))
    }

    fn from_verifying_key(key: VerifyingKey) -> Self {
        let mut multicodec = Vec::with_capacity(34);
        multicodec.extend_from_slice(&ED25519_PUB_MULTICODEC);
        multicodec.extend_from_slice(key.as_bytes());
        let multibase = format!("z{}", bs58::encode(multicodec).into_string());
        Self { key, multibase }
    }

    /// Decodes a DID such as `did:key:z6Mk…` (without `#fragment`).
    pub fn parse(did: &str) -> Result<Self, ProofError> {
        let malformed = |problem| ProofError::MalformedKey { problem };
        let Some(after_scheme) = did.strip_prefix("did:") else {
            return Err(malformed(KeyProblem::NotADid));
        };
        let Some((method, method_specific_id)) = after_scheme.split_once(':') else {
            return Err(malformed(KeyProblem::NotADid));
        };
        if method.is_empty()
            || !method
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            return Err(malformed(KeyProblem::NotADid));
        }
        if method != "key" {
            return Err(ProofError::UnsupportedDidMethod {
                method: method.to_owned(),
            });
        }
        let Some(base58) = method_specific_id.strip_prefix('z') else {
            return Err(malformed(KeyProblem::NotBase58btcMultibase));
        };
        let decoded = bs58::decode(base58)
            .into_vec()
            .map_err(|_| malformed(KeyProblem::BadBase58))?;
        let Some(key_bytes) = decoded.strip_prefix(&ED25519_PUB_MULTICODEC) else {
            return Err(malformed(KeyProblem::WrongMulticodec));
        };
        let key_bytes: &[u8; 32] = key_bytes
            .try_into()
            .map_err(|_| malformed(KeyProblem::WrongLength))?;
        let did_key = Self::from_public_key_bytes(key_bytes)?;
        // base58 has exactly one spelling per byte string; this guards the assumption.
        if did_key.multibase != method_specific_id {
            return Err(malformed(KeyProblem::BadBase58));
        }
        Ok(did_key)
    }

    /// Decodes a verification method `did:key:z6Mk…#z6Mk…`, whose fragment must be the same
    /// multibase key as the DID.
    pub fn parse_verification_method(verification_method: &str) -> Result<Self, ProofError> {
        let (did, fragment) = match verification_method.split_once('#') {
            Some((did, fragment)) => (did, Some(fragment)),
            None => (verification_method, None),
        };
        let did_key = Self::parse(did)?;
        match fragment {
            None => Err(ProofError::MalformedKey {
                problem: KeyProblem::MissingFragment,
            }),
            Some(fragment) if fragment != did_key.multibase => Err(ProofError::MalformedKey {
                problem: KeyProblem::FragmentMismatch,
            }),
            Some(_) => Ok(did_key),
        }
    }

    /// The DID, `did:key:z6Mk…`.
    pub fn did(&self) -> String {
        format!("{DID_KEY_PREFIX}{}", self.multibase)
    }

    /// The verification method, `did:key:z6Mk…#z6Mk…`.
    pub fn verification_method(&self) -> String {
        format!("{DID_KEY_PREFIX}{}#{}", self.multibase, self.multibase)
    }

    /// The multibase form of the key, `z6Mk…` (also the verification method's fragment).
    pub fn multibase(&self) -> &str {
        &self.multibase
    }

    /// The raw 32-byte Ed25519 public key.
    pub fn public_key_bytes(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    /// The multicodec form of the key: `0xed 0x01` followed by the 32-byte public key.
    pub fn multicodec_bytes(&self) -> [u8; 34] {
        let mut bytes = [0u8; 34];
        bytes[..2].copy_from_slice(&ED25519_PUB_MULTICODEC);
        bytes[2..].copy_from_slice(self.key.as_bytes());
        bytes
    }

    /// The short, human-checkable fingerprint of this key.
    pub fn fingerprint(&self) -> KeyFingerprint {
        KeyFingerprint::of(self)
    }

    /// Checks an Ed25519 signature by this key with strict verification (see
    /// [`verify_ed25519_strict`]).
    pub fn verify_signature(&self, message: &[u8], signature: &[u8]) -> Result<(), ProofError> {
        verify_with_key(&self.key, message, signature)
    }
}

impl fmt::Display for DidKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{DID_KEY_PREFIX}{}", self.multibase)
    }
}

impl fmt::Debug for DidKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DidKey({self})")
    }
}

/// Strict Ed25519 verification (RFC 8032 "pure" Ed25519, not pre-hashed) of `signature` over
/// `message` by the raw 32-byte `public_key`.
///
/// Uses `ed25519-dalek`'s `verify_strict`: non-canonical encodings of `R` or `S`, `S ≥ ℓ`,
/// and small-order keys or `R` are refused, so a signature has one valid encoding. A public key
/// that is not a curve point, or a signature that is not 64 bytes, fails as
/// [`ProofError::BadSignature`] too: for the caller there is no difference.
pub fn verify_ed25519_strict(
    public_key: &[u8; 32],
    message: &[u8],
    signature: &[u8],
) -> Result<(), ProofError> {
    let key = VerifyingKey::from_bytes(public_key).map_err(|_| ProofError::BadSignature)?;
    verify_with_key(&key, message, signature)
}

fn verify_with_key(key: &VerifyingKey, message: &[u8], signature: &[u8]) -> Result<(), ProofError> {
    let signature =
        ed25519_dalek::Signature::from_slice(signature).map_err(|_| ProofError::BadSignature)?;
    key.verify_strict(message, &signature)
        .map_err(|_| ProofError::BadSignature)
}

/// An Ed25519 signing key. The secret is wiped from memory when the value is dropped.
///
/// The core has no source of randomness: the caller supplies the 32-byte seed (the RFC 8032
/// secret key), which must come from a cryptographically secure random number generator.
#[derive(Clone)]
pub struct SigningKey(ed25519_dalek::SigningKey);

impl SigningKey {
    /// Builds the key from its 32-byte seed (the RFC 8032 secret key).
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        Self(ed25519_dalek::SigningKey::from_bytes(seed))
    }

    /// The 32-byte seed. This is the secret: store it only where the person keeps their key.
    pub fn to_seed(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// The public half as a `did:key`.
    pub fn did_key(&self) -> DidKey {
        DidKey::from_verifying_key(self.0.verifying_key())
    }

    /// Signs `message` with pure Ed25519 (RFC 8032), returning the 64-byte signature.
    pub fn sign_bytes(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }
}

impl fmt::Debug for SigningKey {
    /// Shows only the public key, never the secret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKey({})", self.did_key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc8032_test1_key() -> SigningKey {
        let mut seed = [0u8; 32];
        let hex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
        for (index, byte) in seed.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[2 * index..2 * index + 2], 16).unwrap_or(0);
        }
        SigningKey::from_seed(&seed)
    }

    #[test]
    fn did_round_trips() {
        let did_key = rfc8032_test1_key().did_key();
        assert!(did_key.did().starts_with("did:key:z6Mk"));
        assert_eq!(DidKey::parse(&did_key.did()), Ok(did_key.clone()));
        assert_eq!(
            DidKey::parse_verification_method(&did_key.verification_method()),
            Ok(did_key.clone())
        );
        assert_eq!(did_key.to_string(), did_key.did());
    }

    #[test]
    fn debug_does_not_show_the_secret() {
        let key = rfc8032_test1_key();
        let shown = format!("{key:?}");
        assert!(shown.starts_with("SigningKey(did:key:z6Mk"));
        assert!(!shown.to_lowercase().contains("9d61b1"));
    }
}
