//! Ed25519 against RFC 8032 §7.1 and Wycheproof (`tests/vectors/ed25519`, see the README there):
//! key derivation and signatures must be reproduced exactly, and strict verification must give
//! Wycheproof's expected answer for every case.

use std::path::PathBuf;

use ownplan_core::proof::{DidKey, ProofError, SigningKey, verify_ed25519_strict};

fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/vectors/ed25519")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn unhex(text: &str) -> Vec<u8> {
    hex::decode(text.trim().trim_matches('"')).unwrap_or_else(|error| panic!("{text:?}: {error}"))
}

fn array32(bytes: &[u8]) -> [u8; 32] {
    bytes
        .try_into()
        .unwrap_or_else(|_| panic!("not 32 bytes: {}", bytes.len()))
}

struct Rfc8032Case {
    name: String,
    seed: Vec<u8>,
    public_key: Vec<u8>,
    message: Vec<u8>,
    signature: Vec<u8>,
}

fn rfc8032_cases() -> Vec<Rfc8032Case> {
    let mut cases = Vec::new();
    let mut name = String::new();
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in read("rfc8032-section7.1.txt").lines() {
        if let Some(comment) = line.strip_prefix("# TEST") {
            name = format!("TEST{comment}");
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .unwrap_or_else(|| panic!("bad line {line:?}"));
        fields.push((key.trim().to_owned(), value.trim().to_owned()));
        if key.trim() == "SIG" {
            let get = |wanted: &str| {
                fields
                    .iter()
                    .find(|(key, _)| key == wanted)
                    .map(|(_, value)| unhex(value))
                    .unwrap_or_else(|| panic!("{name}: no {wanted}"))
            };
            cases.push(Rfc8032Case {
                name: name.clone(),
                seed: get("SEED"),
                public_key: get("PUB"),
                message: get("MESSAGE"),
                signature: get("SIG"),
            });
            fields.clear();
        }
    }
    cases
}

#[test]
fn rfc8032_section_7_1_vectors() {
    let cases = rfc8032_cases();
    assert_eq!(cases.len(), 5, "TEST 1, 2, 3, 1024 and SHA(abc)");
    for case in cases {
        let key = SigningKey::from_seed(&array32(&case.seed));
        let did_key = key.did_key();
        assert_eq!(
            did_key.public_key_bytes().to_vec(),
            case.public_key,
            "{}",
            case.name
        );
        assert_eq!(
            key.sign_bytes(&case.message).to_vec(),
            case.signature,
            "{}",
            case.name
        );
        assert_eq!(
            verify_ed25519_strict(&array32(&case.public_key), &case.message, &case.signature),
            Ok(()),
            "{}",
            case.name
        );
        assert_eq!(
            did_key.verify_signature(&case.message, &case.signature),
            Ok(())
        );
        let mut tampered = case.message.clone();
        tampered.push(0);
        assert_eq!(
            did_key.verify_signature(&tampered, &case.signature),
            Err(ProofError::BadSignature),
            "{}",
            case.name
        );
    }
}

/// Every Wycheproof case: "valid" must verify, "invalid" must not. The file has no
/// "acceptable" cases; if a future copy had some, they would be reported, not silently passed.
#[test]
fn wycheproof_ed25519_every_case_agrees() {
    let suite: serde_json::Value =
        serde_json::from_str(&read("wycheproof-ed25519_test.json")).unwrap_or_default();
    let mut counts = (0usize, 0usize);
    let mut acceptable = Vec::new();
    let groups = suite["testGroups"].as_array().cloned().unwrap_or_default();
    for group in &groups {
        let public_key = unhex(group["publicKey"]["pk"].as_str().unwrap_or_default());
        let public_key = array32(&public_key);
        for test in group["tests"].as_array().cloned().unwrap_or_default() {
            let id = &test["tcId"];
            let message = unhex(test["msg"].as_str().unwrap_or_default());
            let signature = unhex(test["sig"].as_str().unwrap_or_default());
            let outcome = verify_ed25519_strict(&public_key, &message, &signature);
            match test["result"].as_str() {
                Some("valid") => {
                    assert_eq!(outcome, Ok(()), "tcId {id}: {}", test["comment"]);
                    counts.0 += 1;
                }
                Some("invalid") => {
                    assert_eq!(
                        outcome,
                        Err(ProofError::BadSignature),
                        "tcId {id}: {}",
                        test["comment"]
                    );
                    counts.1 += 1;
                }
                other => acceptable.push(format!("tcId {id}: {other:?} -> {outcome:?}")),
            }
        }
    }
    assert_eq!(counts, (88, 63), "valid and invalid cases checked");
    assert!(acceptable.is_empty(), "cases to review: {acceptable:#?}");
    assert_eq!(suite["numberOfTests"], 151);
}

/// Wycheproof's keys that are valid points also work as `did:key`s, and round-trip.
#[test]
fn wycheproof_keys_round_trip_through_did_key() {
    let suite: serde_json::Value =
        serde_json::from_str(&read("wycheproof-ed25519_test.json")).unwrap_or_default();
    for group in suite["testGroups"].as_array().cloned().unwrap_or_default() {
        let public_key = array32(&unhex(
            group["publicKey"]["pk"].as_str().unwrap_or_default(),
        ));
        if let Ok(did_key) = DidKey::from_public_key_bytes(&public_key) {
            assert_eq!(DidKey::parse(&did_key.did()), Ok(did_key.clone()));
            assert_eq!(did_key.public_key_bytes(), public_key);
        }
    }
}
