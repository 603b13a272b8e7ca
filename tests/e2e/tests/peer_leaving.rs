//! Tier 4 for leaving helping mode on a shared computer that already holds another visitor's
//! plan (issue 15): the backup finally handed over is complete (made after signing, an earlier
//! download is marked out of date and offered again; restored in a fresh profile it yields the
//! key and version the GP's file was signed with), the "downloaded" state survives a trip to the
//! signed copies, no downloaded file name carries a name, the confirmation and the cleared screen
//! say what is not removed and how many files were made; a duplicated tab is wiped with the
//! first; the idle wipe happens after a simulated freeze before any use can reset it; the guide's
//! words do not contradict the banner; the passphrase field does not invite the shared profile to
//! save it; the way in is near the top of a visitor's overview. 360 px, screenshots, axe-core.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, audit_current, dist, eval, fresh_folder, open_view, tap,
    text_of, type_into, wait_for_app, wait_until,
};
use ownplan_web::i18n::{Language, translate};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

const GP: &str = "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000065";

fn english(id: &str) -> String {
    translate(Language::English, id)
}

/// The person's plan (owner Sara Haugen, shared as version 3 before), as helping mode stores it.
fn stored_full_plan() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../crates/ownplan-core/tests/fixtures/plan-v1-full.json");
    let plan: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    json!({"ownplanStorage": 1, "revision": 1, "writer": "e2e", "plan": plan}).to_string()
}

/// The computer's own visitor, Kari, with her plan in local storage; returns local storage.
async fn another_visitors_plan(driver: &WebDriver, server: &StaticServer, query: &str) -> Value {
    driver
        .goto(format!("{}{query}#/plan/about", server.url()))
        .await
        .unwrap();
    wait_for_app(driver).await;
    type_into(driver, "#about-name", "Kari Nordmann").await;
    wait_until(
        driver,
        "(localStorage.getItem('ownplan.plan') || '').includes('Kari Nordmann')",
    )
    .await;
    eval(driver, "Object.entries(localStorage).sort()").await
}

/// Starts helping mode from the home view (the choice at the end) and waits for it.
async fn start_helping(driver: &WebDriver) {
    eval(driver, "(location.hash = '#/', true)").await;
    wait_until(driver, "document.querySelector('#peer-start') !== null").await;
    tap(driver, "#peer-start").await;
    wait_until(
        driver,
        "document.querySelector('#peer-banner') !== null && sessionStorage.getItem('ownplan.mode') === 'peer'",
    )
    .await;
    wait_for_app(driver).await;
}

/// Goes to a view by changing the fragment only (the page is not loaded again).
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

/// Waits until `dir` holds a complete file not in `known`, and returns it (added to `known`).
fn next_download(dir: &Path, known: &mut BTreeSet<PathBuf>) -> PathBuf {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let found = std::fs::read_dir(dir).unwrap().find_map(|entry| {
            let path = entry.ok()?.path();
            // Chromium writes into a hidden or `.crdownload` file first.
            let partial = path
                .extension()
                .is_some_and(|e| e == "crdownload" || e == "tmp")
                || name_of(&path).starts_with('.');
            (!partial && !known.contains(&path)).then_some(path)
        });
        if let Some(path) = found {
            // Chromium names a download once it is complete; give it a moment to settle.
            std::thread::sleep(Duration::from_millis(300));
            known.insert(path.clone());
            return path;
        }
        assert!(Instant::now() < deadline, "no new download");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn name_of(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// No name of the person, the other visitor or a professional in `name`; the helping-mode shape.
fn assert_nameless(name: &str) {
    for who in ["Sara", "Haugen", "Kari", "Ingrid", "Solberg", "Rahman"] {
        assert!(!name.contains(who), "{name} names {who}");
    }
    assert!(
        name.starts_with("plan-") && name.ends_with(".json"),
        "helping-mode name: {name}"
    );
}

/// Scrolls `css` into view and saves a screenshot as `<name>.png`.
async fn screenshot_at(driver: &WebDriver, css: &str, name: &str) {
    eval(
        driver,
        &format!(
            "(document.querySelector({}).scrollIntoView(), true)",
            json!(css)
        ),
    )
    .await;
    driver
        .screenshot(&artifacts().join(format!("{name}.png")))
        .await
        .unwrap();
}

/// Downloads the backup on Finish, unlocked (the test reads it), and waits for the status.
async fn download_backup(driver: &WebDriver) {
    if eval(driver, "document.querySelector('#finish-protect').checked").await == json!(true) {
        tap(driver, "#finish-protect").await;
    }
    tap(driver, "#finish-download").await;
    wait_until(
        driver,
        &format!(
            "(document.querySelector('#finish-status') || {{}}).textContent === {}",
            json!(english("finish-download-done"))
        ),
    )
    .await;
}

#[tokio::test]
async fn the_backup_handed_over_is_complete_and_no_file_carries_a_name() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let downloads = fresh_folder("peer-leaving-downloads");
    let driver = chromedriver
        .session_with_downloads(360, 780, Some(&downloads))
        .await;
    let local_before = another_visitors_plan(&driver, &server, "").await;

    // The way in: near the top of Kari's overview, quietly; it leads to the choice.
    go_to(&driver, "").await;
    wait_until(&driver, "document.querySelector('#peer-jump') !== null").await;
    driver
        .screenshot(&artifacts().join("peer-leaving-360-en-home-way-in.png"))
        .await
        .unwrap();
    let (bottom, screen) = (
        eval(
            &driver,
            "document.querySelector('#peer-jump').getBoundingClientRect().bottom",
        )
        .await
        .as_f64()
        .unwrap(),
        eval(&driver, "innerHeight").await.as_f64().unwrap(),
    );
    assert!(
        bottom < screen / 2.0,
        "the way in is in the top half of the first screen at 360 px: {bottom} of {screen}"
    );
    tap(&driver, "#peer-jump").await;
    wait_until(
        &driver,
        "document.activeElement.id === 'peer-choice-title' \
         && document.querySelector('#peer-start').getBoundingClientRect().top < innerHeight",
    )
    .await;
    audit_current(&driver, "peer-leaving-360-en-home", "home with the way in").await;
    start_helping(&driver).await;

    // The person's plan (shared as version 3 before), in this tab only.
    eval(
        &driver,
        &format!(
            "(sessionStorage.setItem('ownplan.plan', {}), true)",
            json!(stored_full_plan())
        ),
    )
    .await;
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;

    // The passphrase field does not invite the shared profile to save it.
    go_to(&driver, "finish").await;
    assert_eq!(
        eval(
            &driver,
            "document.querySelector('#finish-passphrase').getAttribute('autocomplete')"
        )
        .await,
        "off"
    );
    assert!(
        eval(&driver, "document.querySelector('#finish-passphrase').closest('form') === null && !document.querySelector('#finish-passphrase').hasAttribute('name')").await == json!(true)
    );
    // Signed copies come before the backup.
    assert_eq!(
        eval(
            &driver,
            "(() => { const steps = [...document.querySelectorAll('.finish-step')]; \
              const at = css => steps.findIndex(s => s.querySelector(css)); \
              return at(\"a[href='#/share']\") < at('#finish-download'); })()"
        )
        .await,
        json!(true),
        "signing before the backup"
    );

    // An early backup, before any key: complete for now.
    let mut known = BTreeSet::new();
    download_backup(&driver).await;
    let early = next_download(&downloads, &mut known);
    assert_nameless(&name_of(&early));
    wait_until(
        &driver,
        "document.querySelector('#finish-backup-complete') !== null",
    )
    .await;

    // Signing for the GP makes the key and version 4.
    go_to(&driver, "share").await;
    tap(&driver, &format!("[id=\"share-member-{GP}\"]")).await;
    wait_until(&driver, "document.querySelector('#share-sign') !== null").await;
    tap(&driver, "#share-sign").await;
    wait_until(&driver, "document.querySelector('.share-files') !== null").await;
    tap(&driver, "#share-download-0").await;
    let gp_file = next_download(&downloads, &mut known);
    assert_nameless(&name_of(&gp_file));
    let gp: Value = serde_json::from_str(&std::fs::read_to_string(&gp_file).unwrap()).unwrap();
    let signed_version = gp["credentialSubject"]["planVersion"].clone();
    assert_eq!(signed_version, json!(4));
    let signed_with = gp["proof"]["verificationMethod"]
        .as_str()
        .unwrap()
        .split('#')
        .next()
        .unwrap()
        .to_owned();
    assert!(signed_with.starts_with("did:key:z"), "{signed_with}");

    // Back on Finish: the early file is out of date, said plainly, and the confirmation says so.
    go_to(&driver, "finish").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-backup-out-of-date') !== null",
    )
    .await;
    screenshot_at(
        &driver,
        "#finish-backup-out-of-date",
        "peer-leaving-360-en-finish-out-of-date",
    )
    .await;
    tap(&driver, "#finish-clear").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-clear-out-of-date') !== null",
    )
    .await;
    tap(&driver, "#finish-clear-cancel").await;

    // The backup again: complete, and the state survives leaving Finish and coming back.
    download_backup(&driver).await;
    let last = next_download(&downloads, &mut known);
    assert_nameless(&name_of(&last));
    wait_until(
        &driver,
        "document.querySelector('#finish-backup-complete') !== null",
    )
    .await;
    go_to(&driver, "share").await;
    go_to(&driver, "finish").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-backup-complete') !== null",
    )
    .await;

    // The confirmation: what is removed and what is not, with the count of files; nothing
    // missing or out of date.
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
    assert!(
        driver
            .find(By::Id("finish-clear-out-of-date"))
            .await
            .is_err()
    );
    let confirmation = text_of(&driver, ".finish-confirm").await;
    for id in [
        "finish-clear-removed",
        "finish-clear-not-removed-print",
        "finish-clear-not-removed-history",
    ] {
        assert!(confirmation.contains(&english(id)), "{id}: {confirmation}");
    }
    assert!(
        !confirmation.contains("removed from this computer"),
        "{confirmation}"
    );
    assert!(
        text_of(&driver, "#finish-clear-files").await.contains('3'),
        "three files made"
    );
    audit_current(
        &driver,
        "peer-leaving-360-en-finish-confirm",
        "finish, what is and is not removed",
    )
    .await;
    screenshot_at(
        &driver,
        ".finish-confirm",
        "peer-leaving-360-en-finish-confirm-view",
    )
    .await;
    tap(&driver, "#finish-clear-confirm").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-cleared') !== null",
    )
    .await;
    wait_for_app(&driver).await;

    // The cleared screen: how many files, and to delete them; the address holds a bare count.
    assert_eq!(
        eval(&driver, "location.hash").await,
        "#/finish?cleared&files=3"
    );
    let cleared = text_of(&driver, "#finish-cleared-files").await;
    assert!(cleared.contains('3'), "{cleared}");
    assert!(
        cleared.contains("Ctrl+J") && cleared.contains("Downloads"),
        "{cleared}"
    );
    audit_current(&driver, "peer-leaving-360-en-cleared", "the cleared screen").await;
    assert_eq!(
        eval(
            &driver,
            "Object.keys(sessionStorage).filter(k => k.startsWith('ownplan'))"
        )
        .await,
        json!([])
    );
    assert_eq!(
        eval(&driver, "Object.entries(localStorage).sort()").await,
        local_before,
        "Kari's plan untouched"
    );
    driver.quit().await.unwrap();

    // The last backup, restored in a fresh profile, yields the key and version the GP's file
    // was signed with.
    let fresh = ChromeDriver::start();
    let elsewhere = fresh.session(360, 780).await;
    open_view(&elsewhere, &server, "backup").await;
    elsewhere
        .find(By::Css("#restore-file"))
        .await
        .unwrap()
        .send_keys(last.display().to_string())
        .await
        .unwrap();
    wait_until(
        &elsewhere,
        "document.querySelector('#restore-confirm') !== null",
    )
    .await;
    tap(&elsewhere, "#restore-confirm").await;
    wait_until(
        &elsewhere,
        "(localStorage.getItem('ownplan.plan') || '').includes('Sara Haugen') \
         && localStorage.getItem('ownplan.key') !== null",
    )
    .await;
    assert_eq!(
        eval(
            &elsewhere,
            "JSON.parse(localStorage.getItem('ownplan.plan')).plan.planVersion"
        )
        .await,
        signed_version
    );
    open_view(&elsewhere, &server, "key").await;
    wait_until(
        &elsewhere,
        "document.querySelector('#key-technical') !== null",
    )
    .await;
    if eval(&elsewhere, "document.querySelector('#key-technical').open").await != json!(true) {
        tap(&elsewhere, "#key-technical summary").await;
    }
    assert_eq!(text_of(&elsewhere, "#key-did").await, signed_with);
    elsewhere.quit().await.unwrap();
}

#[tokio::test]
async fn a_duplicated_tab_is_wiped_with_the_first() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    let local_before = another_visitors_plan(&driver, &server, "").await;
    start_helping(&driver).await;
    go_to(&driver, "plan/about").await;
    type_into(&driver, "#about-name", "Sara Haugen").await;
    wait_until(
        &driver,
        "(sessionStorage.getItem('ownplan.plan') || '').includes('Sara Haugen')",
    )
    .await;
    let first = driver.window().await.unwrap();

    // "Duplicate tab": a second tab with a copy of this tab's session storage.
    let copied = eval(&driver, "JSON.stringify(Object.entries(sessionStorage))").await;
    let second = driver.new_tab().await.unwrap();
    driver.switch_to_window(second.clone()).await.unwrap();
    driver
        .goto(format!("{}#/plan/about", server.url()))
        .await
        .unwrap();
    wait_for_app(&driver).await;
    driver
        .execute(
            "for (const [k, v] of JSON.parse(arguments[0])) sessionStorage.setItem(k, v);",
            vec![copied],
        )
        .await
        .unwrap();
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    wait_until(
        &driver,
        "document.querySelector('#peer-banner') !== null \
         && document.querySelector('#about-name').value === 'Sara Haugen'",
    )
    .await;

    // Another helping session in a third tab is someone else's: not wiped.
    let third = driver.new_tab().await.unwrap();
    driver.switch_to_window(third.clone()).await.unwrap();
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    start_helping(&driver).await;
    go_to(&driver, "plan/about").await;
    type_into(&driver, "#about-name", "Per Olsen").await;
    wait_until(
        &driver,
        "(sessionStorage.getItem('ownplan.plan') || '').includes('Per Olsen')",
    )
    .await;

    // Finish in the first tab.
    driver.switch_to_window(first).await.unwrap();
    go_to(&driver, "finish").await;
    tap(&driver, "#finish-clear").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-clear-confirm') !== null",
    )
    .await;
    tap(&driver, "#finish-clear-confirm").await;
    wait_until(
        &driver,
        "document.querySelector('#finish-cleared') !== null",
    )
    .await;

    // The duplicate is cleared too: no plan, no banner, nothing in its session storage.
    driver.switch_to_window(second).await.unwrap();
    wait_until(
        &driver,
        "document.querySelector('#finish-cleared') !== null \
         && document.querySelector('#peer-banner') === null",
    )
    .await;
    wait_for_app(&driver).await;
    assert_eq!(
        eval(
            &driver,
            "Object.keys(sessionStorage).filter(k => k.startsWith('ownplan'))"
        )
        .await,
        json!([])
    );
    driver
        .screenshot(&artifacts().join("peer-leaving-360-en-duplicate-cleared.png"))
        .await
        .unwrap();
    assert_eq!(
        eval(&driver, "Object.entries(localStorage).sort()").await,
        local_before
    );

    // The other helping session goes on.
    driver.switch_to_window(third).await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(driver.find(By::Id("peer-banner")).await.is_ok());
    assert!(
        eval(&driver, "sessionStorage.getItem('ownplan.plan')")
            .await
            .as_str()
            .unwrap()
            .contains("Per Olsen")
    );
    driver.quit().await.unwrap();
}

/// Moves this page's clock `minutes` ahead, as after a freeze (the timers did not run), and in
/// the same task sends `events` (script) before any timer can run.
async fn thaw_after(driver: &WebDriver, minutes: u32, events: &str) {
    eval(
        driver,
        &format!(
            "(() => {{ const real = Date.now.bind(Date); const ahead = {minutes} * 60 * 1000; \
              Date.now = () => real() + ahead; {events}; return true; }})()"
        ),
    )
    .await;
}

#[tokio::test]
async fn the_idle_wipe_happens_after_a_freeze_before_any_use_resets_it() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    let local_before = another_visitors_plan(&driver, &server, "").await;

    // A freeze of 13 minutes (10 + 2 is the limit), then the first pointer move.
    for (round, events) in [
        (
            "pointer",
            "window.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }))",
        ),
        (
            "pageshow",
            "window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })); \
             window.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }))",
        ),
    ] {
        start_helping(&driver).await;
        go_to(&driver, "plan/about").await;
        type_into(&driver, "#about-name", "Sara Haugen").await;
        wait_until(
            &driver,
            "(sessionStorage.getItem('ownplan.plan') || '').includes('Sara Haugen')",
        )
        .await;
        thaw_after(&driver, 13, events).await;
        wait_until(
            &driver,
            "document.querySelector('#finish-cleared') !== null",
        )
        .await;
        wait_for_app(&driver).await;
        assert_eq!(
            eval(
                &driver,
                "Object.keys(sessionStorage).filter(k => k.startsWith('ownplan'))"
            )
            .await,
            json!([]),
            "{round}"
        );
        assert_eq!(
            eval(&driver, "Object.entries(localStorage).sort()").await,
            local_before,
            "{round}"
        );
    }

    // A short pause (5 minutes) is no reason to clear: the pointer move counts as use.
    start_helping(&driver).await;
    go_to(&driver, "plan/about").await;
    type_into(&driver, "#about-name", "Sara Haugen").await;
    thaw_after(
        &driver,
        5,
        "window.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }))",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(driver.find(By::Id("peer-banner")).await.is_ok());
    assert!(driver.find(By::Id("idle-warning")).await.is_err());
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn in_helping_mode_the_guide_does_not_say_it_is_saved_on_this_device() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    another_visitors_plan(&driver, &server, "").await;
    start_helping(&driver).await;
    let last = ownplan_web::state::guide::QUESTION_COUNT;
    for language in Language::ALL {
        let code = language.code();
        eval(
            &driver,
            &format!(
                "(() => {{ const s = document.querySelector('#ownplan-language'); s.value = '{code}'; \
                  s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true; }})()"
            ),
        )
        .await;
        wait_until(
            &driver,
            &format!("document.documentElement.lang === '{code}'"),
        )
        .await;
        for (view, css) in [
            ("guide?step=1".to_owned(), "main .intro"),
            ("guide?step=done".to_owned(), "main .intro"),
        ] {
            go_to(&driver, &view).await;
            let words = text_of(&driver, css).await;
            for promise in [
                "saved on this",
                "straight away",
                "lagret på",
                "lagra på",
                "med én gang",
                "med ein gong",
            ] {
                assert!(!words.contains(promise), "{code} {view}: {words}");
            }
            driver
                .screenshot(&artifacts().join(format!(
                    "peer-leaving-360-{code}-{}.png",
                    view.replace(['?', '='], "-")
                )))
                .await
                .unwrap();
        }
        // The guide's last button is not the banner's Finish.
        go_to(&driver, &format!("guide?step={last}")).await;
        let button = text_of(&driver, ".guide-next").await;
        let finish = text_of(&driver, ".peer-banner-finish").await;
        assert_ne!(button.trim(), finish.trim(), "{code}");
    }
    audit_current(
        &driver,
        "peer-leaving-360-guide-done",
        "guide summary, helping mode",
    )
    .await;
    driver.quit().await.unwrap();
}
