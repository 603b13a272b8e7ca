//! Tier 4: the list editor on a 360 px phone, as a person meets it (issue 13, "Fewer taps"):
//! someone to call added with a new person straight into the network, in six taps; the cards
//! named by their content and numbered in the order they are called; the keyboard focus where
//! the work continues after Done, a move, Delete and Undo, and moves announced; "Add" and
//! leaving keeps nothing. Taps are counted; screenshots are kept for people to look at.

use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, audit_current, dist, eval, open_view, pick_value, tap,
    text_of, type_into, wait_for_app, wait_until,
};
use thirtyfour::prelude::*;

/// The id of the element with the keyboard focus (its tag name when it has none).
async fn focused(driver: &WebDriver) -> String {
    eval(
        driver,
        "document.activeElement ? (document.activeElement.id || document.activeElement.tagName) : ''",
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

/// Whether the element `css` finds has the keyboard focus.
async fn has_focus(driver: &WebDriver, css: &str) -> bool {
    eval(
        driver,
        &format!("document.querySelector(\"{css}\") === document.activeElement"),
    )
    .await
        == serde_json::json!(true)
}

/// Waits until the element `css` finds has the keyboard focus.
async fn wait_for_focus(driver: &WebDriver, css: &str) {
    wait_until(
        driver,
        &format!("document.querySelector(\"{css}\") === document.activeElement"),
    )
    .await;
}

/// The stored plan, parsed.
async fn stored_plan(driver: &WebDriver) -> serde_json::Value {
    let text = eval(driver, "localStorage.getItem('ownplan.plan') || '{}'").await;
    serde_json::from_str::<serde_json::Value>(text.as_str().unwrap_or("{}")).unwrap()["plan"]
        .clone()
}

/// A selector for the element with `id` (item ids hold colons).
fn by_id(id: &str) -> String {
    format!("[id='{id}']")
}

/// Counts the taps of a flow: each is a `tap`, or a `<select>` opened and a choice made (two).
struct Taps(u32);

impl Taps {
    async fn tap(&mut self, driver: &WebDriver, css: &str) {
        self.0 += 1;
        tap(driver, css).await;
    }

    async fn choose(&mut self, driver: &WebDriver, css: &str, value: &str) {
        self.0 += 2;
        pick_value(driver, css, value).await;
    }

    /// Moving into a field that does not have the focus yet is a tap too.
    async fn type_into(&mut self, driver: &WebDriver, css: &str, text: &str) {
        if !has_focus(driver, css).await {
            self.0 += 1;
        }
        type_into(driver, css, text).await;
    }
}

#[tokio::test]
async fn at_phone_width_someone_to_call_is_added_with_a_new_person_and_the_focus_is_never_lost() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    let _ = eval(&driver, "(localStorage.clear(), true)").await;
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    open_view(&driver, &server, "crisis/contacts").await;

    // Someone to call, who is not in the network yet: added there and chosen, in one place.
    let mut taps = Taps(0);
    taps.tap(&driver, "#contacts-add").await;
    wait_until(
        &driver,
        "document.querySelector('.item-card.is-open') !== null",
    )
    .await;
    let who = focused(&driver).await;
    assert!(who.ends_with("-who"), "the focus is on who to call: {who}");
    let options = eval(
        &driver,
        &format!(
            "[...document.querySelectorAll(\"{} option\")].map(o => o.value)",
            by_id(&who)
        ),
    )
    .await;
    assert!(
        !options.to_string().contains("\"me\""),
        "no Myself to call: {options}"
    );
    taps.choose(&driver, &by_id(&who), "new-person").await;
    wait_for_focus(&driver, &by_id(&format!("{who}-new-name"))).await;
    taps.type_into(&driver, &by_id(&format!("{who}-new-name")), "Linn Haugen")
        .await;
    taps.type_into(&driver, &by_id(&format!("{who}-new-phone")), "912 34 567")
        .await;
    audit_current(
        &driver,
        "lists-360-en-new-person",
        "a new person to call at 360px",
    )
    .await;
    driver
        .screenshot(&shot("taps-360-new-person-form.png"))
        .await
        .unwrap();
    taps.tap(&driver, &by_id(&format!("{who}-new-add"))).await;
    wait_for_focus(&driver, &by_id(&who)).await;
    driver
        .screenshot(&shot("taps-360-new-person-chosen.png"))
        .await
        .unwrap();
    taps.tap(&driver, ".item-card.is-open .item-form > .button-primary")
        .await;
    wait_until(
        &driver,
        "document.querySelector('.item-card.is-open') === null",
    )
    .await;
    assert!(
        has_focus(&driver, ".item-card .item-buttons .button:nth-child(1)").await,
        "after Done the focus is on the item's Edit: {}",
        focused(&driver).await
    );
    let added_with = taps.0;
    assert_eq!(added_with, 6, "taps to add someone to call who is new");
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.plan') || '').includes('Linn Haugen')",
    )
    .await;
    let plan = stored_plan(&driver).await;
    assert_eq!(plan["network"][0]["phone"], "912 34 567", "{plan}");
    assert_eq!(
        plan["crisisPlan"]["contacts"][0]["who"]["member"], plan["network"][0]["id"],
        "{plan}"
    );

    // A second one, typed in the person's own words, then called first.
    tap(&driver, "#contacts-add").await;
    let who = focused(&driver).await;
    pick_value(&driver, &by_id(&who), "typed").await;
    type_into(&driver, &by_id(&format!("{who}-typed")), "Mor").await;
    type_into(&driver, ".item-card.is-open [id$='-phone']", "22 33 44 55").await;
    tap(&driver, ".item-card.is-open .item-form > .button-primary").await;
    wait_until(
        &driver,
        "document.querySelectorAll('.item-card').length === 2",
    )
    .await;
    let numbers = eval(
        &driver,
        "[...document.querySelectorAll('.item-card .item-number')].map(n => n.textContent.replace(/[\\u2068\\u2069]/g, ''))",
    )
    .await;
    assert_eq!(
        numbers,
        serde_json::json!(["1.", "2."]),
        "the order is shown"
    );
    tap(
        &driver,
        ".item-card:nth-child(2) .item-buttons .button:nth-child(2)",
    )
    .await;
    wait_until(
        &driver,
        "document.querySelector('.item-card .item-title').textContent.includes('Mor')",
    )
    .await;
    // At the first place "Move up" is disabled: the focus is on the item's "Move down".
    wait_for_focus(
        &driver,
        ".item-card:nth-child(1) .item-buttons .button:nth-child(3)",
    )
    .await;
    let label = eval(&driver, "document.activeElement.getAttribute('aria-label')").await;
    assert!(label.to_string().contains("Mor"), "{label}");
    assert!(
        text_of(&driver, "#contacts-moved").await.contains('1'),
        "the move is announced"
    );
    driver
        .screenshot(&shot("taps-360-contacts-moved.png"))
        .await
        .unwrap();

    // Delete puts the focus on the next item; Undo on the item brought back.
    tap(&driver, ".item-card:nth-child(1) .item-delete").await;
    wait_until(
        &driver,
        "document.querySelectorAll('.item-card').length === 1",
    )
    .await;
    wait_for_focus(
        &driver,
        ".item-card:nth-child(1) .item-buttons .button:nth-child(1)",
    )
    .await;
    driver
        .screenshot(&shot("taps-360-contacts-deleted.png"))
        .await
        .unwrap();
    tap(&driver, "#undo-delete").await;
    wait_until(
        &driver,
        "document.querySelectorAll('.item-card').length === 2",
    )
    .await;
    wait_for_focus(
        &driver,
        ".item-card:nth-child(1) .item-buttons .button:nth-child(1)",
    )
    .await;
    assert!(
        text_of(&driver, ".item-card:nth-child(1) .item-title")
            .await
            .contains("Mor")
    );

    // "Add" and then leaving the view keeps nothing.
    tap(&driver, "#contacts-add").await;
    wait_until(
        &driver,
        "document.querySelectorAll('.item-card').length === 3",
    )
    .await;
    open_view(&driver, &server, "crisis").await;
    open_view(&driver, &server, "crisis/contacts").await;
    wait_until(
        &driver,
        "document.querySelectorAll('.item-card').length === 2",
    )
    .await;
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    wait_until(
        &driver,
        "document.querySelectorAll('.item-card').length === 2",
    )
    .await;
    let plan = stored_plan(&driver).await;
    assert_eq!(
        plan["crisisPlan"]["contacts"].as_array().map(Vec::len),
        Some(2),
        "{plan}"
    );
    driver
        .screenshot(&shot("taps-360-contacts-cards.png"))
        .await
        .unwrap();
    audit_current(&driver, "lists-360-en-contacts", "who to call at 360px").await;
    println!("taps to add someone to call with a new person: {added_with}");
    driver.quit().await.unwrap();
}

/// Where a screenshot goes: `OWNPLAN_SHOTS` when set (the folder for people to look
/// at), or the artifacts folder.
fn shot(name: &str) -> std::path::PathBuf {
    match std::env::var("OWNPLAN_SHOTS") {
        Ok(dir) => {
            std::fs::create_dir_all(&dir).unwrap();
            std::path::PathBuf::from(dir).join(name)
        }
        Err(_) => artifacts().join(name),
    }
}
