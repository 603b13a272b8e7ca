//! Tier 4: locking and unlocking a backup run in the lazily loaded module (Argon2id and
//! XChaCha20-Poly1305 are not in the first load). When that module cannot be loaded (never
//! fetched and now offline, or missing on the server), locking says so in words and offers no
//! file, and unlocking says so, keeps the passphrase field to try again, and changes nothing.

use ownplan_core::plan::{Plan, PlanId, Text};
use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, dist_without, eval, fresh_folder, open_view, tap,
    text_of, type_into, wait_for_app, wait_until,
};
use ownplan_web::i18n::{Language, translate};
use ownplan_web::state::backup;
use thirtyfour::prelude::*;

const PASSPHRASE: &str = "blå hest batteri stift";

fn english(id: &str) -> String {
    translate(Language::English, id)
}

#[tokio::test(flavor = "multi_thread")]
async fn without_the_module_a_backup_is_not_locked_or_unlocked_and_nothing_changes() {
    let server = StaticServer::start(dist_without(
        "backup-dist-without-module",
        "ownplan-pdf-worker",
    ));
    let chromedriver = ChromeDriver::start();
    let downloads = fresh_folder("backup-module-downloads");
    let driver = chromedriver
        .session_with_downloads(360, 780, Some(&downloads))
        .await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    eval(
        &driver,
        "(localStorage.setItem('ownplan.language', 'en'), true)",
    )
    .await;
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;

    // Locking: a translated message, and no file.
    open_view(&driver, &server, "backup").await;
    // The view's words arrive first (they are not in the first load).
    wait_until(
        &driver,
        "document.querySelector('#backup-protect') !== null",
    )
    .await;
    // Without a key, locking is offered but not ticked.
    tap(&driver, "#backup-protect").await;
    wait_until(
        &driver,
        "document.querySelector('#backup-passphrase') !== null",
    )
    .await;
    type_into(&driver, "#backup-passphrase", PASSPHRASE).await;
    type_into(&driver, "#backup-passphrase-repeat", PASSPHRASE).await;
    tap(&driver, "#backup-download").await;
    wait_until(
        &driver,
        "document.querySelector('#backup-status[role=alert]') !== null",
    )
    .await;
    let status = text_of(&driver, "#backup-status").await;
    assert!(
        status.contains(&english("backup-error-module-unavailable")),
        "{status}"
    );
    driver
        .screenshot(&artifacts().join("backup-module-missing-lock.png"))
        .await
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(std::fs::read_dir(&downloads).unwrap().count(), 0, "no file");

    // Unlocking a locked backup made elsewhere: a translated message, the field stays, nothing
    // is restored.
    let mut plan = Plan::new(PlanId::from_random_bytes([7; 16]), "en");
    plan.owner.name = Text::from_nfc("Sara Haugen".to_owned());
    let text = backup::encode_protected(&plan, None, None, PASSPHRASE, [1; 16], [2; 24]).unwrap();
    let file = downloads.join("locked-backup.json");
    std::fs::write(&file, text).unwrap();
    let stored_before = eval(&driver, "localStorage.getItem('ownplan.plan')").await;
    driver
        .find(By::Css("#restore-file"))
        .await
        .unwrap()
        .send_keys(file.display().to_string())
        .await
        .unwrap();
    wait_until(
        &driver,
        "document.querySelector('#restore-passphrase') !== null",
    )
    .await;
    type_into(&driver, "#restore-passphrase", PASSPHRASE).await;
    tap(&driver, "#restore-unlock").await;
    wait_until(
        &driver,
        "document.querySelector('#restore-passphrase-error') !== null",
    )
    .await;
    let refusal = text_of(&driver, "#restore-passphrase-error").await;
    assert!(
        refusal.contains(&english("restore-error-module-unavailable")),
        "{refusal}"
    );
    assert!(
        driver.find(By::Css("#restore-confirm")).await.is_err(),
        "no preview, nothing to confirm"
    );
    assert_eq!(
        eval(&driver, "localStorage.getItem('ownplan.plan')").await,
        stored_before,
        "the plan on this device is untouched"
    );
    assert_eq!(
        eval(&driver, "localStorage.getItem('ownplan.key')").await,
        serde_json::Value::Null
    );
    driver
        .screenshot(&artifacts().join("backup-module-missing-unlock.png"))
        .await
        .unwrap();
    driver.quit().await.unwrap();
}
