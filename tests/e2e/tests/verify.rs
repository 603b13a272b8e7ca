//! Tier 4, the verify view, as a professional meets it: the signed examples (public test key,
//! fingerprint 8WF8-1TEW-SH58-93RY) open as valid through each way in (choose, drop, paste) and
//! show only their sections; a key is remembered only after the professional confirms they
//! compared the fingerprint; one changed character makes a file untrustworthy; a document for
//! the same plan signed by another key raises the alarm, and so does a known person's new key
//! under a fresh plan id, with a warning (not a green check) at the top; an older version after
//! a newer one is flagged; every kind of bad file gets its own reason and leaves storage as it was; remembered
//! plans can be forgotten; the person's own file can become their plan, only after a preview
//! and a confirmation; the view with a result passes axe-core at 360 px in every language. It
//! also measures how long checking a large plan takes in the browser.

use std::path::PathBuf;

use ownplan_core::document::{ExportRequest, Recipient, export_for_recipient};
use ownplan_core::plan::{ItemId, Plan, Section, Text};
use ownplan_core::proof::{self, SigningKey};
use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, audit_current, dist, eval, tap, text_of, wait_for_app,
    wait_until,
};
use ownplan_web::i18n::{Language, translate};
use serde_json::{Value, json};
use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;

/// The fingerprint of the public test key the examples are signed with.
const EXAMPLE_FINGERPRINT: &str = "8WF8-1TEW-SH58-93RY";
/// The example plan's id and owner.
const EXAMPLE_PLAN_ID: &str = "urn:uuid:9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b3c";
const EXAMPLE_OWNER: &str = "Sara Haugen";

fn examples_dir() -> PathBuf {
    // Canonical: ChromeDriver only uploads files named by a canonical path.
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .canonicalize()
        .expect("the examples folder")
}

fn example(name: &str) -> String {
    let path = examples_dir().join(format!("{name}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The public test key of the examples.
fn example_key() -> SigningKey {
    let key: Value = serde_json::from_str(&example("example-key")).unwrap();
    let mut seed = [0u8; 32];
    let hex = key["seed"].as_str().unwrap();
    for (i, byte) in seed.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap();
    }
    SigningKey::from_seed(&seed)
}

fn example_plan() -> Plan {
    Plan::from_json_value(serde_json::from_str(&example("plan-full-nb")).unwrap()).unwrap()
}

/// A signed document of `plan` with `sections`, as the share view would make it.
fn signed(plan: &Plan, sections: &[Section], key: &SigningKey) -> String {
    let request = ExportRequest {
        plan,
        recipients: vec![Recipient {
            name: Text::new("Dr. Ingrid Solberg"),
            ..Recipient::default()
        }],
        sections: sections.to_vec(),
        sharing_consent: Default::default(),
        credential_id: [7; 16],
        valid_from: "2026-11-22T10:00:00Z".to_owned(),
    };
    serde_json::to_string_pretty(&export_for_recipient(&request, key).unwrap()).unwrap()
}

fn en(id: &str) -> String {
    translate(Language::English, id)
}

/// Opens the verify view freshly (a reload, so no earlier result is on the page).
async fn fresh_view(driver: &WebDriver, server: &StaticServer) {
    driver
        .goto(format!("{}#/verify", server.url()))
        .await
        .unwrap();
    driver.refresh().await.unwrap();
    wait_for_app(driver).await;
    wait_until(driver, "document.getElementById('verify-check') !== null").await;
}

async fn wait_for_result(driver: &WebDriver) {
    wait_until(driver, "document.getElementById('verify-result') !== null").await;
}

/// Pastes `text` into the text field (as a paste does: the value, then an input event) and
/// presses "Check".
async fn paste_and_check(driver: &WebDriver, text: &str) {
    driver
        .execute(
            r#"const area = document.getElementById('verify-text');
               area.value = arguments[0];
               area.dispatchEvent(new Event('input', { bubbles: true }));"#,
            vec![json!(text)],
        )
        .await
        .unwrap();
    tap(driver, "#verify-check").await;
    wait_for_result(driver).await;
}

/// Chooses the file at `path` in the file field.
async fn choose_file(driver: &WebDriver, path: &std::path::Path) {
    driver
        .find(By::Id("verify-file"))
        .await
        .unwrap()
        .send_keys(path.display().to_string())
        .await
        .unwrap();
    wait_for_result(driver).await;
}

/// Drops a file named `name` holding `text` on the drop zone.
async fn drop_file(driver: &WebDriver, name: &str, text: &str) {
    driver
        .execute(
            r#"const [name, text] = arguments;
               const transfer = new DataTransfer();
               transfer.items.add(new File([text], name, { type: 'application/json' }));
               const zone = document.getElementById('verify-drop');
               for (const type of ['dragenter', 'dragover', 'drop']) {
                 zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
               }"#,
            vec![json!(name), json!(text)],
        )
        .await
        .unwrap();
    wait_for_result(driver).await;
}

async fn texts_of(driver: &WebDriver, css: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for element in driver.find_all(By::Css(css)).await.unwrap() {
        texts.push(element.text().await.unwrap());
    }
    texts
}

/// Everything in local storage, to compare before and after.
async fn storage_snapshot(driver: &WebDriver) -> Value {
    eval(
        driver,
        "JSON.stringify(Object.keys(localStorage).sort().map(k => [k, localStorage.getItem(k)]))",
    )
    .await
}

async fn stored_seen(driver: &WebDriver) -> Value {
    let text = eval(driver, "localStorage.getItem('ownplan.seen')").await;
    text.as_str()
        .map(|t| serde_json::from_str(t).unwrap())
        .unwrap_or(Value::Null)
}

async fn verdict(driver: &WebDriver) -> String {
    driver
        .find(By::Id("verify-seen"))
        .await
        .unwrap()
        .attr("data-verdict")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// What the top of the result says: `trusted`, `notes`, `pending` or `warning`.
async fn top_verdict(driver: &WebDriver) -> String {
    driver
        .find(By::Css("#verify-verdict.verify-valid"))
        .await
        .unwrap()
        .attr("data-verdict")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// The professional compared the fingerprint of a first sighting with the person: remember it.
async fn confirm_key(driver: &WebDriver) {
    assert_eq!(verdict(driver).await, "first-time");
    assert_eq!(top_verdict(driver).await, "pending");
    tap(driver, "#verify-confirm-key").await;
    wait_until(
        driver,
        "document.querySelector('#verify-seen[data-verdict=confirmed]') !== null",
    )
    .await;
}

async fn assert_valid_example(driver: &WebDriver, name: &str) {
    let status = text_of(driver, "#verify-verdict.verify-valid[role='status']").await;
    assert!(
        status.contains(&en("verify-verdict-pending-title"))
            || status.contains(&en("verify-valid-title"))
            || status.contains(&en("verify-verdict-notes-title")),
        "{name}: {status}"
    );
    assert_eq!(
        text_of(driver, "#verify-fingerprint").await,
        EXAMPLE_FINGERPRINT,
        "{name}"
    );
    assert_eq!(text_of(driver, "#verify-owner").await, EXAMPLE_OWNER);
    let document: Value = serde_json::from_str(&example(name)).unwrap();
    let expected: Vec<String> = document["credentialSubject"]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|section| {
            let key = section.as_str().unwrap();
            let (_, label) = ownplan_web::forms::SECTIONS
                .iter()
                .find(|(k, _)| *k == key)
                .unwrap();
            en(label)
        })
        .collect();
    assert_eq!(
        texts_of(driver, "#verify-sections li").await,
        expected,
        "{name}"
    );
}

/// The part headings the shown plan has.
async fn shown_headings(driver: &WebDriver) -> Vec<String> {
    texts_of(driver, ".plan-document h2, .plan-document h3").await
}

#[tokio::test]
async fn the_signed_examples_open_as_valid_with_their_key_and_only_their_sections() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(1280, 900).await;

    // Chosen as a file: the first time this browser sees the plan and key.
    fresh_view(&driver, &server).await;
    choose_file(&driver, &examples_dir().join("export-nav.json")).await;
    assert_valid_example(&driver, "export-nav").await;
    assert_eq!(verdict(&driver).await, "first-time");
    assert_eq!(top_verdict(&driver).await, "pending");
    assert!(
        text_of(&driver, "#verify-seen")
            .await
            .contains(&en("verify-seen-not-yet-trusted"))
    );
    assert_eq!(
        stored_seen(&driver).await,
        Value::Null,
        "a first sighting is not remembered before it is confirmed"
    );
    let headings = shown_headings(&driver).await;
    assert!(headings.contains(&en("page-goals-title")), "{headings:?}");
    for absent in ["page-crisis-title", "heading-resources", "page-signs-title"] {
        assert!(!headings.contains(&en(absent)), "{absent} in {headings:?}");
    }
    // The owner's name is always there, their story only with "About me".
    let labels = texts_of(&driver, ".plan-document dt").await;
    assert!(labels.contains(&en("field-owner-name")), "{labels:?}");
    assert!(!labels.contains(&en("field-my-story")), "{labels:?}");
    let consent = text_of(&driver, "#verify-consent").await;
    assert!(consent.contains("Ikke kriseplanen"), "{consent}");
    assert!(
        text_of(&driver, "#verify-helpers")
            .await
            .contains("Jonas Berg")
    );
    assert!(
        text_of(&driver, "#verify-recipients")
            .await
            .contains("Aisha Rahman")
    );
    assert_eq!(text_of(&driver, "#verify-version").await, "3");
    confirm_key(&driver).await;
    assert_ne!(top_verdict(&driver).await, "pending", "confirmed: trusted");

    // Dropped: same plan, same key.
    fresh_view(&driver, &server).await;
    drop_file(
        &driver,
        "export-crisis-team.json",
        &example("export-crisis-team"),
    )
    .await;
    assert_valid_example(&driver, "export-crisis-team").await;
    assert_eq!(verdict(&driver).await, "same-key");
    let headings = shown_headings(&driver).await;
    assert!(headings.contains(&en("page-crisis-title")), "{headings:?}");
    for absent in [
        "page-goals-title",
        "page-measures-title",
        "page-agreements-title",
    ] {
        assert!(!headings.contains(&en(absent)), "{absent} in {headings:?}");
    }

    // Pasted.
    fresh_view(&driver, &server).await;
    paste_and_check(&driver, &example("export-gp")).await;
    assert_valid_example(&driver, "export-gp").await;
    assert_eq!(verdict(&driver).await, "same-key");
    let headings = shown_headings(&driver).await;
    for absent in [
        "page-agreements-title",
        "page-appointments-title",
        "page-meet-title",
    ] {
        assert!(!headings.contains(&en(absent)), "{absent} in {headings:?}");
    }
    // Remembered once, with one key.
    let seen = stored_seen(&driver).await;
    assert_eq!(seen["plans"].as_array().unwrap().len(), 1, "{seen}");
    assert_eq!(seen["plans"][0]["planId"], EXAMPLE_PLAN_ID);
    assert_eq!(seen["plans"][0]["keys"].as_array().unwrap().len(), 1);
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn one_changed_character_makes_the_file_untrustworthy_and_changes_nothing() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(1280, 900).await;
    fresh_view(&driver, &server).await;
    let original = example("export-gp");
    let changed = original.replacen("Ingrid Solberg", "Ingrid Solberh", 1);
    assert_ne!(changed, original);
    let before = storage_snapshot(&driver).await;
    paste_and_check(&driver, &changed).await;
    let alert = text_of(&driver, "#verify-result[role='alert']").await;
    assert!(alert.contains(&en("verify-invalid-title")), "{alert}");
    assert!(alert.contains(&en("verify-nothing-saved")), "{alert}");
    assert_eq!(
        text_of(&driver, "#verify-reason").await,
        en("error-bad-signature")
    );
    assert!(
        driver.find(By::Css(".plan-document")).await.is_err(),
        "nothing of an untrusted file is shown"
    );
    assert_eq!(storage_snapshot(&driver).await, before);
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn a_different_key_for_the_same_plan_raises_the_alarm() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(1280, 900).await;
    fresh_view(&driver, &server).await;
    paste_and_check(&driver, &example("export-nav")).await;
    confirm_key(&driver).await;
    let remembered = storage_snapshot(&driver).await;

    let other_key = SigningKey::from_seed(&[42; 32]);
    let forged = signed(&example_plan(), &[Section::Goals], &other_key);
    fresh_view(&driver, &server).await;
    paste_and_check(&driver, &forged).await;
    // The top is a warning, not a green "signed and unchanged".
    let top = driver
        .find(By::Css("#verify-verdict[role='alert']"))
        .await
        .expect("the verdict at the top is an alert");
    assert_eq!(top.attr("data-verdict").await.unwrap().unwrap(), "warning");
    let top_text = top.text().await.unwrap();
    assert!(
        top_text.contains(&en("verify-verdict-warning-title")),
        "{top_text}"
    );
    assert!(
        top_text.contains(&en("verify-verdict-reason-different-key")),
        "{top_text}"
    );
    assert!(
        !top_text.contains(&en("verify-valid-title")),
        "no green check above the alarm: {top_text}"
    );
    assert!(
        driver
            .find(By::Css(".verify-verdict-trusted"))
            .await
            .is_err()
    );
    assert_eq!(
        text_of(&driver, "#verify-fingerprint").await,
        other_key.did_key().fingerprint().to_string()
    );
    let alarm = driver
        .find(By::Css("#verify-seen[role='alert']"))
        .await
        .unwrap();
    assert_eq!(
        alarm.attr("data-verdict").await.unwrap().unwrap(),
        "different-key"
    );
    let text = alarm.text().await.unwrap();
    assert!(text.contains(&en("verify-seen-different-key")), "{text}");
    assert!(text.contains(&en("verify-seen-ask-in-person")), "{text}");
    assert!(
        text.contains(EXAMPLE_FINGERPRINT),
        "the key seen before: {text}"
    );
    assert_eq!(
        storage_snapshot(&driver).await,
        remembered,
        "a different key is not remembered by itself"
    );

    // Opened again, it is still a different key; after the professional checked, it is known.
    fresh_view(&driver, &server).await;
    paste_and_check(&driver, &forged).await;
    assert_eq!(verdict(&driver).await, "different-key");
    tap(&driver, "#verify-accept-key").await;
    wait_until(
        &driver,
        "document.querySelector('#verify-seen[data-verdict=accepted]') !== null",
    )
    .await;
    assert_ne!(top_verdict(&driver).await, "warning", "checked: no warning");
    let seen = stored_seen(&driver).await;
    assert_eq!(
        seen["plans"][0]["keys"].as_array().unwrap().len(),
        2,
        "{seen}"
    );
    fresh_view(&driver, &server).await;
    paste_and_check(&driver, &forged).await;
    assert_eq!(verdict(&driver).await, "same-key");
    driver.quit().await.unwrap();
}

/// The example plan under a fresh plan id, its owner's name written in capitals with extra
/// spaces, signed by another key: what a forger would send.
fn same_person_under_a_fresh_plan_id(key: &SigningKey) -> String {
    let mut plan = example_plan();
    plan.plan_id = ownplan_core::plan::PlanId::new(ItemId::from_random_bytes([6; 16]).to_string());
    plan.owner.name = Text::new(&format!(
        "  {}  ",
        EXAMPLE_OWNER.to_uppercase().replace(' ', "   ")
    ));
    signed(&plan, &[Section::Goals], key)
}

/// Scrolls the result to the top of the window and audits it (screenshot among the artifacts
/// as `<stem>.png`, axe-core, no horizontal scrolling).
async fn audit_result(driver: &WebDriver, stem: &str) {
    driver
        .execute(
            "document.getElementById('verify-result').scrollIntoView({ block: 'start' });",
            Vec::new(),
        )
        .await
        .unwrap();
    audit_current(driver, stem, stem).await;
}

#[tokio::test]
async fn a_known_person_with_a_new_key_under_a_fresh_plan_id_raises_the_alarm() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    for (width, height) in [(360, 1600), (1280, 1100)] {
        let driver = chromedriver.session(width, height).await;
        fresh_view(&driver, &server).await;
        paste_and_check(&driver, &example("export-nav")).await;
        // A first sighting: not trusted, nothing stored, until the professional confirms.
        assert_eq!(verdict(&driver).await, "first-time");
        assert_eq!(top_verdict(&driver).await, "pending");
        assert_eq!(stored_seen(&driver).await, Value::Null);
        audit_result(&driver, &format!("keys-first-sighting-{width}")).await;
        confirm_key(&driver).await;
        let remembered = storage_snapshot(&driver).await;

        let other_key = SigningKey::from_seed(&[43; 32]);
        fresh_view(&driver, &server).await;
        paste_and_check(&driver, &same_person_under_a_fresh_plan_id(&other_key)).await;
        let alarm = driver
            .find(By::Css("#verify-seen[role='alert']"))
            .await
            .expect("a known person's new key is an alert");
        assert_eq!(
            alarm.attr("data-verdict").await.unwrap().unwrap(),
            "known-person-new-key"
        );
        let text = alarm.text().await.unwrap();
        assert!(text.contains(&en("verify-seen-known-person")), "{text}");
        assert!(
            text.contains(EXAMPLE_FINGERPRINT),
            "the key seen before: {text}"
        );
        assert!(text.contains(&en("verify-person-name")), "{text}");
        assert_eq!(top_verdict(&driver).await, "warning");
        let top = text_of(&driver, "#verify-verdict[role='alert']").await;
        assert!(
            top.contains(&en("verify-verdict-reason-known-person")),
            "{top}"
        );
        assert!(!top.contains(&en("verify-valid-title")), "{top}");
        assert_eq!(
            storage_snapshot(&driver).await,
            remembered,
            "a known person's new key is not remembered by itself"
        );
        audit_result(&driver, &format!("keys-known-person-{width}")).await;
        driver.quit().await.unwrap();
    }
}

#[tokio::test]
async fn an_older_version_after_a_newer_one_is_flagged() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(1280, 900).await;
    let mut newer = example_plan();
    newer.plan_version = 4;
    fresh_view(&driver, &server).await;
    paste_and_check(
        &driver,
        &signed(&newer, &[Section::Goals, Section::Measures], &example_key()),
    )
    .await;
    assert_eq!(text_of(&driver, "#verify-version").await, "4");
    confirm_key(&driver).await;
    assert!(driver.find(By::Id("verify-older")).await.is_err());

    fresh_view(&driver, &server).await;
    paste_and_check(&driver, &example("export-nav")).await;
    assert_eq!(verdict(&driver).await, "same-key");
    let older = text_of(&driver, "#verify-older[role='alert']").await;
    assert!(older.contains(&en("verify-seen-older")), "{older}");
    assert_eq!(top_verdict(&driver).await, "warning");
    assert!(
        text_of(&driver, "#verify-verdict[role='alert']")
            .await
            .contains(&en("verify-verdict-reason-older"))
    );
    assert!(older.contains('4'), "names the version seen: {older}");
    assert_eq!(
        stored_seen(&driver).await["plans"][0]["highestVersion"],
        4,
        "an older version never lowers what was seen"
    );
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn bad_files_each_get_their_own_reason_and_change_nothing() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(1280, 900).await;
    // Something remembered and a plan on the device, so "unchanged" means something.
    fresh_view(&driver, &server).await;
    paste_and_check(&driver, &example("export-nav")).await;
    confirm_key(&driver).await;
    driver
        .execute(
            "localStorage.setItem('ownplan.plan.test-marker', 'kept');",
            Vec::new(),
        )
        .await
        .unwrap();
    let before = storage_snapshot(&driver).await;

    let valid: Value = serde_json::from_str(&example("export-gp")).unwrap();
    let without_proof = {
        let mut document = valid.clone();
        document.as_object_mut().unwrap().remove("proof");
        document.to_string()
    };
    let did_web = {
        let mut document = valid.clone();
        document["issuer"] = json!("did:web:example.com");
        document["proof"]["verificationMethod"] = json!("did:web:example.com#key-1");
        document.to_string()
    };
    let duplicate_key = example("export-gp").replacen(
        "\"@context\": [",
        "\"issuer\": \"did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK\",\n  \"@context\": [",
        1,
    );
    let not_a_plan = proof::sign(
        json!({"message": "Hello, this is signed but it is no plan"}),
        &example_key(),
        "2026-11-22T10:00:00Z",
    )
    .unwrap()
    .to_string();
    let other_credential = proof::sign(
        json!({
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "type": ["VerifiableCredential", "DriversLicence"],
            "id": "urn:uuid:00000000-0000-4000-8000-000000000001",
            "issuer": example_key().did_key().did(),
            "validFrom": "2026-11-22T10:00:00Z",
            "credentialSubject": {"name": "Sara"}
        }),
        &example_key(),
        "2026-11-22T10:00:00Z",
    )
    .unwrap()
    .to_string();
    let cases: [(&str, String, &str); 7] = [
        (
            "not JSON",
            "Dear colleague, here is the plan.".into(),
            "error-not-json",
        ),
        ("duplicate key", duplicate_key, "error-duplicate-key"),
        ("no proof", without_proof, "error-no-proof"),
        ("did:web", did_web, "error-unsupported-did-method"),
        (
            "signed, not a credential",
            not_a_plan,
            "document-error-not-a-credential",
        ),
        (
            "signed, another credential",
            other_credential,
            "document-error-wrong-type",
        ),
        ("empty", "   ".into(), "verify-error-no-text"),
    ];
    for (name, text, message_id) in cases {
        fresh_view(&driver, &server).await;
        paste_and_check(&driver, &text).await;
        assert_eq!(
            text_of(&driver, "#verify-reason").await,
            en(message_id),
            "{name}"
        );
        let alert = text_of(&driver, "#verify-result[role='alert']").await;
        assert!(
            alert.contains(&en("verify-nothing-saved")),
            "{name}: {alert}"
        );
        assert_eq!(storage_snapshot(&driver).await, before, "{name}");
    }

    // A file over 5 MiB is refused before it is read.
    let large =
        std::env::temp_dir().join(format!("ownplan-verify-large-{}.json", std::process::id()));
    std::fs::write(&large, vec![b' '; proof::MAX_DOCUMENT_BYTES + 1]).unwrap();
    fresh_view(&driver, &server).await;
    choose_file(&driver, &large).await;
    assert_eq!(
        text_of(&driver, "#verify-reason").await,
        en("error-too-large")
    );
    assert_eq!(storage_snapshot(&driver).await, before, "too large");
    let _ = std::fs::remove_file(&large);

    // The same bad file dropped: the same reason.
    fresh_view(&driver, &server).await;
    drop_file(&driver, "plan.json", "{\"a\": 1, \"a\": 2}").await;
    assert_eq!(
        text_of(&driver, "#verify-reason").await,
        en("error-duplicate-key")
    );
    assert!(
        text_of(&driver, ".verify-where").await.contains("$.a"),
        "where, in small print"
    );

    // A backup file: said plainly, with the way to the backup view.
    let backup = json!({"ownplanBackup": 1, "createdAt": null, "plan": serde_json::from_str::<Value>(&example("plan-full-nb")).unwrap()});
    fresh_view(&driver, &server).await;
    paste_and_check(&driver, &backup.to_string()).await;
    assert!(
        text_of(&driver, "#verify-result")
            .await
            .contains(&en("verify-backup-title"))
    );
    assert_eq!(storage_snapshot(&driver).await, before, "backup");
    // The person can bring their plan back from it right here: preview first, then confirm.
    tap(&driver, ".verify-backup-restore").await;
    wait_until(
        &driver,
        "document.querySelector('#restore-confirm') !== null",
    )
    .await;
    assert!(
        text_of(&driver, "#restore-result")
            .await
            .contains("Sara Haugen")
    );
    assert_eq!(
        storage_snapshot(&driver).await,
        before,
        "nothing before confirming"
    );
    tap(&driver, "#restore-confirm").await;
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.plan') || '').includes('Sara Haugen')",
    )
    .await;
    // The way to the backup view is offered too.
    fresh_view(&driver, &server).await;
    paste_and_check(&driver, &backup.to_string()).await;
    tap(&driver, ".verify-backup-link").await;
    wait_until(&driver, "location.hash === '#/backup'").await;
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn remembered_plans_are_listed_and_can_be_forgotten() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(1280, 900).await;
    fresh_view(&driver, &server).await;
    assert!(driver.find(By::Id("verify-remembered-empty")).await.is_ok());
    paste_and_check(&driver, &example("export-nav")).await;
    assert!(
        driver.find(By::Id("verify-remembered-empty")).await.is_ok(),
        "not remembered before it is confirmed"
    );
    confirm_key(&driver).await;
    let entries = texts_of(&driver, ".verify-remembered-entry").await;
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert!(entries[0].contains(EXAMPLE_OWNER), "{entries:?}");
    assert!(entries[0].contains(EXAMPLE_FINGERPRINT), "{entries:?}");

    // Still listed after a reload; "Forget" removes it from the list and from storage.
    fresh_view(&driver, &server).await;
    assert_eq!(texts_of(&driver, ".verify-remembered-entry").await.len(), 1);
    tap(&driver, ".verify-remembered-entry .verify-forget").await;
    wait_until(
        &driver,
        "document.getElementById('verify-remembered-empty') !== null",
    )
    .await;
    assert_eq!(stored_seen(&driver).await["plans"], json!([]));
    // Forgotten: the same file is new again.
    paste_and_check(&driver, &example("export-nav")).await;
    confirm_key(&driver).await;

    // "Forget all" asks first. (Another plan of the same person with the same key is that
    // person's trusted key: remembered without asking.)
    let mut other = example_plan();
    other.plan_id = ownplan_core::plan::PlanId::new(ItemId::from_random_bytes([9; 16]).to_string());
    fresh_view(&driver, &server).await;
    paste_and_check(&driver, &signed(&other, &[Section::Goals], &example_key())).await;
    assert_eq!(verdict(&driver).await, "same-key");
    assert_eq!(texts_of(&driver, ".verify-remembered-entry").await.len(), 2);
    tap(&driver, "#verify-forget-all").await;
    assert_eq!(
        texts_of(&driver, ".verify-remembered-entry").await.len(),
        2,
        "nothing forgotten before confirming"
    );
    tap(&driver, "#verify-forget-all-confirm").await;
    wait_until(
        &driver,
        "document.getElementById('verify-remembered-empty') !== null",
    )
    .await;
    assert_eq!(stored_seen(&driver).await["plans"], json!([]));
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn an_unreadable_remembered_list_is_reported_and_kept() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(1280, 900).await;
    fresh_view(&driver, &server).await;
    driver
        .execute(
            "localStorage.setItem('ownplan.seen', '{damaged');",
            Vec::new(),
        )
        .await
        .unwrap();
    fresh_view(&driver, &server).await;
    assert!(
        driver
            .find(By::Id("verify-remembered-unreadable"))
            .await
            .is_ok()
    );
    paste_and_check(&driver, &example("export-nav")).await;
    assert!(
        text_of(&driver, "#verify-seen[role='alert']")
            .await
            .contains(&en("verify-seen-unreadable"))
    );
    assert_eq!(
        eval(&driver, "localStorage.getItem('ownplan.seen')").await,
        "{damaged",
        "never silently wiped"
    );
    tap(&driver, "#verify-forget-all").await;
    tap(&driver, "#verify-forget-all-confirm").await;
    wait_until(
        &driver,
        "document.getElementById('verify-remembered-empty') !== null",
    )
    .await;
    assert_eq!(stored_seen(&driver).await["plans"], json!([]));
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn the_persons_own_file_becomes_their_plan_only_after_a_preview_and_confirmation() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    fresh_view(&driver, &server).await;
    paste_and_check(&driver, &example("export-nav")).await;
    let before = eval(&driver, "localStorage.getItem('ownplan.plan')").await;
    tap(&driver, "#verify-use-as-mine").await;
    let preview = text_of(&driver, "#verify-own-preview").await;
    assert!(preview.contains(EXAMPLE_OWNER), "{preview}");
    assert!(
        preview.contains(&en("verify-own-warning-empty")),
        "{preview}"
    );
    assert!(
        preview.contains(&en("verify-own-warning-replace")),
        "{preview}"
    );
    assert!(
        preview.contains(&en("choice-section-agreements")),
        "{preview}"
    );
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert_eq!(
        eval(&driver, "localStorage.getItem('ownplan.plan')").await,
        before,
        "nothing replaced before confirming"
    );
    tap(&driver, "#verify-own-confirm").await;
    wait_until(
        &driver,
        "document.getElementById('verify-own-done') !== null",
    )
    .await;
    wait_until(
        &driver,
        &format!("(localStorage.getItem('ownplan.plan') || '').includes('{EXAMPLE_PLAN_ID}')"),
    )
    .await;
    let stored: Value = serde_json::from_str(
        eval(&driver, "localStorage.getItem('ownplan.plan')")
            .await
            .as_str()
            .unwrap(),
    )
    .unwrap();
    let text = stored.to_string();
    assert!(text.contains(EXAMPLE_OWNER), "{text}");
    assert!(
        text.contains("Sende søknad om kommunal bolig"),
        "an agreement came along"
    );
    assert!(
        !text.contains("Quetiapin"),
        "the crisis plan was not in the file"
    );
    driver.quit().await.unwrap();
}

async fn choose_language(driver: &WebDriver, language: Language) {
    let select = driver.find(By::Id("ownplan-language")).await.unwrap();
    SelectElement::new(&select)
        .await
        .unwrap()
        .select_by_value(language.code())
        .await
        .unwrap();
    wait_until(
        driver,
        &format!("document.documentElement.lang === '{}'", language.code()),
    )
    .await;
}

/// Like `audit_views`, but with a result on the view: the view is only worth auditing with
/// one, and a result does not survive opening the view anew.
#[tokio::test]
async fn the_view_with_a_result_passes_the_audit_at_phone_width_in_every_language() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    let forged = signed(
        &example_plan(),
        &[Section::Goals],
        &SigningKey::from_seed(&[42; 32]),
    );
    let mut known_person = example_plan();
    known_person.plan_id =
        ownplan_core::plan::PlanId::new(ItemId::from_random_bytes([8; 16]).to_string());
    let known_person = signed(
        &known_person,
        &[Section::Goals],
        &SigningKey::from_seed(&[42; 32]),
    );
    let mut changed = example("export-gp");
    changed = changed.replacen("Ingrid Solberg", "Ingrid Solberh", 1);
    for language in Language::ALL {
        for (name, text) in [
            ("valid", example("export-gp")),
            ("different-key", forged.clone()),
            ("known-person", known_person.clone()),
            ("invalid", changed.clone()),
        ] {
            fresh_view(&driver, &server).await;
            choose_language(&driver, language).await;
            paste_and_check(&driver, &text).await;
            // The result is what the person sees next: focus moved there.
            assert_eq!(
                eval(
                    &driver,
                    "document.activeElement && document.activeElement.id"
                )
                .await,
                "verify-result",
                "{name}"
            );
            audit_current(
                &driver,
                &format!("verify-360-{}-{name}", language.code()),
                &format!("verify ({name}) in {language:?} at 360px"),
            )
            .await;
            if name == "valid" && language == Language::ALL[0] {
                // Audited above while awaiting confirmation; confirmed, so the files after it
                // are compared with this key.
                confirm_key(&driver).await;
            }
        }
    }
    driver.quit().await.unwrap();
}

/// A plan with hundreds of items: the example, with its goals, measures and agreements copied
/// (each copy with its own id) to `copies` times as many.
fn large_plan(copies: usize) -> Plan {
    let mut plan: Value = serde_json::from_str(&example("plan-full-nb")).unwrap();
    let mut next_id = 0u32;
    for list in ["goals", "measures", "agreements"] {
        let items = plan["individualPlan"][list].as_array().unwrap().clone();
        let mut grown = Vec::new();
        for copy in 0..copies {
            for item in &items {
                let mut item = item.clone();
                if copy > 0 {
                    next_id += 1;
                    let mut bytes = [0u8; 16];
                    bytes[..4].copy_from_slice(&next_id.to_be_bytes());
                    bytes[15] = 0xaa;
                    item["id"] = json!(ItemId::from_random_bytes(bytes).to_string());
                }
                grown.push(item);
            }
        }
        plan["individualPlan"][list] = Value::Array(grown);
    }
    Plan::from_json_value(plan).unwrap()
}

#[tokio::test]
async fn checking_a_large_plan_is_quick() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(1280, 900).await;
    let plan = large_plan(60);
    let items = plan.individual_plan.goals.len()
        + plan.individual_plan.measures.len()
        + plan.individual_plan.agreements.len();
    let document = signed(&plan, &Section::ALL, &example_key());
    let bytes = document.len();

    let mut paste_runs = Vec::new();
    let mut drop_runs = Vec::new();
    for run in 0..3 {
        for way in ["paste", "drop"] {
            fresh_view(&driver, &server).await;
            driver
                .execute(
                    r#"const area = document.getElementById('verify-text');
                       area.value = arguments[0];
                       area.dispatchEvent(new Event('input', { bubbles: true }));"#,
                    vec![json!(if way == "paste" {
                        document.as_str()
                    } else {
                        ""
                    })],
                )
                .await
                .unwrap();
            // From the action until the result is in the page, and until the frame after it
            // (the result painted).
            driver
                .execute(
                    r#"const [way, text] = arguments;
                       window.__verifyTiming = null;
                       const observer = new MutationObserver(() => {
                         if (document.querySelector('.verify-valid, .verify-invalid')) {
                           observer.disconnect();
                           const shown = performance.now();
                           requestAnimationFrame(() => setTimeout(() => {
                             window.__verifyTiming = { shown: shown - window.__verifyStart, painted: performance.now() - window.__verifyStart };
                           }, 0));
                         }
                       });
                       observer.observe(document.getElementById('ownplan'), { childList: true, subtree: true });
                       if (way === 'paste') {
                         window.__verifyStart = performance.now();
                         document.getElementById('verify-check').click();
                       } else {
                         const transfer = new DataTransfer();
                         transfer.items.add(new File([text], 'large.json', { type: 'application/json' }));
                         window.__verifyStart = performance.now();
                         document.getElementById('verify-drop').dispatchEvent(
                           new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
                       }"#,
                    vec![json!(way), json!(if way == "drop" { document.as_str() } else { "" })],
                )
                .await
                .unwrap();
            wait_until(&driver, "window.__verifyTiming !== null").await;
            assert!(
                driver.find(By::Css(".verify-valid")).await.is_ok(),
                "the large plan is valid"
            );
            let timing = eval(&driver, "window.__verifyTiming").await;
            let shown = timing["shown"].as_f64().unwrap();
            let painted = timing["painted"].as_f64().unwrap();
            println!(
                "verify timing run {run} {way}: shown after {shown:.0} ms, painted after {painted:.0} ms"
            );
            if way == "paste" {
                paste_runs.push(painted);
            } else {
                drop_runs.push(painted);
            }
        }
    }
    let median = |runs: &mut Vec<f64>| {
        runs.sort_by(|a, b| a.partial_cmp(b).unwrap());
        runs[runs.len() / 2]
    };
    let paste = median(&mut paste_runs);
    let dropped = median(&mut drop_runs);
    let figure = format!(
        "verify a plan of {items} list items ({} KB) in the browser: paste and check {paste:.0} ms, drop {dropped:.0} ms (median of 3, until painted)\n",
        bytes / 1024
    );
    print!("figure: {figure}");
    // A figure, not a pass/fail timing: written for the README and the issue note.
    std::fs::write(artifacts().join("figure-verify.txt"), figure).unwrap();
    driver.quit().await.unwrap();
}
