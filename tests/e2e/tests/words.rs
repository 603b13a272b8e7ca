//! Tier 4, dates and words (issue 13) at 360 px in Bokmål: the crisis card asks for a missing
//! name on the card itself and keeps the focus while the person types it; a long phone number
//! on a call button stays on one line; a plan date far ahead gets a calm question next to the
//! field; dates read as words ("1. mars 2027"). Screenshots go to the artifacts folder.

use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, dist, eval, open_view, pick_value, put_stored_plan,
    text_of, type_into, wait_for_app, wait_until,
};
use ownplan_web::i18n::{Language, translate};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

const FULL_PLAN: &str = include_str!("../../../examples/plan-full-nb.json");
const LONG_NUMBER: &str = "+47 22 59 13 00";

fn nb(id: &str) -> String {
    translate(Language::NorwegianBokmal, id)
}

/// Switches the widget to Bokmål (remembered for the rest of the session).
async fn choose_bokmal(driver: &WebDriver) {
    let select = driver.find(By::Id("ownplan-language")).await.unwrap();
    thirtyfour::components::SelectElement::new(&select)
        .await
        .unwrap()
        .select_by_value("nb")
        .await
        .unwrap();
    wait_until(driver, "document.documentElement.lang === 'nb'").await;
}

/// The example plan without the person's name, with a first crisis contact whose name is long
/// and whose number has spaces, as stored on the device.
fn stored_plan_without_name() -> Value {
    let mut plan: Value = serde_json::from_str(FULL_PLAN).unwrap();
    plan["owner"]["name"] = json!("");
    let contacts = plan["crisisPlan"]["contacts"].as_array_mut().unwrap();
    contacts.insert(
        0,
        json!({
            "id": "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-0000000000ff",
            "who": {"typed": "Legevakten i Bergen sentrum, psykiatrisk akutteam"},
            "phone": LONG_NUMBER,
        }),
    );
    let envelope = json!({"ownplanStorage": 1, "revision": 1, "writer": "e2e", "plan": plan});
    Value::String(envelope.to_string())
}

#[tokio::test]
async fn the_card_asks_for_the_name_and_keeps_long_numbers_whole_at_360_px() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 800).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    choose_bokmal(&driver).await;
    put_stored_plan(&driver, &stored_plan_without_name()).await;

    open_view(&driver, &server, "crisis/card").await;
    wait_until(
        &driver,
        "document.querySelector('#card-name-prompt') !== null",
    )
    .await;
    let prompt = text_of(&driver, "#card-name-prompt").await;
    assert!(prompt.contains(&nb("card-name-missing")), "{prompt}");
    driver
        .screenshot(&artifacts().join("words-360-nb-card-name-missing.png"))
        .await
        .unwrap();

    // Every number on a call button is on one line: an inline span that wrapped would have
    // more than one box.
    let numbers = eval(
        &driver,
        "Array.from(document.querySelectorAll('.call .call-number')).map(n => [n.textContent, n.getClientRects().length])",
    )
    .await;
    let numbers = numbers.as_array().unwrap();
    assert!(
        numbers.iter().any(|n| n[0] == LONG_NUMBER),
        "the long number is on a call button: {numbers:?}"
    );
    for number in numbers {
        assert_eq!(number[1], 1, "a number broke across lines: {number:?}");
    }
    // And the card does not scroll sideways.
    assert_eq!(
        eval(
            &driver,
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        )
        .await,
        Value::Bool(true)
    );
    driver
        .execute(
            "document.querySelector('.call-first').scrollIntoView({block: 'center'});",
            Vec::new(),
        )
        .await
        .unwrap();
    driver
        .screenshot(&artifacts().join("words-360-nb-card-long-number.png"))
        .await
        .unwrap();

    // Typing the name: the field stays, the focus stays in it, the card gets the name.
    type_into(&driver, "#card-name", "Sara Haugen").await;
    wait_until(
        &driver,
        "document.querySelector('#page-title').textContent.includes('Sara Haugen')",
    )
    .await;
    assert_eq!(
        eval(
            &driver,
            "document.activeElement && document.activeElement.id"
        )
        .await,
        Value::String("card-name".to_owned())
    );
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.plan') || '').includes('Sara Haugen')",
    )
    .await;
    driver
        .execute("window.scrollTo(0, 0);", Vec::new())
        .await
        .unwrap();
    driver
        .screenshot(&artifacts().join("words-360-nb-card-name-typed.png"))
        .await
        .unwrap();

    // Coming back with a name: no prompt.
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    wait_until(
        &driver,
        "document.querySelector('#page-title').textContent.includes('Sara Haugen')",
    )
    .await;
    assert_eq!(
        eval(
            &driver,
            "document.querySelector('#card-name-prompt') === null"
        )
        .await,
        Value::Bool(true)
    );

    // The wallet card asks too, when the name is missing.
    put_stored_plan(&driver, &stored_plan_without_name()).await;
    open_view(&driver, &server, "crisis/wallet").await;
    wait_until(&driver, "document.querySelector('#card-name') !== null").await;
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn a_year_far_ahead_is_questioned_and_dates_read_as_words() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 800).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    choose_bokmal(&driver).await;

    open_view(&driver, &server, "plan/period").await;
    pick_value(&driver, "#period-review", "3012-03-01").await;
    wait_until(
        &driver,
        "document.querySelector('#period-review-year').textContent.includes('3012')",
    )
    .await;
    let described = eval(
        &driver,
        "document.querySelector('#period-review').getAttribute('aria-describedby')",
    )
    .await;
    assert!(
        described
            .as_str()
            .unwrap_or_default()
            .contains("period-review-year"),
        "{described}"
    );
    // It does not block: the date is kept.
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.plan') || '').includes('3012-03-01')",
    )
    .await;
    driver
        .screenshot(&artifacts().join("words-360-nb-year-question.png"))
        .await
        .unwrap();

    // Corrected, the question goes away.
    pick_value(&driver, "#period-review", "2027-03-01").await;
    wait_until(
        &driver,
        "document.querySelector('#period-review-year').textContent === ''",
    )
    .await;

    // The home view says the review date in words.
    open_view(&driver, &server, "").await;
    let home = text_of(&driver, "main").await;
    assert!(home.contains("1. mars 2027"), "{home}");
    assert!(!home.contains("2027-03-01"), "{home}");
    driver.quit().await.unwrap();
}
