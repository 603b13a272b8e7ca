//! The one error type of the Data Integrity layer, and the JSON paths its variants carry.
//!
//! Every variant has a stable [`ProofError::message_id`] (kebab-case, starting with `error-`) so a
//! user interface can translate it; the English `Display` text is for logs and the command line.

use std::fmt;

/// One step of a [`JsonPath`]: an object member name or an array index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathSegment {
    /// A member of an object, by its (decoded) name.
    Key(String),
    /// An element of an array, counted from zero.
    Index(usize),
}

/// Where in a JSON document something is, written like `$.credentialSubject.goals[3].title`.
///
/// Member names made only of ASCII letters, digits and `_` (not starting with a digit) are written
/// after a dot; any other name is written in brackets as a JSON string, e.g. `$["@context"][0]`,
/// so every path reads back unambiguously.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct JsonPath(Vec<PathSegment>);

impl JsonPath {
    /// The path of the whole document, `$`.
    pub fn root() -> Self {
        Self(Vec::new())
    }

    /// Builds a path from its segments, outermost first.
    pub fn from_segments(segments: Vec<PathSegment>) -> Self {
        Self(segments)
    }

    /// The segments of this path, outermost first.
    pub fn segments(&self) -> &[PathSegment] {
        &self.0
    }

    /// This path extended by one object member.
    pub fn key(&self, name: &str) -> Self {
        let mut segments = self.0.clone();
        segments.push(PathSegment::Key(name.to_owned()));
        Self(segments)
    }

    /// This path extended by one array index.
    pub fn index(&self, index: usize) -> Self {
        let mut segments = self.0.clone();
        segments.push(PathSegment::Index(index));
        Self(segments)
    }
}

fn is_plain_member_name(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) if first.is_ascii_alphabetic() || first == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("$")?;
        for segment in &self.0 {
            match segment {
                PathSegment::Key(name) if is_plain_member_name(name) => write!(f, ".{name}")?,
                PathSegment::Key(name) => {
                    // Serializing a string to JSON cannot fail; fall back to Debug just in case.
                    match serde_json::to_string(name) {
                        Ok(quoted) => write!(f, "[{quoted}]")?,
                        Err(_) => write!(f, "[{name:?}]")?,
                    }
                }
                PathSegment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Why a `did:key` or verification method could not be used as an Ed25519 key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyProblem {
    /// The text does not start with `did:` at all.
    NotADid,
    /// The method-specific part is not a multibase base58btc string (it must start with `z`).
    NotBase58btcMultibase,
    /// The base58btc text contains characters outside the Bitcoin alphabet.
    BadBase58,
    /// The decoded bytes do not start with the Ed25519 public key multicodec `0xed 0x01`.
    WrongMulticodec,
    /// The decoded key is not exactly 32 bytes long after the multicodec prefix.
    WrongLength,
    /// The 32 bytes are not the encoding of a point on the curve, or the point has small order.
    NotAValidPoint,
    /// The verification method has no `#fragment`.
    MissingFragment,
    /// The verification method's `#fragment` differs from the multibase key of the DID.
    FragmentMismatch,
}

impl fmt::Display for KeyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            KeyProblem::NotADid => "it is not a DID",
            KeyProblem::NotBase58btcMultibase => {
                "the key is not multibase base58btc (must start with 'z')"
            }
            KeyProblem::BadBase58 => "the key is not valid base58btc",
            KeyProblem::WrongMulticodec => {
                "the key is not an Ed25519 public key (multicodec 0xed01)"
            }
            KeyProblem::WrongLength => "the key does not have 32 bytes",
            KeyProblem::NotAValidPoint => "the key is not a usable Ed25519 point",
            KeyProblem::MissingFragment => "the verification method has no #fragment",
            KeyProblem::FragmentMismatch => {
                "the verification method's #fragment is not the DID's key"
            }
        })
    }
}

/// Everything that can go wrong while parsing, canonicalizing, signing or verifying.
///
/// Each variant is a distinct kind with its own [`message_id`](ProofError::message_id).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProofError {
    /// The input is larger than the size cap.
    #[error("the document has {size} bytes, more than the limit of {limit}")]
    TooLarge {
        /// The size of the input in bytes.
        size: usize,
        /// The cap, [`MAX_DOCUMENT_BYTES`](crate::proof::MAX_DOCUMENT_BYTES).
        limit: usize,
    },
    /// The input bytes are not valid UTF-8.
    #[error("the document is not valid UTF-8 (at byte {byte_offset})")]
    InvalidUtf8 {
        /// Where the first invalid byte sequence starts.
        byte_offset: usize,
    },
    /// The input is not JSON at all (a syntax error, or empty).
    #[error("the document is not JSON: {detail} (line {line}, column {column})")]
    NotJson {
        /// The parser's description of the problem (English, for logs).
        detail: String,
        /// The line of the problem, counted from 1.
        line: usize,
        /// The column of the problem, counted from 1.
        column: usize,
    },
    /// There is something other than whitespace after the JSON value.
    #[error("there is text after the end of the JSON document (line {line}, column {column})")]
    TrailingData {
        /// The line where the extra text starts, counted from 1.
        line: usize,
        /// The column where the extra text starts, counted from 1.
        column: usize,
    },
    /// Arrays and objects are nested deeper than the depth cap.
    #[error("the document is nested more than {limit} levels deep at {path}")]
    TooDeep {
        /// The container that passed the cap.
        path: JsonPath,
        /// The cap, [`MAX_NESTING_DEPTH`](crate::proof::MAX_NESTING_DEPTH).
        limit: usize,
    },
    /// An array has more elements, or an object more members, than the caller's
    /// [`JsonLimits`](crate::proof::JsonLimits) allow (refused while reading, before the rest of
    /// it is built).
    #[error("the list or object at {path} has more than {limit} items")]
    ListTooLong {
        /// The array.
        path: JsonPath,
        /// The cap.
        limit: usize,
    },
    /// A string or member name has more bytes than the caller's
    /// [`JsonLimits`](crate::proof::JsonLimits) allow.
    #[error("the text at {path} is longer than {limit} bytes")]
    TextTooLong {
        /// The string, or the member whose name is too long.
        path: JsonPath,
        /// The cap, in UTF-8 bytes.
        limit: usize,
    },
    /// The document holds more values than the caller's [`JsonLimits`](crate::proof::JsonLimits)
    /// allow.
    #[error("the document holds more than {limit} values")]
    TooManyValues {
        /// The cap.
        limit: usize,
    },
    /// An object has the same member name twice.
    #[error("the member {path} appears more than once")]
    DuplicateKey {
        /// The path of the repeated member.
        path: JsonPath,
    },
    /// A number has a fraction or an exponent; the format has only integers.
    #[error("the number at {path} is not an integer")]
    NumberNotInteger {
        /// Where the number is.
        path: JsonPath,
    },
    /// An integer is outside ±(2^53 − 1), or a number is too large to represent at all.
    #[error("the number at {path} is outside the allowed range ±(2^53 - 1)")]
    NumberOutOfRange {
        /// Where the number is.
        path: JsonPath,
    },
    /// A value that must be a JSON object is something else.
    #[error("the value at {path} must be a JSON object")]
    NotAnObject {
        /// Where the value is.
        path: JsonPath,
    },
    /// The document has no `proof` member.
    #[error("the document has no proof")]
    NoProof,
    /// The `proof` member is an array: a set or chain of proofs, which this format does not allow.
    #[error("the document has {count} proofs; exactly one is required")]
    SeveralProofs {
        /// How many entries the proof array has.
        count: usize,
    },
    /// A document to be signed already has a `proof` member.
    #[error("the document already has a proof")]
    AlreadySigned,
    /// A required proof member is missing or has the wrong JSON type.
    #[error("the proof member {path} is missing, not a string, or not in its required form")]
    MalformedProof {
        /// The missing or wrongly typed member.
        path: JsonPath,
    },
    /// The proof's `type` is not `DataIntegrityProof`.
    #[error("unsupported proof type {found:?} (expected \"DataIntegrityProof\")")]
    UnsupportedProofType {
        /// The type that was found.
        found: String,
    },
    /// The proof's `cryptosuite` is not `eddsa-jcs-2022`.
    #[error("unsupported cryptosuite {found:?} (expected \"eddsa-jcs-2022\")")]
    UnsupportedCryptosuite {
        /// The cryptosuite that was found.
        found: String,
    },
    /// The proof's `proofPurpose` is not `assertionMethod`.
    #[error("wrong proof purpose {found:?} (expected \"assertionMethod\")")]
    WrongProofPurpose {
        /// The purpose that was found.
        found: String,
    },
    /// The verification method is a DID of another method than `did:key` (never resolved).
    #[error("unsupported DID method {method:?}: only did:key is accepted, nothing is looked up")]
    UnsupportedDidMethod {
        /// The DID method name, e.g. `web`.
        method: String,
    },
    /// The `did:key` or verification method is not a usable Ed25519 key.
    #[error("malformed key: {problem}")]
    MalformedKey {
        /// What exactly is wrong.
        problem: KeyProblem,
    },
    /// A key fingerprint given by a person could not be read.
    #[error("malformed key fingerprint {found:?}")]
    MalformedFingerprint {
        /// The text that was given.
        found: String,
    },
    /// The document's `@context` does not begin with the proof's `@context`.
    #[error("the document's @context does not begin with the proof's @context")]
    ContextMismatch,
    /// The document has an `@context` but the proof has none, or an empty one, so the signature
    /// would not cover the document's context.
    #[error("the document has an @context but the proof's @context is missing or empty")]
    ProofContextMissing,
    /// The proof's `expires` time has passed (or no verification time was given to check it).
    #[error("the proof expired at {expires}")]
    ProofExpired {
        /// The proof's `expires`, as written.
        expires: String,
    },
    /// The `proofValue` is not `z` + base58btc of 64 bytes.
    #[error("the proofValue is not 'z' followed by base58btc of a 64-byte signature")]
    MalformedProofValue,
    /// The `created` date is not an XML Schema dateTime in UTC.
    #[error("the created date {found:?} is not a UTC date and time like 2026-11-22T10:00:00Z")]
    MalformedCreated {
        /// The text that was found.
        found: String,
    },
    /// The signature does not match the document and the key.
    #[error("the signature does not match the document and the key")]
    BadSignature,
    /// Canonicalization failed (only possible for values the strict parser never produces).
    #[error("the document could not be canonicalized: {detail}")]
    Canonicalization {
        /// The canonicalizer's description of the problem.
        detail: String,
    },
}

impl ProofError {
    /// A stable, translation-ready identifier of the error kind, e.g. `error-duplicate-key`.
    ///
    /// These identifiers never change meaning; new kinds get new identifiers.
    pub fn message_id(&self) -> &'static str {
        match self {
            ProofError::TooLarge { .. } => "error-too-large",
            ProofError::InvalidUtf8 { .. } => "error-invalid-utf8",
            ProofError::NotJson { .. } => "error-not-json",
            ProofError::TrailingData { .. } => "error-trailing-data",
            ProofError::TooDeep { .. } => "error-too-deep",
            ProofError::ListTooLong { .. } => "error-list-too-long",
            ProofError::TextTooLong { .. } => "error-text-too-long",
            ProofError::TooManyValues { .. } => "error-too-many-values",
            ProofError::DuplicateKey { .. } => "error-duplicate-key",
            ProofError::NumberNotInteger { .. } => "error-number-not-integer",
            ProofError::NumberOutOfRange { .. } => "error-number-out-of-range",
            ProofError::NotAnObject { .. } => "error-not-an-object",
            ProofError::NoProof => "error-no-proof",
            ProofError::SeveralProofs { .. } => "error-several-proofs",
            ProofError::AlreadySigned => "error-already-signed",
            ProofError::MalformedProof { .. } => "error-malformed-proof",
            ProofError::UnsupportedProofType { .. } => "error-unsupported-proof-type",
            ProofError::UnsupportedCryptosuite { .. } => "error-unsupported-cryptosuite",
            ProofError::WrongProofPurpose { .. } => "error-wrong-proof-purpose",
            ProofError::UnsupportedDidMethod { .. } => "error-unsupported-did-method",
            ProofError::MalformedKey { .. } => "error-malformed-key",
            ProofError::MalformedFingerprint { .. } => "error-malformed-fingerprint",
            ProofError::ContextMismatch => "error-context-mismatch",
            ProofError::ProofContextMissing => "error-proof-context-missing",
            ProofError::ProofExpired { .. } => "error-proof-expired",
            ProofError::MalformedProofValue => "error-malformed-proof-value",
            ProofError::MalformedCreated { .. } => "error-malformed-created",
            ProofError::BadSignature => "error-bad-signature",
            ProofError::Canonicalization { .. } => "error-canonicalization",
        }
    }

    /// The JSON path the error points at, where one applies.
    pub fn path(&self) -> Option<&JsonPath> {
        match self {
            ProofError::TooDeep { path, .. }
            | ProofError::ListTooLong { path, .. }
            | ProofError::TextTooLong { path, .. }
            | ProofError::DuplicateKey { path }
            | ProofError::NumberNotInteger { path }
            | ProofError::NumberOutOfRange { path }
            | ProofError::NotAnObject { path }
            | ProofError::MalformedProof { path } => Some(path),
            _ => None,
        }
    }

    /// Every message id this layer can produce, so a test can check each has a translation.
    pub const ALL_MESSAGE_IDS: &'static [&'static str] = &[
        "error-too-large",
        "error-invalid-utf8",
        "error-not-json",
        "error-trailing-data",
        "error-too-deep",
        "error-list-too-long",
        "error-text-too-long",
        "error-too-many-values",
        "error-duplicate-key",
        "error-number-not-integer",
        "error-number-out-of-range",
        "error-not-an-object",
        "error-no-proof",
        "error-several-proofs",
        "error-already-signed",
        "error-malformed-proof",
        "error-unsupported-proof-type",
        "error-unsupported-cryptosuite",
        "error-wrong-proof-purpose",
        "error-unsupported-did-method",
        "error-malformed-key",
        "error-malformed-fingerprint",
        "error-context-mismatch",
        "error-proof-context-missing",
        "error-proof-expired",
        "error-malformed-proof-value",
        "error-malformed-created",
        "error-bad-signature",
        "error-canonicalization",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(path: JsonPath, expected: &str) {
        assert_eq!(path.to_string(), expected);
    }

    #[test]
    fn paths_read_like_jsonpath() {
        let root = JsonPath::root();
        check(root.clone(), "$");
        check(
            root.key("credentialSubject")
                .key("goals")
                .index(3)
                .key("title"),
            "$.credentialSubject.goals[3].title",
        );
        check(root.key("@context").index(0), "$[\"@context\"][0]");
        check(root.key("a b\"c"), "$[\"a b\\\"c\"]");
        check(root.key(""), "$[\"\"]");
        check(root.key("1st"), "$[\"1st\"]");
    }
}
