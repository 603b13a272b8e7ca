//! [`KeyPin`]: the signer a verifier expects, given as a did:key or as a key fingerprint (what the
//! command's `--key` accepts, and what a person can compare by reading aloud).

use std::fmt;

use crate::proof::{DidKey, KeyFingerprint, ProofError};

/// The key a document is expected to be signed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyPin {
    /// Exactly this did:key (boxed: a decoded key is much larger than a fingerprint).
    Did(Box<DidKey>),
    /// Any key with this fingerprint (80 bits, so in practice exactly one key).
    Fingerprint(KeyFingerprint),
}

impl KeyPin {
    /// Reads a did:key (`did:key:z6Mk...`, with or without a `#fragment`) or a fingerprint
    /// (`XXXX-XXXX-XXXX-XXXX`, read leniently).
    pub fn parse(text: &str) -> Result<Self, ProofError> {
        let text = text.trim();
        if text.starts_with("did:") {
            let did = match text.split_once('#') {
                Some(_) => DidKey::parse_verification_method(text)?,
                None => DidKey::parse(text)?,
            };
            Ok(KeyPin::Did(Box::new(did)))
        } else {
            KeyFingerprint::parse(text).map(KeyPin::Fingerprint)
        }
    }

    /// Whether `key` is the expected key.
    pub fn matches(&self, key: &DidKey) -> bool {
        match self {
            KeyPin::Did(expected) => **expected == *key,
            KeyPin::Fingerprint(expected) => *expected == key.fingerprint(),
        }
    }
}

impl fmt::Display for KeyPin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyPin::Did(did) => f.write_str(&did.did()),
            KeyPin::Fingerprint(fingerprint) => write!(f, "{fingerprint}"),
        }
    }
}
