//! Tier 4, the guided mode at phone width: a person goes through the questions one screen at a
//! time, answering some and skipping others, adds a second goal, reloads in the middle and
//! comes back from the home view to the first question still empty; the browser's back button
//! goes back a step; the summary lists what was skipped with links to it; and every answer is
//! in the plan views and the stored plan, with nothing stored for what was skipped. Several
//! screens are checked with axe-core, for horizontal scrolling and photographed in every
//! language at 360, 320 and 1280 px.

use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, audit_current, audit_views, choose_text, choose_value,
    dist, eval, open_view, pick_value, tap, text_of, type_into, value_of, wait_for_app, wait_saved,
    wait_until,
};
use ownplan_web::i18n::{Language, translate, translate_with};
use ownplan_web::state::guide::Question;
use thirtyfour::prelude::*;

const EN: Language = Language::English;

/// Waits until the guide shows step `step` (`"3"`, `"done"`) with its heading focused.
async fn wait_for_step(driver: &WebDriver, step: &str) {
    wait_until(
        driver,
        &format!(
            "location.hash === '#/guide?step={step}' \
             && document.activeElement !== null && document.activeElement.id === 'page-title'"
        ),
    )
    .await;
}

/// The heading of the current view.
async fn heading(driver: &WebDriver) -> String {
    text_of(driver, "main h1").await
}

/// Asserts the screen asks question `number` (from 1), with its progress, both in view.
async fn assert_question(driver: &WebDriver, number: usize) {
    assert_question_shown(driver, number).await;
    // However far down Next was tapped, the new question and its progress are in view.
    assert_eq!(
        eval(
            driver,
            "['.guide-progress', 'main h1'].every(css => { \
               const box = document.querySelector(css).getBoundingClientRect(); \
               return box.top >= 0 && box.bottom <= window.innerHeight; })"
        )
        .await,
        true,
        "question {number} in view: {}",
        eval(
            driver,
            "JSON.stringify([scrollY, document.querySelector('main h1').getBoundingClientRect()])"
        )
        .await
    );
}

/// Asserts the screen asks question `number`, with its progress. (After the browser's back
/// button the browser puts back where the page was scrolled to, as on any site.)
async fn assert_question_shown(driver: &WebDriver, number: usize) {
    wait_for_step(driver, &number.to_string()).await;
    let question = Question::ALL[number - 1];
    assert_eq!(heading(driver).await, translate(EN, question.heading_id()));
    let progress = driver
        .find(By::Id("guide-progress"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let expected = translate_with(
        EN,
        "guide-progress",
        &[("number", &number.to_string()), ("total", "14")],
    );
    assert_eq!(progress, expected);
    assert_eq!(
        eval(
            driver,
            "[document.querySelector('main progress').value, document.querySelector('main progress').max]"
        )
        .await,
        serde_json::json!([number, 14])
    );
}

async fn stored_plan(driver: &WebDriver) -> serde_json::Value {
    eval(
        driver,
        "JSON.parse(localStorage.getItem('ownplan.plan')).plan",
    )
    .await
}

/// Waits until the list question shows `count` items' fields (the first comes once the
/// browser has given it an id).
async fn wait_items(driver: &WebDriver, count: usize) {
    wait_until(
        driver,
        &format!("document.querySelectorAll('main .guide-item').length === {count}"),
    )
    .await;
}

#[tokio::test]
async fn a_person_goes_through_the_guide_skips_some_questions_and_comes_back_later() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    choose_value(&driver, "#ownplan-language", EN.code()).await;

    // From the home view, a fresh plan starts at question 1.
    tap(&driver, ".guide-home-link").await;
    assert_question(&driver, 1).await;
    type_into(&driver, "#guide-name", "Sara Haugen").await;
    tap(&driver, ".guide-next").await;

    // 2: skipped.
    assert_question(&driver, 2).await;
    tap(&driver, ".guide-skip").await;

    // 3: the story.
    assert_question(&driver, 3).await;
    type_into(&driver, "#guide-story", "Jeg er 34 og bor i Oslo.").await;
    tap(&driver, ".guide-next").await;

    // 4: a goal with its part of life, and another one.
    assert_question(&driver, 4).await;
    wait_items(&driver, 1).await;
    assert!(
        driver.find(By::Css(".guide-add")).await.is_err(),
        "no 'add another' before there is one"
    );
    type_into(&driver, ".guide-item [id$='-text']", "Egen leilighet").await;
    // The first keystroke adds the goal; the rest land in the same field.
    wait_saved(&driver, "Egen leilighet").await;
    choose_value(&driver, ".guide-item select[id$='-lifeArea']", "housing").await;
    tap(&driver, ".guide-add").await;
    wait_items(&driver, 2).await;
    // Focus moves into the new goal's first field; the two are told apart by name.
    wait_until(
        &driver,
        "document.activeElement.closest('.guide-item') === document.querySelectorAll('main .guide-item')[1] \
         && document.activeElement.id.endsWith('-text')",
    )
    .await;
    let legends = eval(
        &driver,
        "[...document.querySelectorAll('main .guide-item legend')].map(l => l.textContent)",
    )
    .await;
    let goal = |n: &str| translate_with(EN, "guide-goal-item", &[("number", n)]);
    assert_eq!(legends, serde_json::json!([goal("1"), goal("2")]));
    type_into(
        &driver,
        "fieldset.guide-item:nth-of-type(2) [id$='-text']",
        "Komme i jobb",
    )
    .await;
    wait_saved(&driver, "Komme i jobb").await;
    tap(&driver, ".guide-next").await;

    // 5 and 6: skipped; 7: someone who helps.
    assert_question(&driver, 5).await;
    tap(&driver, ".guide-skip").await;
    assert_question(&driver, 6).await;
    tap(&driver, ".guide-skip").await;
    assert_question(&driver, 7).await;
    wait_items(&driver, 1).await;
    type_into(&driver, ".guide-item [id$='-name']", "Linn Haugen").await;
    choose_value(&driver, ".guide-item select[id$='-role']", "nextOfKin").await;
    type_into(&driver, ".guide-item [id$='-phone']", "912 34 567").await;
    wait_saved(&driver, "912 34 567").await;
    tap(&driver, ".guide-next").await;
    assert_question(&driver, 8).await;

    // A reload in the middle lands on the same question, with nothing lost.
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    assert_question(&driver, 8).await;
    // The browser's back button goes back one question.
    driver.back().await.unwrap();
    assert_question_shown(&driver, 7).await;
    assert_eq!(
        value_of(&driver, ".guide-item [id$='-name']").await,
        "Linn Haugen"
    );

    // Coming back later from the home view resumes at the first question still empty.
    open_view(&driver, &server, "").await;
    tap(&driver, ".guide-home-link").await;
    assert_question(&driver, 2).await;
    type_into(&driver, "#guide-matters", "Å se datteren min hver uke").await;
    tap(&driver, ".guide-next").await;
    assert_question(&driver, 3).await;
    assert_eq!(
        value_of(&driver, "#guide-story").await,
        "Jeg er 34 og bor i Oslo."
    );

    // Straight to question 8 by its address, then on to the end.
    open_view(&driver, &server, "guide?step=8").await;
    assert_question(&driver, 8).await;
    wait_items(&driver, 1).await;
    type_into(
        &driver,
        ".guide-item [id$='-sign']",
        "Sover under fem timer",
    )
    .await;
    tap(&driver, ".guide-next").await;
    assert_question(&driver, 9).await;
    tap(&driver, ".guide-skip").await;
    // 10: who to call first, picked from the people already added.
    assert_question(&driver, 10).await;
    wait_items(&driver, 1).await;
    choose_text(&driver, ".guide-item select[id$='-who']", "Linn Haugen").await;
    tap(&driver, ".guide-next").await;
    assert_question(&driver, 11).await;
    type_into(
        &driver,
        "#meet-staff",
        "Snakk rolig og si hva som skal skje",
    )
    .await;
    tap(&driver, ".guide-next").await;
    // 12: what makes things safer, skipped; 13: what makes life worth living.
    assert_question(&driver, 12).await;
    tap(&driver, ".guide-skip").await;
    assert_question(&driver, 13).await;
    wait_items(&driver, 1).await;
    type_into(&driver, ".guide-item [id$='-reason']", "Datteren min").await;
    wait_saved(&driver, "Datteren min").await;
    tap(&driver, ".guide-next").await;
    assert_question(&driver, 14).await;
    let finish = driver.find(By::Css(".guide-next")).await.unwrap();
    assert_eq!(finish.text().await.unwrap(), translate(EN, "guide-finish"));
    pick_value(&driver, "#guide-review", "2026-09-01").await;
    wait_saved(&driver, "2026-09-01").await;
    tap(&driver, ".guide-next").await;

    // The summary: what was answered, and the skipped ones, each with a link back.
    wait_for_step(&driver, "done").await;
    assert_eq!(heading(&driver).await, translate(EN, "guide-summary-title"));
    let links = |class: &str| {
        format!(
            "[...document.querySelectorAll('main .{class} a')].map(a => [a.textContent, a.getAttribute('href')])"
        )
    };
    let skipped = eval(&driver, &links("guide-skipped")).await;
    let expected: Vec<(String, String)> = [
        (5, Question::Strength),
        (6, Question::Need),
        (9, Question::WhatHelps),
        (12, Question::Safer),
    ]
    .into_iter()
    .map(|(step, question)| {
        (
            translate(EN, question.short_id()),
            format!("#/guide?step={step}"),
        )
    })
    .collect();
    assert_eq!(skipped, serde_json::to_value(&expected).unwrap());
    let answered = eval(&driver, &links("guide-answered")).await;
    assert_eq!(answered.as_array().map(Vec::len), Some(10), "{answered}");
    audit_current(
        &driver,
        "guide-360-en-summary-filled",
        "the summary of a filled guide",
    )
    .await;
    // A skipped question is one tap away, and the back button returns to the summary.
    tap(&driver, ".guide-skipped li:nth-child(3) a").await;
    assert_question(&driver, 9).await;
    driver.back().await.unwrap();
    wait_for_step(&driver, "done").await;
    assert_eq!(heading(&driver).await, translate(EN, "guide-summary-title"));

    // Every answer is in the plan views ...
    open_view(&driver, &server, "plan/about").await;
    assert_eq!(value_of(&driver, "#about-name").await, "Sara Haugen");
    assert_eq!(
        value_of(&driver, "#about-matters").await,
        "Å se datteren min hver uke"
    );
    assert_eq!(
        value_of(&driver, "#about-story").await,
        "Jeg er 34 og bor i Oslo."
    );
    open_view(&driver, &server, "plan/goals").await;
    let titles = eval(
        &driver,
        "[...document.querySelectorAll('.item-card .item-title')].map(t => t.textContent)",
    )
    .await
    .to_string();
    assert!(
        titles.contains("Egen leilighet") && titles.contains("Komme i jobb"),
        "{titles}"
    );
    open_view(&driver, &server, "crisis/card").await;
    let card = text_of(&driver, "main").await;
    assert!(card.contains("Linn Haugen"), "{card}");
    assert!(
        card.contains("Snakk rolig og si hva som skal skje"),
        "{card}"
    );

    // ... and in the stored plan, with nothing stored for what was skipped.
    let plan = stored_plan(&driver).await;
    let ip = &plan["individualPlan"];
    assert_eq!(plan["owner"]["name"], "Sara Haugen");
    assert_eq!(ip["goals"].as_array().map(Vec::len), Some(2), "{ip}");
    assert_eq!(ip["goals"][0]["lifeArea"], "housing");
    assert_eq!(ip["goals"][1]["text"], "Komme i jobb");
    assert_eq!(ip["period"]["reviewDate"], "2026-09-01");
    assert!(
        ip.get("resources")
            .is_none_or(|r| r.as_array().is_some_and(Vec::is_empty)),
        "{ip}"
    );
    assert!(
        ip.get("needs")
            .is_none_or(|r| r.as_array().is_some_and(Vec::is_empty)),
        "{ip}"
    );
    let member = &plan["network"][0];
    assert_eq!(member["role"], "nextOfKin");
    assert_eq!(member["phone"], "912 34 567");
    let crisis = &plan["crisisPlan"];
    assert_eq!(crisis["contacts"][0]["who"]["member"], member["id"]);
    assert_eq!(crisis["warningSigns"][0]["sign"], "Sover under fem timer");
    assert_eq!(crisis["warningSigns"][0]["stage"], "early");
    assert_eq!(
        crisis["howToMeetMe"]["staff"],
        "Snakk rolig og si hva som skal skje"
    );
    assert!(crisis.get("whatHelps").is_none(), "{crisis}");
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn a_step_that_names_no_question_resumes_instead() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    choose_value(&driver, "#ownplan-language", EN.code()).await;
    open_view(&driver, &server, "guide?step=1").await;
    type_into(&driver, "#guide-name", "Sara").await;
    wait_saved(&driver, "Sara").await;
    for address in ["guide", "guide?step=0", "guide?step=15", "guide?step=abc"] {
        // A fresh load each time, as from a bookmark or a typed address.
        driver
            .goto(format!("{}#/{address}", server.url()))
            .await
            .unwrap();
        driver.refresh().await.unwrap();
        wait_for_app(&driver).await;
        assert_question(&driver, 2).await;
    }
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn guide_screens_are_accessible_without_sideways_scrolling_in_every_language() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    for (width, height) in [(360, 780), (320, 640), (1280, 900)] {
        let driver = chromedriver.session(width, height).await;
        driver.goto(server.url()).await.unwrap();
        wait_for_app(&driver).await;
        audit_views(
            &driver,
            &server,
            &[
                "",
                "guide?step=1",
                "guide?step=4",
                "guide?step=7",
                "guide?step=10",
                "guide?step=12",
                "guide?step=done",
            ],
            width,
            "guide",
        )
        .await;
        // A list question with two items, named apart.
        for language in Language::ALL {
            choose_value(&driver, "#ownplan-language", language.code()).await;
            open_view(&driver, &server, "guide?step=7").await;
            wait_until(
                &driver,
                "document.querySelector('main .guide-item') !== null",
            )
            .await;
            if eval(&driver, "document.querySelector('.guide-add') === null").await == true {
                type_into(&driver, ".guide-item [id$='-name']", "Linn Haugen").await;
            }
            if eval(
                &driver,
                "document.querySelectorAll('main .guide-item').length",
            )
            .await
                == 1
            {
                tap(&driver, ".guide-add").await;
                wait_items(&driver, 2).await;
            }
            audit_current(
                &driver,
                &format!("guide-{width}-{}-helpers-two", language.code()),
                &format!("two helpers in {language:?} at {width}px"),
            )
            .await;
        }
        if width == 360 {
            photograph_the_ends_of_screens(&driver, &server).await;
        }
        driver.quit().await.unwrap();
    }
}

/// Screenshots of the lower half of a few screens (the audit photographs the top): the
/// buttons, the summary's links.
async fn photograph_the_ends_of_screens(driver: &WebDriver, server: &StaticServer) {
    for language in Language::ALL {
        choose_value(driver, "#ownplan-language", language.code()).await;
        for step in ["1", "4", "10", "done"] {
            open_view(driver, server, &format!("guide?step={step}")).await;
            wait_for_step(driver, step).await;
            eval(
                driver,
                "window.scrollTo(0, document.documentElement.scrollHeight) || true",
            )
            .await;
            driver
                .screenshot(
                    &artifacts().join(format!("guide-360-{}-step-{step}-end.png", language.code())),
                )
                .await
                .unwrap();
        }
    }
}
