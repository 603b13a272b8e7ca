//! Tier 4, the crisis plan: a person fills in a realistic crisis plan at phone width, puts the
//! people to call in the right order, adds a national helpline from the ready choices, opens
//! the crisis card in one tap from another page, and prints the card and the whole plan to
//! PDF (turned into PNG pages under target/e2e/ to look at). Bad input (nights that are not a
//! number) is refused with a message. Every crisis view is checked with axe-core in every
//! language at 360 px and 1280 px.

use std::process::Command;

use ownplan_e2e::{
    ChromeDriver, StaticServer, add_item, artifacts, audit_views, choose_text, choose_value, dist,
    eval, open_view, pick_value, put_stored_plan, tap, text_of, type_into, value_of, wait_for_app,
    wait_until,
};
use ownplan_web::i18n::{Language, translate};
use thirtyfour::prelude::*;

const CRISIS_VIEWS: [&str; 12] = [
    "crisis",
    "crisis/signs",
    "crisis/helps",
    "crisis/meet",
    "crisis/contacts",
    "crisis/admission",
    "crisis/treatment",
    "crisis/practical",
    "crisis/after",
    "crisis/card",
    "crisis/wallet",
    "print",
];

async fn done(driver: &WebDriver, form: &str) {
    tap(driver, &format!("{form} .item-form > .button-primary")).await;
}

async fn fill_crisis_plan(driver: &WebDriver, server: &StaticServer) {
    open_view(driver, server, "plan/about").await;
    type_into(driver, "#about-name", "Sara Haugen").await;
    open_view(driver, server, "network").await;
    let form = add_item(driver, "network").await;
    type_into(driver, &format!("{form} [id$='-name']"), "Linn Haugen").await;
    type_into(driver, &format!("{form} [id$='-phone']"), "912 34 567").await;
    done(driver, &form).await;

    open_view(driver, server, "crisis/signs").await;
    let form = add_item(driver, "signs").await;
    type_into(
        driver,
        &format!("{form} [id$='-sign']"),
        "Jeg sover under fem timer flere netter",
    )
    .await;
    choose_value(
        driver,
        &format!("{form} select[id$='-stage']"),
        "gettingWorse",
    )
    .await;
    type_into(
        driver,
        &format!("{form} [id$='-whatIDo']"),
        "Går tur om kvelden",
    )
    .await;

    open_view(driver, server, "crisis/helps").await;
    type_into(driver, "#helps-helps", "Rolig stemme, korte beskjeder").await;
    type_into(driver, "#helps-myself", "Dusjer og spiser noe varmt").await;

    open_view(driver, server, "crisis/meet").await;
    type_into(driver, "#meet-staff", "Snakk rolig og si hva som skal skje").await;

    open_view(driver, server, "crisis/contacts").await;
    let form = add_item(driver, "contacts").await;
    choose_value(driver, &format!("{form} select[id$='-who']"), "typed").await;
    type_into(driver, &format!("{form} [id$='-who-typed']"), "Mor").await;
    type_into(driver, &format!("{form} [id$='-phone']"), "22 33 44 55").await;
    done(driver, &form).await;
    let form = add_item(driver, "contacts").await;
    choose_text(driver, &format!("{form} select[id$='-who']"), "Linn Haugen").await;
    type_into(
        driver,
        &format!("{form} [id$='-whenToCall']"),
        "Når jeg ikke svarer på to dager",
    )
    .await;
    done(driver, &form).await;
    // Linn should be called first: move her up, by the button a keyboard or a thumb uses.
    tap(
        driver,
        ".item-card:nth-child(2) .item-buttons .button:nth-child(2)",
    )
    .await;
    wait_until(
        driver,
        "document.querySelector('.item-card .item-title').textContent.includes('Linn')",
    )
    .await;
    // A national helpline from the ready choices.
    // (Set like the picker does: in phone emulation a just-used native select can swallow the
    // next tap.)
    pick_value(driver, "#service-preset", "116123").await;
    tap(driver, "#service-preset-add").await;
    wait_until(
        driver,
        "[...document.querySelectorAll('.item-card .item-title')].some(t => t.textContent.includes('Mental Helse'))",
    )
    .await;

    open_view(driver, server, "crisis/admission").await;
    type_into(driver, "#admission-unit", "Lovisenberg DPS").await;
    type_into(driver, "#admission-maxNights", "5").await;
    wait_until(
        driver,
        "JSON.parse(localStorage.getItem('ownplan.plan') || '{}').plan?.crisisPlan?.admission?.maxNights === 5",
    )
    .await;
}

fn pdf_pages(pdf: &[u8], name: &str) -> usize {
    let dir = artifacts();
    let pdf_path = dir.join(format!("{name}.pdf"));
    std::fs::write(&pdf_path, pdf).unwrap();
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "60"])
        .arg(&pdf_path)
        .arg(dir.join(name))
        .status()
        .expect("pdftoppm (cargo xtask setup --for-tests installs poppler-utils)");
    assert!(status.success());
    std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            let file = e.file_name().to_string_lossy().to_string();
            file.starts_with(&format!("{name}-")) && file.ends_with(".png")
        })
        .count()
}

async fn print_a4(driver: &WebDriver) -> Vec<u8> {
    let parameters = thirtyfour::common::print::PrintParameters {
        page: thirtyfour::common::print::PrintPage {
            width: 21.0,
            height: 29.7,
        },
        ..Default::default()
    };
    driver.print_page(parameters).await.unwrap()
}

#[tokio::test]
async fn a_crisis_plan_written_on_a_phone_gives_a_crisis_card_and_prints() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    fill_crisis_plan(&driver, &server).await;

    // Bad input: nights that are not a whole number are refused, with a message.
    type_into(&driver, "#admission-maxNights", "fem").await;
    wait_until(
        &driver,
        "document.querySelector('#admission-maxNights-error') !== null",
    )
    .await;
    let invalid = driver
        .find(By::Css("#admission-maxNights"))
        .await
        .unwrap()
        .attr("aria-invalid")
        .await
        .unwrap();
    assert_eq!(invalid.as_deref(), Some("true"));
    assert_eq!(
        eval(
            &driver,
            "JSON.parse(localStorage.getItem('ownplan.plan')).plan.crisisPlan.admission.maxNights"
        )
        .await,
        5,
        "nothing changed"
    );

    // After a reload everything is there, in the order chosen.
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    open_view(&driver, &server, "crisis/admission").await;
    assert_eq!(value_of(&driver, "#admission-maxNights").await, "5");
    assert_eq!(
        value_of(&driver, "#admission-unit").await,
        "Lovisenberg DPS"
    );

    // The crisis card is one tap away from any page.
    open_view(&driver, &server, "plan/goals").await;
    tap(&driver, ".crisis-button").await;
    wait_until(&driver, "document.querySelector('.crisis-card') !== null").await;
    let first = driver
        .find(By::Css(".card-contacts .call-first"))
        .await
        .unwrap();
    assert!(first.text().await.unwrap().contains("Linn Haugen"));
    assert_eq!(
        first.attr("href").await.unwrap().as_deref(),
        Some("tel:91234567")
    );
    let next = driver
        .find(By::Css(".card-contacts .call-next"))
        .await
        .unwrap();
    assert!(next.text().await.unwrap().contains("Mor"));
    let emergency = driver.find(By::Css(".call-emergency")).await.unwrap();
    assert_eq!(
        emergency.attr("href").await.unwrap().as_deref(),
        Some("tel:113")
    );
    let card = text_of(&driver, ".crisis-card").await;
    assert!(card.contains("Rolig stemme, korte beskjeder"), "{card}");
    assert!(card.contains("Dusjer og spiser noe varmt"), "{card}");
    assert!(
        card.contains("Snakk rolig og si hva som skal skje"),
        "{card}"
    );
    driver
        .screenshot(&artifacts().join("crisis-card-360.png"))
        .await
        .unwrap();

    // Printed: the card fits on one A4 page; the whole plan has the crisis plan on a page of
    // its own, and the name and version on the pages.
    let card_pdf = print_a4(&driver).await;
    assert_eq!(pdf_pages(&card_pdf, "print-crisis-card"), 1);
    open_view(&driver, &server, "crisis/wallet").await;
    let wallet = text_of(&driver, ".wallet").await;
    assert!(wallet.contains("Linn Haugen"), "{wallet}");
    assert!(wallet.contains("113"), "{wallet}");
    let wallet_pdf = print_a4(&driver).await;
    assert_eq!(pdf_pages(&wallet_pdf, "print-wallet-card"), 1);
    open_view(&driver, &server, "print").await;
    let plan_pdf = print_a4(&driver).await;
    assert!(pdf_pages(&plan_pdf, "print-whole-plan") >= 2);
    let text = text_of(&driver, "main").await;
    assert!(text.contains("Lovisenberg DPS"), "{text}");
    assert!(text.contains("Mental Helse"), "{text}");
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn every_crisis_view_is_accessible_in_every_language() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let mut stored = serde_json::Value::Null;
    for (width, height) in [(360, 780), (1280, 900)] {
        let driver = chromedriver.session(width, height).await;
        driver.goto(server.url()).await.unwrap();
        wait_for_app(&driver).await;
        if stored.is_null() {
            fill_crisis_plan(&driver, &server).await;
            stored = eval(&driver, "localStorage.getItem('ownplan.plan')").await;
        } else {
            put_stored_plan(&driver, &stored).await;
        }
        audit_views(&driver, &server, &CRISIS_VIEWS, width, "crisis").await;
        for language in Language::ALL {
            let select = driver.find(By::Id("ownplan-language")).await.unwrap();
            thirtyfour::components::SelectElement::new(&select)
                .await
                .unwrap()
                .select_by_value(language.code())
                .await
                .unwrap();
            let card_button = driver.find(By::Css(".crisis-button")).await.unwrap();
            assert_eq!(
                card_button.text().await.unwrap(),
                translate(language, "card-button")
            );
        }
        driver.quit().await.unwrap();
    }
}
