//! Key files: `ownplan keygen` writes them and `ownplan sign` reads them. A key file is a small
//! JSON object `{"did", "fingerprint", "seed"}` with the 32-byte Ed25519 seed in hex. It is a
//! secret: whoever holds it can sign plans as this key. New files are created with mode 0600.

use std::io::Write;

use ownplan_core::proof::{SigningKey, parse_strict};
use serde_json::{Value, json};

use crate::error::CliError;

/// What `keygen` writes: the public key, its fingerprint, the secret seed and a warning.
pub fn key_file_json(key: &SigningKey) -> Value {
    let did = key.did_key();
    json!({
        "warning": "SECRET KEY: anyone with this file can sign plans as you. Keep it private; never share or publish it.",
        "did": did.did(),
        "fingerprint": did.fingerprint().to_string(),
        "seed": hex::encode(key.to_seed()),
    })
}

/// A new key from the operating system's random source.
pub fn generate_key() -> Result<SigningKey, CliError> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(CliError::Randomness)?;
    Ok(SigningKey::from_seed(&seed))
}

/// Reads a key file. The seed must be 64 hex digits, and `did`, when present, must be the seed's
/// key (so a damaged or mixed-up file is noticed).
pub fn read_key_file(bytes: &[u8], name: &str) -> Result<SigningKey, CliError> {
    let bad = |why: &str| CliError::KeyFile(format!("{name} is not a usable key file: {why}"));
    let value = parse_strict(bytes).map_err(|error| bad(&error.to_string()))?;
    let seed_hex = value
        .get("seed")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("it has no \"seed\""))?;
    let seed: [u8; 32] = hex::decode(seed_hex)
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or_else(|| bad("\"seed\" is not 64 hex digits"))?;
    let key = SigningKey::from_seed(&seed);
    if let Some(did) = value.get("did").and_then(Value::as_str)
        && did != key.did_key().did()
    {
        return Err(bad("its \"did\" does not belong to its \"seed\""));
    }
    Ok(key)
}

/// Writes a new secret file readable only by its owner; refuses to overwrite an existing file.
pub fn write_secret_file(path: &str, contents: &[u8]) -> Result<(), CliError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(path)
        .and_then(|mut file| file.write_all(contents))
        .map_err(|source| CliError::Write {
            path: path.to_owned(),
            source,
        })
}
