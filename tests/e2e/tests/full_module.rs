//! Tier 4 for the widget's two modules (issue 17): a first visit fetches only the first module
//! (the views a person needs to see and edit the plan); the share, key and verify views come
//! with the full module, fetched when one of them first opens. After one visit they open with
//! the server gone (the offline worker stored the full module after the first load). When the
//! full module cannot be had, the view says so in the person's language with "Try again",
//! nothing the person wrote is lost, and the rest of the widget keeps working. 360 px.

use ownplan_e2e::{
    ChromeDriver, StaticServer, audit_current, dist, dist_without, eval, open_view, tap, text_of,
    type_into, value_of, wait_for_app, wait_for_offline_worker, wait_saved, wait_until,
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

/// Opens `view` by its link in the page (as a person does), and waits for its heading.
async fn go_to(driver: &WebDriver, view: &str) {
    eval(driver, &format!("location.hash = '#/{view}'")).await;
    wait_until(
        driver,
        "document.getElementById('view-opening') === null \
         && document.querySelector('main#ownplan-main :is(h1, [data-level=\"1\"])') !== null",
    )
    .await;
}

#[tokio::test]
async fn the_first_load_has_no_full_module_and_its_views_open_offline_after_one_visit() {
    let server = StaticServer::start(dist());
    let origin = server.url();
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    open_view(&driver, &server, "plan/about").await;
    type_into(&driver, "#about-name", "Sara Haugen").await;
    wait_saved(&driver, "Sara Haugen").await;
    assert!(
        !names_full_module(&fetched(&driver).await),
        "a first visit to the plan fetches no full module: {:?}",
        fetched(&driver).await
    );
    wait_for_offline_worker(&driver).await;

    server.stop();
    // The share view: the full module is fetched from the device's store and takes over; what
    // the person wrote is there.
    go_to(&driver, "share").await;
    assert!(names_full_module(&fetched(&driver).await));
    wait_until(&driver, "document.getElementById('share-who') !== null").await;
    audit_current(&driver, "full-module-share-offline", "share view offline").await;
    go_to(&driver, "key").await;
    wait_until(&driver, "document.getElementById('key-missing') !== null").await;
    audit_current(&driver, "full-module-key-offline", "key view offline").await;
    go_to(&driver, "verify").await;
    wait_until(&driver, "document.getElementById('verify-text') !== null").await;
    audit_current(&driver, "full-module-verify-offline", "verify view offline").await;
    // Back to the plan in the full module: still the person's words.
    go_to(&driver, "plan/about").await;
    assert_eq!(value_of(&driver, "#about-name").await, "Sara Haugen");

    // A fresh page, opened straight at the share view with the server gone.
    driver.goto(format!("{origin}#/share")).await.unwrap();
    wait_for_app(&driver).await;
    go_to(&driver, "share").await;
    wait_until(&driver, "document.getElementById('share-who') !== null").await;
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn without_the_full_module_the_view_says_so_and_nothing_is_lost() {
    let without_module = dist_without("full-module-dist-without-it", "ownplan-full");
    let server = StaticServer::start(without_module);
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    open_view(&driver, &server, "plan/about").await;
    type_into(&driver, "#about-name", "Sara Haugen").await;
    // Not yet saved when the person opens the share view.
    eval(&driver, "location.hash = '#/share'").await;
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
        "share view without the full module",
    )
    .await;
    // Try again: still unavailable, still explained, nothing changed.
    tap(&driver, "#view-load-retry").await;
    wait_until(
        &driver,
        "document.querySelector('#view-not-loaded[role=alert]') !== null",
    )
    .await;
    wait_saved(&driver, "Sara Haugen").await;
    // The rest of the widget works: back to the plan, the words are there and can be changed.
    eval(&driver, "location.hash = '#/plan/about'").await;
    wait_until(&driver, "document.getElementById('about-name') !== null").await;
    assert_eq!(value_of(&driver, "#about-name").await, "Sara Haugen");
    type_into(&driver, "#about-matters", "At jeg blir hørt.").await;
    wait_saved(&driver, "At jeg blir hørt.").await;
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    wait_until(&driver, "document.getElementById('about-name') !== null").await;
    assert_eq!(value_of(&driver, "#about-name").await, "Sara Haugen");
    driver.quit().await.unwrap();
}
