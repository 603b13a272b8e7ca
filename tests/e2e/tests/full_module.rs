//! Tier 4 for the widget's two modules (issue 17): a first visit fetches only the first module,
//! which shows a first visit's overview; every other view, and the overview of a person who
//! already has a plan, come with the full module. The first module fetches it in the background
//! once the offline worker has stored it, so the first tap on a part of the plan needs no
//! download, and after one visit every view opens with the server gone. When the full module
//! cannot be had, the view says so in the person's language with "Try again", the stored plan is
//! untouched, and "Try again" works once the module is there. 360 px.

use std::time::Duration;

use ownplan_e2e::{
    ChromeDriver, StaticServer, audit_current, dist, dist_without, eval, open_view,
    put_stored_plan, tap, text_of, type_into, value_of, wait_for_app, wait_for_offline_worker,
    wait_saved, wait_until, wait_until_within,
};
use ownplan_web::i18n::{Language, translate};
use thirtyfour::prelude::*;

/// The paths the page fetched so far (resource timing), without the origin.
async fn fetched(driver: &WebDriver) -> Vec<String> {
    let value = eval(
        driver,
        "performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)",
    )
    .await;
    value
        .as_array()
        .map(|names| {
            names
                .iter()
                .filter_map(|name| name.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn names_full_module(paths: &[String]) -> bool {
    paths.iter().any(|path| path.contains("ownplan-full"))
}

/// Opens `view` at its address, and waits for its heading.
async fn go_to(driver: &WebDriver, view: &str) {
    eval(driver, &format!("location.hash = '#/{view}'")).await;
    wait_until(
        driver,
        "document.getElementById('view-opening') === null \
         && document.querySelector('main#ownplan-main :is(h1, [data-level=\"1\"])') !== null",
    )
    .await;
}

/// The text stored under the plan's key.
async fn stored_plan(driver: &WebDriver) -> serde_json::Value {
    eval(driver, "localStorage.getItem('ownplan.plan')").await
}

#[tokio::test]
async fn a_first_visit_loads_the_overview_alone_and_the_rest_is_there_offline_after_it() {
    let server = StaticServer::start(dist());
    let origin = server.url();
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    open_view(&driver, &server, "").await;
    assert_eq!(
        text_of(&driver, "#page-title").await,
        translate(Language::English, "home-title")
    );
    // The full module comes in the background, from the offline worker's store.
    wait_for_offline_worker(&driver).await;
    wait_until_within(
        &driver,
        "performance.getEntriesByType('resource').some((e) => e.name.includes('ownplan-full_bg.wasm'))",
        Duration::from_secs(30),
    )
    .await;

    // From here on the server is gone: the first tap on the plan opens it from the device.
    server.stop();
    tap(&driver, "a.button-primary").await;
    wait_until(
        &driver,
        "document.getElementById('view-opening') === null \
         && document.getElementById('about-name') !== null",
    )
    .await;
    type_into(&driver, "#about-name", "Sara Haugen").await;
    wait_saved(&driver, "Sara Haugen").await;
    // The share, key and verify views, and the crisis card.
    go_to(&driver, "share").await;
    wait_until(&driver, "document.getElementById('share-who') !== null").await;
    audit_current(&driver, "full-module-share-offline", "share view offline").await;
    go_to(&driver, "key").await;
    wait_until(&driver, "document.getElementById('key-missing') !== null").await;
    audit_current(&driver, "full-module-key-offline", "key view offline").await;
    go_to(&driver, "verify").await;
    wait_until(&driver, "document.getElementById('verify-text') !== null").await;
    audit_current(&driver, "full-module-verify-offline", "verify view offline").await;
    go_to(&driver, "crisis/card").await;
    audit_current(&driver, "full-module-card-offline", "crisis card offline").await;
    go_to(&driver, "plan/about").await;
    assert_eq!(value_of(&driver, "#about-name").await, "Sara Haugen");

    // A returning visit, with the server still gone: the person who has a plan gets the full
    // module's overview, which knows the plan (no first visit's "Start" button).
    driver.goto(origin.clone()).await.unwrap();
    wait_for_app(&driver).await;
    wait_until(
        &driver,
        "document.getElementById('page-title') !== null \
         && document.querySelector('a.button-primary[href$=\"plan/about\"]') === null",
    )
    .await;
    // A fresh page, opened straight at the share view.
    driver.goto(format!("{origin}#/share")).await.unwrap();
    wait_for_app(&driver).await;
    wait_until(&driver, "document.getElementById('share-who') !== null").await;
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn without_the_full_module_the_view_says_so_nothing_changes_and_try_again_works() {
    let site = dist_without("full-module-dist-without-it", "ownplan-full");
    let server = StaticServer::start(site.clone());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    // A first visit's overview needs nothing of the full module.
    open_view(&driver, &server, "").await;
    assert_eq!(
        text_of(&driver, "#page-title").await,
        translate(Language::English, "home-title")
    );
    audit_current(
        &driver,
        "full-module-first-overview",
        "first visit's overview without the full module",
    )
    .await;
    // "Start" cannot open the plan: said in the browser's language, with "Try again".
    tap(&driver, "a.button-primary").await;
    wait_until(
        &driver,
        "document.querySelector('#view-not-loaded[role=alert]') !== null",
    )
    .await;
    let message = text_of(&driver, "#view-not-loaded").await;
    assert!(
        message.contains(&translate(Language::English, "view-not-loaded")),
        "the browser's language's message, which says the words are safe: {message}"
    );
    audit_current(
        &driver,
        "full-module-unavailable",
        "a part of the plan without the full module",
    )
    .await;

    // A person with a plan on this device: the overview needs the full module; the plan is
    // left exactly as it was.
    let plan: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../examples/plan-full-nb.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let stored = serde_json::json!({
        "ownplanStorage": 1, "revision": 3, "writer": "another-tab", "plan": plan
    })
    .to_string();
    put_stored_plan(&driver, &serde_json::Value::String(stored.clone())).await;
    wait_until(
        &driver,
        "document.querySelector('#view-not-loaded[role=alert]') !== null",
    )
    .await;
    tap(&driver, "#view-load-retry").await;
    wait_until(
        &driver,
        "document.querySelector('#view-not-loaded[role=alert]') !== null",
    )
    .await;
    assert_eq!(
        stored_plan(&driver).await,
        serde_json::Value::String(stored)
    );

    // The module is there again: "Try again" opens the person's overview.
    for entry in std::fs::read_dir(dist()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("ownplan-full") {
            std::fs::copy(&path, site.join(&name)).unwrap();
        }
    }
    tap(&driver, "#view-load-retry").await;
    wait_until(
        &driver,
        "document.getElementById('view-not-loaded') === null \
         && document.getElementById('view-opening') === null \
         && document.getElementById('page-title') !== null \
         && document.querySelector('a.button-primary[href$=\"plan/about\"]') === null",
    )
    .await;
    assert!(names_full_module(&fetched(&driver).await));
    driver.quit().await.unwrap();
}
