//! Tier 4 for peer-worker mode on a shared computer: chosen on the home view, the banner on
//! every view, the plan kept only in the tab (session storage, through a reload) and never in
//! local storage, "Finish" (the helper recorded with consent, a locked backup holding the plan,
//! the helper and the key made in the tab, then the wipe), the inactivity warning and wipe with
//! short times from the address, a tab brought back after the wipe time, and a plan already on
//! the computer left exactly as it was. After every wipe: no `ownplan` key in local or session
//! storage and no IndexedDB database. Screenshots at 360 px, axe-core on each state.

use std::time::{Duration, Instant};

use ownplan_e2e::{
    ChromeDriver, StaticServer, add_item, artifacts, audit_current, audit_views, dist,
    downloaded_files, eval, fresh_folder, open_view, tap, text_of, type_into, value_of,
    wait_for_app, wait_until,
};
use ownplan_web::i18n::{Language, translate};
use ownplan_web::state::backup::{self, BackupFile};
use thirtyfour::prelude::*;

const PASSPHRASE: &str = "grønn sykkel på taket";

fn english(id: &str) -> String {
    translate(Language::English, id)
}

/// The keys starting with `ownplan` in `area` (`localStorage` or `sessionStorage`).
async fn ownplan_keys(driver: &WebDriver, area: &str) -> Vec<String> {
    let keys = eval(
        driver,
        &format!("Object.keys({area}).filter(k => k.startsWith('ownplan')).sort()"),
    )
    .await;
    serde_json::from_value(keys).unwrap()
}

/// Every key and value in local storage, to compare before and after.
async fn local_storage_snapshot(driver: &WebDriver) -> serde_json::Value {
    eval(driver, "Object.entries(localStorage).sort()").await
}

/// The names of the IndexedDB databases of this origin.
async fn indexed_db_names(driver: &WebDriver) -> Vec<String> {
    let names = driver
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               indexedDB.databases().then(d => done(d.map(x => x.name)), () => done(["failed"]));"#,
            Vec::new(),
        )
        .await
        .unwrap();
    serde_json::from_value(names.json().clone()).unwrap()
}

/// Nothing of the widget in session storage, nothing new in local storage, no IndexedDB.
async fn assert_no_trace(driver: &WebDriver, local_before: &serde_json::Value, when: &str) {
    assert_eq!(
        ownplan_keys(driver, "sessionStorage").await,
        Vec::<String>::new(),
        "session storage {when}"
    );
    assert_eq!(
        &local_storage_snapshot(driver).await,
        local_before,
        "local storage {when}"
    );
    assert_eq!(
        indexed_db_names(driver).await,
        Vec::<String>::new(),
        "IndexedDB {when}"
    );
}

/// Waits up to `seconds` until `condition` is true (the inactivity times are longer than
/// `wait_until`'s ten seconds).
async fn wait_long(driver: &WebDriver, condition: &str, seconds: u64) {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    while eval(driver, condition).await != serde_json::json!(true) {
        assert!(
            Instant::now() < deadline,
            "timed out waiting for: {condition}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Scrolls `css` to the top of the view and saves a screenshot as `<name>.png`.
async fn screenshot_at(driver: &WebDriver, css: &str, name: &str) {
    eval(
        driver,
        &format!(
            "(document.querySelector({}).scrollIntoView(), true)",
            serde_json::json!(css)
        ),
    )
    .await;
    driver
        .screenshot(&artifacts().join(format!("{name}.png")))
        .await
        .unwrap();
}

/// Chooses peer-worker mode on the home view and waits for the page to start again in it.
async fn start_peer_mode(driver: &WebDriver) {
    tap(driver, "#peer-start").await;
    wait_until(
        driver,
        "document.querySelector('#peer-banner') !== null && sessionStorage.getItem('ownplan.mode') === 'peer'",
    )
    .await;
    wait_for_app(driver).await;
}

/// Goes to a view by changing the fragment only, keeping the page's query (the idle times).
async fn go_to(driver: &WebDriver, view: &str) {
    eval(driver, &format!("(location.hash = '#/{view}', true)")).await;
    wait_until(
        driver,
        &format!("location.hash === '#/{view}' && document.querySelector('main h1') !== null"),
    )
    .await;
    // A view of the full module shows "Opening …" first.
    wait_for_app(driver).await;
}

#[tokio::test]
async fn peer_mode_keeps_nothing_beyond_the_tab_and_finish_hands_over_and_clears() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let downloads = fresh_folder("peer-downloads");
    let driver = chromedriver
        .session_with_downloads(360, 780, Some(&downloads))
        .await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    let nothing = serde_json::json!([]);

    // The choice on the home view of a computer with no plan.
    wait_until(&driver, "document.querySelector('#peer-start') !== null").await;
    assert!(driver.find(By::Id("peer-choice-existing")).await.is_err());
    audit_current(&driver, "peer-360-en-home-choice", "home with the choice").await;

    // When session storage refuses the mode, the person is told and nothing changes.
    eval(
        &driver,
        r#"(() => {
            window.__setItem = Storage.prototype.setItem;
            Storage.prototype.setItem = function (key, value) {
                if (this === sessionStorage && key === 'ownplan.mode') throw new Error('refused');
                return window.__setItem.call(this, key, value);
            };
            return true;
        })()"#,
    )
    .await;
    tap(&driver, "#peer-start").await;
    wait_until(
        &driver,
        "document.querySelector('#peer-start-error') !== null",
    )
    .await;
    let refusal = text_of(&driver, "#peer-start-error").await;
    assert!(
        refusal.contains(&english("home-peer-start-failed"))
            && refusal.contains(&english("error-storage-write-failed")),
        "{refusal}"
    );
    assert!(driver.find(By::Id("peer-banner")).await.is_err());
    assert_eq!(
        ownplan_keys(&driver, "sessionStorage").await,
        Vec::<String>::new()
    );
    assert_eq!(
        ownplan_keys(&driver, "localStorage").await,
        Vec::<String>::new()
    );
    eval(
        &driver,
        "(Storage.prototype.setItem = window.__setItem, true)",
    )
    .await;
    start_peer_mode(&driver).await;
    assert_eq!(
        ownplan_keys(&driver, "localStorage").await,
        Vec::<String>::new()
    );
    assert!(
        text_of(&driver, "main")
            .await
            .contains(&english("home-intro-peer"))
    );
    assert!(driver.find(By::Id("peer-start")).await.is_err());
    let banner = text_of(&driver, "#peer-banner").await;
    assert!(banner.contains(&english("peer-banner-text")), "{banner}");
    assert_eq!(
        driver
            .find(By::Id("peer-banner"))
            .await
            .unwrap()
            .attr("role")
            .await
            .unwrap()
            .as_deref(),
        Some("status")
    );

    // Writing a plan: kept in the tab's session storage, never in local storage.
    open_view(&driver, &server, "plan/about").await;
    assert!(driver.find(By::Id("peer-banner")).await.is_ok());
    type_into(&driver, "#about-name", "Sara Haugen").await;
    open_view(&driver, &server, "plan/goals").await;
    let form = add_item(&driver, "goals").await;
    type_into(&driver, &format!("{form} [id$='-text']"), "Få meg en jobb").await;
    wait_until(
        &driver,
        "(sessionStorage.getItem('ownplan.plan') || '').includes('Få meg en jobb')",
    )
    .await;
    assert_eq!(
        ownplan_keys(&driver, "localStorage").await,
        Vec::<String>::new()
    );
    wait_until(
        &driver,
        &format!(
            "document.querySelector('.save-status').textContent === {}",
            serde_json::json!(english("save-saved-peer"))
        ),
    )
    .await;
    assert_eq!(
        text_of(&driver, ".site-footer p").await,
        english("footer-privacy-peer")
    );
    audit_current(&driver, "peer-360-en-goals-banner", "goals with the banner").await;

    // A reload in the same tab keeps the plan and the mode.
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    open_view(&driver, &server, "plan/about").await;
    wait_until(
        &driver,
        "document.querySelector('#about-name').value === 'Sara Haugen'",
    )
    .await;
    assert!(driver.find(By::Id("peer-banner")).await.is_ok());

    // The key made in this tab, and a language choice: session storage only. The banner is on
    // every view, in every language, without overflow or axe findings.
    open_view(&driver, &server, "key").await;
    wait_until(&driver, "document.querySelector('#key-make') !== null").await;
    tap(&driver, "#key-make").await;
    wait_until(
        &driver,
        "document.querySelector('#key-fingerprint') !== null",
    )
    .await;
    let fingerprint = text_of(&driver, "#key-fingerprint").await;
    audit_views(
        &driver,
        &server,
        &["", "crisis", "share", "finish"],
        360,
        "peer",
    )
    .await;
    assert_eq!(
        eval(&driver, "sessionStorage.getItem('ownplan.language')").await,
        "en"
    );
    assert_eq!(
        ownplan_keys(&driver, "localStorage").await,
        Vec::<String>::new()
    );

    // Step 1: the helper, only with a name, after the person ticks that they agree.
    open_view(&driver, &server, "finish").await;
    assert!(driver.find(By::Id("finish-helper-name")).await.is_err());
    tap(&driver, "#finish-helper-consent").await;
    tap(&driver, "#finish-helper-add").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-helper-error') !== null",
    )
    .await;
    assert_eq!(
        text_of(&driver, "#finish-helper-error").await,
        english("finish-helper-error-name")
    );
    assert!(driver.find(By::Id("finish-helpers")).await.is_err());
    assert!(
        !eval(&driver, "sessionStorage.getItem('ownplan.plan')")
            .await
            .as_str()
            .unwrap()
            .contains("helpers")
    );
    type_into(&driver, "#finish-helper-name", "Ola Hansen").await;
    type_into(
        &driver,
        "#finish-helper-organisation",
        "Likepersonsenteret i Bergen",
    )
    .await;
    assert_eq!(value_of(&driver, "#finish-helper-role").await, "peerWorker");
    tap(&driver, "#finish-helper-add").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-helpers') !== null",
    )
    .await;
    let helpers = text_of(&driver, "#finish-helpers").await;
    assert!(
        helpers.contains("Ola Hansen")
            && helpers.contains(&english("choice-role-peer-worker"))
            && helpers.contains("Likepersonsenteret i Bergen"),
        "{helpers}"
    );
    wait_until(
        &driver,
        "(sessionStorage.getItem('ownplan.plan') || '').includes('Ola Hansen')",
    )
    .await;
    audit_current(
        &driver,
        "peer-360-en-finish-helper",
        "finish, helper recorded",
    )
    .await;
    screenshot_at(
        &driver,
        "#finish-helper-heading",
        "peer-360-en-finish-step1",
    )
    .await;
    screenshot_at(&driver, "#finish-protect", "peer-360-en-finish-step2").await;

    // Step 3 before step 2: the confirmation warns that nothing was downloaded; "Not yet"
    // changes nothing.
    tap(&driver, "#finish-clear").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-clear-not-downloaded') !== null && document.activeElement.id === 'finish-clear-question'",
    )
    .await;
    tap(&driver, "#finish-clear-cancel").await;
    wait_until(&driver, "document.querySelector('#finish-clear') !== null").await;
    assert!(
        eval(&driver, "sessionStorage.getItem('ownplan.plan')")
            .await
            .as_str()
            .unwrap()
            .contains("Sara Haugen")
    );

    // Step 2: a locked backup with the plan, the helper and the key made here.
    assert_eq!(
        eval(&driver, "document.querySelector('#finish-protect').checked").await,
        true
    );
    assert_eq!(
        text_of(&driver, "#finish-key-fingerprint").await,
        fingerprint
    );
    tap(&driver, "#finish-download").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-passphrase-error') !== null",
    )
    .await;
    assert_eq!(std::fs::read_dir(&downloads).unwrap().count(), 0);
    type_into(&driver, "#finish-passphrase", PASSPHRASE).await;
    type_into(&driver, "#finish-passphrase-repeat", PASSPHRASE).await;
    tap(&driver, "#finish-download").await;
    let file = downloaded_files(&downloads, 1).remove(0);
    wait_until(
        &driver,
        &format!(
            "(document.querySelector('#finish-status') || {{}}).textContent === {}",
            serde_json::json!(english("finish-download-done-protected"))
        ),
    )
    .await;
    std::thread::sleep(Duration::from_millis(500));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("Sara Haugen"), "the file is locked");
    let BackupFile::Locked(locked) = backup::decode(text.as_bytes()).unwrap() else {
        panic!("a locked backup");
    };
    let contents = locked.unlock(PASSPHRASE).unwrap();
    assert_eq!(contents.plan.owner.name.as_str(), "Sara Haugen");
    assert_eq!(
        contents.plan.individual_plan.goals.as_slice()[0]
            .text
            .as_str(),
        "Få meg en jobb"
    );
    let helpers = contents.plan.meta.helpers.as_slice();
    assert_eq!(helpers.len(), 1);
    assert_eq!(helpers[0].name.as_str(), "Ola Hansen");
    assert_eq!(helpers[0].role, Some(ownplan_core::plan::Role::PeerWorker));
    assert_eq!(
        helpers[0].organisation.as_str(),
        "Likepersonsenteret i Bergen"
    );
    let key = contents.key.expect("the key made in this tab goes along");
    assert_eq!(key.key.did_key().fingerprint().to_string(), fingerprint);
    assert!(
        driver
            .find(By::Css(".finish-step a[href='#/share']"))
            .await
            .is_ok()
    );

    // Step 3: confirm, and everything is gone.
    tap(&driver, "#finish-clear").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-clear-confirm') !== null",
    )
    .await;
    assert!(
        driver
            .find(By::Id("finish-clear-not-downloaded"))
            .await
            .is_err()
    );
    audit_current(
        &driver,
        "peer-360-en-finish-confirm",
        "finish, confirm clearing",
    )
    .await;
    tap(&driver, "#finish-clear-confirm").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-cleared') !== null",
    )
    .await;
    wait_for_app(&driver).await;
    assert_no_trace(&driver, &nothing, "after Finish").await;
    assert!(driver.find(By::Id("peer-banner")).await.is_err());
    assert_eq!(
        text_of(&driver, "main h1").await,
        english("finish-cleared-title")
    );
    audit_current(&driver, "peer-360-en-cleared", "the cleared screen").await;

    // Starting again brings nothing back, and ordinary use of the start page writes nothing.
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    // The cleared screen (its words are fetched when it first shows).
    ownplan_e2e::element(&driver, "#finish-cleared").await;
    open_view(&driver, &server, "plan/about").await;
    assert_eq!(value_of(&driver, "#about-name").await, "");
    open_view(&driver, &server, "").await;
    wait_until(&driver, "document.querySelector('#peer-start') !== null").await;
    assert_no_trace(&driver, &nothing, "after starting again").await;
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn the_inactivity_wipe_leaves_no_trace_and_the_computers_own_plan_untouched() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;

    // This computer already has a plan, in local storage.
    driver
        .goto(format!(
            "{}?idle-warn=8&idle-wipe=12#/plan/about",
            server.url()
        ))
        .await
        .unwrap();
    wait_for_app(&driver).await;
    type_into(&driver, "#about-name", "Kari Nordmann").await;
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.plan') || '').includes('Kari Nordmann')",
    )
    .await;
    let local_before = local_storage_snapshot(&driver).await;

    // Peer-worker mode says the plan on the computer is left alone, and starts an empty one.
    go_to(&driver, "").await;
    wait_until(
        &driver,
        "document.querySelector('#peer-choice-existing') !== null",
    )
    .await;
    audit_current(
        &driver,
        "peer-360-en-home-choice-existing",
        "home with a plan and the choice",
    )
    .await;
    screenshot_at(&driver, ".peer-choice", "peer-360-en-home-choice-card").await;
    start_peer_mode(&driver).await;
    assert_eq!(
        eval(&driver, "location.search").await,
        "?idle-warn=8&idle-wipe=12"
    );
    go_to(&driver, "plan/about").await;
    assert_eq!(value_of(&driver, "#about-name").await, "");
    type_into(&driver, "#about-name", "Sara Haugen").await;
    wait_until(
        &driver,
        "(sessionStorage.getItem('ownplan.plan') || '').includes('Sara Haugen')",
    )
    .await;
    assert_eq!(local_storage_snapshot(&driver).await, local_before);

    // Eight seconds unused: the warning, with the focus on "I'm still here".
    wait_long(
        &driver,
        "document.querySelector('#idle-warning') !== null",
        20,
    )
    .await;
    assert_eq!(
        eval(
            &driver,
            "document.querySelector('#idle-warning').getAttribute('role')"
        )
        .await,
        "alertdialog"
    );
    wait_until(&driver, "document.activeElement.id === 'idle-still-here'").await;
    driver
        .screenshot(&artifacts().join("peer-360-en-idle-warning.png"))
        .await
        .unwrap();
    // Someone passing by who touches a key does not make it go away.
    eval(
        &driver,
        "(document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true })), true)",
    )
    .await;
    audit_current(
        &driver,
        "peer-360-en-idle-warning-audit",
        "the idle warning",
    )
    .await;
    assert!(driver.find(By::Id("idle-warning")).await.is_ok());
    tap(&driver, "#idle-still-here").await;
    wait_until(&driver, "document.querySelector('#idle-warning') === null").await;
    assert_eq!(value_of(&driver, "#about-name").await, "Sara Haugen");

    // Unused again: warning, then the wipe, as Finish does (without downloads).
    wait_long(
        &driver,
        "document.querySelector('#idle-warning') !== null",
        20,
    )
    .await;
    wait_long(
        &driver,
        "document.querySelector('#finish-cleared') !== null",
        30,
    )
    .await;
    wait_for_app(&driver).await;
    assert_no_trace(&driver, &local_before, "after the inactivity wipe").await;
    assert!(driver.find(By::Id("peer-banner")).await.is_err());

    // The computer's own plan is still there, as it was.
    go_to(&driver, "plan/about").await;
    wait_until(
        &driver,
        "document.querySelector('#about-name').value === 'Kari Nordmann'",
    )
    .await;
    assert_eq!(local_storage_snapshot(&driver).await, local_before);
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn a_tab_brought_back_after_the_wipe_time_starts_cleared() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    wait_until(&driver, "document.querySelector('#peer-start') !== null").await;
    start_peer_mode(&driver).await;
    open_view(&driver, &server, "plan/about").await;
    type_into(&driver, "#about-name", "Sara Haugen").await;
    wait_until(
        &driver,
        "(sessionStorage.getItem('ownplan.plan') || '').includes('Sara Haugen')",
    )
    .await;
    // Someone uses the computer's ordinary plan in another tab: its saves (local storage) reach
    // this tab as storage events, and must not replace the plan of the person being helped.
    let peer_tab = driver.window().await.unwrap();
    let other_tab = driver.new_tab().await.unwrap();
    driver.switch_to_window(other_tab).await.unwrap();
    open_view(&driver, &server, "plan/about").await;
    assert!(driver.find(By::Id("peer-banner")).await.is_err());
    type_into(&driver, "#about-name", "Kari Nordmann").await;
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.plan') || '').includes('Kari Nordmann')",
    )
    .await;
    // A later revision than any this tab has seen, as many saves there would make.
    eval(
        &driver,
        r#"(() => {
            const stored = JSON.parse(localStorage.getItem('ownplan.plan'));
            stored.revision = 1000;
            stored.plan.owner.name = 'Kari Nordmann-Berg';
            localStorage.setItem('ownplan.plan', JSON.stringify(stored));
            return true;
        })()"#,
    )
    .await;
    let local_before = local_storage_snapshot(&driver).await;
    driver.close_window().await.unwrap();
    driver.switch_to_window(peer_tab).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(value_of(&driver, "#about-name").await, "Sara Haugen");
    assert!(
        !eval(&driver, "sessionStorage.getItem('ownplan.plan')")
            .await
            .as_str()
            .unwrap()
            .contains("Kari")
    );
    assert!(driver.find(By::Css(".notice-warning")).await.is_err());

    // As if the browser brought the closed tab back 13 minutes later (10 + 2 is the limit).
    eval(
        &driver,
        "(sessionStorage.setItem('ownplan.activity', String(Date.now() - 13 * 60 * 1000)), true)",
    )
    .await;
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    // The cleared screen (its words are fetched when it first shows).
    ownplan_e2e::element(&driver, "#finish-cleared").await;
    assert_no_trace(&driver, &local_before, "after a late return").await;
    driver.quit().await.unwrap();
}
