//! Stable identifiers: [`ItemId`] for every list item and [`PlanId`] for the plan itself.
//!
//! Since format version 2 every id is a UUID URN, `urn:uuid:` followed by the UUID in its 36
//! characters of text (`urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-00000000005b`): an absolute URI, so a
//! JSON-LD processor reads an `id` inside a signed document as a node identifier, never as an
//! address relative to wherever the file lies. New ids are RFC 4122 version 4 UUIDs made from 16
//! random bytes that the *caller* supplies (the core has no randomness source of its own, so it
//! stays pure and deterministic in tests). The few lines that turn bytes into UUID text are
//! written here rather than pulling in the `uuid` crate, whose formatting is all we would use.
//!
//! Format version 1 wrote bare UUIDs. [`ItemId::from_format_1`] and [`PlanId::from_format_1`]
//! give the format-2 form of a version-1 id; the version-1 → 2 migration uses the same rule, so
//! anything that remembered a version-1 id can find it again.
//!
//! Reading a stored plan accepts any id string; [`validate`](super::validate()) reports ids that
//! are not UUID URNs, so a plan made by another tool still loads and the problem is shown.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The longest id format version 1 accepted, in bytes. A format-2 id is always 45.
pub const MAX_ID_LEN: usize = 64;

/// What every format-2 id starts with: the UUID URN namespace (RFC 9562 section 4).
pub const ID_PREFIX: &str = "urn:uuid:";

/// The JSON Schema pattern of a format-2 id (what [`ItemId::is_well_formed`] accepts).
#[cfg(feature = "schema")]
const ID_PATTERN: &str =
    "^urn:uuid:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$";

/// The length of a UUID's text, `8-4-4-4-12` hexadecimal digits.
const UUID_TEXT_LEN: usize = 36;

/// The id of one list item (a goal, a measure, a network member, ...): a UUID URN,
/// `urn:uuid:` and the UUID. Stable across edits and re-ordering; references between items (a
/// measure's responsible person, a crisis contact that points at a network member) use it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct ItemId(#[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))] String);

/// The stable id of a whole plan, a UUID URN (`urn:uuid:` and the UUID): the same across every
/// version and export of one person's plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct PlanId(#[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))] String);

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
/// `urn:uuid:00000000-0000-4000-8000-000000000001`, `...02`, and so on. Never use it for real
/// plans.
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
    /// Makes a UUID URN holding an RFC 4122 version 4 UUID from 16 random bytes (the version and
    /// variant bits are overwritten, as the RFC says).
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(uuid_urn(bytes))
    }

    /// Wraps an existing id string as it is (for ids typed in tests or read from elsewhere).
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The format-2 form of an id written by format version 1 (see [`id_from_format_1`]).
    pub fn from_format_1(id: &str) -> Self {
        Self(id_from_format_1(id))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the id is acceptable: `urn:uuid:` followed by a UUID's text (8-4-4-4-12
    /// hexadecimal digits, either case).
    pub fn is_well_formed(&self) -> bool {
        is_uuid_urn(&self.0)
    }
}

impl PlanId {
    /// Makes a new plan id, a UUID URN holding an RFC 4122 version 4 UUID, from 16 random bytes.
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(uuid_urn(bytes))
    }

    /// Wraps an existing plan id string as it is.
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The format-2 form of a plan id written by format version 1 (see [`id_from_format_1`]).
    pub fn from_format_1(id: &str) -> Self {
        Self(id_from_format_1(id))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the id is acceptable (same rule as [`ItemId::is_well_formed`]).
    pub fn is_well_formed(&self) -> bool {
        is_uuid_urn(&self.0)
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

/// The format-2 form of an id that format version 1 wrote, the one rule used for ids and for
/// references to them alike, so references keep pointing at the same item:
///
/// - a bare UUID (`3f6c1e2a-8b4d-4c7e-9a1f-00000000005b`, what ownplan always wrote) gets the
///   `urn:uuid:` prefix, its text otherwise unchanged;
/// - an id that already is a UUID URN stays as it is;
/// - any other id that format 1 accepted (1 to [`MAX_ID_LEN`] ASCII letters, digits, `-`, `_`,
///   `.`, `:`; a plan made by another tool) becomes the UUID URN of a name-based UUID: the first
///   16 bytes of SHA-256 of `ownplan format 1 id:` and the id, with the version 8 and variant bits
///   set (RFC 9562 section 5.8). The same old id always gives the same new one;
/// - an id format 1 already reported as invalid (empty, too long, other characters) is kept as
///   it is, so validation still reports it and nothing is silently made valid.
pub fn id_from_format_1(id: &str) -> String {
    if is_uuid_text(id) {
        format!("{ID_PREFIX}{id}")
    } else if is_uuid_urn(id) || !is_format_1_id(id) {
        id.to_owned()
    } else {
        let digest = Sha256::new()
            .chain_update(b"ownplan format 1 id:")
            .chain_update(id.as_bytes())
            .finalize();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest[..16]);
        bytes[6] = (bytes[6] & 0x0f) | 0x80;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        format!("{ID_PREFIX}{}", uuid_text(bytes))
    }
}

/// Format version 1's id rule: 1 to [`MAX_ID_LEN`] ASCII letters, digits, `-`, `_`, `.`, `:`.
fn is_format_1_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// `urn:uuid:` (in lower case, as ownplan writes it) followed by a UUID's text.
fn is_uuid_urn(id: &str) -> bool {
    id.strip_prefix(ID_PREFIX).is_some_and(is_uuid_text)
}

/// A UUID's text: 8-4-4-4-12 hexadecimal digits of either case.
fn is_uuid_text(text: &str) -> bool {
    text.len() == UUID_TEXT_LEN
        && text.bytes().enumerate().all(|(index, byte)| {
            if matches!(index, 8 | 13 | 18 | 23) {
                byte == b'-'
            } else {
                byte.is_ascii_hexdigit()
            }
        })
}

/// The UUID URN of a version 4 UUID made from 16 random bytes.
fn uuid_urn(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    format!("{ID_PREFIX}{}", uuid_text(bytes))
}

/// Formats 16 bytes as lower-case UUID text, as they are.
fn uuid_text(bytes: [u8; 16]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(UUID_TEXT_LEN);
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
        assert_eq!(PlanId::from_random_bytes(bytes).as_str(), expected);
    }

    #[test]
    fn random_bytes_become_version_4_uuid_urns() {
        check([0; 16], "urn:uuid:00000000-0000-4000-8000-000000000000");
        check([0xff; 16], "urn:uuid:ffffffff-ffff-4fff-bfff-ffffffffffff");
        check(
            [
                0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc,
                0xde, 0xf0,
            ],
            "urn:uuid:12345678-9abc-4ef0-9234-56789abcdef0",
        );
    }

    #[test]
    fn closures_and_sequential_ids_are_sources() {
        let mut source = || [7u8; 16];
        assert_eq!(
            source.next_id().as_str(),
            "urn:uuid:07070707-0707-4707-8707-070707070707"
        );
        let mut sequential = SequentialIds::new();
        assert_eq!(
            sequential.next_id().as_str(),
            "urn:uuid:00000000-0000-4000-8000-000000000001"
        );
        assert_eq!(
            sequential.next_id().as_str(),
            "urn:uuid:00000000-0000-4000-8000-000000000002"
        );
    }

    #[test]
    fn well_formed_ids_are_uuid_urns() {
        assert!(ItemId::new("urn:uuid:00000000-0000-4000-8000-000000000001").is_well_formed());
        assert!(ItemId::new("urn:uuid:3F6C1E2A-8B4D-4C7E-9A1F-00000000005B").is_well_formed());
        assert!(ItemId::from_random_bytes([9; 16]).is_well_formed());
        assert!(PlanId::from_random_bytes([9; 16]).is_well_formed());
        for bad in [
            "",
            "00000000-0000-4000-8000-000000000001",
            "urn:uuid:abc",
            "URN:UUID:00000000-0000-4000-8000-000000000001",
            "urn:uuid:00000000-0000-4000-8000-00000000000g",
            "urn:uuid:00000000-0000-4000-8000-0000000000011",
            "urn:uuid:00000000_0000-4000-8000-000000000001",
            "m1",
            "has space",
        ] {
            assert!(!ItemId::new(bad).is_well_formed(), "{bad}");
            assert!(!PlanId::new(bad).is_well_formed(), "{bad}");
        }
        assert!(!PlanId::new("ø").is_well_formed());
    }

    #[test]
    fn format_1_ids_get_their_format_2_form() {
        let upgrade = |id: &str| ItemId::from_format_1(id).as_str().to_owned();
        // What ownplan wrote: a bare UUID, which keeps its text.
        assert_eq!(
            upgrade("3f6c1e2a-8b4d-4c7e-9a1f-00000000005b"),
            "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-00000000005b"
        );
        assert_eq!(
            upgrade("3F6C1E2A-8B4D-4C7E-9A1F-00000000005B"),
            "urn:uuid:3F6C1E2A-8B4D-4C7E-9A1F-00000000005B"
        );
        // Already a UUID URN: unchanged, so upgrading twice changes nothing.
        let urn = "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-00000000005b";
        assert_eq!(upgrade(urn), urn);
        // Other ids format 1 accepted: a stable, well-formed, name-based (version 8) UUID URN.
        for old in ["m1", "goal.2", "urn:uuid:abc", "x_y:z"] {
            let new = ItemId::from_format_1(old);
            assert!(new.is_well_formed(), "{old} -> {new}");
            assert_eq!(new.as_str().as_bytes()[ID_PREFIX.len() + 14], b'8', "{new}");
            assert_eq!(upgrade(old), new.as_str());
            assert_eq!(upgrade(new.as_str()), new.as_str());
        }
        assert_ne!(upgrade("m1"), upgrade("m2"));
        assert_eq!(
            PlanId::from_format_1("m1").as_str(),
            ItemId::from_format_1("m1").as_str()
        );
        // Ids format 1 reported as invalid stay invalid.
        for bad in ["", "has space", "ø", &"x".repeat(MAX_ID_LEN + 1)] {
            assert_eq!(upgrade(bad), bad);
        }
    }
}
