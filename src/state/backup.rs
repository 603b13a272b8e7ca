//! The backup file: the whole plan and the person's signing key, readable pretty-printed JSON,
//! in an envelope that says what it is, optionally locked with a passphrase. Restoring reads it
//! strictly (size cap, nesting cap, duplicate keys refused, the core's plan checks) and reports a
//! translated reason for anything it will not take; nothing is changed until the person has seen
//! a preview and confirmed.
//!
//! Envelope version 2, unprotected (`key` is absent when the device has no key):
//! `{"ownplanBackup":2,"createdAt":…,"plan":{…},"key":{"ownplanKey":1,…}}`.
//!
//! Protected: `{"ownplanBackup":2,"createdAt":…,"protected":{"kdf":{"name":"argon2id",
//! "memoryKiB":19456,"iterations":2,"parallelism":1,"salt":"…"},"cipher":{"name":
//! "xchacha20poly1305","nonce":"…"},"ciphertext":"…"}}`. The passphrase goes through Argon2id
//! (version 0x13) to a 32-byte key; XChaCha20-Poly1305 encrypts the JSON text
//! `{"plan":…,"key":…}`. Everything in the file except the ciphertext itself (the version, the
//! date, the kdf and cipher objects) is the AEAD's associated data, in RFC 8785 canonical form,
//! so changing any of it makes the file refuse to open, exactly like a wrong passphrase. Salt and
//! nonce are standard base64 with padding.
//!
//! A hostile file cannot freeze the phone: the kdf's names and costs are checked against fixed
//! limits before anything is derived. Randomness (salt, nonce) comes from the caller, so this
//! module stays pure and is tested natively. Version 1 files (plan only) and bare plan files are
//! still read.

use argon2::{Algorithm, Argon2, Params, Version};
use base64ct::{Base64, Encoding};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use ownplan_core::plan::{Plan, PlanError};
use ownplan_core::proof::{self, ProofError};
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use crate::state::person_key::{KeyError, PersonKey};

/// The envelope version this build writes.
pub const BACKUP_VERSION: u64 = 2;
/// The one key-derivation function this build reads and writes.
pub const KDF_NAME: &str = "argon2id";
/// The one cipher this build reads and writes.
pub const CIPHER_NAME: &str = "xchacha20poly1305";
/// Bytes of salt a new protected backup gets.
pub const SALT_BYTES: usize = 16;
/// Bytes of an XChaCha20-Poly1305 nonce.
pub const NONCE_BYTES: usize = 24;
/// The shortest passphrase a new protected backup accepts (characters, spaces at the ends not
/// counted). With Argon2id this still costs an attacker who has the file a long time per guess;
/// a few words are better than one, and the page says so.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// The costs written into new backups: OWASP's recommended Argon2id minimum (19 MiB, 2 passes,
/// 1 lane), which takes well under a second in a phone's browser.
const RECOMMENDED_MEMORY_KIB: u32 = 19 * 1024;
const RECOMMENDED_ITERATIONS: u32 = 2;
/// Limits on what a file may ask for, checked before deriving: at most 256 MiB of memory (more
/// would fail or stall on a phone), at most 10 passes, one lane (the browser runs one thread
/// anyway), and at most 256 MiB × passes of work in all (about 6.7 times the recommended cost,
/// so a few seconds at worst on a slow phone, never minutes).
const MAX_MEMORY_KIB: u32 = 256 * 1024;
const MAX_ITERATIONS: u32 = 10;
const MAX_WORK_KIB: u64 = 256 * 1024;
/// Argon2's own minimum memory for one lane.
const MIN_MEMORY_KIB: u32 = 8;
/// Salt lengths a file may carry (Argon2 needs at least 8; we write 16).
const SALT_LENGTHS: std::ops::RangeInclusive<usize> = 16..=64;
/// The Poly1305 tag at the end of every ciphertext.
const TAG_BYTES: usize = 16;

/// Why a file cannot be restored. Each maps to a translated message.
#[derive(Clone, Debug, PartialEq)]
pub enum RestoreError {
    /// The strict JSON reader refused it (not JSON, too large, too deep, duplicate key, ...).
    Json(ProofError),
    /// JSON, but neither a backup nor a plan.
    NotABackup,
    /// A backup envelope with something missing, extra or of the wrong kind in it.
    Malformed,
    /// A backup from a newer version of the widget.
    NewerBackup,
    /// The plan inside is not one this version can read.
    Plan(PlanError),
    /// The key inside cannot be read.
    Key(KeyError),
    /// Locked with a method this version does not know.
    UnknownProtection,
    /// Locked with costs outside the limits (a hostile or broken file); nothing was derived.
    UnsafeProtection,
    /// The passphrase is wrong, or the file was changed after it was locked.
    WrongPassphraseOrChanged,
    /// Deriving the key failed on this device (not enough memory).
    UnlockFailed,
    /// The part of the app that unlocks backups (the lazily loaded module) could not be loaded,
    /// is of another version, or did not answer. Nothing was tried; the person may try again.
    UnlockModule(crate::error::PdfModuleError),
}

impl RestoreError {
    /// One value of every kind the person can be told about (each message at least once), for
    /// the locale test.
    pub fn every_kind() -> Vec<RestoreError> {
        vec![
            RestoreError::Json(ProofError::TooLarge { size: 2, limit: 1 }),
            RestoreError::Json(ProofError::DuplicateKey {
                path: proof::JsonPath::root(),
            }),
            RestoreError::Json(ProofError::InvalidUtf8 { byte_offset: 0 }),
            RestoreError::NotABackup,
            RestoreError::Malformed,
            RestoreError::NewerBackup,
            RestoreError::Plan(PlanError::NewerVersion {
                found: 2,
                supported: 1,
            }),
            RestoreError::Plan(PlanError::UnknownFormat { reason: "" }),
            RestoreError::Key(KeyError::Malformed),
            RestoreError::Key(KeyError::Newer),
            RestoreError::UnknownProtection,
            RestoreError::UnsafeProtection,
            RestoreError::WrongPassphraseOrChanged,
            RestoreError::UnlockFailed,
            RestoreError::UnlockModule(crate::error::PdfModuleError::Unavailable),
            RestoreError::UnlockModule(crate::error::PdfModuleError::Outdated),
            RestoreError::UnlockModule(crate::error::PdfModuleError::TimedOut),
        ]
    }

    /// The id of the translated message explaining this to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            RestoreError::Json(error) => match error {
                ProofError::TooLarge { .. } => "restore-error-too-large",
                ProofError::DuplicateKey { .. } => "restore-error-duplicate-key",
                _ => "restore-error-not-json",
            },
            RestoreError::NotABackup => "restore-error-not-a-backup",
            RestoreError::Malformed => "restore-error-malformed",
            RestoreError::NewerBackup => "restore-error-newer",
            RestoreError::Plan(PlanError::NewerVersion { .. }) => "restore-error-newer",
            RestoreError::Plan(_) => "restore-error-invalid-plan",
            RestoreError::Key(KeyError::Newer) => "restore-error-newer",
            RestoreError::Key(KeyError::Malformed) => "restore-error-invalid-key",
            RestoreError::UnknownProtection => "restore-error-unknown-protection",
            RestoreError::UnsafeProtection => "restore-error-unsafe-protection",
            RestoreError::WrongPassphraseOrChanged => "restore-error-wrong-passphrase",
            RestoreError::UnlockFailed => "restore-error-unlock-failed",
            RestoreError::UnlockModule(error) => match error {
                crate::error::PdfModuleError::Outdated => "restore-error-module-outdated",
                crate::error::PdfModuleError::TimedOut => "restore-error-module-timeout",
                crate::error::PdfModuleError::Unavailable
                | crate::error::PdfModuleError::NotMade => "restore-error-module-unavailable",
            },
        }
    }
}

/// Why a protected backup could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProtectError {
    /// Deriving the key or encrypting failed (in practice: not enough memory).
    Failed,
}

impl ProtectError {
    /// One value of every kind.
    pub const ALL: [ProtectError; 1] = [ProtectError::Failed];

    /// The id of the translated message explaining this.
    pub fn message_id(self) -> &'static str {
        match self {
            ProtectError::Failed => "backup-error-protect-failed",
        }
    }
}

/// What is wrong with a new passphrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    /// Shorter than [`MIN_PASSPHRASE_CHARS`].
    TooShort,
    /// The two entries differ.
    Different,
}

impl PassphraseProblem {
    /// One value of every kind.
    pub const ALL: [PassphraseProblem; 2] =
        [PassphraseProblem::TooShort, PassphraseProblem::Different];

    /// The id of the translated message (with `$min` for the length).
    pub fn message_id(self) -> &'static str {
        match self {
            PassphraseProblem::TooShort => "backup-passphrase-too-short",
            PassphraseProblem::Different => "backup-passphrase-different",
        }
    }
}

/// Checks a new passphrase and its repetition before a backup is locked with it.
pub fn check_new_passphrase(passphrase: &str, repeated: &str) -> Result<(), PassphraseProblem> {
    if passphrase.trim().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort);
    }
    if passphrase != repeated {
        return Err(PassphraseProblem::Different);
    }
    Ok(())
}

/// What a backup holds, once read (and unlocked).
#[derive(Clone, Debug, PartialEq)]
pub struct BackupContents {
    /// The plan.
    pub plan: Plan,
    /// The person's signing key, when the backup carries one.
    pub key: Option<PersonKey>,
    /// When the backup was made (UTC date-time), if it says.
    pub created_at: Option<String>,
}

/// A backup file that has been read: open, or locked with a passphrase.
#[derive(Clone, Debug, PartialEq)]
pub enum BackupFile {
    /// Not protected (also every version 1 backup and bare plan file).
    Open(Box<BackupContents>),
    /// Protected: [`LockedBackup::unlock`] with the passphrase.
    Locked(LockedBackup),
}

/// The Argon2id parameters of a protected backup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KdfParams {
    memory_kib: u32,
    iterations: u32,
    parallelism: u32,
    salt: Vec<u8>,
}

impl KdfParams {
    /// The costs every new backup is written with, and `salt` (random, from the caller).
    pub fn recommended(salt: [u8; SALT_BYTES]) -> Self {
        Self {
            memory_kib: RECOMMENDED_MEMORY_KIB,
            iterations: RECOMMENDED_ITERATIONS,
            parallelism: 1,
            salt: salt.to_vec(),
        }
    }

    /// Small costs so that tests run quickly (the reader accepts them: a file's costs only
    /// protect the file itself).
    #[cfg(test)]
    fn cheap_for_tests(salt: [u8; SALT_BYTES]) -> Self {
        Self {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
            salt: salt.to_vec(),
        }
    }

    fn to_json(&self) -> Value {
        json!({
            "name": KDF_NAME,
            "memoryKiB": self.memory_kib,
            "iterations": self.iterations,
            "parallelism": self.parallelism,
            "salt": Base64::encode_string(&self.salt),
        })
    }

    /// Reads the kdf object; unknown names and costs outside the limits are refused here, before
    /// anything is derived.
    fn from_json(value: &Value) -> Result<Self, RestoreError> {
        let object = value.as_object().ok_or(RestoreError::Malformed)?;
        match object.get("name").and_then(Value::as_str) {
            Some(KDF_NAME) => {}
            Some(_) => return Err(RestoreError::UnknownProtection),
            None => return Err(RestoreError::Malformed),
        }
        only_members(
            object,
            &["name", "memoryKiB", "iterations", "parallelism", "salt"],
        )?;
        let params = Self {
            memory_kib: cost(object, "memoryKiB")?,
            iterations: cost(object, "iterations")?,
            parallelism: cost(object, "parallelism")?,
            salt: base64_member(object, "salt")?,
        };
        if !SALT_LENGTHS.contains(&params.salt.len()) {
            return Err(RestoreError::Malformed);
        }
        params.check_limits()?;
        Ok(params)
    }

    fn check_limits(&self) -> Result<(), RestoreError> {
        let work = u64::from(self.memory_kib) * u64::from(self.iterations);
        let within = (MIN_MEMORY_KIB..=MAX_MEMORY_KIB).contains(&self.memory_kib)
            && (1..=MAX_ITERATIONS).contains(&self.iterations)
            && self.parallelism == 1
            && work <= MAX_WORK_KIB;
        if within {
            Ok(())
        } else {
            Err(RestoreError::UnsafeProtection)
        }
    }

    /// Memory cost in KiB, passes, lanes and salt, as a worker message carries them.
    pub fn parts(&self) -> (u32, u32, u32, &[u8]) {
        (
            self.memory_kib,
            self.iterations,
            self.parallelism,
            self.salt.as_slice(),
        )
    }

    /// The parameters from their [`parts`](Self::parts), checked against the same limits as a
    /// file's (a worker never trusts its message more than a file).
    pub fn from_parts(
        memory_kib: u32,
        iterations: u32,
        parallelism: u32,
        salt: Vec<u8>,
    ) -> Result<Self, RestoreError> {
        let params = Self {
            memory_kib,
            iterations,
            parallelism,
            salt,
        };
        if !SALT_LENGTHS.contains(&params.salt.len()) {
            return Err(RestoreError::Malformed);
        }
        params.check_limits()?;
        Ok(params)
    }

    /// The 32-byte cipher key for `passphrase`. This is the slow part (on purpose).
    fn derive_key(&self, passphrase: &str) -> Option<Zeroizing<[u8; 32]>> {
        let params =
            Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32)).ok()?;
        let mut key = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.as_bytes(), &self.salt, key.as_mut())
            .ok()?;
        Some(key)
    }
}

/// The slow, passphrase-bound part of locking or unlocking a backup: Argon2id to a key, then
/// XChaCha20-Poly1305 over `data` (the plaintext to seal, or the ciphertext to open) with
/// `header` as associated data. Plain data, so the widget hands it to its lazily loaded module
/// (`services::pdf_module::run_cipher`), which runs [`seal`] or [`open`]: the cipher code stays
/// out of the first load and the page does not freeze while the key is derived.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CipherJob {
    /// The key derivation's parameters and salt.
    pub kdf: KdfParams,
    /// The nonce.
    pub nonce: [u8; NONCE_BYTES],
    /// The associated data: everything in the file but the ciphertext, canonical.
    pub header: Vec<u8>,
    /// The plaintext to seal, or the ciphertext to open.
    pub data: Vec<u8>,
}

impl Drop for CipherJob {
    fn drop(&mut self) {
        // The plaintext of a backup being locked is the whole plan and the key.
        zeroize::Zeroize::zeroize(&mut self.data);
    }
}

/// Seals `job.data` with `passphrase`: the ciphertext, or `None` if it could not be made.
pub fn seal(job: &CipherJob, passphrase: &str) -> Option<Vec<u8>> {
    let key = job.kdf.derive_key(passphrase)?;
    let cipher = XChaCha20Poly1305::new_from_slice(key.as_slice()).ok()?;
    cipher
        .encrypt(
            &XNonce::from(job.nonce),
            Payload {
                msg: &job.data,
                aad: &job.header,
            },
        )
        .ok()
}

/// Opens `job.data` with `passphrase`: the plaintext, or why not (a wrong passphrase and a
/// changed file are the same error, on purpose).
pub fn open(job: &CipherJob, passphrase: &str) -> Result<Zeroizing<Vec<u8>>, RestoreError> {
    let key = job
        .kdf
        .derive_key(passphrase)
        .ok_or(RestoreError::UnlockFailed)?;
    let cipher = XChaCha20Poly1305::new_from_slice(key.as_slice())
        .map_err(|_| RestoreError::UnlockFailed)?;
    cipher
        .decrypt(
            &XNonce::from(job.nonce),
            Payload {
                msg: &job.data,
                aad: &job.header,
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| RestoreError::WrongPassphraseOrChanged)
}

/// A protected backup, read and checked, waiting for its passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedBackup {
    kdf: KdfParams,
    nonce: [u8; NONCE_BYTES],
    ciphertext: Vec<u8>,
    /// Everything in the file but the ciphertext, canonical: the associated data.
    header: Vec<u8>,
    created_at: Option<String>,
}

impl LockedBackup {
    /// When the backup was made, if it says (not yet authenticated: only shown once unlocked).
    pub fn created_at(&self) -> Option<&str> {
        self.created_at.as_deref()
    }

    /// What opening it takes: the passphrase-bound work, for [`open`].
    pub fn job(&self) -> CipherJob {
        CipherJob {
            kdf: self.kdf.clone(),
            nonce: self.nonce,
            header: self.header.clone(),
            data: self.ciphertext.clone(),
        }
    }

    /// The plan and key in `plaintext`, what [`open`] gave for this backup's [`job`](Self::job).
    pub fn contents_from(&self, plaintext: &[u8]) -> Result<BackupContents, RestoreError> {
        let value = proof::parse_strict(plaintext).map_err(|_| RestoreError::Malformed)?;
        let Value::Object(object) = value else {
            return Err(RestoreError::Malformed);
        };
        only_members(&object, &["plan", "key"])?;
        contents(object, self.created_at.clone())
    }

    /// Opens the backup with `passphrase` here and now (Argon2id: it takes a moment and blocks
    /// meanwhile). The widget does this in its lazily loaded module instead.
    pub fn unlock(&self, passphrase: &str) -> Result<BackupContents, RestoreError> {
        let plaintext = open(&self.job(), passphrase)?;
        self.contents_from(&plaintext)
    }
}

/// The backup file's text for `plan` and `key`, not protected: anyone holding the file can read
/// the plan and sign as the person. When the plan cannot be written as JSON there is no file:
/// the error is returned, never an empty text that would be offered as a backup.
pub fn encode(
    plan: &Plan,
    key: Option<&PersonKey>,
    created_at: Option<&str>,
) -> Result<String, serde_json::Error> {
    encode_any(plan, key, created_at)
}

/// [`encode`] for anything serializable, so a test can make serializing fail.
fn encode_any(
    plan: &impl serde::Serialize,
    key: Option<&PersonKey>,
    created_at: Option<&str>,
) -> Result<String, serde_json::Error> {
    // `json!` would panic if the plan could not be serialized: serialize it first, fallibly.
    let plan = serde_json::to_value(plan)?;
    let mut envelope = json!({
        "ownplanBackup": BACKUP_VERSION,
        "createdAt": created_at,
        "plan": plan,
    });
    if let Some(key) = key {
        envelope["key"] = key.to_json();
    }
    serde_json::to_string_pretty(&envelope)
}

/// The backup file's text for `plan` and `key`, locked with `passphrase` using the recommended
/// costs. `salt` and `nonce` must be fresh random bytes from a cryptographic generator. Takes a
/// moment (Argon2id) and blocks meanwhile.
pub fn encode_protected(
    plan: &Plan,
    key: Option<&PersonKey>,
    created_at: Option<&str>,
    passphrase: &str,
    salt: [u8; SALT_BYTES],
    nonce: [u8; NONCE_BYTES],
) -> Result<String, ProtectError> {
    encode_protected_with(
        plan,
        key,
        created_at,
        passphrase,
        &KdfParams::recommended(salt),
        nonce,
    )
}

fn encode_protected_with(
    plan: &Plan,
    key: Option<&PersonKey>,
    created_at: Option<&str>,
    passphrase: &str,
    kdf: &KdfParams,
    nonce: [u8; NONCE_BYTES],
) -> Result<String, ProtectError> {
    let pending = prepare_protected_with(plan, key, created_at, kdf, nonce)?;
    let ciphertext = seal(pending.job(), passphrase).ok_or(ProtectError::Failed)?;
    pending.finish(&ciphertext)
}

/// A protected backup before its sealing: the envelope and what [`seal`] must do.
#[derive(Debug)]
pub struct PendingProtected {
    envelope: Value,
    job: CipherJob,
}

impl PendingProtected {
    /// The sealing work, for [`seal`] (in the widget's lazily loaded module).
    pub fn job(&self) -> &CipherJob {
        &self.job
    }

    /// The backup file's text, with the ciphertext [`seal`] made of [`job`](Self::job).
    pub fn finish(mut self, ciphertext: &[u8]) -> Result<String, ProtectError> {
        self.envelope["protected"]["ciphertext"] = Value::String(Base64::encode_string(ciphertext));
        serde_json::to_string_pretty(&self.envelope).map_err(|_| ProtectError::Failed)
    }
}

/// Everything of [`encode_protected`] but the passphrase-bound work: the envelope, and the
/// plaintext to seal with its associated data.
pub fn prepare_protected(
    plan: &Plan,
    key: Option<&PersonKey>,
    created_at: Option<&str>,
    salt: [u8; SALT_BYTES],
    nonce: [u8; NONCE_BYTES],
) -> Result<PendingProtected, ProtectError> {
    prepare_protected_with(plan, key, created_at, &KdfParams::recommended(salt), nonce)
}

fn prepare_protected_with(
    plan: &Plan,
    key: Option<&PersonKey>,
    created_at: Option<&str>,
    kdf: &KdfParams,
    nonce: [u8; NONCE_BYTES],
) -> Result<PendingProtected, ProtectError> {
    let plan = serde_json::to_value(plan).map_err(|_| ProtectError::Failed)?;
    let mut inner = json!({ "plan": plan });
    if let Some(key) = key {
        inner["key"] = key.to_json();
    }
    let plaintext = serde_json::to_vec(&inner).map_err(|_| ProtectError::Failed)?;
    let envelope = json!({
        "ownplanBackup": BACKUP_VERSION,
        "createdAt": created_at,
        "protected": {
            "kdf": kdf.to_json(),
            "cipher": { "name": CIPHER_NAME, "nonce": Base64::encode_string(&nonce) },
        },
    });
    let header = proof::canonicalize(&envelope).map_err(|_| ProtectError::Failed)?;
    Ok(PendingProtected {
        envelope,
        job: CipherJob {
            kdf: kdf.clone(),
            nonce,
            header,
            data: plaintext,
        },
    })
}

/// Reads a backup file (or a bare plan file) strictly. A protected backup comes back locked,
/// its protection already checked against the limits.
pub fn decode(bytes: &[u8]) -> Result<BackupFile, RestoreError> {
    let value = proof::parse_strict(bytes).map_err(RestoreError::Json)?;
    let Value::Object(mut object) = value else {
        return Err(RestoreError::NotABackup);
    };
    match object.get("ownplanBackup").map(Value::as_u64) {
        Some(Some(1)) => {
            let plan_json = object.remove("plan").ok_or(RestoreError::NotABackup)?;
            Ok(BackupFile::Open(Box::new(BackupContents {
                plan: Plan::from_json_value(plan_json).map_err(RestoreError::Plan)?,
                key: None,
                created_at: created_at(&object)?,
            })))
        }
        Some(Some(BACKUP_VERSION)) => decode_version_2(object),
        Some(Some(v)) if v > BACKUP_VERSION => Err(RestoreError::NewerBackup),
        Some(_) => Err(RestoreError::NotABackup),
        // A bare plan (for example written by the `ownplan` command) is accepted too.
        None if object.contains_key("formatVersion") => {
            Ok(BackupFile::Open(Box::new(BackupContents {
                plan: Plan::from_json_value(Value::Object(object)).map_err(RestoreError::Plan)?,
                key: None,
                created_at: None,
            })))
        }
        None => Err(RestoreError::NotABackup),
    }
}

fn decode_version_2(mut object: Map<String, Value>) -> Result<BackupFile, RestoreError> {
    let created_at = created_at(&object)?;
    if !object.contains_key("protected") {
        only_members(&object, &["ownplanBackup", "createdAt", "plan", "key"])?;
        object.remove("ownplanBackup");
        object.remove("createdAt");
        return contents(object, created_at).map(|contents| BackupFile::Open(Box::new(contents)));
    }
    only_members(&object, &["ownplanBackup", "createdAt", "protected"])?;
    let protected = object
        .get_mut("protected")
        .and_then(Value::as_object_mut)
        .ok_or(RestoreError::Malformed)?;
    let ciphertext = match protected.remove("ciphertext") {
        Some(Value::String(text)) => {
            Base64::decode_vec(&text).map_err(|_| RestoreError::Malformed)?
        }
        _ => return Err(RestoreError::Malformed),
    };
    if ciphertext.len() < TAG_BYTES {
        return Err(RestoreError::Malformed);
    }
    only_members(protected, &["kdf", "cipher"])?;
    let cipher = protected
        .get("cipher")
        .and_then(Value::as_object)
        .ok_or(RestoreError::Malformed)?;
    match cipher.get("name").and_then(Value::as_str) {
        Some(CIPHER_NAME) => {}
        Some(_) => return Err(RestoreError::UnknownProtection),
        None => return Err(RestoreError::Malformed),
    }
    only_members(cipher, &["name", "nonce"])?;
    let nonce: [u8; NONCE_BYTES] = base64_member(cipher, "nonce")?
        .try_into()
        .map_err(|_| RestoreError::Malformed)?;
    let kdf = KdfParams::from_json(protected.get("kdf").ok_or(RestoreError::Malformed)?)?;
    // What is left is exactly what the writer authenticated.
    let header = proof::canonicalize(&Value::Object(object)).map_err(RestoreError::Json)?;
    Ok(BackupFile::Locked(LockedBackup {
        kdf,
        nonce,
        ciphertext,
        header,
        created_at,
    }))
}

/// The plan and key of an open envelope or an unlocked one (`object` holds only those).
fn contents(
    mut object: Map<String, Value>,
    created_at: Option<String>,
) -> Result<BackupContents, RestoreError> {
    let plan_json = object.remove("plan").ok_or(RestoreError::Malformed)?;
    let key = match object.get("key") {
        None => None,
        Some(value) => Some(PersonKey::from_json(value).map_err(RestoreError::Key)?),
    };
    Ok(BackupContents {
        plan: Plan::from_json_value(plan_json).map_err(RestoreError::Plan)?,
        key,
        created_at,
    })
}

fn created_at(object: &Map<String, Value>) -> Result<Option<String>, RestoreError> {
    match object.get("createdAt") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) if proof::validate_utc_datetime(text).is_ok() => {
            Ok(Some(text.clone()))
        }
        Some(_) => Err(RestoreError::Malformed),
    }
}

fn only_members(object: &Map<String, Value>, allowed: &[&str]) -> Result<(), RestoreError> {
    if object.keys().all(|key| allowed.contains(&key.as_str())) {
        Ok(())
    } else {
        Err(RestoreError::Malformed)
    }
}

/// A cost: a whole number; one beyond `u32` is as unsafe as any other absurd cost.
fn cost(object: &Map<String, Value>, name: &str) -> Result<u32, RestoreError> {
    let number = object
        .get(name)
        .and_then(Value::as_u64)
        .ok_or(RestoreError::Malformed)?;
    u32::try_from(number).map_err(|_| RestoreError::UnsafeProtection)
}

fn base64_member(object: &Map<String, Value>, name: &str) -> Result<Vec<u8>, RestoreError> {
    let text = object
        .get(name)
        .and_then(Value::as_str)
        .ok_or(RestoreError::Malformed)?;
    Base64::decode_vec(text).map_err(|_| RestoreError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::{PlanId, Text};

    const CREATED: &str = "2026-11-22T10:00:00Z";
    const PASSPHRASE: &str = "hest batteri stift";

    fn plan() -> Plan {
        let mut plan = Plan::new(PlanId::from_random_bytes([4; 16]), "en");
        plan.owner.name = Text::from_nfc("Kari".to_owned());
        plan
    }

    fn key() -> PersonKey {
        PersonKey::from_seed(&[9; 32], Some(CREATED.to_owned()))
    }

    fn open(text: &str) -> BackupContents {
        match decode(text.as_bytes()).unwrap() {
            BackupFile::Open(contents) => *contents,
            BackupFile::Locked(_) => panic!("expected an open backup"),
        }
    }

    fn locked(text: &str) -> LockedBackup {
        match decode(text.as_bytes()).unwrap() {
            BackupFile::Locked(locked) => locked,
            BackupFile::Open(_) => panic!("expected a locked backup"),
        }
    }

    /// A protected backup with cheap costs, so the tests stay fast.
    fn cheap_protected(key: Option<&PersonKey>) -> String {
        encode_protected_with(
            &plan(),
            key,
            Some(CREATED),
            PASSPHRASE,
            &KdfParams::cheap_for_tests([1; SALT_BYTES]),
            [2; NONCE_BYTES],
        )
        .unwrap()
    }

    fn json(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn an_unprotected_backup_restores_the_same_plan_and_key() {
        let text = encode(&plan(), Some(&key()), Some(CREATED)).unwrap();
        assert!(text.contains('\n'), "readable, pretty-printed");
        let value = json(&text);
        assert_eq!(value["ownplanBackup"], 2);
        assert_eq!(value["key"], key().to_json());
        let contents = open(&text);
        assert_eq!(contents.plan, plan());
        assert_eq!(contents.key, Some(key()));
        assert_eq!(contents.created_at.as_deref(), Some(CREATED));
    }

    #[test]
    fn an_unprotected_backup_without_a_key_has_no_key_member() {
        let text = encode(&plan(), None, None).unwrap();
        assert!(json(&text).get("key").is_none(), "{text}");
        let contents = open(&text);
        assert_eq!(contents.plan, plan());
        assert_eq!(contents.key, None);
        assert_eq!(contents.created_at, None);
    }

    #[test]
    fn a_protected_backup_opens_with_its_passphrase() {
        for key in [Some(key()), None] {
            let text = cheap_protected(key.as_ref());
            let value = json(&text);
            assert!(value.get("plan").is_none() && value.get("key").is_none());
            assert!(!text.contains("Kari"), "the plan is not readable: {text}");
            assert!(!text.contains(&hex::encode([9u8; 32])), "nor the key");
            assert_eq!(value["protected"]["kdf"]["name"], "argon2id");
            assert_eq!(value["protected"]["cipher"]["name"], "xchacha20poly1305");
            let contents = locked(&text).unlock(PASSPHRASE).unwrap();
            assert_eq!(contents.plan, plan());
            assert_eq!(contents.key, key);
            assert_eq!(contents.created_at.as_deref(), Some(CREATED));
        }
    }

    #[test]
    fn a_protected_backup_with_the_real_costs_round_trips() {
        let text = encode_protected(
            &plan(),
            Some(&key()),
            Some(CREATED),
            PASSPHRASE,
            [5; SALT_BYTES],
            [6; NONCE_BYTES],
        )
        .unwrap();
        let kdf = &json(&text)["protected"]["kdf"];
        assert_eq!(kdf["memoryKiB"], 19456);
        assert_eq!(kdf["iterations"], 2);
        assert_eq!(kdf["parallelism"], 1);
        assert_eq!(kdf["salt"], Base64::encode_string(&[5; SALT_BYTES]));
        let contents = locked(&text).unlock(PASSPHRASE).unwrap();
        assert_eq!((contents.plan, contents.key), (plan(), Some(key())));
    }

    #[test]
    fn a_wrong_passphrase_is_refused() {
        let backup = locked(&cheap_protected(Some(&key())));
        for wrong in ["", "hest batteri stif", "Hest batteri stift"] {
            assert_eq!(
                backup.unlock(wrong),
                Err(RestoreError::WrongPassphraseOrChanged)
            );
        }
    }

    /// Changes `text` as JSON with `change`, then tries to open it with the right passphrase.
    fn tampered(change: impl FnOnce(&mut Value)) -> Result<BackupContents, RestoreError> {
        let mut value = json(&cheap_protected(Some(&key())));
        change(&mut value);
        let text = serde_json::to_string_pretty(&value).unwrap();
        match decode(text.as_bytes())? {
            BackupFile::Locked(locked) => locked.unlock(PASSPHRASE),
            BackupFile::Open(_) => panic!("still protected"),
        }
    }

    #[test]
    fn a_changed_ciphertext_is_refused() {
        let result = tampered(|value| {
            let text = value["protected"]["ciphertext"].as_str().unwrap();
            let mut bytes = Base64::decode_vec(text).unwrap();
            bytes[3] ^= 1;
            value["protected"]["ciphertext"] = Base64::encode_string(&bytes).into();
        });
        assert_eq!(result, Err(RestoreError::WrongPassphraseOrChanged));
        let result = tampered(|value| {
            let text = value["protected"]["ciphertext"].as_str().unwrap();
            let bytes = Base64::decode_vec(text).unwrap();
            value["protected"]["ciphertext"] =
                Base64::encode_string(&bytes[..bytes.len() - 1]).into();
        });
        assert_eq!(result, Err(RestoreError::WrongPassphraseOrChanged));
    }

    #[test]
    fn a_changed_header_is_refused() {
        let changes: [fn(&mut Value); 5] = [
            |v| v["createdAt"] = "2020-01-01T00:00:00Z".into(),
            |v| v["createdAt"] = Value::Null,
            |v| v["protected"]["kdf"]["salt"] = Base64::encode_string(&[7; 16]).into(),
            |v| v["protected"]["kdf"]["memoryKiB"] = 128.into(),
            |v| v["protected"]["cipher"]["nonce"] = Base64::encode_string(&[3; 24]).into(),
        ];
        for change in changes {
            assert_eq!(
                tampered(change),
                Err(RestoreError::WrongPassphraseOrChanged)
            );
        }
        // Key order and whitespace are not part of what is authenticated.
        let value = json(&cheap_protected(None));
        let compact = serde_json::to_string(&value).unwrap();
        assert!(locked(&compact).unlock(PASSPHRASE).is_ok());
    }

    fn check_protected(change: impl FnOnce(&mut Value), expected_message: &str) {
        let mut value = json(&cheap_protected(Some(&key())));
        change(&mut value);
        let text = serde_json::to_string(&value).unwrap();
        let error = decode(text.as_bytes()).unwrap_err();
        assert_eq!(error.message_id(), expected_message, "{text}: {error:?}");
    }

    #[test]
    fn unknown_or_absurd_protection_is_refused_before_deriving() {
        let kdf = |name: &'static str, number: u64| {
            move |v: &mut Value| v["protected"]["kdf"][name] = number.into()
        };
        // Each of these would take a phone minutes or all its memory: refused at once.
        check_protected(
            kdf("memoryKiB", 256 * 1024 + 1),
            "restore-error-unsafe-protection",
        );
        check_protected(
            kdf("memoryKiB", u64::from(u32::MAX) + 1),
            "restore-error-unsafe-protection",
        );
        check_protected(kdf("memoryKiB", 4), "restore-error-unsafe-protection");
        check_protected(kdf("iterations", 11), "restore-error-unsafe-protection");
        check_protected(kdf("iterations", 0), "restore-error-unsafe-protection");
        check_protected(kdf("parallelism", 4), "restore-error-unsafe-protection");
        check_protected(
            |v| {
                v["protected"]["kdf"]["memoryKiB"] = (128 * 1024).into();
                v["protected"]["kdf"]["iterations"] = 3.into();
            },
            "restore-error-unsafe-protection",
        );
        check_protected(
            |v| v["protected"]["kdf"]["name"] = "scrypt".into(),
            "restore-error-unknown-protection",
        );
        check_protected(
            |v| v["protected"]["cipher"]["name"] = "aes-256-gcm".into(),
            "restore-error-unknown-protection",
        );
        check_protected(
            |v| v["protected"]["kdf"]["iterations"] = "2".into(),
            "restore-error-malformed",
        );
        check_protected(
            |v| v["protected"]["kdf"]["salt"] = "not base64!".into(),
            "restore-error-malformed",
        );
        check_protected(
            |v| v["protected"]["kdf"]["salt"] = Base64::encode_string(&[1; 8]).into(),
            "restore-error-malformed",
        );
        check_protected(
            |v| v["protected"]["cipher"]["nonce"] = Base64::encode_string(&[1; 12]).into(),
            "restore-error-malformed",
        );
        check_protected(
            |v| v["protected"]["kdf"]["version"] = 19.into(),
            "restore-error-malformed",
        );
        check_protected(
            |v| v["protected"]["ciphertext"] = Base64::encode_string(&[1; 8]).into(),
            "restore-error-malformed",
        );
        check_protected(
            |v| {
                v["protected"].as_object_mut().unwrap().remove("ciphertext");
            },
            "restore-error-malformed",
        );
        check_protected(|v| v["plan"] = json!({}), "restore-error-malformed");
        check_protected(|v| v["protected"] = json!("x"), "restore-error-malformed");
    }

    #[test]
    fn an_authentic_file_with_bad_contents_is_refused() {
        let lock = |inner: &Value| {
            let kdf = KdfParams::cheap_for_tests([1; SALT_BYTES]);
            let mut envelope = json!({
                "ownplanBackup": 2,
                "createdAt": null,
                "protected": {
                    "kdf": kdf.to_json(),
                    "cipher": { "name": CIPHER_NAME, "nonce": Base64::encode_string(&[2; 24]) },
                },
            });
            let header = proof::canonicalize(&envelope).unwrap();
            let key = kdf.derive_key(PASSPHRASE).unwrap();
            let cipher = XChaCha20Poly1305::new_from_slice(key.as_slice()).unwrap();
            let plaintext = serde_json::to_vec(inner).unwrap();
            let ciphertext = cipher
                .encrypt(
                    &XNonce::from([2; 24]),
                    Payload {
                        msg: &plaintext,
                        aad: &header,
                    },
                )
                .unwrap();
            envelope["protected"]["ciphertext"] = Base64::encode_string(&ciphertext).into();
            locked(&envelope.to_string()).unlock(PASSPHRASE)
        };
        let plan = serde_json::to_value(plan()).unwrap();
        let error = |inner: Value| lock(&inner).unwrap_err().message_id();
        assert_eq!(error(json!({})), "restore-error-malformed");
        assert_eq!(
            error(json!({"plan": plan, "extra": 1})),
            "restore-error-malformed"
        );
        assert_eq!(
            error(json!({"plan": plan, "key": 1})),
            "restore-error-invalid-key"
        );
        assert_eq!(
            error(json!({"plan": {"formatVersion": 1}})),
            "restore-error-invalid-plan"
        );
        assert_eq!(error(json!([])), "restore-error-malformed");
    }

    #[test]
    fn a_version_1_backup_and_a_bare_plan_file_are_still_read() {
        let version_1 = json!({"ownplanBackup": 1, "createdAt": CREATED, "plan": plan()});
        let contents = open(&serde_json::to_string_pretty(&version_1).unwrap());
        assert_eq!((contents.plan, contents.key), (plan(), None));
        let bare = serde_json::to_string(&plan()).unwrap();
        assert_eq!(open(&bare).plan, plan());
    }

    #[test]
    fn new_passphrases_are_checked() {
        assert_eq!(check_new_passphrase(PASSPHRASE, PASSPHRASE), Ok(()));
        assert_eq!(
            check_new_passphrase("kort", "kort"),
            Err(PassphraseProblem::TooShort)
        );
        assert_eq!(
            check_new_passphrase("   ab       ", "   ab       "),
            Err(PassphraseProblem::TooShort)
        );
        // Ten letters, counted as characters, not bytes.
        assert_eq!(check_new_passphrase("æøåæøåæøåæ", "æøåæøåæøåæ"), Ok(()));
        assert_eq!(
            check_new_passphrase(PASSPHRASE, "hest batteri"),
            Err(PassphraseProblem::Different)
        );
    }

    fn check(input: &str, expected_message: &str) {
        let error = decode(input.as_bytes()).unwrap_err();
        assert_eq!(error.message_id(), expected_message, "{input}: {error:?}");
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let plan = serde_json::to_string(&plan()).unwrap();
        let key = key().to_json().to_string();
        check("", "restore-error-not-json");
        check("hello", "restore-error-not-json");
        check("[1]", "restore-error-not-a-backup");
        check(r#"{"name":"x"}"#, "restore-error-not-a-backup");
        check(
            r#"{"ownplanBackup":"1","plan":{}}"#,
            "restore-error-not-a-backup",
        );
        check(r#"{"ownplanBackup":1}"#, "restore-error-not-a-backup");
        check(r#"{"ownplanBackup":2}"#, "restore-error-malformed");
        check(r#"{"ownplanBackup":3,"plan":{}}"#, "restore-error-newer");
        check(r#"{"ownplanBackup":9,"plan":{}}"#, "restore-error-newer");
        check(
            r#"{"ownplanBackup":1,"plan":{"formatVersion":5,"planId":"x","planVersion":1}}"#,
            "restore-error-newer",
        );
        check(
            r#"{"ownplanBackup":1,"plan":{"formatVersion":1,"planId":"x","planVersion":1,"surprise":1}}"#,
            "restore-error-invalid-plan",
        );
        check(
            r#"{"ownplanBackup":1,"ownplanBackup":1,"plan":{}}"#,
            "restore-error-duplicate-key",
        );
        check(
            &format!(r#"{{"ownplanBackup":2,"plan":{plan},"surprise":1}}"#),
            "restore-error-malformed",
        );
        check(
            &format!(r#"{{"ownplanBackup":2,"createdAt":"yesterday","plan":{plan}}}"#),
            "restore-error-malformed",
        );
        check(
            &format!(r#"{{"ownplanBackup":2,"plan":{plan},"key":{{"ownplanKey":1}}}}"#),
            "restore-error-invalid-key",
        );
        check(
            &format!(r#"{{"ownplanBackup":2,"plan":{plan},"key":{{"ownplanKey":2,"seed":"00"}}}}"#),
            "restore-error-newer",
        );
        check(
            &format!(r#"{{"ownplanBackup":2,"plan":{{}},"key":{key}}}"#),
            "restore-error-invalid-plan",
        );
        let huge = format!(r#"{{"x":"{}"}}"#, "a".repeat(6 * 1024 * 1024));
        check(&huge, "restore-error-too-large");
    }

    /// Stands in for a plan whose serialization fails.
    struct Unserializable;

    impl serde::Serialize for Unserializable {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom("cannot be written"))
        }
    }

    /// Regression: a plan that could not be serialized became an empty file, offered to the
    /// person as a finished backup.
    #[test]
    fn a_plan_that_cannot_be_serialized_is_an_error_not_an_empty_backup() {
        let result = encode_any(&Unserializable, Some(&key()), Some(CREATED));
        assert!(result.is_err(), "{result:?}");
    }

    #[test]
    fn every_restore_error_kind_is_listed_with_its_message() {
        let ids: Vec<_> = RestoreError::every_kind()
            .iter()
            .map(RestoreError::message_id)
            .collect();
        for id in [
            "restore-error-too-large",
            "restore-error-duplicate-key",
            "restore-error-not-json",
            "restore-error-not-a-backup",
            "restore-error-malformed",
            "restore-error-newer",
            "restore-error-invalid-plan",
            "restore-error-invalid-key",
            "restore-error-unknown-protection",
            "restore-error-unsafe-protection",
            "restore-error-wrong-passphrase",
            "restore-error-unlock-failed",
        ] {
            assert!(ids.contains(&id), "{id} missing from {ids:?}");
        }
    }

    #[test]
    fn every_error_has_a_translated_message() {
        let restore_errors = [
            RestoreError::Json(ProofError::TooLarge { size: 2, limit: 1 }),
            RestoreError::NotABackup,
            RestoreError::Malformed,
            RestoreError::NewerBackup,
            RestoreError::Key(KeyError::Malformed),
            RestoreError::Key(KeyError::Newer),
            RestoreError::UnknownProtection,
            RestoreError::UnsafeProtection,
            RestoreError::WrongPassphraseOrChanged,
            RestoreError::UnlockFailed,
        ];
        let ids = restore_errors.iter().map(RestoreError::message_id).chain([
            ProtectError::Failed.message_id(),
            PassphraseProblem::TooShort.message_id(),
            PassphraseProblem::Different.message_id(),
            // Named by the download in `hooks::use_plan`, which the locale test cannot see.
            "backup-error-no-random",
            "backup-error-download-refused",
            "backup-done",
            "backup-done-protected",
        ]);
        for id in ids {
            for language in crate::i18n::Language::ALL {
                assert_ne!(crate::i18n::translate(language, id), id, "{language:?}");
            }
        }
    }
}
