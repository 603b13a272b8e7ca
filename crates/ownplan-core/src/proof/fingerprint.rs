//! The key fingerprint: a short, stable text a person can read aloud to check a key.
//!
//! Definition (version 1, fixed forever; a change would be a new, differently shaped scheme):
//!
//! 1. Take the multicodec form of the Ed25519 public key: the bytes `0xed 0x01` followed by the
//!    32-byte public key (34 bytes; the same bytes that follow `z` in the `did:key`).
//! 2. Hash them with SHA-256 and keep the first 10 bytes (80 bits).
//! 3. Write those 80 bits, most significant bit first, as 16 characters of Crockford's base32
//!    alphabet `0123456789ABCDEFGHJKMNPQRSTVWXYZ` (each character is 5 bits; no padding).
//! 4. Group the characters in fours joined by `-`: `XXXX-XXXX-XXXX-XXXX`.
//!
//! Crockford's alphabet leaves out `I`, `L`, `O` and `U`, so there is nothing to confuse when
//! reading aloud or copying by hand; when a fingerprint is read back ([`KeyFingerprint::parse`])
//! lower case is accepted, `O` is read as `0`, `I` and `L` as `1`, and hyphens and spaces are
//! ignored. 80 bits make it infeasible to craft a second key with the same fingerprint.

use std::fmt;

use sha2::{Digest, Sha256};

use super::did_key::DidKey;
use super::error::ProofError;

const CROCKFORD_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const FINGERPRINT_BYTES: usize = 10;
const FINGERPRINT_CHARS: usize = 16;

/// The fingerprint of a public key, shown as `XXXX-XXXX-XXXX-XXXX` (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyFingerprint([u8; FINGERPRINT_BYTES]);

impl KeyFingerprint {
    /// The fingerprint of `key`.
    pub fn of(key: &DidKey) -> Self {
        let digest = Sha256::digest(key.multicodec_bytes());
        let mut bytes = [0u8; FINGERPRINT_BYTES];
        bytes.copy_from_slice(&digest[..FINGERPRINT_BYTES]);
        Self(bytes)
    }

    /// Reads a fingerprint typed or read aloud by a person (lenient as described in the module
    /// docs).
    pub fn parse(text: &str) -> Result<Self, ProofError> {
        let malformed = || ProofError::MalformedFingerprint {
            found: text.to_owned(),
        };
        let mut bits: u128 = 0;
        let mut count = 0;
        for character in text.chars() {
            if character == '-' || character == ' ' {
                continue;
            }
            let value = crockford_value(character).ok_or_else(malformed)?;
            count += 1;
            if count > FINGERPRINT_CHARS {
                return Err(malformed());
            }
            bits = (bits << 5) | u128::from(value);
        }
        if count != FINGERPRINT_CHARS {
            return Err(malformed());
        }
        let mut bytes = [0u8; FINGERPRINT_BYTES];
        for (index, byte) in bytes.iter_mut().enumerate() {
            *byte = (bits >> (8 * (FINGERPRINT_BYTES - 1 - index))) as u8;
        }
        Ok(Self(bytes))
    }

    /// The 10 fingerprint bytes.
    pub fn as_bytes(&self) -> &[u8; FINGERPRINT_BYTES] {
        &self.0
    }
}

fn crockford_value(character: char) -> Option<u8> {
    let upper = match character.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    CROCKFORD_ALPHABET
        .iter()
        .position(|&symbol| char::from(symbol) == upper)
        .and_then(|position| u8::try_from(position).ok())
}

impl fmt::Display for KeyFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bits = self
            .0
            .iter()
            .fold(0u128, |acc, byte| (acc << 8) | u128::from(*byte));
        for index in 0..FINGERPRINT_CHARS {
            if index > 0 && index % 4 == 0 {
                f.write_str("-")?;
            }
            let shift = 5 * (FINGERPRINT_CHARS - 1 - index);
            let symbol = CROCKFORD_ALPHABET[((bits >> shift) & 0x1f) as usize];
            write!(f, "{}", char::from(symbol))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_and_parse_round_trip() {
        let fingerprint = KeyFingerprint([0, 1, 2, 3, 4, 5, 250, 251, 254, 255]);
        let shown = fingerprint.to_string();
        assert_eq!(shown.len(), 19);
        assert_eq!(KeyFingerprint::parse(&shown), Ok(fingerprint));
        let spoken = shown.to_lowercase().replace('-', " ").replace('0', "o");
        assert_eq!(KeyFingerprint::parse(&spoken), Ok(fingerprint));
    }

    #[test]
    fn all_zero_and_all_one_bits() {
        assert_eq!(KeyFingerprint([0; 10]).to_string(), "0000-0000-0000-0000");
        assert_eq!(
            KeyFingerprint([0xff; 10]).to_string(),
            "ZZZZ-ZZZZ-ZZZZ-ZZZZ"
        );
        assert_eq!(
            KeyFingerprint([0x08, 0x42, 0x10, 0x84, 0x21, 0x08, 0x42, 0x10, 0x84, 0x21])
                .to_string(),
            "1111-1111-1111-1111"
        );
    }

    #[test]
    fn refuses_wrong_length_and_letters() {
        for text in [
            "",
            "0000-0000-0000-000",
            "0000-0000-0000-00000",
            "0000-0000-0000-000U",
        ] {
            assert!(matches!(
                KeyFingerprint::parse(text),
                Err(ProofError::MalformedFingerprint { .. })
            ));
        }
    }
}
