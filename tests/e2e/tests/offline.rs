//! Offline use: after one visit the widget starts and works with the server gone, because the
//! service worker (static/sw.js) keeps the app's own files on the device; a new build replaces
//! the stored version without touching the person's plan and leaves no old files behind; and
//! the web manifest makes the app installable on a home screen.
//!
//! The server is stopped for real (its port refuses connections), so nothing here can pass by
//! reaching the network.

use std::path::{Path, PathBuf};

use ownplan_e2e::{
    ChromeDriver, StaticServer, audit_current, cached_files, copy_folder, dist, eval, open_view,
    text_of, type_into, value_of, wait_for_app, wait_for_offline_worker, wait_saved, wait_until,
};
use thirtyfour::prelude::*;

/// Whether the page now shown was answered by the service worker.
async fn served_by_worker(driver: &WebDriver) -> bool {
    eval(
        driver,
        "navigator.serviceWorker.controller !== null \
         && performance.getEntriesByType('navigation')[0].workerStart > 0",
    )
    .await
        == serde_json::json!(true)
}

/// The web manifest the page links to, fetched and parsed by the page.
async fn fetch_manifest(driver: &WebDriver) -> serde_json::Value {
    let text = driver
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               fetch(document.querySelector('link[rel=manifest]').href, { cache: 'no-store' })
                 .then((r) => r.text()).then(done, (e) => done(String(e)));"#,
            Vec::new(),
        )
        .await
        .unwrap();
    serde_json::from_str(text.json().as_str().unwrap()).expect("the manifest is JSON")
}

async fn visible_text(driver: &WebDriver) -> String {
    text_of(driver, "main").await
}

#[tokio::test]
async fn after_one_visit_the_widget_starts_and_works_with_the_server_gone() {
    let server = StaticServer::start(dist());
    let origin = server.url();
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    open_view(&driver, &server, "plan/about").await;

    // Installable on a home screen: the manifest names the app, opens it full screen from
    // its own folder, and offers a 192 and a 512 px icon and a maskable one.
    let manifest = fetch_manifest(&driver).await;
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["scope"], "./");
    assert_eq!(manifest["display"], "standalone");
    for field in ["name", "short_name", "theme_color", "background_color"] {
        assert!(
            manifest[field].as_str().is_some_and(|v| !v.is_empty()),
            "{field}"
        );
    }
    let icons = manifest["icons"].as_array().unwrap();
    for size in ["192x192", "512x512"] {
        assert!(
            icons
                .iter()
                .any(|i| i["sizes"] == size && i["type"] == "image/png"),
            "{size}"
        );
    }
    assert!(icons.iter().any(|i| {
        i["purpose"]
            .as_str()
            .is_some_and(|p| p.contains("maskable"))
    }));
    let script = wait_for_offline_worker(&driver).await;
    assert!(script.starts_with(&format!("{origin}sw.js?v=")), "{script}");

    type_into(&driver, "#about-name", "Sara Haugen").await;
    type_into(&driver, "#about-matters", "At jeg blir hørt.").await;
    wait_saved(&driver, "At jeg blir hørt.").await;

    server.stop();
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    assert!(served_by_worker(&driver).await);
    assert_eq!(value_of(&driver, "#about-name").await, "Sara Haugen");
    assert_eq!(
        value_of(&driver, "#about-matters").await,
        "At jeg blir hørt."
    );

    // Moving around works: within the page, and opening the app again by another address.
    driver.goto(format!("{origin}#/print")).await.unwrap();
    wait_for_app(&driver).await;
    wait_until(
        &driver,
        "document.querySelector('main').innerText.includes('Sara Haugen')",
    )
    .await;
    driver
        .goto(format!("{origin}index.html#/crisis"))
        .await
        .unwrap();
    wait_for_app(&driver).await;
    assert!(served_by_worker(&driver).await);
    driver.goto(format!("{origin}#/print")).await.unwrap();
    wait_for_app(&driver).await;
    let text = visible_text(&driver).await;
    assert!(text.contains("Sara Haugen"), "{text}");
    assert!(text.contains("At jeg blir hørt."), "{text}");
    audit_current(&driver, "offline-360-print", "the printable plan, offline").await;
    driver.goto(format!("{origin}#/plan")).await.unwrap();
    wait_for_app(&driver).await;
    audit_current(&driver, "offline-360-plan", "the plan's overview, offline").await;

    // Everything the page loaded came from its own origin.
    let fetched: Vec<String> = serde_json::from_value(
        eval(
            &driver,
            "performance.getEntriesByType('resource').map(e => e.name)",
        )
        .await,
    )
    .unwrap();
    for url in &fetched {
        assert!(url.starts_with(&origin), "fetched from elsewhere: {url}");
    }
    driver.quit().await.unwrap();
}

/// The hashed build files of a Trunk build: `name-<16 hex digits>[_bg].(js|wasm|css)`.
fn hashed_files(site: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(site)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| build_hash(name).is_some())
        .collect();
    names.sort();
    names
}

fn build_hash(name: &str) -> Option<&str> {
    let stem = name
        .strip_suffix(".js")
        .or_else(|| name.strip_suffix("_bg.wasm"))
        .or_else(|| name.strip_suffix(".css"))?;
    let hash = stem.rsplit_once('-')?.1;
    // Trunk writes a 64-bit hash in hex without leading zeros: up to 16 digits, sometimes fewer.
    ((8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(hash)
}

/// Turns the copy of the build in `site` into "the next build", as a deploy would: its hashed
/// files get other names (their content is the same, so their integrity hashes still hold), the
/// old names are gone, and index.html names the new ones and carries a mark to recognise it.
/// Returns the new file names.
fn deploy_next_build(site: &Path) -> Vec<String> {
    let mut index = std::fs::read_to_string(site.join("index.html")).unwrap();
    let mut renamed = Vec::new();
    for old in hashed_files(site) {
        let hash = build_hash(&old).unwrap();
        let next_hash = format!("{:016x}", !u64::from_str_radix(hash, 16).unwrap());
        let new = old.replace(hash, &next_hash);
        std::fs::rename(site.join(&old), site.join(&new)).unwrap();
        index = index.replace(&old, &new);
        renamed.push(new);
    }
    // The release build's index.html is minified (`minify` in Trunk.toml): the title is a
    // landmark either way.
    index = index.replacen(
        "<title>",
        "<meta name=\"ownplan-build\" content=\"next\"><title>",
        1,
    );
    assert!(index.contains("ownplan-build"), "index.html has its mark");
    std::fs::write(site.join("index.html"), index).unwrap();
    renamed.sort();
    renamed
}

async fn build_mark(driver: &WebDriver) -> serde_json::Value {
    eval(
        driver,
        "document.querySelector('meta[name=ownplan-build]')?.content ?? 'first'",
    )
    .await
}

#[tokio::test]
async fn a_new_build_replaces_the_stored_one_and_keeps_the_plan() {
    let site: PathBuf =
        std::env::temp_dir().join(format!("ownplan-offline-{}", std::process::id()));
    copy_folder(&dist(), &site);
    let first_files = hashed_files(&site);
    assert_eq!(first_files.len(), 3, "js, wasm and css: {first_files:?}");

    let server = StaticServer::start(site.clone());
    let origin = server.url();
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    open_view(&driver, &server, "plan/about").await;
    let first_worker = wait_for_offline_worker(&driver).await;
    type_into(&driver, "#about-name", "Sara Haugen").await;
    wait_saved(&driver, "Sara Haugen").await;
    let stored = cached_files(&driver).await;
    assert_eq!(stored.len(), 1, "{stored:?}");
    let first_cache = serde_json::to_string(&stored).unwrap();
    for name in &first_files {
        assert!(
            first_cache.contains(name),
            "{name} is stored: {first_cache}"
        );
    }

    let next_files = deploy_next_build(&site);

    // The first reload, online: the worker asks the network first and gets the new build; once
    // it runs, the new build's worker installs and takes over.
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    assert_eq!(build_mark(&driver).await, "next");
    assert_eq!(value_of(&driver, "#about-name").await, "Sara Haugen");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let next_worker = loop {
        let worker = wait_for_offline_worker(&driver).await;
        if worker != first_worker {
            break worker;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the new build's worker did not take over"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert!(next_worker.starts_with(&format!("{origin}sw.js?v=")));

    // Only the new build's files are kept.
    let stored = cached_files(&driver).await;
    assert_eq!(stored.len(), 1, "one version is kept: {stored:?}");
    let next_cache = serde_json::to_string(&stored).unwrap();
    for name in &next_files {
        assert!(next_cache.contains(name), "{name} is stored: {next_cache}");
    }
    for name in &first_files {
        assert!(!next_cache.contains(name), "{name} is gone: {next_cache}");
    }

    // The second reload, with the server gone: the new build, from the device, with the plan.
    server.stop();
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    assert!(served_by_worker(&driver).await);
    assert_eq!(build_mark(&driver).await, "next");
    assert_eq!(value_of(&driver, "#about-name").await, "Sara Haugen");
    driver.quit().await.unwrap();
    let _ = std::fs::remove_dir_all(&site);
}

/// Fetches `path` from the page and returns its text, or the error.
async fn page_fetch(driver: &WebDriver, path: &str) -> String {
    driver
        .execute_async(
            &format!(
                "const done = arguments[arguments.length - 1]; \
                 fetch({path:?}).then((r) => r.text()).then(done, (e) => done(String(e)));"
            ),
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// On an origin shared with other pages, the worker answers only for the widget's own files and
/// stores nothing else, so one person's answer is never served to the next; and the first
/// visit downloads the wasm once (the worker stores the page's copy from the HTTP cache).
#[tokio::test]
async fn the_offline_worker_answers_only_for_its_own_files_and_downloads_each_once() {
    let site = ownplan_e2e::fresh_folder("offline-shared-origin");
    copy_folder(&dist(), &site);
    std::fs::create_dir_all(site.join("account")).unwrap();
    std::fs::write(site.join("account/whoami.txt"), "Kari").unwrap();
    let server = StaticServer::start(site.clone());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    wait_for_offline_worker(&driver).await;

    let wasm_requests: Vec<String> = server
        .requests()
        .into_iter()
        .filter(|path| path.starts_with("/ownplan-web-") && path.ends_with("_bg.wasm"))
        .collect();
    assert_eq!(
        wasm_requests.len(),
        1,
        "the wasm is downloaded once: {wasm_requests:?}"
    );

    // Another page's answer on the same origin, inside the worker's scope.
    assert_eq!(page_fetch(&driver, "account/whoami.txt").await, "Kari");
    std::fs::write(site.join("account/whoami.txt"), "Nils").unwrap();
    assert_eq!(
        page_fetch(&driver, "account/whoami.txt").await,
        "Nils",
        "the next person gets their own answer, never a stored one"
    );
    let stored = serde_json::Value::Object(cached_files(&driver).await).to_string();
    assert!(
        !stored.contains("whoami"),
        "nothing but the widget's files is stored: {stored}"
    );
    assert!(stored.contains("_bg.wasm"), "{stored}");
    driver.quit().await.unwrap();
}
