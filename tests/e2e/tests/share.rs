//! Tier 4, sharing: a person with a full plan shares it with two professionals who get different
//! parts, sees exactly what each will see, is warned before sharing against their own plan, signs,
//! and downloads one file per recipient. The `ownplan` command then verifies each downloaded file
//! (the browser and the command agree), finds only that recipient's parts in it, and refuses a
//! copy with one character changed. The plan records the round in its revision log. The share
//! view is photographed at 360 px and checked with axe-core in each state; signing a large plan
//! is timed.

use std::path::Path;
use std::process::Command;

use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, audit_current, audit_views, dist, downloaded_files,
    eval, fresh_folder, open_view, ownplan_command, put_stored_plan, tap, type_into, wait_until,
};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

const GP: &str = "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000065";
const NAV: &str = "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000068";
const NURSE: &str = "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000067";

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

fn ownplan_verify(file: &Path) -> (i32, Value) {
    let output = Command::new(ownplan_command())
        .args(["verify", "--json", "--today", "2026-11-22"])
        .arg(file)
        .output()
        .expect("the ownplan command (cargo build -p ownplan-cli)");
    let report = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    (output.status.code().unwrap_or(-1), report)
}

async fn assert_accessible(driver: &WebDriver, state: &str) {
    audit_current(
        driver,
        &format!("share-360-{state}"),
        &format!("share view, {state}"),
    )
    .await;
}

/// Whether the "sign" button can be pressed.
async fn sign_is_offered(driver: &WebDriver) -> bool {
    let button = driver.find(By::Id("share-sign")).await.unwrap();
    button.is_enabled().await.unwrap()
}

/// The visible text of an element, without Fluent's Unicode isolation marks.
async fn plain_text_of(driver: &WebDriver, css: &str) -> String {
    let element = driver.find(By::Css(css)).await.unwrap();
    element
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_person_shares_different_parts_with_two_professionals() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let downloads = fresh_folder("share-downloads");
    let driver = chrome
        .session_with_downloads(360, 780, Some(&downloads))
        .await;
    open_view(&driver, &server, "share").await;
    put_stored_plan(&driver, &stored(&full_plan())).await;
    open_view(&driver, &server, "share").await;

    audit_views(&driver, &server, &["share"], 360, "share").await;
    open_view(&driver, &server, "share").await;

    // Nothing chosen: signing is not offered, and the view says why.
    assert!(!sign_is_offered(&driver).await);
    assert_accessible(&driver, "empty").await;

    // The GP and NAV start from the person's own consent.
    tap(&driver, &format!("[id=\"share-member-{GP}\"]")).await;
    tap(&driver, &format!("[id=\"share-member-{NAV}\"]")).await;
    let nav_card = format!("[id=\"share-recipient-{NAV}\"]");
    wait_until(
        &driver,
        &format!("document.querySelector('{nav_card}') !== null"),
    )
    .await;
    let checked = |member: &str, section: &str| {
        format!("document.getElementById('share-{member}-choice-section-{section}').checked")
    };
    assert_eq!(
        eval(&driver, &checked(GP, "crisis-signs")).await,
        json!(true)
    );
    assert_eq!(
        eval(&driver, &checked(GP, "agreements")).await,
        json!(false)
    );
    assert_eq!(
        eval(&driver, &checked(NAV, "agreements")).await,
        json!(true)
    );
    assert_eq!(
        eval(&driver, &checked(NAV, "crisis-signs")).await,
        json!(false)
    );
    assert_eq!(
        eval(
            &driver,
            &format!("document.getElementById('share-{NAV}-conditions').value")
        )
        .await,
        json!("Ikke kriseplanen"),
        "NAV's conditions come from the consent"
    );

    driver
        .find(By::Id(format!("share-recipient-{NAV}")))
        .await
        .unwrap()
        .scroll_into_view()
        .await
        .unwrap();
    assert_accessible(&driver, "card").await;

    // Ticking more than the consent allows is warned about, not blocked.
    tap(
        &driver,
        &format!("[id=\"share-{NAV}-choice-section-crisis-signs\"]"),
    )
    .await;
    wait_until(
        &driver,
        &format!("document.querySelector('{nav_card} .notice-warning') !== null"),
    )
    .await;
    assert!(
        plain_text_of(&driver, &format!("{nav_card} .notice-warning"))
            .await
            .contains("Warning signs")
    );
    tap(
        &driver,
        &format!("[id=\"share-{NAV}-choice-section-crisis-signs\"]"),
    )
    .await;

    // Someone the crisis plan says must not be informed gets a loud warning.
    type_into(&driver, "#share-other-name", "Tom Andersen").await;
    tap(&driver, "#share-other-add").await;
    wait_until(
        &driver,
        "document.querySelector('.notice-danger[role=alert]') !== null",
    )
    .await;
    assert!(
        plain_text_of(&driver, ".notice-danger")
            .await
            .contains("must not be contacted or informed")
    );
    // A recipient without parts blocks signing until the person chooses.
    tap(&driver, &format!("[id=\"share-member-{NURSE}\"]")).await;
    wait_until(
        &driver,
        "document.querySelector('#share-blockers') !== null",
    )
    .await;
    assert!(!sign_is_offered(&driver).await);
    assert_accessible(&driver, "warnings").await;
    tap(&driver, &format!("[id=\"share-member-{NURSE}\"]")).await;
    let tom_remove = "[...document.querySelectorAll('.share-recipient')]\
        .find(c => c.textContent.includes('Tom Andersen'))\
        .querySelector('.button-danger').click()";
    eval(&driver, tom_remove).await;
    wait_until(
        &driver,
        "document.querySelectorAll('.share-recipient').length === 2",
    )
    .await;

    // The preview shows exactly what each will see.
    tap(&driver, &format!("[id=\"share-{GP}-preview\"]")).await;
    tap(&driver, &format!("[id=\"share-{NAV}-preview\"]")).await;
    let gp_preview = plain_text_of(&driver, &format!("[id=\"share-{GP}-preview-box\"]")).await;
    let nav_preview = plain_text_of(&driver, &format!("[id=\"share-{NAV}-preview-box\"]")).await;
    assert!(
        gp_preview.contains("Ha en egen leilighet"),
        "the GP gets the goals"
    );
    assert!(
        nav_preview.contains("Sende søknad om kommunal bolig"),
        "NAV gets the agreements"
    );
    assert!(
        !gp_preview.contains("Sende søknad om kommunal bolig"),
        "the GP does not get the agreements"
    );
    assert!(
        !nav_preview.contains("Warning signs"),
        "NAV does not get the crisis plan"
    );
    driver
        .find(By::Id(format!("share-{GP}-preview-box")))
        .await
        .unwrap()
        .scroll_into_view()
        .await
        .unwrap();
    assert_accessible(&driver, "preview").await;

    // Sign: one file per recipient, recorded in the plan.
    tap(&driver, "#share-sign").await;
    wait_until(&driver, "document.querySelector('.share-files') !== null").await;
    let result = plain_text_of(&driver, ".share-result").await;
    assert!(
        result.contains("version 4"),
        "shared as 3 before, so 4: {result}"
    );
    assert_accessible(&driver, "signed").await;
    // Print gives the recipient's document alone: what is on the page when the dialog opens.
    eval(
        &driver,
        "(() => { window.print = () => { const s = document.querySelector('.share-page'); \
         window.__printed = { alone: s.classList.contains('share-printing'), \
         text: document.querySelector('.share-print-copy').innerText }; }; return true; })()",
    )
    .await;
    tap(&driver, "#share-print-1").await;
    wait_until(&driver, "window.__printed !== undefined").await;
    let printed = eval(&driver, "window.__printed").await;
    assert_eq!(
        printed["alone"],
        json!(true),
        "only the document is printed"
    );
    let printed_text = printed["text"].as_str().unwrap();
    assert!(printed_text.contains("Aisha Rahman"), "{printed_text}");
    assert!(
        printed_text.contains("Sende søknad om kommunal bolig"),
        "NAV's parts"
    );
    assert!(
        !printed_text.contains("Jeg sover under fem timer"),
        "not the crisis plan"
    );
    tap(&driver, "#share-download-0").await;
    tap(&driver, "#share-download-1").await;
    let files = downloaded_files(&downloads, 2);
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("plan-Sara-Haugen-to-Dr-Ingrid-Solberg-")),
        "{names:?}"
    );
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("plan-Sara-Haugen-to-Aisha-Rahman-")),
        "{names:?}"
    );

    // The command verifies what the browser signed; each file holds only its recipient's parts.
    for file in &files {
        let (code, report) = ownplan_verify(file);
        assert_eq!(code, 0, "ownplan verify {}: {report}", file.display());
        let document: Value =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let subject = &document["credentialSubject"];
        assert_eq!(subject["planVersion"], json!(4));
        let is_gp = file.to_string_lossy().contains("Solberg");
        assert_eq!(subject["individualPlan"]["agreements"].is_null(), is_gp);
        assert_eq!(subject["crisisPlan"]["warningSigns"].is_null(), !is_gp);
        // The plan is in Bokmål: its consent statement is too, whatever the screen's language.
        assert!(
            subject["sharingConsent"]["statement"]
                .as_str()
                .unwrap()
                .starts_with("Jeg samtykker"),
            "{}",
            subject["sharingConsent"]["statement"]
        );

        // One character changed: no longer valid.
        let text = std::fs::read_to_string(file).unwrap();
        let tampered = downloads.join("tampered.json.txt");
        std::fs::write(&tampered, text.replacen("Sara Haugen", "Sara Haugem", 1)).unwrap();
        let (code, report) = ownplan_verify(&tampered);
        assert_eq!(code, 1, "a changed file is invalid: {report}");
    }

    // The revision log says who got which version when; the plan is now version 4 (saving
    // follows a change by a few hundred milliseconds).
    wait_until(
        &driver,
        "JSON.parse(localStorage.getItem('ownplan.plan')).plan.planVersion === 4",
    )
    .await;
    let plan: Value = serde_json::from_str(
        eval(
            &driver,
            "JSON.parse(localStorage.getItem('ownplan.plan')).plan",
        )
        .await
        .to_string()
        .as_str(),
    )
    .unwrap();
    assert_eq!(plan["planVersion"], json!(4));
    let shared: Vec<&Value> = plan["individualPlan"]["revisionLog"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == json!("shared") && e["planVersion"] == json!(4))
        .collect();
    assert_eq!(shared.len(), 2, "one entry per recipient: {shared:?}");
    assert!(
        shared
            .iter()
            .any(|e| e["text"].as_str().unwrap().contains("Aisha Rahman"))
    );

    // A new round starts with nobody ticked; sharing again without changing anything keeps the
    // version.
    tap(&driver, "#share-new-round").await;
    wait_until(&driver, "document.querySelector('#share-sign') !== null").await;
    assert_eq!(
        eval(
            &driver,
            "document.querySelectorAll('.share-recipient').length"
        )
        .await,
        json!(0)
    );
    tap(&driver, &format!("[id=\"share-member-{GP}\"]")).await;
    tap(&driver, "#share-sign").await;
    wait_until(&driver, "document.querySelector('.share-files') !== null").await;
    assert_eq!(
        eval(&driver, "document.querySelectorAll('.share-file').length").await,
        json!(1),
        "only the GP this time"
    );
    assert!(
        plain_text_of(&driver, ".share-result")
            .await
            .contains("version 4")
    );
    driver.quit().await.unwrap();
}

/// A plan with `n` of each list item, to time signing.
fn large_plan(n: usize) -> Value {
    let mut plan = full_plan();
    let mut counter = 0u64;
    let mut grow = |list: &mut Value| {
        let Some(items) = list.as_array_mut() else {
            return;
        };
        let Some(first) = items.first().cloned() else {
            return;
        };
        while items.len() < n {
            counter += 1;
            let mut item = first.clone();
            item["id"] = json!(format!("5a5a5a5a-8b4d-4c7e-9a1f-{counter:012x}"));
            items.push(item);
        }
    };
    for list in ["goals", "resources", "needs", "measures", "appointments"] {
        grow(&mut plan["individualPlan"][list]);
    }
    grow(&mut plan["crisisPlan"]["warningSigns"]);
    plan
}

#[tokio::test(flavor = "multi_thread")]
async fn signing_a_large_plan_is_timed() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 780).await;
    open_view(&driver, &server, "share").await;
    let plan = large_plan(100);
    put_stored_plan(&driver, &stored(&plan)).await;
    open_view(&driver, &server, "share").await;
    tap(&driver, &format!("[id=\"share-member-{GP}\"]")).await;
    tap(&driver, &format!("[id=\"share-member-{NAV}\"]")).await;
    // The coordinator gets the whole plan.
    tap(
        &driver,
        "[id=\"share-member-urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000066\"]",
    )
    .await;
    wait_until(
        &driver,
        "document.querySelectorAll('.share-recipient').length === 3",
    )
    .await;
    let bytes = eval(
        &driver,
        "JSON.stringify(JSON.parse(localStorage.getItem('ownplan.plan')).plan).length",
    )
    .await;
    // Signing runs inside the click handler, so the time of the click is the time to sign.
    let millis = eval(
        &driver,
        "(() => { const t = performance.now(); document.querySelector('#share-sign').click(); return performance.now() - t; })()",
    )
    .await;
    wait_until(&driver, "document.querySelector('.share-files') !== null").await;
    let files = eval(&driver, "document.querySelectorAll('.share-file').length").await;
    assert_eq!(files, json!(3));
    println!(
        "figure: signing a plan of {bytes} bytes (600 list items) for 3 recipients took {millis} ms in the browser"
    );
    std::fs::write(
        artifacts().join("figure-sign.txt"),
        format!("sign 3 recipients, plan {bytes} bytes: {millis} ms\n"),
    )
    .unwrap();
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_share_view_fits_a_desktop_in_every_language() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let driver = chrome.session(1280, 900).await;
    open_view(&driver, &server, "share").await;
    put_stored_plan(&driver, &stored(&full_plan())).await;
    audit_views(&driver, &server, &["share", "key"], 1280, "share").await;
    driver.quit().await.unwrap();
}
