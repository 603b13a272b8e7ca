//! eddsa-jcs-2022 signing and verification: the W3C test vector, the pinned key encodings, and
//! one test per error kind, each through one `check` helper.

use ownplan_core::proof::{
    DidKey, KeyFingerprint, KeyProblem, ProofError, SigningKey, canonicalize, data_integrity,
    hash_data, sign, verify_bytes, verify_value,
};
use serde_json::{Value, json};

/// RFC 8032 §7.1 TEST 1 secret key: a known key, so encodings can be pinned.
const TEST1_SEED: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
/// Computed independently (Python: base58 of 0xed 0x01 ‖ the RFC's public key).
const TEST1_DID: &str = "did:key:z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw";
/// Computed independently (Python: SHA-256, first 10 bytes, Crockford base32).
const TEST1_FINGERPRINT: &str = "VP9R-WZ1F-M0GE-NG7G";
const CREATED: &str = "2026-11-22T10:00:00Z";

fn seed(hex_text: &str) -> [u8; 32] {
    hex::decode(hex_text)
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .unwrap_or_else(|| panic!("bad seed {hex_text}"))
}

fn test1_key() -> SigningKey {
    SigningKey::from_seed(&seed(TEST1_SEED))
}

fn credential() -> Value {
    json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential", "OwnPlanExport"],
        "id": "urn:uuid:6f1c2a51-2c3e-4b8e-9a35-0d3f7a0c9e11",
        "issuer": TEST1_DID,
        "validFrom": CREATED,
        "credentialSubject": {
            "planVersion": 3,
            "language": "nb",
            "goals": [{"id": "g1", "title": "Få sove bedre"}, {"id": "g2", "title": "Gå tur"}]
        }
    })
}

fn signed_credential() -> Value {
    sign(credential(), &test1_key(), CREATED).unwrap_or_else(|error| panic!("{error}"))
}

/// Changes a signed credential with `mutate`, verifies it (as a value and as bytes), and compares
/// the outcome with `expected` (`Ok(())` or the message id).
fn check(mutate: impl FnOnce(&mut Value), expected: Result<(), &str>) {
    let mut document = signed_credential();
    mutate(&mut document);
    let outcome = verify_value(&document)
        .map(|_| ())
        .map_err(|e| e.message_id());
    assert_eq!(outcome, expected, "{document:#}");
    let bytes = serde_json::to_vec_pretty(&document).unwrap_or_default();
    let outcome = verify_bytes(&bytes).map(|_| ()).map_err(|e| e.message_id());
    assert_eq!(outcome, expected, "(as bytes) {document:#}");
}

fn set_proof_member(document: &mut Value, member: &str, value: Value) {
    document["proof"][member] = value;
}

#[test]
fn known_key_encodings_are_pinned() {
    let did_key = test1_key().did_key();
    assert_eq!(did_key.did(), TEST1_DID);
    assert_eq!(
        did_key.verification_method(),
        format!("{TEST1_DID}#{}", &TEST1_DID["did:key:".len()..])
    );
    assert_eq!(did_key.fingerprint().to_string(), TEST1_FINGERPRINT);
    assert_eq!(
        KeyFingerprint::parse("vp9r wz1f mogE-ng7g"),
        Ok(did_key.fingerprint())
    );
}

#[test]
fn sign_then_verify_returns_the_signed_content() {
    let signed = signed_credential();
    let proof = &signed["proof"];
    assert_eq!(proof["type"], "DataIntegrityProof");
    assert_eq!(proof["cryptosuite"], "eddsa-jcs-2022");
    assert_eq!(proof["proofPurpose"], "assertionMethod");
    assert_eq!(proof["created"], CREATED);
    assert_eq!(proof["@context"], credential()["@context"]);
    assert!(
        proof["proofValue"]
            .as_str()
            .is_some_and(|v| v.starts_with('z'))
    );

    let verified = verify_value(&signed).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(verified.document(), &credential());
    assert_eq!(verified.signer().did(), TEST1_DID);
    assert_eq!(verified.created(), CREATED);
    assert!(!verified.proof_options().contains_key("proofValue"));
    assert_eq!(verified.into_document(), credential());
}

#[test]
fn signing_is_deterministic() {
    assert_eq!(signed_credential(), signed_credential());
}

#[test]
fn documents_without_context_sign_and_verify() {
    let signed = sign(json!({"a": 1}), &test1_key(), CREATED).unwrap_or_default();
    assert!(signed["proof"].get("@context").is_none());
    assert_eq!(
        verify_value(&signed).map(|v| v.into_document()),
        Ok(json!({"a": 1}))
    );
}

#[test]
fn unchanged_document_verifies() {
    check(|_| {}, Ok(()));
}

#[test]
fn bad_signature_when_content_changes() {
    check(
        |d| d["credentialSubject"]["goals"][0]["title"] = json!("Få sove bedra"),
        Err("error-bad-signature"),
    );
    check(
        |d| d["credentialSubject"]["planVersion"] = json!(4),
        Err("error-bad-signature"),
    );
    check(|d| d["extra"] = json!(null), Err("error-bad-signature"));
    check(
        |d| set_proof_member(d, "created", json!("2026-11-22T10:00:01Z")),
        Err("error-bad-signature"),
    );
    check(
        |d| set_proof_member(d, "nonce", json!("x")),
        Err("error-bad-signature"),
    );
    // A signature by another key, with the verification method pointing at the other key.
    check(
        |d| {
            let other = SigningKey::from_seed(&[7; 32]);
            set_proof_member(
                d,
                "verificationMethod",
                json!(other.did_key().verification_method()),
            );
        },
        Err("error-bad-signature"),
    );
}

#[test]
fn no_proof() {
    check(
        |d| drop(d.as_object_mut().and_then(|o| o.remove("proof"))),
        Err("error-no-proof"),
    );
    check(|d| d["proof"] = json!([]), Err("error-no-proof"));
}

#[test]
fn several_proofs() {
    check(
        |d| d["proof"] = json!([d["proof"].clone(), d["proof"].clone()]),
        Err("error-several-proofs"),
    );
}

#[test]
fn proof_or_document_not_an_object() {
    check(
        |d| d["proof"] = json!([d["proof"].clone()]),
        Err("error-not-an-object"),
    );
    check(|d| d["proof"] = json!("z123"), Err("error-not-an-object"));
    check(|d| *d = json!([d.clone()]), Err("error-not-an-object"));
    assert_eq!(
        sign(json!([1]), &test1_key(), CREATED).map_err(|e| e.message_id()),
        Err("error-not-an-object")
    );
}

#[test]
fn malformed_proof_members() {
    for member in [
        "type",
        "cryptosuite",
        "proofPurpose",
        "created",
        "verificationMethod",
        "proofValue",
    ] {
        let mut document = signed_credential();
        document["proof"][member] = json!(5);
        let error = verify_value(&document).err();
        assert_eq!(
            error.as_ref().map(ProofError::message_id),
            Some("error-malformed-proof")
        );
        assert_eq!(
            error.and_then(|e| e.path().map(ToString::to_string)),
            Some(format!("$.proof.{member}"))
        );
        check(
            |d| drop(d["proof"].as_object_mut().and_then(|o| o.remove(member))),
            Err("error-malformed-proof"),
        );
    }
}

#[test]
fn unsupported_proof_type() {
    check(
        |d| set_proof_member(d, "type", json!("Ed25519Signature2020")),
        Err("error-unsupported-proof-type"),
    );
}

#[test]
fn unsupported_cryptosuite() {
    for suite in ["eddsa-rdfc-2022", "ecdsa-jcs-2019", "EDDSA-JCS-2022"] {
        check(
            |d| set_proof_member(d, "cryptosuite", json!(suite)),
            Err("error-unsupported-cryptosuite"),
        );
    }
}

#[test]
fn wrong_proof_purpose() {
    check(
        |d| set_proof_member(d, "proofPurpose", json!("authentication")),
        Err("error-wrong-proof-purpose"),
    );
}

#[test]
fn malformed_created() {
    for created in [
        "2026-11-22",
        "2026-11-22T10:00:00",
        "2026-11-22T10:00:00+01:00",
        "",
    ] {
        check(
            |d| set_proof_member(d, "created", json!(created)),
            Err("error-malformed-created"),
        );
        assert_eq!(
            sign(credential(), &test1_key(), created).map_err(|e| e.message_id()),
            Err("error-malformed-created")
        );
    }
}

#[test]
fn unsupported_did_method_is_never_resolved() {
    for (method, vm) in [
        ("web", "did:web:example.com#key-1"),
        (
            "example",
            "did:example:123#z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw",
        ),
        ("jwk", "did:jwk:eyJrdHkiOiJPS1AifQ#0"),
    ] {
        check(
            |d| set_proof_member(d, "verificationMethod", json!(vm)),
            Err("error-unsupported-did-method"),
        );
        assert_eq!(
            DidKey::parse_verification_method(vm),
            Err(ProofError::UnsupportedDidMethod {
                method: method.to_owned()
            })
        );
    }
}

/// Each way a key can be malformed, as a verification method.
#[test]
fn malformed_key() {
    let multibase = &TEST1_DID["did:key:".len()..];
    let base58_of = |bytes: &[u8]| format!("z{}", bs58::encode(bytes).into_string());
    let public_key = test1_key().did_key().public_key_bytes();
    let with_prefix = |prefix: &[u8], key: &[u8]| base58_of(&[prefix, key].concat());
    let cases: Vec<(String, KeyProblem)> = vec![
        (
            format!("https://example.com/keys#{multibase}"),
            KeyProblem::NotADid,
        ),
        (format!("{multibase}#{multibase}"), KeyProblem::NotADid),
        ("did:key".to_owned(), KeyProblem::NotADid),
        (
            format!("did:KEY:{multibase}#{multibase}"),
            KeyProblem::NotADid,
        ),
        (
            format!("did:key:u{}#x", &multibase[1..]),
            KeyProblem::NotBase58btcMultibase,
        ),
        (
            "did:key:z6Mk0OIl#z6Mk0OIl".to_owned(),
            KeyProblem::BadBase58,
        ),
        (
            {
                let m = with_prefix(&[0xe7, 0x01], &public_key);
                format!("did:key:{m}#{m}")
            },
            KeyProblem::WrongMulticodec,
        ),
        (
            {
                let m = with_prefix(&[0xec, 0x01], &public_key);
                format!("did:key:{m}#{m}")
            },
            KeyProblem::WrongMulticodec,
        ),
        (
            {
                let m = with_prefix(&[0xed, 0x01], &public_key[..31]);
                format!("did:key:{m}#{m}")
            },
            KeyProblem::WrongLength,
        ),
        (
            {
                let m = with_prefix(&[0xed, 0x01], &[public_key.as_slice(), &[0]].concat());
                format!("did:key:{m}#{m}")
            },
            KeyProblem::WrongLength,
        ),
        // The identity point (small order): a "weak" key.
        (
            {
                let mut identity = [0u8; 32];
                identity[0] = 1;
                let m = with_prefix(&[0xed, 0x01], &identity);
                format!("did:key:{m}#{m}")
            },
            KeyProblem::NotAValidPoint,
        ),
        (TEST1_DID.to_owned(), KeyProblem::MissingFragment),
        (format!("{TEST1_DID}#key-1"), KeyProblem::FragmentMismatch),
        (format!("{TEST1_DID}#"), KeyProblem::FragmentMismatch),
    ];
    for (vm, problem) in cases {
        assert_eq!(
            DidKey::parse_verification_method(&vm),
            Err(ProofError::MalformedKey { problem }),
            "{vm}"
        );
        check(
            |d| set_proof_member(d, "verificationMethod", json!(vm)),
            Err("error-malformed-key"),
        );
    }
    // Not a point on the curve at all: found by trying y-coordinates.
    let not_a_point = (0u8..=255)
        .map(|b| [b; 32])
        .find(|bytes| DidKey::from_public_key_bytes(bytes).is_err())
        .unwrap_or([0; 32]);
    assert_eq!(
        DidKey::from_public_key_bytes(&not_a_point),
        Err(ProofError::MalformedKey {
            problem: KeyProblem::NotAValidPoint
        })
    );
}

#[test]
fn context_mismatch() {
    check(
        |d| d["@context"] = json!(["https://example.org/other"]),
        Err("error-context-mismatch"),
    );
    check(
        |d| drop(d.as_object_mut().and_then(|o| o.remove("@context"))),
        Err("error-context-mismatch"),
    );
    check(
        |d| {
            d["@context"] = json!([
                "https://example.org/first",
                "https://www.w3.org/ns/credentials/v2"
            ])
        },
        Err("error-context-mismatch"),
    );
}

/// As the W3C algorithm says, contexts added after the proof's are allowed, and the document is
/// hashed with the proof's context; the verified document is what was signed.
#[test]
fn context_extended_after_signing_verifies_as_signed() {
    let mut document = signed_credential();
    document["@context"] = json!([
        "https://www.w3.org/ns/credentials/v2",
        "https://example.org/added"
    ]);
    let verified = verify_value(&document).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(verified.document(), &credential());
    // A string context equals a one-element array for the prefix check.
    let signed = sign(
        json!({"@context": "https://www.w3.org/ns/credentials/v2", "a": 1}),
        &test1_key(),
        CREATED,
    )
    .unwrap_or_default();
    assert!(verify_value(&signed).is_ok());
}

#[test]
fn malformed_proof_value() {
    for value in [
        "",
        "z",
        "u3P6rHMUaWG6e3Ac",
        "z0OIl",
        "z3P6rHMUaWG6e3Ac6xYFht8aEvoVXndgKTtEY8kzWYXz",
    ] {
        check(
            |d| set_proof_member(d, "proofValue", json!(value)),
            Err("error-malformed-proof-value"),
        );
    }
    // 65 bytes.
    check(
        |d| {
            set_proof_member(
                d,
                "proofValue",
                json!(format!("z{}", bs58::encode([1u8; 65]).into_string())),
            )
        },
        Err("error-malformed-proof-value"),
    );
    // 64 bytes of the wrong signature: well-formed, so a bad signature.
    check(
        |d| {
            set_proof_member(
                d,
                "proofValue",
                json!(data_integrity::encode_proof_value(&[1u8; 64])),
            )
        },
        Err("error-bad-signature"),
    );
}

#[test]
fn already_signed() {
    assert_eq!(
        sign(signed_credential(), &test1_key(), CREATED),
        Err(ProofError::AlreadySigned)
    );
}

#[test]
fn sign_refuses_what_verify_would_refuse() {
    // The generic layer signs any JSON, fractions included (RFC 8785 canonicalizes them), and
    // verifies what it signed; refusing them is the plan format's rule.
    let mut float = credential();
    float["credentialSubject"]["score"] = json!(0.5);
    let signed = sign(float, &test1_key(), CREATED).unwrap_or_else(|e| panic!("{e}"));
    let bytes = serde_json::to_vec(&signed).unwrap_or_default();
    assert!(verify_bytes(&bytes).is_ok());
    // Depth counts the top-level object, exactly as when the signed file is parsed.
    let nested = |levels: usize| {
        let mut value = json!(1);
        for _ in 0..levels {
            value = json!({ "a": value });
        }
        value
    };
    let deepest = sign(
        nested(ownplan_core::proof::MAX_NESTING_DEPTH),
        &test1_key(),
        CREATED,
    );
    let deepest = deepest.unwrap_or_else(|e| panic!("{e}"));
    let bytes = serde_json::to_vec(&deepest).unwrap_or_default();
    assert!(verify_bytes(&bytes).is_ok());
    let too_deep = sign(
        nested(ownplan_core::proof::MAX_NESTING_DEPTH + 1),
        &test1_key(),
        CREATED,
    );
    assert_eq!(too_deep.map_err(|e| e.message_id()), Err("error-too-deep"));
    let mut huge = credential();
    huge["n"] = json!(u64::MAX);
    assert_eq!(
        sign(huge, &test1_key(), CREATED).map_err(|e| e.message_id()),
        Err("error-number-out-of-range")
    );
}

/// Parser errors come through `verify_bytes` unchanged, with their paths.
#[test]
fn strict_parsing_errors_through_verify_bytes() {
    let pretty = serde_json::to_string_pretty(&signed_credential()).unwrap_or_default();
    let duplicated = pretty.replacen(
        "\"language\": \"nb\",",
        "\"language\": \"nb\", \"language\": \"en\",",
        1,
    );
    let error = verify_bytes(duplicated.as_bytes()).err();
    assert_eq!(
        error.as_ref().map(ProofError::message_id),
        Some("error-duplicate-key")
    );
    assert_eq!(
        error.and_then(|e| e.path().map(ToString::to_string)),
        Some("$.credentialSubject.language".to_owned())
    );
    for (bytes, message_id) in [
        (b"not json".to_vec(), "error-not-json"),
        (format!("{pretty} x").into_bytes(), "error-trailing-data"),
        (b"{\"a\":\"\xff\"}".to_vec(), "error-invalid-utf8"),
        (
            vec![b' '; ownplan_core::proof::MAX_DOCUMENT_BYTES + 1],
            "error-too-large",
        ),
        (
            format!("{}{}", "[".repeat(65), "]".repeat(65)).into_bytes(),
            "error-too-deep",
        ),
        (
            // A fraction is fine for the generic layer; it changes the signed content.
            pretty
                .replacen("\"planVersion\": 3", "\"planVersion\": 3.5", 1)
                .into_bytes(),
            "error-bad-signature",
        ),
        (
            pretty
                .replacen("\"planVersion\": 3", "\"planVersion\": 1e400", 1)
                .into_bytes(),
            "error-number-out-of-range",
        ),
    ] {
        assert_eq!(
            verify_bytes(&bytes).map(|_| ()).map_err(|e| e.message_id()),
            Err(message_id)
        );
    }
}

#[test]
fn malformed_fingerprint() {
    assert_eq!(
        KeyFingerprint::parse("VP9R-WZ1F-M0GE").map_err(|e| e.message_id()),
        Err("error-malformed-fingerprint")
    );
}

#[test]
fn every_message_id_is_distinct_and_listed() {
    let ids = ProofError::ALL_MESSAGE_IDS;
    let unique: std::collections::BTreeSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
    assert!(ids.iter().all(|id| {
        id.starts_with("error-")
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }));
    let samples = [
        ProofError::NoProof,
        ProofError::BadSignature,
        ProofError::ContextMismatch,
        ProofError::MalformedProofValue,
        ProofError::AlreadySigned,
        ProofError::Canonicalization {
            detail: String::new(),
        },
    ];
    for error in samples {
        assert!(ids.contains(&error.message_id()), "{}", error.message_id());
    }
}

// ---------------------------------------------------------------------------------------------
// The W3C vc-di-eddsa test vector for eddsa-jcs-2022 (w3c/vc-di-eddsa, TestVectors/keyPair.json
// and TestVectors/eddsa-jcs-2022/signedJCS.json): test data only.

const W3C_PUBLIC_KEY_MULTIBASE: &str = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
/// Multikey form: `z` + base58btc(0x80 0x26 ‖ 32-byte seed).
const W3C_SECRET_KEY_MULTIBASE: &str = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
const W3C_SIGNED: &str = r#"{
  "@context": [
    "https://www.w3.org/ns/credentials/v2",
    "https://www.w3.org/ns/credentials/examples/v2"
  ],
  "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
  "type": ["VerifiableCredential", "AlumniCredential"],
  "name": "Alumni Credential",
  "description": "A minimum viable example of an Alumni Credential.",
  "issuer": "https://vc.example/issuers/5678",
  "validFrom": "2023-01-01T00:00:00Z",
  "credentialSubject": {
    "id": "did:example:abcdefgh",
    "alumniOf": "The School of Examples"
  },
  "proof": {
    "type": "DataIntegrityProof",
    "cryptosuite": "eddsa-jcs-2022",
    "created": "2023-02-24T23:36:38Z",
    "verificationMethod": "https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
    "proofPurpose": "assertionMethod",
    "@context": [
      "https://www.w3.org/ns/credentials/v2",
      "https://www.w3.org/ns/credentials/examples/v2"
    ],
    "proofValue": "z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4"
  }
}"#;
/// The spec's canonical unsecured document (TestVectors/eddsa-jcs-2022/canonDocJCS.txt).
const W3C_CANONICAL_DOCUMENT: &str = r#"{"@context":["https://www.w3.org/ns/credentials/v2","https://www.w3.org/ns/credentials/examples/v2"],"credentialSubject":{"alumniOf":"The School of Examples","id":"did:example:abcdefgh"},"description":"A minimum viable example of an Alumni Credential.","id":"urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33","issuer":"https://vc.example/issuers/5678","name":"Alumni Credential","type":["VerifiableCredential","AlumniCredential"],"validFrom":"2023-01-01T00:00:00Z"}"#;

fn w3c_signing_key() -> SigningKey {
    let decoded = bs58::decode(&W3C_SECRET_KEY_MULTIBASE[1..])
        .into_vec()
        .unwrap_or_default();
    assert_eq!(
        decoded.get(..2),
        Some(&[0x80, 0x26][..]),
        "ed25519-priv multicodec"
    );
    SigningKey::from_seed(&decoded[2..].try_into().unwrap_or([0; 32]))
}

fn w3c_parts() -> (Value, Value, String) {
    let mut document = ownplan_core::proof::parse_strict(W3C_SIGNED.as_bytes()).unwrap_or_default();
    let mut proof = document
        .as_object_mut()
        .and_then(|o| o.remove("proof"))
        .unwrap_or_default();
    let proof_value = proof.as_object_mut().and_then(|o| o.remove("proofValue"));
    (
        document,
        proof,
        proof_value
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
    )
}

#[test]
fn w3c_vector_key_and_canonical_document() {
    assert_eq!(
        w3c_signing_key().did_key().multibase(),
        W3C_PUBLIC_KEY_MULTIBASE
    );
    let (document, _, _) = w3c_parts();
    assert_eq!(
        canonicalize(&document).ok(),
        Some(W3C_CANONICAL_DOCUMENT.as_bytes().to_vec())
    );
}

/// Our hashing and signing reproduce the spec's proofValue exactly (Ed25519 is deterministic).
#[test]
fn w3c_vector_proof_value_is_reproduced() {
    let (document, proof_options, proof_value) = w3c_parts();
    let hash = hash_data(&proof_options, &document).unwrap_or([0; 64]);
    let signature = w3c_signing_key().sign_bytes(&hash);
    assert_eq!(data_integrity::encode_proof_value(&signature), proof_value);
    let did_key = DidKey::parse(&format!("did:key:{W3C_PUBLIC_KEY_MULTIBASE}"))
        .unwrap_or_else(|e| panic!("{e}"));
    let spec_signature = data_integrity::decode_proof_value(&proof_value).unwrap_or([0; 64]);
    assert_eq!(did_key.verify_signature(&hash, &spec_signature), Ok(()));
}

/// The spec's verification method is an https URL, which would have to be fetched: refused.
#[test]
fn w3c_vector_as_published_is_refused_because_its_key_is_not_a_did_key() {
    assert_eq!(
        verify_bytes(W3C_SIGNED.as_bytes()),
        Err(ProofError::MalformedKey {
            problem: KeyProblem::NotADid
        })
    );
}

/// The same document and key with the verification method written as a did:key verifies, and
/// signing it ourselves gives the same result.
#[test]
fn w3c_vector_with_did_key_round_trips() {
    let (document, _, _) = w3c_parts();
    let signed =
        sign(document.clone(), &w3c_signing_key(), "2023-02-24T23:36:38Z").unwrap_or_default();
    let verified = verify_value(&signed).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(verified.document(), &document);
    assert_eq!(verified.signer().multibase(), W3C_PUBLIC_KEY_MULTIBASE);
}
