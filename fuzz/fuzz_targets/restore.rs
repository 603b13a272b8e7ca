//! Fuzz target: restore, the path after a protected backup's passphrase was right, in
//! `state::backup` (unlock, the strict read of the decrypted contents, the plan and key checks)
//! and what the preview and the confirmation then do with a restored plan.
//!
//! Structure-aware: the input is the *decrypted text* of a protected backup. The target locks it
//! into an authentic file the way the widget writes one (Argon2id, XChaCha20-Poly1305, the
//! canonical header as associated data), but with the smallest costs Argon2 allows (8 KiB, one
//! pass), so every execution is fast and reaches everything behind the cipher; then it reads
//! the file with `decode` and `unlock` like the widget does. It checks that:
//! - an authentic file is never reported as "wrong passphrase or changed";
//! - a restored plan survives what confirming it does (stored on the device and read back) and
//!   a new backup of it (written and read back), unchanged, key included.
#![no_main]

use std::sync::OnceLock;

use argon2::{Algorithm, Argon2, Params, Version};
use base64ct::{Base64, Encoding};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use libfuzzer_sys::fuzz_target;
use ownplan_web::state::backup::{self, BackupFile, RestoreError};
use ownplan_web::state::stored_plan;
use serde_json::{Value, json};

const PASSPHRASE: &str = "hest batteri stift";
const SALT: [u8; 16] = [1; 16];
const NONCE: [u8; 24] = [2; 24];

/// The envelope without its ciphertext (the associated data is its canonical form) and the
/// cipher, made once.
struct Lock {
    envelope: Value,
    header: Vec<u8>,
    cipher: XChaCha20Poly1305,
}

fn lock() -> &'static Lock {
    static LOCK: OnceLock<Lock> = OnceLock::new();
    LOCK.get_or_init(|| {
        let envelope = json!({
            "ownplanBackup": 2,
            "createdAt": "2026-11-22T10:00:00Z",
            "protected": {
                "kdf": {
                    "name": "argon2id",
                    "memoryKiB": 8,
                    "iterations": 1,
                    "parallelism": 1,
                    "salt": Base64::encode_string(&SALT),
                },
                "cipher": { "name": "xchacha20poly1305", "nonce": Base64::encode_string(&NONCE) },
            },
        });
        let header = ownplan_core::proof::canonicalize(&envelope).expect("canonical header");
        let params = Params::new(8, 1, 1, Some(32)).expect("valid costs");
        let mut key = [0u8; 32];
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(PASSPHRASE.as_bytes(), &SALT, &mut key)
            .expect("derives");
        let cipher = XChaCha20Poly1305::new_from_slice(&key).expect("32-byte key");
        Lock {
            envelope,
            header,
            cipher,
        }
    })
}

fuzz_target!(|plaintext: &[u8]| {
    let lock = lock();
    let ciphertext = lock
        .cipher
        .encrypt(
            &XNonce::from(NONCE),
            Payload {
                msg: plaintext,
                aad: &lock.header,
            },
        )
        .expect("encrypts");
    let mut envelope = lock.envelope.clone();
    envelope["protected"]["ciphertext"] = Base64::encode_string(&ciphertext).into();
    let file = serde_json::to_vec_pretty(&envelope).expect("serializes");

    let locked = match backup::decode(&file) {
        Ok(BackupFile::Locked(locked)) => locked,
        other => panic!("an authentic protected backup was not read as one: {other:?}"),
    };
    let contents = match locked.unlock(PASSPHRASE) {
        Ok(contents) => contents,
        Err(RestoreError::WrongPassphraseOrChanged) => {
            panic!("an authentic file was reported as a wrong passphrase")
        }
        Err(_) => return,
    };

    // Confirming stores the plan on the device; it must read back unchanged.
    let stored = stored_plan::encode(&contents.plan, 1, "fuzz").expect("a plan serializes");
    match stored_plan::decode(&stored) {
        Ok(read) => assert_eq!(read.plan, contents.plan, "stored plan changed"),
        Err(reason) => panic!("a restored plan cannot be read back from storage: {reason:?}"),
    }
    // A new backup of the restored plan and key restores to the same.
    let again = backup::encode(
        &contents.plan,
        contents.key.as_ref(),
        contents.created_at.as_deref(),
    )
    .unwrap_or_else(|error| panic!("a restored plan cannot be backed up again: {error:?}"));
    match backup::decode(again.as_bytes()) {
        Ok(BackupFile::Open(read)) => assert_eq!(*read, contents, "backup round trip"),
        other => panic!("a new backup of a restored plan does not restore: {other:?}"),
    }
});
