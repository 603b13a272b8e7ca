//! Tier 4, nothing lost: typing at machine speed from one field straight into another keeps
//! every keystroke (the share view's per-recipient conditions, the plan's text fields and a
//! list item's form); the choices of a share round survive a reload; persistent storage is
//! asked for and its answer shown; a backup is offered after the crisis plan is first written.

use std::path::Path;

use ownplan_e2e::{
    ChromeDriver, StaticServer, add_item, dist, downloaded_files, eval, fresh_folder, open_view,
    put_stored_plan, tap, wait_until,
};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

const GP: &str = "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000065";
const NAV: &str = "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000068";

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

/// `[id="..."]`: the ids of share cards hold colons, which `#...` selectors do not allow.
fn by_id(id: &str) -> String {
    format!("[id=\"{id}\"]")
}

/// Types into each field in turn with ChromeDriver's keystrokes, with nothing in between: the
/// next field is focused the moment the last key of the one before is sent.
async fn send_keys_across(driver: &WebDriver, fields: &[(&str, &str)]) {
    for (css, text) in fields {
        let element = driver
            .find(By::Css(*css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
        element.send_keys(*text).await.unwrap();
    }
}

/// Types into the fields the way a very fast keyboard does, in one go, without giving the page
/// a moment between keys or between fields: for each field, focus it, then per character the
/// `keydown`, the change of the value where the caret is, `input` and `keyup`. Alternates
/// between the fields character by character when `interleave` is set (two thumbs, two boxes).
async fn burst_across(driver: &WebDriver, fields: &[(&str, &str)], interleave: bool) {
    let fields: Vec<Value> = fields
        .iter()
        .map(|(css, text)| json!({"css": css, "text": text}))
        .collect();
    driver
        .execute(
            r#"const [fields, interleave] = arguments;
               const key = (el, ch) => {
                 el.dispatchEvent(new KeyboardEvent('keydown', { key: ch, bubbles: true }));
                 const at = el.selectionStart ?? el.value.length;
                 el.value = el.value.slice(0, at) + ch + el.value.slice(el.selectionEnd ?? at);
                 el.selectionStart = el.selectionEnd = at + ch.length;
                 el.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' }));
                 el.dispatchEvent(new KeyboardEvent('keyup', { key: ch, bubbles: true }));
               };
               const els = fields.map(f => document.querySelector(f.css));
               if (interleave) {
                 const longest = Math.max(...fields.map(f => f.text.length));
                 for (let i = 0; i < longest; i++) {
                   fields.forEach((f, n) => {
                     if (i < f.text.length) { els[n].focus(); key(els[n], f.text[i]); }
                   });
                 }
               } else {
                 fields.forEach((f, n) => { els[n].focus(); for (const ch of f.text) key(els[n], ch); });
               }"#,
            vec![json!(fields), json!(interleave)],
        )
        .await
        .unwrap();
}

/// Waits for the page to settle (two animation frames and the save delay), then returns the
/// values of the fields.
async fn settled_values(driver: &WebDriver, css: &[&str]) -> Vec<String> {
    driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))), 600);",
            Vec::new(),
        )
        .await
        .unwrap();
    let mut values = Vec::new();
    for css in css {
        let value = eval(
            driver,
            &format!(
                "document.querySelector('{}').value",
                css.replace('\'', "\\'")
            ),
        )
        .await;
        values.push(value.as_str().unwrap_or_default().to_owned());
    }
    values
}

/// Empties the fields the way a person does: select all, then delete.
async fn clear(driver: &WebDriver, css: &[&str]) {
    for css in css {
        let element = driver.find(By::Css(*css)).await.unwrap();
        element.send_keys(Key::Control + "a").await.unwrap();
        element.send_keys(Key::Backspace).await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn no_keystroke_is_lost_typing_fast_across_share_fields() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let downloads = fresh_folder("kept-downloads");
    let driver = chrome
        .session_with_downloads(360, 780, Some(&downloads))
        .await;
    open_view(&driver, &server, "share").await;
    put_stored_plan(&driver, &stored(&full_plan())).await;
    open_view(&driver, &server, "share").await;
    tap(&driver, &by_id(&format!("share-member-{GP}"))).await;
    tap(&driver, &by_id(&format!("share-member-{NAV}"))).await;
    let gp = by_id(&format!("share-{GP}-conditions"));
    let nav = by_id(&format!("share-{NAV}-conditions"));
    wait_until(
        &driver,
        &format!(
            "document.querySelector('{}') !== null",
            nav.replace('\'', "\\'")
        ),
    )
    .await;
    let fields = [gp.as_str(), nav.as_str(), "#share-statement"];
    let texts = [
        "Bare til fastlegen, ikke videre.",
        "Ikke kriseplanen, bare avtalene.",
        "Jeg samtykker til deling.",
    ];

    // ChromeDriver's own keystrokes, one field straight after the other, three times.
    for round in 0..3 {
        clear(&driver, &fields).await;
        let pairs: Vec<(&str, &str)> = fields.iter().copied().zip(texts).collect();
        send_keys_across(&driver, &pairs).await;
        assert_eq!(
            settled_values(&driver, &fields).await,
            texts,
            "ChromeDriver keystrokes, round {round}"
        );
    }
    // A burst in one script, field after field, and then two fields interleaved.
    for interleave in [false, true] {
        clear(&driver, &fields).await;
        let pairs: Vec<(&str, &str)> = fields.iter().copied().zip(texts).collect();
        burst_across(&driver, &pairs, interleave).await;
        assert_eq!(
            settled_values(&driver, &fields).await,
            texts,
            "a burst of keys, interleaved: {interleave}"
        );
    }
    // Typed, then signed at once: each file carries its recipient's conditions.
    clear(&driver, &fields).await;
    let pairs: Vec<(&str, &str)> = fields.iter().copied().zip(texts).collect();
    burst_across(&driver, &pairs, true).await;
    tap(&driver, "#share-sign").await;
    wait_until(&driver, "document.querySelector('.share-files') !== null").await;
    tap(&driver, "#share-download-0").await;
    tap(&driver, "#share-download-1").await;
    for file in downloaded_files(&downloads, 2) {
        let document: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let consent = &document["credentialSubject"]["sharingConsent"];
        let expected = if file.to_string_lossy().contains("Solberg") {
            texts[0]
        } else {
            texts[1]
        };
        assert_eq!(consent["conditions"], json!(expected), "{}", file.display());
        assert_eq!(consent["statement"], json!(texts[2]), "{}", file.display());
    }
    driver.quit().await.unwrap();
}

/// Regression: the recipient cards were flattened among the share view's other parts, so when
/// someone was ticked Yew paired the old and new parts up from the end: the GP's text box became
/// the next recipient's, and the chooser was re-created under the person's finger. Text typed
/// "at once" into the box that had been the GP's went to someone else, and the GP's file was
/// signed without it.
#[tokio::test(flavor = "multi_thread")]
async fn ticking_someone_keeps_every_text_box_with_its_recipient() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 780).await;
    open_view(&driver, &server, "share").await;
    put_stored_plan(&driver, &stored(&full_plan())).await;
    open_view(&driver, &server, "share").await;
    tap(&driver, &by_id(&format!("share-member-{GP}"))).await;
    let gp = by_id(&format!("share-{GP}-conditions"));
    let nav = by_id(&format!("share-{NAV}-conditions"));
    wait_until(
        &driver,
        &format!(
            "document.querySelector('{}') !== null",
            gp.replace('\'', "\\'")
        ),
    )
    .await;
    let gp_box = driver.find(By::Css(gp.as_str())).await.unwrap();
    clear(&driver, &[gp.as_str()]).await;
    gp_box.send_keys("Bare til").await.unwrap();

    // Tick NAV from the keyboard's point of view: the checkbox has the focus and keeps it.
    let nav_member = format!("share-member-{NAV}");
    eval(
        &driver,
        &format!("(document.getElementById('{nav_member}').focus(), document.getElementById('{nav_member}').click(), true)"),
    )
    .await;
    wait_until(
        &driver,
        &format!(
            "document.querySelector('{}') !== null",
            nav.replace('\'', "\\'")
        ),
    )
    .await;
    assert_eq!(
        eval(&driver, "document.activeElement.id").await,
        json!(nav_member),
        "the ticked checkbox keeps the focus"
    );
    // Typed at once into the box that was the GP's.
    gp_box.send_keys(" fastlegen.").await.unwrap();
    let values = settled_values(&driver, &[gp.as_str(), nav.as_str()]).await;
    assert_eq!(
        values[0], "Bare til fastlegen.",
        "the GP's box kept every key"
    );
    assert!(
        !values[1].contains("fastlegen"),
        "nothing went to NAV: {values:?}"
    );
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn no_keystroke_is_lost_typing_fast_across_plan_fields() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 780).await;
    open_view(&driver, &server, "plan/about").await;
    put_stored_plan(&driver, &stored(&full_plan())).await;

    // The plan's own text fields: every text box on "about me", one after the other.
    open_view(&driver, &server, "plan/about").await;
    let about: Vec<String> = eval(
        &driver,
        "[...document.querySelectorAll('main input[type=text], main textarea')].map(e => e.id)",
    )
    .await
    .as_array()
    .unwrap()
    .iter()
    .filter_map(|v| v.as_str().map(by_id))
    .collect();
    assert!(about.len() >= 2, "about me has text fields: {about:?}");
    let about: Vec<&str> = about.iter().map(String::as_str).collect();
    let texts: Vec<String> = (0..about.len())
        .map(|n| format!("Felt {n}: blåbær, ærlig og åpent"))
        .collect();
    for interleave in [None, Some(false), Some(true)] {
        clear(&driver, &about).await;
        let pairs: Vec<(&str, &str)> = about
            .iter()
            .copied()
            .zip(texts.iter().map(String::as_str))
            .collect();
        match interleave {
            None => send_keys_across(&driver, &pairs).await,
            Some(interleave) => burst_across(&driver, &pairs, interleave).await,
        }
        assert_eq!(
            settled_values(&driver, &about).await,
            texts,
            "about me, burst interleaved: {interleave:?}"
        );
    }
    // A decomposed letter (e + combining acute) typed fast stays as many letters as typed.
    clear(&driver, &about[..2]).await;
    burst_across(
        &driver,
        &[(about[0], "Cafe\u{301} og kaffe"), (about[1], "ok")],
        false,
    )
    .await;
    assert_eq!(
        settled_values(&driver, &about[..2]).await,
        ["Café og kaffe", "ok"],
        "the text is kept, normalized"
    );

    // A list item's form: a new goal's fields, one after the other.
    open_view(&driver, &server, "plan/goals").await;
    let form = add_item(&driver, "goals").await;
    let goal: Vec<String> = eval(
        &driver,
        &format!(
            "[...document.querySelectorAll('{form} input[type=text], {form} textarea')].map(e => e.id)"
        ),
    )
    .await
    .as_array()
    .unwrap()
    .iter()
    .filter_map(|v| v.as_str().map(by_id))
    .collect();
    assert!(goal.len() >= 2, "a goal has text fields: {goal:?}");
    let goal: Vec<&str> = goal.iter().map(String::as_str).collect();
    let texts: Vec<String> = (0..goal.len())
        .map(|n| format!("Mål-felt {n}: få sove godt igjen"))
        .collect();
    for interleave in [None, Some(false), Some(true)] {
        clear(&driver, &goal).await;
        let pairs: Vec<(&str, &str)> = goal
            .iter()
            .copied()
            .zip(texts.iter().map(String::as_str))
            .collect();
        match interleave {
            None => send_keys_across(&driver, &pairs).await,
            Some(interleave) => burst_across(&driver, &pairs, interleave).await,
        }
        assert_eq!(
            settled_values(&driver, &goal).await,
            texts,
            "a goal's form, burst interleaved: {interleave:?}"
        );
    }
    // And what was typed is what is stored.
    wait_until(
        &driver,
        &format!(
            "(localStorage.getItem('ownplan.plan') || '').includes({})",
            json!(texts[0])
        ),
    )
    .await;
    let _ = eval(&driver, "(localStorage.clear(), true)").await;
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_choices_of_a_share_round_survive_a_reload_until_signed() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 780).await;
    open_view(&driver, &server, "share").await;
    put_stored_plan(&driver, &stored(&full_plan())).await;
    open_view(&driver, &server, "share").await;
    tap(&driver, &by_id(&format!("share-member-{GP}"))).await;
    tap(&driver, &by_id(&format!("share-member-{NAV}"))).await;
    let gp = by_id(&format!("share-{GP}-conditions"));
    wait_until(
        &driver,
        &format!(
            "document.querySelector('{}') !== null",
            gp.replace('\'', "\\'")
        ),
    )
    .await;
    // "About me" changed for the GP; conditions and the statement typed in.
    let about_me = format!("share-{GP}-choice-section-about-me");
    let about_me_before = eval(
        &driver,
        &format!("document.getElementById('{about_me}').checked"),
    )
    .await;
    tap(&driver, &by_id(&about_me)).await;
    clear(&driver, &[gp.as_str(), "#share-statement"]).await;
    send_keys_across(
        &driver,
        &[
            (gp.as_str(), "Bare til fastlegen."),
            ("#share-statement", "Jeg samtykker."),
        ],
    )
    .await;
    settled_values(&driver, &[gp.as_str()]).await;

    driver.refresh().await.unwrap();
    ownplan_e2e::wait_for_app(&driver).await;
    wait_until(
        &driver,
        "document.querySelectorAll('.share-recipient').length === 2",
    )
    .await;
    assert_eq!(
        settled_values(&driver, &[gp.as_str(), "#share-statement"]).await,
        ["Bare til fastlegen.", "Jeg samtykker."],
        "typed words come back"
    );
    for (check, expected) in [
        (format!("share-member-{GP}"), true),
        (format!("share-member-{NAV}"), true),
        (about_me.clone(), about_me_before != json!(true)),
        (format!("share-{NAV}-choice-section-crisis-signs"), false),
    ] {
        assert_eq!(
            eval(
                &driver,
                &format!("document.getElementById('{check}').checked")
            )
            .await,
            json!(expected),
            "{check} after the reload"
        );
    }
    ownplan_e2e::audit_current(
        &driver,
        "kept-360-share-after-reload",
        "share after a reload",
    )
    .await;

    // Signed: the round is done, and a reload starts a new one.
    tap(&driver, "#share-sign").await;
    wait_until(&driver, "document.querySelector('.share-files') !== null").await;
    assert_eq!(
        eval(&driver, "localStorage.getItem('ownplan.draft')").await,
        Value::Null,
        "the signed round is forgotten"
    );
    driver.refresh().await.unwrap();
    ownplan_e2e::wait_for_app(&driver).await;
    wait_until(&driver, "document.getElementById('share-sign') !== null").await;
    assert_eq!(
        eval(
            &driver,
            "document.querySelectorAll('.share-recipient').length"
        )
        .await,
        json!(0)
    );

    // Starting anew forgets the round too.
    tap(&driver, &by_id(&format!("share-member-{GP}"))).await;
    wait_until(&driver, "localStorage.getItem('ownplan.draft') !== null").await;
    tap(&driver, &by_id(&format!("share-member-{GP}"))).await;
    wait_until(&driver, "localStorage.getItem('ownplan.draft') === null").await;
    let _ = eval(&driver, "(localStorage.clear(), true)").await;
    driver.quit().await.unwrap();
}

/// Types a line into the first text box of the crisis plan's "what helps" part and waits until
/// it is saved.
async fn write_crisis_plan(driver: &WebDriver, server: &StaticServer, text: &str) {
    open_view(driver, server, "crisis/helps").await;
    let area = driver.find(By::Css("main textarea")).await.unwrap();
    area.send_keys(text).await.unwrap();
    wait_until(
        driver,
        &format!(
            "(localStorage.getItem('ownplan.plan') || '').includes({})",
            json!(text)
        ),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn persistent_storage_is_asked_for_and_the_answer_shown() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 780).await;
    open_view(&driver, &server, "").await;
    let _ = eval(&driver, "(localStorage.clear(), true)").await;
    driver.refresh().await.unwrap();
    ownplan_e2e::wait_for_app(&driver).await;

    // Nothing is asked before there is something to keep.
    for (answer, shown) in [(false, "#storage-not-kept"), (true, "#storage-kept")] {
        let _ = eval(&driver, "(localStorage.clear(), true)").await;
        driver.refresh().await.unwrap();
        ownplan_e2e::wait_for_app(&driver).await;
        // The backup view comes with the full module, which asks the browser at its start
        // whether the storage is already kept: the answer is simulated only after that.
        open_view(&driver, &server, "backup").await;
        assert_eq!(
            eval(
                &driver,
                "document.querySelector('#storage-not-kept, #storage-kept') === null"
            )
            .await,
            json!(true),
            "no answer shown before the browser is asked"
        );
        eval(
            &driver,
            &format!("(window.__ownplanPersist = {answer}, window.__asked = 0, true)"),
        )
        .await;
        write_crisis_plan(&driver, &server, "Ringe søsteren min").await;
        open_view(&driver, &server, "backup").await;
        wait_until(
            &driver,
            &format!("document.querySelector('{shown}') !== null"),
        )
        .await;
        ownplan_e2e::audit_current(
            &driver,
            &format!("kept-360-backup-persist-{answer}"),
            &format!("backup view, persist() answered {answer}"),
        )
        .await;
        // Home: one notice at a time; after "Not now" to the backup, the storage is
        // explained (calmly) only when not promised.
        open_view(&driver, &server, "").await;
        wait_until(&driver, "document.getElementById('backup-offer') !== null").await;
        tap(&driver, "#backup-offer-not-now").await;
        wait_until(&driver, "document.getElementById('backup-offer') === null").await;
        assert_eq!(
            eval(
                &driver,
                "document.getElementById('storage-not-kept') !== null"
            )
            .await,
            json!(!answer),
            "home: a calm notice only when not promised"
        );
        if !answer {
            ownplan_e2e::audit_current(&driver, "kept-360-home-not-kept", "home, not kept").await;
        }
    }

    // The browser's own answer (headless Chromium may grant or deny): what is shown matches
    // what `navigator.storage.persisted()` says.
    let _ = eval(&driver, "(localStorage.clear(), true)").await;
    driver.refresh().await.unwrap();
    ownplan_e2e::wait_for_app(&driver).await;
    write_crisis_plan(&driver, &server, "Gå en tur").await;
    open_view(&driver, &server, "backup").await;
    wait_until(
        &driver,
        "document.querySelector('#storage-not-kept, #storage-kept') !== null",
    )
    .await;
    let persisted = driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             navigator.storage.persisted().then(done, () => done(null));",
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .clone();
    let shown_kept = eval(&driver, "document.getElementById('storage-kept') !== null").await;
    assert_eq!(shown_kept, persisted, "shown as the browser says");
    let _ = eval(&driver, "(localStorage.clear(), true)").await;
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backup_is_offered_after_the_crisis_plan_is_first_written() {
    let server = StaticServer::start(dist());
    let chrome = ChromeDriver::start();
    let downloads = fresh_folder("kept-backup-downloads");
    let driver = chrome
        .session_with_downloads(360, 780, Some(&downloads))
        .await;
    open_view(&driver, &server, "").await;
    let _ = eval(&driver, "(localStorage.clear(), true)").await;
    driver.refresh().await.unwrap();
    ownplan_e2e::wait_for_app(&driver).await;
    eval(&driver, "(window.__ownplanPersist = true)").await;
    assert_eq!(
        eval(&driver, "document.getElementById('backup-offer') === null").await,
        json!(true),
        "no offer on a first visit"
    );

    write_crisis_plan(&driver, &server, "Høre på musikk").await;
    // Not while typing: the crisis part shows no offer.
    assert_eq!(
        eval(&driver, "document.getElementById('backup-offer') === null").await,
        json!(true)
    );
    open_view(&driver, &server, "").await;
    wait_until(&driver, "document.getElementById('backup-offer') !== null").await;
    let offer = ownplan_e2e::text_of(&driver, "#backup-offer").await;
    assert!(offer.contains("crisis plan"), "{offer}");
    assert!(
        ownplan_e2e::text_of(&driver, "#backup-last")
            .await
            .contains("No backup")
    );
    ownplan_e2e::audit_current(&driver, "kept-360-home-offer", "home, a backup offered").await;

    // "Not now" snoozes, also after a reload.
    tap(&driver, "#backup-offer-not-now").await;
    wait_until(&driver, "document.getElementById('backup-offer') === null").await;
    driver.refresh().await.unwrap();
    ownplan_e2e::wait_for_app(&driver).await;
    assert_eq!(
        eval(&driver, "document.getElementById('backup-offer') === null").await,
        json!(true),
        "snoozed"
    );

    // A backup is made: its date is shown on the backup view and at home.
    open_view(&driver, &server, "backup").await;
    if eval(&driver, "document.getElementById('backup-protect').checked").await == json!(true) {
        tap(&driver, "#backup-protect").await;
    }
    tap(&driver, "#backup-download").await;
    downloaded_files(&downloads, 1);
    // The date in words, as the person reads it ("1 December 2026"), never as ISO.
    let today = eval(
        &driver,
        "new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })",
    )
    .await;
    let today = today.as_str().unwrap().to_owned();
    let iso = eval(&driver, "new Date().toLocaleDateString('sv')").await;
    let iso = iso.as_str().unwrap().to_owned();
    wait_until(
        &driver,
        &format!("document.getElementById('backup-last').textContent.includes('{today}')"),
    )
    .await;
    eval(&driver, "(window.scrollTo(0, 0), true)").await;
    ownplan_e2e::audit_current(
        &driver,
        "kept-360-backup-done",
        "backup view after a backup",
    )
    .await;
    assert!(
        !ownplan_e2e::text_of(&driver, "#backup-last")
            .await
            .contains(&iso)
    );
    open_view(&driver, &server, "").await;
    assert!(
        ownplan_e2e::text_of(&driver, "#backup-last")
            .await
            .contains(&today)
    );

    // The plan is removed by hand while the backup record stays: the person is told, and
    // offered a restore.
    eval(&driver, "(localStorage.removeItem('ownplan.plan'), true)").await;
    driver.refresh().await.unwrap();
    ownplan_e2e::wait_for_app(&driver).await;
    wait_until(&driver, "document.getElementById('plan-vanished') !== null").await;
    let vanished = ownplan_e2e::text_of(&driver, "#plan-vanished").await;
    assert!(vanished.contains(&today), "{vanished}");
    ownplan_e2e::audit_current(&driver, "kept-360-home-vanished", "home, the plan vanished").await;
    let _ = eval(&driver, "(localStorage.clear(), true)").await;
    driver.quit().await.unwrap();
}
