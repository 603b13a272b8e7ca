//! Stable identifiers: [`ItemId`] for every list item and [`PlanId`] for the plan itself.
//!
//! Ids are UUID-like strings. New ids are RFC 4122 version 4 UUIDs made from 16 random bytes that
//! the *caller* supplies (the core has no randomness source of its own, so it stays pure and
//! deterministic in tests). The few lines that turn bytes into UUID text are written here rather
//! than pulling in the `uuid` crate, whose formatting is all we would use.
//!
//! Reading a stored plan accepts any id string; [`validate`](super::validate()) reports ids that are
//! empty, too long or use unexpected characters, so a plan made by another tool still loads.

use serde::{Deserialize, Serialize};

/// The longest id accepted by validation, in bytes. A UUID is 36.
pub const MAX_ID_LEN: usize = 64;

/// The id of one list item (a goal, a measure, a network member, ...). Stable across edits and
/// re-ordering; references between items (a measure's responsible person, a crisis contact that
/// points at a network member) use it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct ItemId(String);

/// The stable id of a whole plan: the same across every version and export of one person's plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct PlanId(String);

/// A source of new ids. Implemented for any `FnMut() -> [u8; 16]` that returns random bytes
/// (the widget passes one backed by the browser's crypto), and by [`SequentialIds`] for tests.
pub trait IdSource {
    /// Returns a new, unused item id.
    fn next_id(&mut self) -> ItemId;
}

impl<F: FnMut() -> [u8; 16]> IdSource for F {
    fn next_id(&mut self) -> ItemId {
        ItemId::from_random_bytes(self())
    }
}

/// A deterministic [`IdSource`] for tests and examples: yields
/// `00000000-0000-4000-8000-000000000001`, `...02`, and so on. Never use it for real plans.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SequentialIds {
    next: u64,
}

impl SequentialIds {
    /// Starts counting at 1.
    pub fn new() -> Self {
        Self { next: 0 }
    }
}

impl IdSource for SequentialIds {
    fn next_id(&mut self) -> ItemId {
        self.next += 1;
        let mut bytes = [0u8; 16];
        bytes[8..].copy_from_slice(&self.next.to_be_bytes());
        ItemId::from_random_bytes(bytes)
    }
}

impl ItemId {
    /// Makes an RFC 4122 version 4 UUID from 16 random bytes (the version and variant bits are
    /// overwritten, as the RFC says).
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(uuid_v4_text(bytes))
    }

    /// Wraps an existing id string as it is (for ids typed in tests or read from elsewhere).
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the id is acceptable: 1 to [`MAX_ID_LEN`] ASCII letters, digits, `-`, `_`, `.`, `:`.
    pub fn is_well_formed(&self) -> bool {
        is_well_formed_id(&self.0)
    }
}

impl PlanId {
    /// Makes a new plan id, an RFC 4122 version 4 UUID, from 16 random bytes.
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(uuid_v4_text(bytes))
    }

    /// Wraps an existing plan id string as it is.
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the id is acceptable (same rule as [`ItemId::is_well_formed`]).
    pub fn is_well_formed(&self) -> bool {
        is_well_formed_id(&self.0)
    }
}

impl std::fmt::Display for ItemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Display for PlanId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn is_well_formed_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// Formats 16 bytes as lower-case UUID text with the version 4 and RFC 4122 variant bits set.
fn uuid_v4_text(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(36);
    for (index, byte) in bytes.iter().enumerate() {
        if matches!(index, 4 | 6 | 8 | 10) {
            text.push('-');
        }
        text.push(char::from(HEX[usize::from(byte >> 4)]));
        text.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: [u8; 16], expected: &str) {
        assert_eq!(ItemId::from_random_bytes(bytes).as_str(), expected);
    }

    #[test]
    fn random_bytes_become_version_4_uuid_text() {
        check([0; 16], "00000000-0000-4000-8000-000000000000");
        check([0xff; 16], "ffffffff-ffff-4fff-bfff-ffffffffffff");
        check(
            [
                0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc,
                0xde, 0xf0,
            ],
            "12345678-9abc-4ef0-9234-56789abcdef0",
        );
    }

    #[test]
    fn closures_and_sequential_ids_are_sources() {
        let mut source = || [7u8; 16];
        assert_eq!(
            source.next_id().as_str(),
            "07070707-0707-4707-8707-070707070707"
        );
        let mut sequential = SequentialIds::new();
        assert_eq!(
            sequential.next_id().as_str(),
            "00000000-0000-4000-8000-000000000001"
        );
        assert_eq!(
            sequential.next_id().as_str(),
            "00000000-0000-4000-8000-000000000002"
        );
    }

    #[test]
    fn well_formed_ids() {
        assert!(ItemId::new("00000000-0000-4000-8000-000000000001").is_well_formed());
        assert!(ItemId::new("urn:uuid:abc").is_well_formed());
        assert!(!ItemId::new("").is_well_formed());
        assert!(!ItemId::new("has space").is_well_formed());
        assert!(!ItemId::new("x".repeat(MAX_ID_LEN + 1)).is_well_formed());
        assert!(!PlanId::new("ø").is_well_formed());
    }
}
