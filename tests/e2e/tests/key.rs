//! Tier 4 for the person's key and the protected backup: the key view at phone width in all
//! three languages (fingerprint, QR code, no overflow, axe-core clean); a new key only after the
//! warning is confirmed; a passphrase-protected backup that survives clearing the device, refuses
//! a wrong passphrase, a changed file and absurd costs without changing anything, and brings back
//! the same plan and the same key. Prints how long locking and unlocking (Argon2id with the real
//! costs) took in the browser, and keeps the figures in target/e2e/key-timings.txt.

use std::path::Path;
use std::time::Duration;

use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, audit_views, dist, downloaded_files, eval, fresh_folder,
    open_view, tap, text_of, type_into, value_of, wait_for_app, wait_until,
};
use ownplan_web::i18n::{Language, translate};
use ownplan_web::state::backup::{self, BackupFile};
use thirtyfour::prelude::*;

const PASSPHRASE: &str = "blå hest batteri stift";

fn english(id: &str) -> String {
    translate(Language::English, id)
}

/// The key written out in full (the did:key), which sits under "Technical details": opened
/// the way a person does, with one tap, when it is closed.
async fn full_key(driver: &WebDriver) -> String {
    if eval(driver, "document.querySelector('#key-technical').open").await
        != serde_json::Value::Bool(true)
    {
        tap(driver, "#key-technical summary").await;
    }
    text_of(driver, "#key-did").await
}

/// Opens the key view and makes the first key; returns its fingerprint.
async fn make_first_key(driver: &WebDriver, server: &StaticServer) -> String {
    open_view(driver, server, "key").await;
    wait_until(driver, "document.querySelector('#key-make') !== null").await;
    assert!(
        text_of(driver, "main")
            .await
            .contains(&english("key-missing"))
    );
    tap(driver, "#key-make").await;
    wait_until(
        driver,
        "document.querySelector('#key-fingerprint') !== null",
    )
    .await;
    text_of(driver, "#key-fingerprint").await
}

fn assert_fingerprint_shape(fingerprint: &str) {
    let groups: Vec<&str> = fingerprint.split('-').collect();
    assert_eq!(groups.len(), 4, "{fingerprint}");
    for group in groups {
        assert_eq!(group.len(), 4, "{fingerprint}");
        assert!(
            group
                .chars()
                .all(|c| "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c)),
            "{fingerprint}"
        );
    }
}

#[tokio::test]
async fn the_key_view_shows_the_fingerprint_and_a_qr_code_in_every_language_at_phone_width() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;

    open_view(&driver, &server, "key").await;
    wait_until(&driver, "document.querySelector('#key-make') !== null").await;
    driver
        .screenshot(&artifacts().join("key-360-en-key-missing.png"))
        .await
        .unwrap();
    let fingerprint = make_first_key(&driver, &server).await;
    assert_fingerprint_shape(&fingerprint);
    // The key in full is a technical detail, one tap away.
    tap(&driver, "#key-technical summary").await;
    let did = text_of(&driver, "#key-did").await;
    assert!(did.starts_with("did:key:z6Mk"), "{did}");
    // The stored key is the one shown.
    let stored = eval(&driver, "localStorage.getItem('ownplan.key')").await;
    assert!(
        stored
            .as_str()
            .unwrap_or_default()
            .contains("\"ownplanKey\":1")
    );

    // The QR code: an image with a name, big enough to scan, black modules on white.
    let qr = driver.find(By::Css("svg#key-qr")).await.unwrap();
    assert_eq!(qr.attr("role").await.unwrap().as_deref(), Some("img"));
    assert_eq!(
        qr.attr("aria-label").await.unwrap(),
        Some(english("key-qr-label"))
    );
    let side = eval(
        &driver,
        "document.querySelector('#key-qr').getBoundingClientRect().width",
    )
    .await;
    assert!(side.as_f64().unwrap_or_default() >= 180.0, "{side}");
    let modules = eval(
        &driver,
        "document.querySelector('#key-qr path').getAttribute('d').split('M').length - 1",
    )
    .await;
    assert!(modules.as_u64().unwrap_or_default() > 100, "{modules} runs");
    assert_eq!(
        eval(
            &driver,
            "document.querySelector('#key-qr').getAttribute('viewBox')"
        )
        .await,
        "0 0 41 41",
        "version 4 (33 modules) and a quiet zone of 4"
    );

    audit_views(&driver, &server, &["key", "backup"], 360, "key").await;
    // The language changed; the key did not. A picture of the fingerprint and the code as a
    // phone shows them.
    open_view(&driver, &server, "key").await;
    assert_eq!(text_of(&driver, "#key-fingerprint").await, fingerprint);
    eval(
        &driver,
        "(document.querySelector('#key-fingerprint').scrollIntoView(), true)",
    )
    .await;
    driver
        .screenshot(&artifacts().join("key-360-en-key-fingerprint.png"))
        .await
        .unwrap();
    open_view(&driver, &server, "backup").await;
    eval(
        &driver,
        "(document.querySelector('#backup-key-included').scrollIntoView(), true)",
    )
    .await;
    driver
        .screenshot(&artifacts().join("key-360-en-backup-protect.png"))
        .await
        .unwrap();
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn a_new_key_replaces_the_old_one_only_after_the_warning_is_confirmed() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    let first = make_first_key(&driver, &server).await;
    let stored_first = eval(&driver, "localStorage.getItem('ownplan.key')").await;

    // Asking shows the warning; cancelling changes nothing.
    tap(&driver, "#key-new").await;
    let warning = text_of(&driver, "#key-new-warning").await;
    assert!(
        warning.contains(&english("key-new-warning-professionals")),
        "{warning}"
    );
    assert!(warning.contains(&english("key-new-warning-old-files")));
    assert_eq!(text_of(&driver, "#key-fingerprint").await, first);
    driver
        .screenshot(&artifacts().join("key-360-en-new-key-warning.png"))
        .await
        .unwrap();
    tap(&driver, "#key-new-cancel").await;
    wait_until(
        &driver,
        "document.querySelector('#key-new-warning') === null",
    )
    .await;
    assert_eq!(text_of(&driver, "#key-fingerprint").await, first);
    assert_eq!(
        eval(&driver, "localStorage.getItem('ownplan.key')").await,
        stored_first
    );

    // Confirming makes a new key, stored.
    tap(&driver, "#key-new").await;
    tap(&driver, "#key-new-confirm").await;
    wait_until(
        &driver,
        &format!(
            "document.querySelector('#key-fingerprint').textContent !== {}",
            serde_json::json!(first)
        ),
    )
    .await;
    let second = text_of(&driver, "#key-fingerprint").await;
    assert_fingerprint_shape(&second);
    assert_ne!(second, first);
    assert_eq!(
        text_of(&driver, "#key-outcome").await,
        english("key-new-done")
    );
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    wait_until(
        &driver,
        "document.querySelector('#key-fingerprint') !== null",
    )
    .await;
    assert_eq!(text_of(&driver, "#key-fingerprint").await, second);

    // A damaged stored key is explained, kept until the person asks for a new one, and can be
    // replaced after the same warning.
    eval(
        &driver,
        "(localStorage.setItem('ownplan.key', '{\"ownplanKey\":1,\"seed\":\"zz\"}'), true)",
    )
    .await;
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    wait_until(
        &driver,
        "document.querySelector('#key-unreadable') !== null",
    )
    .await;
    let unreadable = text_of(&driver, "#key-unreadable").await;
    assert!(
        unreadable.contains(&english("key-error-malformed")),
        "{unreadable}"
    );
    assert!(
        eval(&driver, "localStorage.getItem('ownplan.key')")
            .await
            .as_str()
            .unwrap_or_default()
            .contains("zz"),
        "kept as it was"
    );
    tap(&driver, "#key-new").await;
    tap(&driver, "#key-new-confirm").await;
    wait_until(
        &driver,
        "document.querySelector('#key-fingerprint') !== null",
    )
    .await;
    let third = text_of(&driver, "#key-fingerprint").await;
    assert_fingerprint_shape(&third);
    assert_ne!(third, second);
    driver.quit().await.unwrap();
}

/// How long the last `performance.measure` called `name` took, in milliseconds.
async fn measured_ms(driver: &WebDriver, name: &str) -> f64 {
    eval(
        driver,
        &format!("performance.getEntriesByName('{name}').slice(-1)[0].duration"),
    )
    .await
    .as_f64()
    .unwrap_or_else(|| panic!("no measure {name}"))
}

async fn choose_file(driver: &WebDriver, path: &Path) {
    driver
        .find(By::Css("#restore-file"))
        .await
        .unwrap()
        .send_keys(path.display().to_string())
        .await
        .unwrap();
}

/// Chooses `path` on the backup view and expects to be asked for a passphrase.
async fn choose_protected_file(driver: &WebDriver, server: &StaticServer, path: &Path) {
    open_view(driver, server, "backup").await;
    choose_file(driver, path).await;
    wait_until(
        driver,
        "document.querySelector('#restore-passphrase') !== null",
    )
    .await;
}

async fn unlock_with(driver: &WebDriver, passphrase: &str) {
    type_into(driver, "#restore-passphrase", passphrase).await;
    eval(
        driver,
        "(window.__sawUnlocking = false, new MutationObserver(() => { \
           if (document.querySelector('#restore-unlocking')) window.__sawUnlocking = true; \
         }).observe(document.body, { subtree: true, childList: true }), true)",
    )
    .await;
    tap(driver, "#restore-unlock").await;
}

async fn assert_nothing_restored(driver: &WebDriver, server: &StaticServer) {
    assert_eq!(
        eval(driver, "localStorage.getItem('ownplan.key')").await,
        serde_json::Value::Null,
        "no key was stored"
    );
    open_view(driver, server, "plan/about").await;
    assert_eq!(value_of(driver, "#about-name").await, "");
}

#[tokio::test]
async fn a_protected_backup_brings_back_the_same_plan_and_key_and_only_with_its_passphrase() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let downloads = fresh_folder("key-downloads");
    let driver = chromedriver
        .session_with_downloads(360, 780, Some(&downloads))
        .await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;

    open_view(&driver, &server, "plan/about").await;
    type_into(&driver, "#about-name", "Sara Haugen").await;
    type_into(&driver, "#about-story", "Jeg vil bo for meg selv.").await;
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.plan') || '').includes('Jeg vil bo for meg selv.')",
    )
    .await;
    let fingerprint = make_first_key(&driver, &server).await;
    let did = full_key(&driver).await;

    // The backup view says the key goes along and recommends a passphrase.
    open_view(&driver, &server, "backup").await;
    wait_until(
        &driver,
        "document.querySelector('#backup-key-fingerprint') !== null",
    )
    .await;
    assert_eq!(
        text_of(&driver, "#backup-key-fingerprint").await,
        fingerprint
    );
    assert_eq!(
        eval(&driver, "document.querySelector('#backup-protect').checked").await,
        true
    );
    let page = text_of(&driver, "main").await;
    assert!(
        page.contains(&english("backup-protect-forgotten")),
        "{page}"
    );

    // A passphrase too short, or typed differently twice, is refused before anything is made.
    tap(&driver, "#backup-download").await;
    wait_until(
        &driver,
        "document.querySelector('#backup-passphrase-error') !== null",
    )
    .await;
    type_into(&driver, "#backup-passphrase", PASSPHRASE).await;
    type_into(&driver, "#backup-passphrase-repeat", "blå hest batteri").await;
    tap(&driver, "#backup-download").await;
    wait_until(
        &driver,
        "document.querySelector('#backup-passphrase-repeat-error') !== null",
    )
    .await;
    assert!(
        text_of(&driver, "#backup-passphrase-repeat-error")
            .await
            .contains(&english("backup-passphrase-different"))
    );
    driver
        .screenshot(&artifacts().join("key-360-en-backup-passphrase-problem.png"))
        .await
        .unwrap();
    assert_eq!(std::fs::read_dir(&downloads).unwrap().count(), 0);

    type_into(&driver, "#backup-passphrase-repeat", PASSPHRASE).await;
    tap(&driver, "#backup-download").await;
    let file = downloaded_files(&downloads, 1).remove(0);
    wait_until(
        &driver,
        &format!(
            "(document.querySelector('#backup-status') || {{}}).textContent === {}",
            serde_json::json!(english("backup-done-protected"))
        ),
    )
    .await;
    let locking_ms = measured_ms(&driver, "ownplan-protect").await;
    // Chromium writes the file under a temporary name first.
    std::thread::sleep(Duration::from_millis(500));
    let text = std::fs::read_to_string(&file).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["ownplanBackup"], 2);
    assert_eq!(value["protected"]["kdf"]["name"], "argon2id");
    assert_eq!(value["protected"]["kdf"]["memoryKiB"], 19456);
    assert!(!text.contains("Sara Haugen"), "the plan is not readable");
    // The same file opens outside the browser with the same passphrase and holds the shown key.
    let BackupFile::Locked(locked) = backup::decode(text.as_bytes()).unwrap() else {
        panic!("a protected backup");
    };
    let contents = locked.unlock(PASSPHRASE).unwrap();
    assert_eq!(contents.plan.owner.name.as_str(), "Sara Haugen");
    let key = contents.key.expect("the key goes along");
    assert_eq!(key.key.did_key().did(), did);
    assert_eq!(key.key.did_key().fingerprint().to_string(), fingerprint);

    // A changed file and a file asking for absurd costs are refused; a wrong passphrase too.
    let changed = downloads.join("changed.json");
    let mut changed_value = value.clone();
    changed_value["createdAt"] = "2020-01-01T00:00:00Z".into();
    std::fs::write(&changed, changed_value.to_string()).unwrap();
    let absurd = downloads.join("absurd.json");
    let mut absurd_value = value.clone();
    absurd_value["protected"]["kdf"]["memoryKiB"] = 4_000_000.into();
    std::fs::write(&absurd, absurd_value.to_string()).unwrap();

    // Lose everything: a new plan and no key.
    eval(&driver, "(localStorage.clear(), true)").await;
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    open_view(&driver, &server, "key").await;
    wait_until(&driver, "document.querySelector('#key-make') !== null").await;
    assert_nothing_restored(&driver, &server).await;

    open_view(&driver, &server, "backup").await;
    choose_file(&driver, &absurd).await;
    wait_until(
        &driver,
        "document.querySelector('#restore-result[role=alert]') !== null",
    )
    .await;
    assert!(
        text_of(&driver, "#restore-result")
            .await
            .contains(&english("restore-error-unsafe-protection"))
    );

    choose_protected_file(&driver, &server, &file).await;
    driver
        .screenshot(&artifacts().join("key-360-en-restore-passphrase.png"))
        .await
        .unwrap();
    unlock_with(&driver, "blå hest batteri stiff").await;
    wait_until(
        &driver,
        "document.querySelector('#restore-passphrase-error') !== null",
    )
    .await;
    assert_eq!(eval(&driver, "window.__sawUnlocking").await, true);
    let refusal = text_of(&driver, "#restore-passphrase-error").await;
    assert!(
        refusal.contains(&english("restore-error-wrong-passphrase")),
        "{refusal}"
    );
    // Issue 13: the refusal is announced (an alert) and the field has the focus, to try again.
    wait_until(
        &driver,
        "document.activeElement.id === 'restore-passphrase' \
         && document.querySelector('#restore-passphrase-error').getAttribute('role') === 'alert'",
    )
    .await;
    driver
        .screenshot(&artifacts().join("key-360-en-restore-wrong-passphrase.png"))
        .await
        .unwrap();
    assert_nothing_restored(&driver, &server).await;

    choose_protected_file(&driver, &server, &changed).await;
    unlock_with(&driver, PASSPHRASE).await;
    wait_until(
        &driver,
        "document.querySelector('#restore-passphrase-error') !== null",
    )
    .await;
    assert_nothing_restored(&driver, &server).await;

    // The right passphrase: a preview first, and nothing changes until confirmed.
    choose_protected_file(&driver, &server, &file).await;
    unlock_with(&driver, PASSPHRASE).await;
    wait_until(
        &driver,
        "document.querySelector('#restore-confirm') !== null",
    )
    .await;
    assert_eq!(eval(&driver, "window.__sawUnlocking").await, true);
    let unlocking_ms = measured_ms(&driver, "ownplan-unlock").await;
    let preview = text_of(&driver, "#restore-result").await;
    assert!(preview.contains("Sara Haugen"), "{preview}");
    assert!(
        preview.contains(&english("restore-preview-key-none-here")),
        "{preview}"
    );
    assert_eq!(
        text_of(&driver, "#restore-preview-fingerprint").await,
        fingerprint
    );
    driver
        .screenshot(&artifacts().join("key-360-en-restore-preview.png"))
        .await
        .unwrap();
    assert_eq!(
        eval(&driver, "localStorage.getItem('ownplan.key')").await,
        serde_json::Value::Null
    );
    tap(&driver, "#restore-confirm").await;
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.plan') || '').includes('Sara Haugen')",
    )
    .await;
    assert!(
        text_of(&driver, "#restore-result")
            .await
            .contains(&english("restore-done-key"))
    );

    // The same plan and the same key, also after a reload.
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    open_view(&driver, &server, "plan/about").await;
    assert_eq!(value_of(&driver, "#about-name").await, "Sara Haugen");
    assert_eq!(
        value_of(&driver, "#about-story").await,
        "Jeg vil bo for meg selv."
    );
    open_view(&driver, &server, "key").await;
    wait_until(
        &driver,
        "document.querySelector('#key-fingerprint') !== null",
    )
    .await;
    assert_eq!(text_of(&driver, "#key-fingerprint").await, fingerprint);
    assert_eq!(full_key(&driver).await, did);

    let report = format!(
        "Argon2id (19 MiB, 2 passes, 1 lane) in headless Chromium on this machine:\n\
         locking a backup: {locking_ms:.0} ms\nunlocking a backup: {unlocking_ms:.0} ms\n"
    );
    println!("{report}");
    std::fs::write(artifacts().join("key-timings.txt"), report).unwrap();
    driver.quit().await.unwrap();
}
