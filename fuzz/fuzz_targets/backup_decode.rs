//! Fuzz target: the backup reader, `state::backup::decode` in the widget, on arbitrary bytes,
//! including hostile key-derivation parameters.
//!
//! The reader must refuse Argon2 costs outside its limits *before* deriving anything. This
//! target checks that independently: whenever `decode` hands back a locked backup, the target
//! reads the `kdf` object of the same bytes itself and asserts the documented limits (8 KiB to
//! 256 MiB of memory, 1 to 10 passes, one lane, memory × passes at most 256 MiB).
//!
//! A locked backup within the limits can still ask for a quarter of a second or more of
//! Argon2, which would make the fuzzer crawl. So the target only unlocks (with a fixed wrong
//! passphrase: random bytes never carry a valid tag) when the file asks for at most 256 KiB of
//! work, well under a millisecond. Decryption with the right passphrase, and everything after
//! it, is the `restore` target's job, which writes authentic files with the smallest costs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ownplan_web::state::backup::{BackupFile, RestoreError, decode};
use serde_json::Value;

/// The limits `docs` and the reader's module header promise.
const MIN_MEMORY_KIB: u64 = 8;
const MAX_MEMORY_KIB: u64 = 256 * 1024;
const MAX_ITERATIONS: u64 = 10;
const MAX_WORK_KIB: u64 = 256 * 1024;
/// Above this much work (KiB × passes) the target does not try to unlock.
const CHEAP_WORK_KIB: u64 = 256;

fuzz_target!(|data: &[u8]| {
    let Ok(BackupFile::Locked(locked)) = decode(data) else {
        return;
    };
    let file: Value = serde_json::from_slice(data).expect("decode accepted it, so it is JSON");
    let kdf = &file["protected"]["kdf"];
    let number = |name: &str| {
        kdf[name]
            .as_u64()
            .unwrap_or_else(|| panic!("locked backup without a whole {name}: {kdf}"))
    };
    let (memory, iterations, lanes) = (
        number("memoryKiB"),
        number("iterations"),
        number("parallelism"),
    );
    assert!(
        (MIN_MEMORY_KIB..=MAX_MEMORY_KIB).contains(&memory)
            && (1..=MAX_ITERATIONS).contains(&iterations)
            && lanes == 1
            && memory * iterations <= MAX_WORK_KIB,
        "costs beyond the limits were accepted: {kdf}"
    );
    if memory * iterations <= CHEAP_WORK_KIB {
        let result = locked.unlock("not the passphrase");
        assert!(
            matches!(result, Err(RestoreError::WrongPassphraseOrChanged)),
            "random bytes opened: {result:?}"
        );
    }
});
