//! Tier 4, the verify view and the PDF copy, as a professional meets it at 360 px: the committed
//! PDF copies of the examples open by choosing and by dropping; the view checks the signed
//! document embedded in the PDF, names the file it checked (as text: a name with markup in it is
//! shown as written) and says that the PDF's pages are a convenience. A copy whose visible text
//! was edited still verifies and shows the signed content, never the edit. A PDF without an
//! embedded document, with two, a damaged one and a pasted PDF are each refused with their own
//! message and leave the remembered keys as they were. "Use as my plan" is behind a closed
//! disclosure unless the file was signed by this device's own key. Screenshots go to the
//! artifacts folder (`OWNPLAN_ARTIFACTS`).

use std::path::{Path, PathBuf};

use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, audit_current, dist, dist_without, eval, fresh_folder,
    tap, text_of, wait_for_app, wait_until,
};
use ownplan_web::i18n::{Language, translate};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

const EXAMPLE_OWNER: &str = "Sara Haugen";

fn example_path(file_name: &str) -> PathBuf {
    // Canonical: ChromeDriver only uploads files named by a canonical path.
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(file_name)
        .canonicalize()
        .unwrap_or_else(|e| panic!("{file_name}: {e}"))
}

fn example_bytes(file_name: &str) -> Vec<u8> {
    std::fs::read(example_path(file_name)).unwrap()
}

fn en(id: &str) -> String {
    translate(Language::English, id)
}

/// Writes `bytes` as `name` in `dir` and returns its canonical path.
fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.canonicalize().unwrap()
}

/// `pdf` with object `object` replaced by an incremental update, as a PDF editor saves an edit:
/// the new object and a cross-reference section pointing back to the last one, appended.
fn with_object_updated(pdf: &[u8], object: u32, body: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(pdf).into_owned();
    let previous: usize = text
        .rsplit("startxref")
        .next()
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|offset| offset.parse().ok())
        .unwrap();
    let size: u32 = text
        .rsplit("/Size ")
        .next()
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|size| size.parse().ok())
        .unwrap();
    let mut updated = pdf.to_vec();
    let at = updated.len();
    updated.extend_from_slice(format!("{object} 0 obj\n{body}\nendobj\n").as_bytes());
    let xref = updated.len();
    updated.extend_from_slice(
        format!(
            "xref\n{object} 1\n{at:010} 00000 n \ntrailer\n<< /Size {size} /Root 1 0 R /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n"
        )
        .as_bytes(),
    );
    updated
}

/// A PDF with one blank page and `files` embedded files (none: an ordinary PDF, as a scanner
/// or a word processor makes).
fn pdf_with_files(files: usize) -> Vec<u8> {
    let names: Vec<String> = (0..files)
        .map(|n| format!("(plan{n}.json) 4 0 R"))
        .collect();
    let names = if files == 0 {
        String::new()
    } else {
        format!(
            "/Names << /EmbeddedFiles << /Names [{}] >> >>",
            names.join(" ")
        )
    };
    let bodies = [
        format!("<< /Type /Catalog /Pages 2 0 R {names} >>"),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>".to_owned(),
        "<< /Type /Filespec /F (plan.json) /EF << /F 5 0 R >> >>".to_owned(),
        "<< /Type /EmbeddedFile /Length 2 >>\nstream\n{}\nendstream".to_owned(),
    ];
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (index, body) in bodies.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", index + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(b"xref\n0 6\n0000000000 65535 f \n");
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    pdf
}

/// The visible text of `pdf` by poppler's `pdftotext`, when it is installed.
fn pdftotext(pdf: &Path) -> Option<String> {
    let output = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

async fn fresh_view(driver: &WebDriver, server: &StaticServer) {
    driver
        .goto(format!("{}#/verify", server.url()))
        .await
        .unwrap();
    driver.refresh().await.unwrap();
    wait_for_app(driver).await;
    wait_until(driver, "document.getElementById('verify-check') !== null").await;
}

/// Waits for a new result (a refusal or a verified file): the view moves focus to each new
/// result.
async fn wait_for_outcome(driver: &WebDriver) {
    wait_until(
        driver,
        "document.activeElement && document.activeElement.id === 'verify-result' && document.getElementById('verify-source') !== null",
    )
    .await;
}

/// Moves focus away from the shown result, so the next one can be waited for.
async fn clear_outcome(driver: &WebDriver) {
    eval(
        driver,
        "(() => { if (document.activeElement) document.activeElement.blur(); return true; })()",
    )
    .await;
}

async fn choose(driver: &WebDriver, path: &Path) {
    clear_outcome(driver).await;
    driver
        .find(By::Id("verify-file"))
        .await
        .unwrap()
        .send_keys(path.display().to_string())
        .await
        .unwrap();
    wait_for_outcome(driver).await;
}

/// Drops a file named `name` holding `bytes` (as a PDF) on the drop zone.
async fn drop_bytes(driver: &WebDriver, name: &str, bytes: &[u8]) {
    clear_outcome(driver).await;
    driver
        .execute(
            r#"const [name, bytes] = arguments;
               const transfer = new DataTransfer();
               transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
               const zone = document.getElementById('verify-drop');
               for (const type of ['dragenter', 'dragover', 'drop']) {
                 zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
               }"#,
            vec![json!(name), json!(bytes)],
        )
        .await
        .unwrap();
    wait_for_outcome(driver).await;
}

async fn paste(driver: &WebDriver, text: &str) {
    clear_outcome(driver).await;
    driver
        .execute(
            r#"const area = document.getElementById('verify-text');
               area.value = arguments[0];
               area.dispatchEvent(new Event('input', { bubbles: true }));"#,
            vec![json!(text)],
        )
        .await
        .unwrap();
    tap(driver, "#verify-check").await;
    wait_until(
        driver,
        "document.activeElement && document.activeElement.id === 'verify-result'",
    )
    .await;
}

async fn stored_seen(driver: &WebDriver) -> Value {
    eval(driver, "localStorage.getItem('ownplan.seen')").await
}

/// Saves a screenshot with the element `id` scrolled to the top of the window.
async fn shot_of(driver: &WebDriver, stem: &str, id: &str) {
    eval(
        driver,
        &format!(
            "(() => {{ document.getElementById('{id}').scrollIntoView({{ block: 'start' }}); return true; }})()"
        ),
    )
    .await;
    driver
        .screenshot(&artifacts().join(format!("{stem}.png")))
        .await
        .unwrap();
}

/// Saves a screenshot of the result, scrolled to the top of the window.
async fn shot(driver: &WebDriver, stem: &str) {
    shot_of(driver, stem, "verify-result").await;
}

async fn is_shown(driver: &WebDriver, css: &str) -> bool {
    eval(
        driver,
        &format!(
            "(() => {{ const e = document.querySelector('{css}'); return !!e && e.checkVisibility(); }})()"
        ),
    )
    .await
        == json!(true)
}

#[tokio::test]
async fn a_pdf_copy_is_checked_by_its_embedded_document_by_choosing_and_by_dropping() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    fresh_view(&driver, &server).await;

    choose(&driver, &example_path("export-nav.pdf")).await;
    assert!(
        driver.find(By::Id("verify-verdict")).await.is_ok(),
        "a verdict"
    );
    assert_eq!(
        text_of(&driver, "#verify-source-name").await,
        "export-nav.pdf"
    );
    assert_eq!(
        text_of(&driver, "#verify-pdf-note").await,
        en("verify-pdf-note")
    );
    assert_eq!(text_of(&driver, "#verify-owner").await, EXAMPLE_OWNER);
    audit_current(&driver, "verify-pdf-nav", "the verify view with a PDF copy").await;
    shot(&driver, "verify-pdf-nav-result").await;

    // Dropped, with a file name that looks like markup: shown as written, never as markup.
    let name = "<b>fastlege</b> & co.pdf";
    drop_bytes(&driver, name, &example_bytes("export-gp.pdf")).await;
    assert_eq!(text_of(&driver, "#verify-source-name").await, name);
    assert_eq!(
        eval(
            &driver,
            "document.querySelectorAll('#verify-source b').length"
        )
        .await,
        json!(0)
    );
    assert!(driver.find(By::Id("verify-pdf-note")).await.is_ok());
    assert_eq!(text_of(&driver, "#verify-owner").await, EXAMPLE_OWNER);

    // The JSON itself: named, and no PDF note.
    choose(&driver, &example_path("export-nav.json")).await;
    assert_eq!(
        text_of(&driver, "#verify-source-name").await,
        "export-nav.json"
    );
    assert!(driver.find(By::Id("verify-pdf-note")).await.is_err());
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn a_pdf_copy_whose_visible_text_was_edited_still_verifies_and_shows_the_signed_text() {
    let dir = fresh_folder("verify-pdf-edited");
    // Object 9 is the first page's content stream in the copies.
    let content = "BT /F2 18 Tf 56 758 Td (Plan for Mona Hansen) Tj ET";
    let edited = with_object_updated(
        &example_bytes("export-nav.pdf"),
        9,
        &format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    );
    let edited = write(&dir, "edited.pdf", &edited);
    if let Some(text) = pdftotext(&edited) {
        assert!(text.contains("Mona Hansen"), "the edit is visible: {text}");
    }
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    fresh_view(&driver, &server).await;
    choose(&driver, &edited).await;
    assert!(driver.find(By::Id("verify-verdict")).await.is_ok());
    assert_eq!(text_of(&driver, "#verify-owner").await, EXAMPLE_OWNER);
    assert!(driver.find(By::Id("verify-pdf-note")).await.is_ok());
    let page = text_of(&driver, "main").await;
    assert!(!page.contains("Mona Hansen"), "the edit is never shown");
    shot(&driver, "verify-pdf-edited").await;
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn pdfs_without_exactly_one_document_damaged_or_pasted_are_refused_and_change_nothing() {
    let dir = fresh_folder("verify-pdf-refused");
    let mut truncated = example_bytes("export-nav.pdf");
    truncated.truncate(truncated.len() / 2);
    let cases = [
        (
            write(&dir, "scan.pdf", &pdf_with_files(0)),
            "error-pdf-no-document",
        ),
        (
            write(&dir, "two.pdf", &pdf_with_files(2)),
            "error-pdf-several-documents",
        ),
        (
            write(&dir, "truncated.pdf", &truncated),
            "error-pdf-malformed",
        ),
        (
            write(&dir, "renamed.pdf", &example_bytes("export-nav.json")),
            "error-pdf-not-a-pdf",
        ),
    ];
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    fresh_view(&driver, &server).await;
    // A remembered, confirmed key first: it must survive every refusal.
    choose(&driver, &example_path("export-nav.pdf")).await;
    tap(&driver, "#verify-confirm-key").await;
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.seen') || '').includes('did:key')",
    )
    .await;
    let remembered = stored_seen(&driver).await;
    for (path, message_id) in &cases {
        choose(&driver, path).await;
        let name = path.file_name().unwrap().to_str().unwrap();
        assert_eq!(
            text_of(&driver, "#verify-reason").await,
            en(message_id),
            "{name}"
        );
        assert_eq!(text_of(&driver, "#verify-source-name").await, name);
        assert_eq!(
            text_of(&driver, "#verify-pdf-note").await,
            en("verify-pdf-note-refused"),
            "{name}: nothing is shown, so no word of what is shown"
        );
        assert_eq!(stored_seen(&driver).await, remembered, "{name}");
        assert!(driver.find(By::Id("verify-verdict")).await.is_err());
    }
    shot(&driver, "verify-pdf-refused-renamed").await;
    choose(&driver, &cases[0].0).await;
    audit_current(&driver, "verify-pdf-refused", "a PDF without a document").await;

    // Pasted: only text is taken, and the field says so.
    let hint = text_of(&driver, "#verify-text-hint").await;
    assert!(hint.contains(&en("verify-paste-no-pdf")), "{hint}");
    paste(
        &driver,
        &String::from_utf8_lossy(&example_bytes("export-nav.pdf")),
    )
    .await;
    assert_eq!(
        text_of(&driver, "#verify-reason").await,
        en("verify-error-pasted-pdf")
    );
    assert_eq!(stored_seen(&driver).await, remembered);
    shot(&driver, "verify-pdf-pasted").await;
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn use_as_my_plan_is_offered_openly_only_for_a_file_signed_by_this_devices_key() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    fresh_view(&driver, &server).await;
    choose(&driver, &example_path("export-gp.pdf")).await;
    // The signed plan follows the verdict a moment later.
    wait_until(
        &driver,
        "document.getElementById('verify-own-disclosure') !== null",
    )
    .await;
    // A professional's browser (no key of its own): behind a closed disclosure.
    assert_eq!(
        eval(
            &driver,
            "document.getElementById('verify-own-disclosure').open"
        )
        .await,
        json!(false)
    );
    assert!(!is_shown(&driver, "#verify-use-as-mine").await);
    tap(&driver, "#verify-own-disclosure summary").await;
    assert!(is_shown(&driver, "#verify-use-as-mine").await);
    shot_of(&driver, "verify-pdf-own-disclosure", "verify-plan-title").await;

    // This device's key signed the file (the examples' public test key): offered openly.
    eval(
        &driver,
        r#"(() => { localStorage.setItem('ownplan.key', JSON.stringify({ ownplanKey: 1,
             seed: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
             created: '2026-11-22T10:00:00Z' })); return true; })()"#,
    )
    .await;
    fresh_view(&driver, &server).await;
    choose(&driver, &example_path("export-gp.pdf")).await;
    wait_until(
        &driver,
        "document.getElementById('verify-use-as-mine') !== null",
    )
    .await;
    assert!(driver.find(By::Id("verify-own-disclosure")).await.is_err());
    assert!(is_shown(&driver, "#verify-use-as-mine").await);
    shot_of(&driver, "verify-pdf-own-open", "verify-plan-title").await;
    driver.quit().await.unwrap();
}

/// The PDF reader is in the PDF module, loaded only when a PDF copy is opened. When it cannot be
/// loaded (never fetched, and now offline; or missing on the server), the view says so in words,
/// points to the signed file, and the remembered keys stay as they were; a JSON file still checks.
#[tokio::test]
async fn a_pdf_copy_opened_without_the_pdf_module_is_explained_and_changes_nothing() {
    let without_module = dist_without("verify-pdf-dist-without-module", "ownplan-pdf-worker");
    let server = StaticServer::start(without_module);
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    fresh_view(&driver, &server).await;
    choose(&driver, &example_path("export-nav.json")).await;
    tap(&driver, "#verify-confirm-key").await;
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.seen') || '').includes('did:key')",
    )
    .await;
    let remembered = stored_seen(&driver).await;
    choose(&driver, &example_path("export-nav.pdf")).await;
    assert_eq!(
        text_of(&driver, "#verify-reason").await,
        en("verify-error-pdf-module-unavailable")
    );
    assert_eq!(
        text_of(&driver, "#verify-source-name").await,
        "export-nav.pdf"
    );
    assert!(driver.find(By::Id("verify-verdict")).await.is_err());
    assert_eq!(stored_seen(&driver).await, remembered);
    shot(&driver, "verify-pdf-module-missing").await;
    driver.quit().await.unwrap();
}
