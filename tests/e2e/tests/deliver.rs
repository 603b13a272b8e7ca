//! Tier 4, issue 14 "delivered, not just downloaded", at phone width (360 px): after signing,
//! each file says how it reaches its recipient by who they are (the GP and NAV are told
//! different ways), warns that ordinary e-mail is not safe for health information, and offers
//! the PDF copy before the JSON file; the printed copy carries the key's fingerprint. The
//! printed plan and the wallet card show the person's key fingerprint once a key exists, and
//! not before (no key is made for them); "my key" is one tap from the overview in the
//! navigation.

use std::path::Path;
use std::process::Command;

use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, audit_current, dist, downloaded_files, eval,
    fresh_folder, open_view, put_stored_plan, tap, text_of, wait_until,
};
use ownplan_web::i18n::{Language, translate};
use serde_json::{Value, json};

const GP: &str = "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000065";
const NAV: &str = "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000068";

fn english(id: &str) -> String {
    translate(Language::English, id)
}

/// Text as a person reads it: without Fluent's Unicode isolation marks.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn stored_full_plan() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../crates/ownplan-core/tests/fixtures/plan-v1-full.json");
    let plan: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    Value::String(
        json!({"ownplanStorage": 1, "revision": 1, "writer": "e2e", "plan": plan}).to_string(),
    )
}

/// The text of an element, hidden or not (the running line is shown only on paper).
async fn text_content(driver: &thirtyfour::WebDriver, css: &str) -> String {
    let text = eval(
        driver,
        &format!("(document.querySelector('{css}') || {{}}).textContent || ''"),
    )
    .await;
    plain(text.as_str().unwrap_or_default())
}

/// The view printed on A4 paper, kept among the artifacts as `<name>.pdf` and `<name>-N.png`;
/// returns the text of each printed page (poppler's `pdftotext`).
async fn print_a4(driver: &thirtyfour::WebDriver, name: &str) -> Vec<String> {
    let parameters = thirtyfour::common::print::PrintParameters {
        page: thirtyfour::common::print::PrintPage {
            width: 21.0,
            height: 29.7,
        },
        ..Default::default()
    };
    let pdf = driver.print_page(parameters).await.unwrap();
    let path = artifacts().join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    let poppler = "(cargo xtask setup --for-tests installs poppler-utils)";
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "60"])
        .arg(&path)
        .arg(artifacts().join(name))
        .status()
        .expect(poppler);
    assert!(status.success());
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-layout"])
        .arg(&path)
        .arg("-")
        .output()
        .expect(poppler);
    assert!(output.status.success());
    String::from_utf8(output.stdout)
        .unwrap()
        .split('\u{c}')
        .filter(|page| !page.trim().is_empty())
        .map(plain)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn after_signing_each_file_says_how_it_reaches_its_recipient() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 780).await;
    open_view(&driver, &server, "share").await;
    put_stored_plan(&driver, &stored_full_plan()).await;
    open_view(&driver, &server, "share").await;

    tap(&driver, &format!("[id=\"share-member-{GP}\"]")).await;
    tap(&driver, &format!("[id=\"share-member-{NAV}\"]")).await;
    wait_until(
        &driver,
        &format!("document.querySelector('[id=\"share-recipient-{NAV}\"]') !== null"),
    )
    .await;
    tap(&driver, "#share-sign").await;
    wait_until(&driver, "document.querySelector('.share-files') !== null").await;

    // The summary no longer tells a tired person to "send it now" without saying how.
    let summary = plain(&text_of(&driver, ".share-result [role=status]").await);
    assert!(!summary.contains("now"), "{summary}");

    // Each file: how it reaches them, by who they are; the GP and NAV are told different ways.
    let gp = plain(&text_of(&driver, "#share-deliver-0").await);
    let nav = plain(&text_of(&driver, "#share-deliver-1").await);
    assert!(gp.contains(&english("share-deliver-gp")), "{gp}");
    assert!(gp.contains("Helsenorge"), "{gp}");
    assert!(nav.contains(&english("share-deliver-nav")), "{nav}");
    assert!(nav.contains("nav.no"), "{nav}");
    assert!(!nav.contains(&english("share-deliver-gp")), "{nav}");
    // Ordinary e-mail is named as not safe, for each.
    for advice in [&gp, &nav] {
        assert!(advice.contains(&english("share-deliver-email")), "{advice}");
    }

    // The PDF copy (the one to hand over or attach) comes before the JSON file, which is said
    // to be for systems.
    for index in 0..2 {
        let pdf_first = eval(
            &driver,
            &format!(
                "!!(document.getElementById('share-pdf-{index}').compareDocumentPosition(\
                 document.getElementById('share-download-{index}')) & Node.DOCUMENT_POSITION_FOLLOWING)"
            ),
        )
        .await;
        assert_eq!(pdf_first, json!(true), "file {index}");
    }
    let files = plain(&text_of(&driver, ".share-files").await);
    assert!(files.contains(&english("share-deliver-json")), "{files}");

    // Fits the phone and passes axe-core.
    driver
        .find(thirtyfour::By::Id("share-deliver-0"))
        .await
        .unwrap()
        .scroll_into_view()
        .await
        .unwrap();
    audit_current(&driver, "deliver-360-signed", "signed files with advice").await;

    // The printed copy for a recipient carries the key's fingerprint, to compare.
    let fingerprint = eval(
        &driver,
        "JSON.parse(localStorage.getItem('ownplan.key')) !== null",
    )
    .await;
    assert_eq!(fingerprint, json!(true), "signing made the key");
    eval(
        &driver,
        "(() => { window.print = () => { window.__printed = \
         document.querySelector('.share-print-copy').innerText; }; return true; })()",
    )
    .await;
    tap(&driver, "#share-print-1").await;
    wait_until(&driver, "window.__printed !== undefined").await;
    let printed = plain(eval(&driver, "window.__printed").await.as_str().unwrap());
    open_view(&driver, &server, "key").await;
    wait_until(
        &driver,
        "document.querySelector('#key-fingerprint') !== null",
    )
    .await;
    let fingerprint = text_of(&driver, "#key-fingerprint").await;
    assert!(
        printed.contains("compare"),
        "labelled in plain words: {printed}"
    );
    assert!(printed.contains(&fingerprint), "{fingerprint}: {printed}");
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_printed_plan_and_the_wallet_card_show_the_fingerprint_once_a_key_exists() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 780).await;
    open_view(&driver, &server, "print").await;
    put_stored_plan(&driver, &stored_full_plan()).await;

    // No key yet: no fingerprint, and none is made for it.
    open_view(&driver, &server, "print").await;
    wait_until(&driver, "document.querySelector('#print-now') !== null").await;
    assert_eq!(
        eval(&driver, "document.querySelector('#print-fingerprint')").await,
        Value::Null
    );
    assert!(
        !text_content(&driver, ".print-running")
            .await
            .contains("fingerprint"),
    );
    open_view(&driver, &server, "crisis/wallet").await;
    wait_until(&driver, "document.querySelector('#wallet-print') !== null").await;
    assert_eq!(
        eval(&driver, "document.querySelector('#wallet-fingerprint')").await,
        Value::Null
    );
    assert_eq!(
        eval(&driver, "localStorage.getItem('ownplan.key')").await,
        Value::Null,
        "showing the plan never makes a key"
    );

    // "My key" is one tap from the overview, the first item of the navigation.
    open_view(&driver, &server, "plan").await;
    tap(&driver, ".main-nav a[href='#/']").await;
    wait_until(&driver, "location.hash === '#/'").await;
    tap(&driver, ".part-list a[href='#/key']").await;
    wait_until(&driver, "location.hash === '#/key'").await;
    assert_eq!(
        text_of(&driver, "h1").await,
        english("page-key-title"),
        "the key view"
    );
    assert_eq!(
        eval(&driver, "document.querySelectorAll('.main-nav a').length").await,
        json!(5),
        "the phone's navigation is not crowded"
    );
    tap(&driver, "#key-make").await;
    wait_until(
        &driver,
        "document.querySelector('#key-fingerprint') !== null",
    )
    .await;
    let fingerprint = text_of(&driver, "#key-fingerprint").await;
    assert_eq!(fingerprint.len(), 19, "{fingerprint}");

    // With a key: on the printed plan (labelled, and on the line at the foot of every page)...
    open_view(&driver, &server, "print").await;
    wait_until(
        &driver,
        "document.querySelector('#print-fingerprint') !== null",
    )
    .await;
    let line = plain(&text_of(&driver, "#print-fingerprint").await);
    assert!(line.contains(&fingerprint), "{line}");
    assert!(line.contains("compare"), "labelled in plain words: {line}");
    assert!(
        text_content(&driver, ".print-running")
            .await
            .contains(&fingerprint)
    );
    audit_current(
        &driver,
        "deliver-360-print",
        "printed plan with fingerprint",
    )
    .await;
    let pages = print_a4(&driver, "deliver-print").await;
    assert!(pages.len() > 1, "{pages:?}");
    for (number, page) in pages.iter().enumerate() {
        assert!(page.contains(&fingerprint), "page {}: {page}", number + 1);
    }

    // ... and on the wallet card.
    open_view(&driver, &server, "crisis/wallet").await;
    wait_until(
        &driver,
        "document.querySelector('#wallet-fingerprint') !== null",
    )
    .await;
    let card = plain(&text_of(&driver, "#wallet-fingerprint").await);
    assert!(card.contains(&fingerprint), "{card}");
    audit_current(
        &driver,
        "deliver-360-wallet",
        "wallet card with fingerprint",
    )
    .await;
    let printed = print_a4(&driver, "deliver-wallet").await.join("\n");
    assert!(printed.contains(&fingerprint), "{printed}");
    driver.quit().await.unwrap();
}

/// The consent statement that goes into the document is in the plan's own language (this plan
/// is in Bokmål), not the language of the screen (English here, as a helper might read it);
/// the person's own words are never replaced; the signed file carries the Bokmål statement.
#[tokio::test(flavor = "multi_thread")]
async fn the_consent_statement_is_in_the_plans_language_not_the_screens() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let downloads = fresh_folder("deliver-downloads");
    let driver = chrome
        .session_with_downloads(360, 780, Some(&downloads))
        .await;
    open_view(&driver, &server, "share").await;
    put_stored_plan(&driver, &stored_full_plan()).await;
    open_view(&driver, &server, "share").await;
    assert_eq!(
        eval(&driver, "document.documentElement.lang").await,
        json!("en")
    );
    let bokmal = translate(Language::NorwegianBokmal, "share-default-statement");
    wait_until(
        &driver,
        &format!(
            "document.querySelector('#share-statement').value === {}",
            json!(bokmal)
        ),
    )
    .await;
    // The screen stays English.
    assert_eq!(
        plain(&text_of(&driver, "#share-who").await),
        plain(&english("share-step-who"))
    );

    // Signed: the document carries the Bokmål statement.
    tap(&driver, &format!("[id=\"share-member-{GP}\"]")).await;
    tap(&driver, "#share-sign").await;
    wait_until(&driver, "document.querySelector('.share-files') !== null").await;
    tap(&driver, "#share-download-0").await;
    let files = downloaded_files(&downloads, 1);
    let document: Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    assert_eq!(
        document["credentialSubject"]["sharingConsent"]["statement"],
        json!(bokmal)
    );
    driver.quit().await.unwrap();
}
