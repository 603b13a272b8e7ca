//! Tier 4, the browser and the `ownplan` command agree: a key made by `ownplan keygen` signs a
//! plan with `ownplan sign` during the test, and the widget's verify view finds the file valid,
//! with the key's fingerprint and only the signed parts; a copy with one character changed is
//! invalid there too. (The other direction, the command verifying what the browser signed, is in
//! `share.rs`.)

use std::path::Path;
use std::process::Command;

use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, dist, eval, open_view, ownplan_command, tap, wait_until,
};
use serde_json::json;
use thirtyfour::prelude::*;

fn ownplan(args: &[&str]) -> String {
    let output = Command::new(ownplan_command())
        .args(args)
        .output()
        .expect("the ownplan command (cargo build -p ownplan-cli)");
    assert!(
        output.status.success(),
        "ownplan {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Pastes `text` into the verify view and checks it.
async fn check_pasted(driver: &WebDriver, text: &str) {
    eval(
        driver,
        &format!(
            "(() => {{ const t = document.querySelector('#verify-text'); \
             const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set; \
             set.call(t, {}); t.dispatchEvent(new Event('input', {{ bubbles: true }})); return true; }})()",
            serde_json::to_string(text).unwrap()
        ),
    )
    .await;
    tap(driver, "#verify-check").await;
    wait_until(driver, "document.querySelector('#verify-result') !== null").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_browser_verifies_what_the_command_signed() {
    let work = artifacts().join("cross");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).unwrap();
    let key = work.join("key.json");
    let keygen = Command::new(ownplan_command())
        .args(["keygen", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(
        keygen.status.success(),
        "{}",
        String::from_utf8_lossy(&keygen.stderr)
    );
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&keygen.stderr),
        String::from_utf8_lossy(&keygen.stdout)
    );
    let fingerprint = said
        .lines()
        .find_map(|line| line.strip_prefix("fingerprint:"))
        .map(|f| f.trim().to_owned())
        .expect("keygen tells the fingerprint");

    let plan = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../crates/ownplan-core/tests/fixtures/plan-v1-full.json");
    let document = work.join("signed-by-the-command.json");
    ownplan(&[
        "sign",
        plan.to_str().unwrap(),
        key.to_str().unwrap(),
        "--sections",
        "goals,howToMeetMe",
        "--recipient",
        "Legevakten",
        "--out",
        document.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&document).unwrap();

    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 780).await;
    open_view(&driver, &server, "verify").await;
    check_pasted(&driver, &text).await;
    let result = driver
        .find(By::Id("verify-result"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        driver.find(By::Css(".verify-valid")).await.is_ok(),
        "valid in the browser: {result}"
    );
    let shown = eval(
        &driver,
        "document.querySelector('#verify-fingerprint').textContent",
    )
    .await;
    assert_eq!(
        shown,
        json!(fingerprint),
        "the same fingerprint as the command's"
    );
    let page = eval(&driver, "document.querySelector('main').innerText").await;
    let page = page.as_str().unwrap();
    assert!(page.contains("Ha en egen leilighet"), "the goals are shown");
    assert!(
        !page.contains("Jeg sover under fem timer"),
        "the warning signs were not signed"
    );

    // One character changed: the browser refuses it, as the command does.
    let tampered = text.replacen("Ha en egen leilighet", "Ha en egen leiligheT", 1);
    let verdict = Command::new(ownplan_command())
        .args(["verify", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(tampered.as_bytes())?;
            child.wait()
        })
        .unwrap();
    assert_eq!(
        verdict.code(),
        Some(1),
        "the command refuses the changed file"
    );
    open_view(&driver, &server, "verify").await;
    check_pasted(&driver, &tampered).await;
    assert!(
        driver.find(By::Css(".verify-invalid")).await.is_ok(),
        "the browser refuses the changed file"
    );
    driver.quit().await.unwrap();
}
