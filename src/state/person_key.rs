//! The person's signing key as this widget keeps it: a 32-byte Ed25519 seed made on this device
//! from the browser's cryptographic generator, stored locally in a small envelope and never sent
//! anywhere. The public half (a did:key) and its fingerprint are what a professional checks.
//!
//! Stored form (local storage `ownplan.key`, and inside a backup):
//! `{"ownplanKey":1,"seed":"<64 hex digits>","created":"2026-11-22T10:00:00Z"}`.

use ownplan_core::proof::{self, SigningKey};
use serde_json::{Value, json};

/// The envelope version this build writes.
pub const KEY_VERSION: u64 = 1;

/// The person's key with when it was made.
#[derive(Clone)]
pub struct PersonKey {
    /// The signing key.
    pub key: SigningKey,
    /// When it was made (UTC date-time), if known.
    pub created: Option<String>,
}

impl PartialEq for PersonKey {
    fn eq(&self, other: &Self) -> bool {
        self.key.to_seed() == other.key.to_seed() && self.created == other.created
    }
}

impl std::fmt::Debug for PersonKey {
    // Never print the seed: only the public key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PersonKey")
            .field("did", &self.key.did_key().did())
            .field("created", &self.created)
            .finish()
    }
}

/// Why a stored key cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyError {
    /// Not the key envelope, or a seed that is not 64 hex digits.
    Malformed,
    /// Written by a newer version of the widget.
    Newer,
}

impl KeyError {
    /// One value of every kind.
    pub const ALL: [KeyError; 2] = [KeyError::Malformed, KeyError::Newer];

    /// The id of the translated message explaining this.
    pub fn message_id(self) -> &'static str {
        match self {
            KeyError::Malformed => "key-error-malformed",
            KeyError::Newer => "key-error-newer",
        }
    }
}

impl PersonKey {
    /// A key from 32 random bytes.
    pub fn from_seed(seed: &[u8; 32], created: Option<String>) -> Self {
        Self {
            key: SigningKey::from_seed(seed),
            created,
        }
    }

    /// The envelope as a JSON value (for local storage and backups).
    pub fn to_json(&self) -> Value {
        json!({
            "ownplanKey": KEY_VERSION,
            "seed": hex::encode(self.key.to_seed()),
            "created": self.created,
        })
    }

    /// Reads an envelope written by [`to_json`](Self::to_json).
    pub fn from_json(value: &Value) -> Result<Self, KeyError> {
        let object = value.as_object().ok_or(KeyError::Malformed)?;
        match object.get("ownplanKey").and_then(Value::as_u64) {
            Some(KEY_VERSION) => {}
            Some(v) if v > KEY_VERSION => return Err(KeyError::Newer),
            _ => return Err(KeyError::Malformed),
        }
        if object
            .keys()
            .any(|k| !matches!(k.as_str(), "ownplanKey" | "seed" | "created"))
        {
            return Err(KeyError::Malformed);
        }
        let seed_hex = object
            .get("seed")
            .and_then(Value::as_str)
            .ok_or(KeyError::Malformed)?;
        let mut seed = [0u8; 32];
        hex::decode_to_slice(seed_hex, &mut seed).map_err(|_| KeyError::Malformed)?;
        let created = match object.get("created") {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(text.clone()),
            Some(_) => return Err(KeyError::Malformed),
        };
        Ok(Self::from_seed(&seed, created))
    }

    /// Reads the stored text strictly.
    pub fn parse(text: &str) -> Result<Self, KeyError> {
        let value = proof::parse_strict(text.as_bytes()).map_err(|_| KeyError::Malformed)?;
        Self::from_json(&value)
    }

    /// The text to store.
    pub fn to_text(&self) -> String {
        self.to_json().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_survives_storage() {
        let key = PersonKey::from_seed(&[7; 32], Some("2026-11-22T10:00:00Z".into()));
        let back = PersonKey::parse(&key.to_text()).unwrap();
        assert_eq!(back, key);
        assert_eq!(back.key.did_key(), key.key.did_key());
    }

    #[test]
    fn debug_never_shows_the_seed() {
        let key = PersonKey::from_seed(&[7; 32], None);
        let shown = format!("{key:?}");
        assert!(!shown.contains(&hex::encode([7u8; 32])), "{shown}");
        assert!(shown.contains("did:key:z6Mk"), "{shown}");
    }

    #[test]
    fn bad_stored_keys_are_refused() {
        let seed = hex::encode([1u8; 32]);
        for text in [
            "",
            "null",
            "{}",
            r#"{"ownplanKey":1}"#,
            r#"{"ownplanKey":"1","seed":"00"}"#,
            r#"{"ownplanKey":1,"seed":"zz"}"#,
            &format!(r#"{{"ownplanKey":1,"seed":"{}"}}"#, &seed[..62]),
            &format!(r#"{{"ownplanKey":1,"seed":"{seed}","extra":1}}"#),
            &format!(r#"{{"ownplanKey":1,"seed":"{seed}","created":5}}"#),
        ] {
            assert_eq!(PersonKey::parse(text), Err(KeyError::Malformed), "{text}");
        }
        assert_eq!(
            PersonKey::parse(&format!(r#"{{"ownplanKey":2,"seed":"{seed}"}}"#)),
            Err(KeyError::Newer)
        );
    }
}
