//! Format 2 is valid VC 2.0 under JSON-LD processing, checked by an independent processor: the
//! npm package `jsonld` expands each document in safe mode, offline, with the W3C contexts from
//! the npm package `@digitalbazaar/credentials-context`, and `tests/jsonld/expand.mjs` fails
//! unless every member of `credentialSubject`, at every depth, survives expansion with its value.
//!
//! Runs on the committed format-2 examples and on freshly signed exports; the format-1 examples
//! fail, which is the defect format 2 fixes. Needs `node` (skipped with a message when it is
//! missing) and the npm packages of `tools/` (`cargo xtask setup` installs them; the folder is
//! `$OWNPLAN_TOOLS_DIR` when set).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ownplan_core::document::{
    ExportRequest, RecipientPreset, SharingConsentStatement, export_for_recipient,
};
use ownplan_core::plan::{Plan, Section};
use ownplan_core::proof::SigningKey;
use serde_json::{Value, json};

const CREATED: &str = "2026-11-22T10:00:00Z";

fn repository_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// The npm tools folder: `$OWNPLAN_TOOLS_DIR`, else `tools/` in the repository.
fn tools_dir() -> PathBuf {
    std::env::var_os("OWNPLAN_TOOLS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repository_file("tools"))
}

/// Whether `node` can run here; says why the test is skipped when it cannot.
fn node_is_there() -> bool {
    match Command::new("node").arg("--version").output() {
        Ok(output) if output.status.success() => true,
        _ => {
            eprintln!(
                "SKIPPED: `node` is not installed, so the JSON-LD safe-mode check cannot run \
                 (install Node.js, then `cargo xtask setup`)"
            );
            false
        }
    }
}

/// Runs the expansion script on `files`; panics on a set-up error (exit status 2).
fn expand(files: &[PathBuf]) -> Output {
    let tools = tools_dir();
    assert!(
        tools.join("node_modules/jsonld").is_dir()
            && tools
                .join("node_modules/@digitalbazaar/credentials-context")
                .is_dir(),
        "the npm packages jsonld and @digitalbazaar/credentials-context are not installed in {}: \
         run `cargo xtask setup` (or `npm ci` in tools/)",
        tools.display()
    );
    let output = Command::new("node")
        .arg(repository_file("tests/jsonld/expand.mjs"))
        .args(files)
        .env("OWNPLAN_TOOLS_DIR", &tools)
        .output()
        .expect("node runs");
    assert_ne!(
        output.status.code(),
        Some(2),
        "the expansion script could not run: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn report(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn assert_all_pass(files: &[PathBuf]) {
    let output = expand(files);
    assert!(output.status.success(), "{}", report(&output));
    let passed = report(&output)
        .lines()
        .filter(|l| l.starts_with("ok "))
        .count();
    assert_eq!(passed, files.len(), "{}", report(&output));
}

fn assert_fails(file: &Path, because: &str) {
    let output = expand(&[file.to_path_buf()]);
    let text = report(&output);
    assert_eq!(output.status.code(), Some(1), "{}: {text}", file.display());
    assert!(text.contains(because), "{}: {text}", file.display());
}

/// A fresh folder under cargo's temporary folder for this test's files.
fn scratch(name: &str) -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("jsonld-{name}"));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("scratch folder");
    folder
}

fn write(folder: &Path, name: &str, document: &Value) -> PathBuf {
    let path = folder.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(document).expect("JSON")).expect("write");
    path
}

fn read(path: &str) -> Value {
    serde_json::from_slice(&std::fs::read(repository_file(path)).expect("read")).expect("JSON")
}

const EXAMPLES: [&str; 3] = [
    "export-gp.json",
    "export-nav.json",
    "export-crisis-team.json",
];

#[test]
fn format_2_examples_pass_safe_mode_expansion() {
    if !node_is_there() {
        return;
    }
    // The current examples, the selection example (with `itemsLeftOut`) and the format-2
    // examples kept from before format 3.
    let files: Vec<PathBuf> =
        EXAMPLES
            .iter()
            .map(|file| repository_file(&format!("examples/{file}")))
            .chain([repository_file("examples/export-nav-housing-money.json")])
            .chain(EXAMPLES.iter().map(|file| {
                repository_file(&format!("crates/ownplan-core/tests/fixtures/v2/{file}"))
            }))
            .collect();
    assert_all_pass(&files);
}

/// The defect format 2 fixes: without the undefined-terms context our member names are
/// undefined terms, and safe mode refuses the document.
#[test]
fn format_1_examples_fail_safe_mode_expansion() {
    if !node_is_there() {
        return;
    }
    for file in EXAMPLES {
        let path = repository_file(&format!("crates/ownplan-core/tests/fixtures/v1/{file}"));
        assert_fails(&path, "safe-mode expansion refused it");
    }
}

/// Each half of the fix is needed: the context alone leaves bare ids as relative IRIs, and
/// absolute ids alone leave our terms undefined.
#[test]
fn both_the_context_and_absolute_ids_are_needed() {
    if !node_is_there() {
        return;
    }
    let folder = scratch("halves");
    let good = read("examples/export-nav.json");

    let mut bare_id = good.clone();
    let goal = &mut bare_id["credentialSubject"]["individualPlan"]["goals"][0]["id"];
    let id = goal
        .as_str()
        .expect("an id")
        .trim_start_matches("urn:uuid:");
    *goal = json!(id);
    assert_fails(
        &write(&folder, "bare-id.json", &bare_id),
        "relative @id reference",
    );

    let mut base_context_only = good.clone();
    base_context_only["@context"] = json!(["https://www.w3.org/ns/credentials/v2"]);
    assert_fails(
        &write(&folder, "base-context-only.json", &base_context_only),
        "invalid property",
    );

    // Nothing else is fetched: an unknown context is refused, not looked up.
    let mut other_context = good;
    other_context["@context"][1] = json!("https://example.org/context/v1");
    assert_fails(
        &write(&folder, "other-context.json", &other_context),
        "refusing to load https://example.org/context/v1",
    );
}

/// Documents signed now, from both fixtures (a version-1 plan is migrated when read), for every
/// sharing consent, every kind of recipient and every section at once.
#[test]
fn freshly_signed_exports_pass_safe_mode_expansion() {
    if !node_is_there() {
        return;
    }
    let folder = scratch("fresh");
    let key = SigningKey::from_seed(&[42; 32]);
    let mut files = Vec::new();
    for fixture in [
        "plan-v1-full.json",
        "plan-v2-full.json",
        "plan-v1-minimal.json",
    ] {
        let plan = Plan::from_json_value(read(&format!(
            "crates/ownplan-core/tests/fixtures/{fixture}"
        )))
        .expect("the fixture loads");
        let mut requests: Vec<ExportRequest<'_>> = plan
            .consent
            .sharing
            .iter()
            .map(|sharing| {
                ExportRequest::for_sharing_consent(&plan, sharing.id.as_str(), [1; 16], CREATED)
                    .expect("a consent of the plan")
            })
            .collect();
        let every_choice = RecipientPreset::ALL
            .iter()
            .map(|preset| preset.sections())
            .chain([Section::ALL.to_vec()]);
        for sections in every_choice {
            requests.push(ExportRequest {
                plan: &plan,
                recipients: Vec::new(),
                sections,
                sharing_consent: SharingConsentStatement::default(),
                credential_id: [2; 16],
                valid_from: CREATED.to_owned(),
            });
        }
        for (index, request) in requests.iter().enumerate() {
            let document = export_for_recipient(request, &key).expect("exports");
            files.push(write(
                &folder,
                &format!("{fixture}-{index}.json"),
                &document,
            ));
        }
    }
    assert!(files.len() >= 20, "{}", files.len());
    assert_all_pass(&files);
}
