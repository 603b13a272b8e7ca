//! Helpers shared by the newer test files: run the binary, a scratch directory, and plan
//! documents signed with a throwaway key after the test changed the credential (so hostile
//! content carries a valid signature, as an attacker's own file would).

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use ownplan_core::document::{ExportRequest, Recipient, SharingConsentStatement, build_credential};
use ownplan_core::plan::{Plan, Section};
use ownplan_core::proof::{SigningKey, sign};
use serde_json::Value;

pub const FULL: &str = include_str!("../../../ownplan-core/tests/fixtures/plan-v1-full.json");
pub const CREATED: &str = "2026-11-22T10:00:00Z";
pub const TODAY: &str = "2026-11-22";

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn ownplan() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ownplan"))
}

pub fn run(args: &[&str]) -> Run {
    let output = ownplan()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A fresh directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "ownplan-cli-{name}-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    let mut file = std::fs::File::create(&path).expect("create");
    file.write_all(bytes).expect("write");
    path.to_string_lossy().into_owned()
}

/// The throwaway key the hostile documents are signed with.
pub fn key() -> SigningKey {
    SigningKey::from_seed(&[0x42; 32])
}

pub fn plan() -> Plan {
    Plan::from_json_value(serde_json::from_str(FULL).expect("JSON")).expect("loads")
}

/// The unsigned credential for a recipient, with the individual plan and the crisis plan's signs
/// and how to meet me, changed by `mutate`, then signed with [`key`].
pub fn signed_with(mutate: impl FnOnce(&mut Value)) -> Vec<u8> {
    let plan = plan();
    let request = ExportRequest {
        plan: &plan,
        recipients: vec![Recipient::default()],
        sections: vec![Section::Goals, Section::CrisisSigns, Section::HowToMeetMe],
        sharing_consent: SharingConsentStatement::default(),
        credential_id: [5; 16],
        valid_from: CREATED.to_owned(),
    };
    let mut credential = build_credential(&request, &key().did_key().did()).expect("builds");
    mutate(&mut credential);
    serde_json::to_vec_pretty(&sign(credential, &key(), CREATED).expect("signs")).expect("JSON")
}
