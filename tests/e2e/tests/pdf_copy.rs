//! Tier 4, the PDF copy at 360 px: after signing, "Download the PDF copy" loads the PDF module
//! (a worker of its own, never part of the first load) and downloads a PDF whose embedded file is
//! byte for byte the signed JSON, which the `ownplan` command verifies; pdftotext shows the
//! Norwegian letters and the labels in the plan's language (Bokmål) although the interface is in
//! English. With the server stopped after the first visit the copy is still made (the service
//! worker stored the module). When the module cannot be loaded, the person reads a translated
//! message and the JSON download still works.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use ownplan_e2e::{
    ChromeDriver, StaticServer, cached_files, dist, dist_without, downloaded_files, eval,
    fresh_folder, open_view, ownplan_command, put_stored_plan, tap, wait_for_offline_worker,
    wait_until,
};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

const GP: &str = "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000065";

fn full_plan() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../crates/ownplan-core/tests/fixtures/plan-v1-full.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn stored(plan: &Value) -> Value {
    Value::String(
        json!({"ownplanStorage": 1, "revision": 1, "writer": "e2e", "plan": plan}).to_string(),
    )
}

/// Waits (up to 30 s) for `count` downloaded `.pdf` files in `dir`.
fn downloaded_pdfs(dir: &Path, count: usize) -> Vec<PathBuf> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                    .filter(|path| path.extension().is_some_and(|ext| ext == "pdf"))
                    .collect()
            })
            .unwrap_or_default();
        if files.len() >= count {
            files.sort();
            return files;
        }
        assert!(
            Instant::now() < deadline,
            "expected {count} downloaded PDF(s) in {}",
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The URLs of the resources this page has fetched (its performance entries).
async fn fetched_by_page(driver: &WebDriver) -> Vec<String> {
    let entries = eval(
        driver,
        "performance.getEntriesByType('resource').map((entry) => entry.name)",
    )
    .await;
    entries
        .as_array()
        .unwrap()
        .iter()
        .map(|name| name.as_str().unwrap_or_default().to_owned())
        .collect()
}

fn names_pdf_module(urls: &[String]) -> bool {
    urls.iter().any(|url| url.contains("ownplan-pdf-worker"))
}

/// Signs the full plan for the GP and waits for the signed file's row.
async fn sign_for_gp(driver: &WebDriver, server: &StaticServer) {
    open_view(driver, server, "share").await;
    put_stored_plan(driver, &stored(&full_plan())).await;
    open_view(driver, server, "share").await;
    tap(driver, &format!("[id=\"share-member-{GP}\"]")).await;
    tap(driver, "#share-sign").await;
    wait_until(driver, "document.querySelector('#share-pdf-0') !== null").await;
}

fn run(program: &str, args: &[&str]) -> std::process::Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("{program} (cargo xtask setup --for-tests): {error}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_pdf_copy_is_loaded_when_asked_and_carries_the_signed_file() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let downloads = fresh_folder("pdf-copy-downloads");
    let driver = chrome
        .session_with_downloads(360, 780, Some(&downloads))
        .await;
    sign_for_gp(&driver, &server).await;

    // The first load and everything up to here fetched nothing of the PDF module.
    assert!(
        !names_pdf_module(&fetched_by_page(&driver).await),
        "the PDF module is not part of the first load"
    );

    tap(&driver, "#share-download-0").await;
    let json_file = downloaded_files(&downloads, 1).remove(0);
    tap(&driver, "#share-pdf-0").await;
    wait_until(
        &driver,
        "document.querySelector('[id=\"share-pdf-done-0\"]') !== null",
    )
    .await;
    let pdf = downloaded_pdfs(&downloads, 1).remove(0);
    assert_eq!(
        pdf.file_stem(),
        json_file.file_stem(),
        "the PDF is named after the JSON file"
    );
    assert!(
        names_pdf_module(&fetched_by_page(&driver).await),
        "the PDF module was fetched after the tap"
    );

    // The embedded document is the signed JSON, byte for byte.
    let detached = fresh_folder("pdf-copy-detached");
    let output = run(
        "pdfdetach",
        &[
            "-saveall",
            "-o",
            detached.to_str().unwrap(),
            pdf.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "pdfdetach: {output:?}");
    let embedded: Vec<PathBuf> = std::fs::read_dir(&detached)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(embedded.len(), 1, "one embedded file: {embedded:?}");
    assert_eq!(
        std::fs::read(&embedded[0]).unwrap(),
        std::fs::read(&json_file).unwrap(),
        "the embedded file is the signed JSON"
    );

    // The command verifies the PDF (its embedded document).
    let output = Command::new(ownplan_command())
        .args(["verify", "--json", "--today", "2026-11-22"])
        .arg(&pdf)
        .output()
        .expect("the ownplan command (cargo build -p ownplan-cli)");
    assert!(
        output.status.success(),
        "ownplan verify on the PDF: {}",
        String::from_utf8_lossy(&output.stdout)
    );

    // The visible text: Norwegian letters, and labels in the plan's language (Bokmål), although
    // the interface is in English.
    let output = run("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Personens navn"), "labels in Bokmål: {text}");
    assert!(
        text.contains('æ') && text.contains('ø') && text.contains('å'),
        "æøå: {text}"
    );

    // Offline: the service worker stored the module after the first load; with the server
    // gone, a second copy is still made.
    wait_for_offline_worker(&driver).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let cached = cached_files(&driver).await;
        let stored = cached
            .values()
            .flat_map(|urls| urls.as_array().unwrap().clone());
        let stored: Vec<String> = stored.map(|url| url.as_str().unwrap().to_owned()).collect();
        if ["_loader.js", "-worker.js", "_bg.wasm"].iter().all(|end| {
            stored
                .iter()
                .any(|url| url.contains("ownplan-pdf-worker") && url.ends_with(end))
        }) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the PDF module is stored: {stored:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    server.stop();
    eval(&driver, "document.getElementById('share-pdf-0').click()").await;
    wait_until(
        &driver,
        "document.querySelector('[id=\"share-pdf-0\"]').disabled === false \
         && document.querySelector('[id=\"share-pdf-error-0\"]') === null",
    )
    .await;
    let pdfs = downloaded_pdfs(&downloads, 2);
    assert_eq!(pdfs.len(), 2, "a second copy, made offline");
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_module_that_cannot_load_is_explained_and_the_json_still_downloads() {
    let without_module = dist_without("pdf-copy-dist-without-module", "ownplan-pdf-worker");
    let server = StaticServer::start(without_module);
    let chrome = ChromeDriver::start();
    let downloads = fresh_folder("pdf-copy-failed-downloads");
    let driver = chrome
        .session_with_downloads(360, 780, Some(&downloads))
        .await;
    sign_for_gp(&driver, &server).await;
    tap(&driver, "#share-pdf-0").await;
    wait_until(
        &driver,
        "document.querySelector('[id=\"share-pdf-error-0\"][role=alert]') !== null",
    )
    .await;
    let message = eval(
        &driver,
        "document.getElementById('share-pdf-error-0').textContent",
    )
    .await;
    assert!(
        message.as_str().unwrap().contains("could not be loaded"),
        "a translated message: {message}"
    );
    tap(&driver, "#share-download-0").await;
    assert_eq!(downloaded_files(&downloads, 1).len(), 1);
    driver.quit().await.unwrap();
}

/// Runs `body` with `w` bound to the widget's shadow root in the example portal.
fn in_widget(body: &str) -> String {
    format!("(() => {{ const w = document.querySelector('#ownplan-host').shadowRoot; {body} }})()")
}

#[tokio::test(flavor = "multi_thread")]
async fn in_a_portal_page_the_module_is_found_next_to_the_widget_files() {
    let server = StaticServer::start(ownplan_e2e::site_with_portal("pdf-copy-portal-site"));
    let chrome = ChromeDriver::start();
    let downloads = fresh_folder("pdf-copy-portal-downloads");
    let driver = chrome
        .session_with_downloads(360, 780, Some(&downloads))
        .await;
    // The portal lives in embed/, the widget's files one folder up.
    let portal = format!("{}embed/fjordvik.html", server.url());
    driver.goto(&portal).await.unwrap();
    let plan = stored(&full_plan());
    eval(
        &driver,
        &format!(
            "(localStorage.setItem('ownplan.fjordvik.plan', {plan}), \
              localStorage.setItem('ownplan.language', 'en'), true)"
        ),
    )
    .await;
    driver.goto(&portal).await.unwrap();
    eval(
        &driver,
        "(window.__violations = [], document.addEventListener('securitypolicyviolation', \
          e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI)), true)",
    )
    .await;
    let ready = |condition: &str| in_widget(&format!("return !!w && ({condition});"));
    // A person with a plan: the overview comes with the full module ("Opening …" meanwhile).
    wait_until(
        &driver,
        &ready(
            "w.getElementById('view-opening') === null \
             && w.querySelector('a[href$=\"/share\"]') !== null",
        ),
    )
    .await;
    eval(
        &driver,
        &in_widget("w.querySelector('a[href$=\"/share\"]').click(); return true;"),
    )
    .await;
    let member = format!("[id=\"share-member-{GP}\"]");
    wait_until(
        &driver,
        &ready(&format!("w.querySelector('{member}') !== null")),
    )
    .await;
    eval(
        &driver,
        &in_widget(&format!(
            "w.querySelector('{member}').click(); return true;"
        )),
    )
    .await;
    eval(
        &driver,
        &in_widget("w.querySelector('#share-sign').click(); return true;"),
    )
    .await;
    wait_until(&driver, &ready("w.querySelector('#share-pdf-0') !== null")).await;
    eval(
        &driver,
        &in_widget("w.querySelector('#share-pdf-0').click(); return true;"),
    )
    .await;
    wait_until(
        &driver,
        &ready(
            "w.querySelector('[id=\"share-pdf-done-0\"]') !== null \
             || w.querySelector('[id=\"share-pdf-error-0\"]') !== null",
        ),
    )
    .await;
    let error = eval(
        &driver,
        &in_widget(
            "const e = w.querySelector('[id=\"share-pdf-error-0\"]'); return e && e.textContent;",
        ),
    )
    .await;
    assert_eq!(error, Value::Null, "no error in the portal");
    assert_eq!(downloaded_pdfs(&downloads, 1).len(), 1);
    let module = eval(
        &driver,
        "performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('ownplan-pdf-worker'))",
    )
    .await;
    let expected = format!("{}ownplan-pdf-worker_loader.js", server.url());
    assert!(
        module
            .as_array()
            .unwrap()
            .iter()
            .any(|url| url == &Value::String(expected.clone())),
        "the module comes from the widget's folder, not the portal's: {module}"
    );
    assert_eq!(
        eval(&driver, "window.__violations").await,
        json!([]),
        "the portal's policy allows the module"
    );
    driver.quit().await.unwrap();
}
