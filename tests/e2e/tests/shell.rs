//! Tier 4: the release build in headless Chromium over WebDriver, as a person meets it: at
//! phone width (360 px) and desktop width (1280 px), in all three languages, on every view;
//! switching language in the UI and finding it remembered after a reload; and checks that the
//! page fetches nothing but its own files under its strict Content-Security-Policy.
//!
//! Screenshots are kept under target/e2e/ for people to look at.

use std::time::Duration;

use ownplan_e2e::{ChromeDriver, StaticServer, audit_current, dist, eval, text_of, wait_for_app};
use ownplan_web::i18n::{Language, translate};
use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;

const ROUTES: [(&str, &str); 6] = [
    ("", "home-title"),
    ("plan", "page-plan-title"),
    ("crisis", "page-crisis-title"),
    ("network", "page-network-title"),
    ("share", "page-share-title"),
    ("verify", "page-verify-title"),
];

async fn choose_language(driver: &WebDriver, language: Language) {
    let select = driver.find(By::Id("ownplan-language")).await.unwrap();
    SelectElement::new(&select)
        .await
        .unwrap()
        .select_by_value(language.code())
        .await
        .unwrap();
    let expected = language.code();
    for _ in 0..100 {
        if eval(driver, "document.documentElement.lang").await == expected {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("<html lang> did not become {expected}");
}

/// The heading of the current view.
async fn heading(driver: &WebDriver) -> String {
    text_of(driver, "main h1").await
}

#[tokio::test]
async fn every_view_in_every_language_at_phone_and_desktop_width_is_accessible() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    for (width, height) in [(360, 780), (1280, 900)] {
        let driver = chromedriver.session(width, height).await;
        driver.goto(server.url()).await.unwrap();
        wait_for_app(&driver).await;
        let inner_width = eval(&driver, "window.innerWidth").await;
        assert_eq!(inner_width, width, "the viewport is {width} px wide");
        for language in Language::ALL {
            choose_language(&driver, language).await;
            for (path, title_id) in ROUTES {
                driver
                    .goto(format!("{}#/{path}", server.url()))
                    .await
                    .unwrap();
                wait_for_app(&driver).await;
                let view = if path.is_empty() { "home" } else { path };
                assert_eq!(
                    heading(&driver).await,
                    translate(language, title_id),
                    "{view} in {language:?} at {width}px"
                );
                audit_current(
                    &driver,
                    &format!("{width}-{}-{view}", language.code()),
                    &format!("{view} in {language:?} at {width}px"),
                )
                .await;
            }
        }
        driver.quit().await.unwrap();
    }
}

#[tokio::test]
async fn a_language_chosen_in_the_ui_is_used_everywhere_and_survives_a_reload() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    // Chromium here runs with --lang=en-US and nothing remembered: English.
    assert_eq!(eval(&driver, "document.documentElement.lang").await, "en");
    assert_eq!(
        heading(&driver).await,
        translate(Language::English, "home-title")
    );

    choose_language(&driver, Language::NorwegianNynorsk).await;
    assert_eq!(
        heading(&driver).await,
        translate(Language::NorwegianNynorsk, "home-title")
    );
    assert_eq!(
        eval(&driver, "document.title").await,
        translate(Language::NorwegianNynorsk, "app-title")
    );

    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    assert_eq!(eval(&driver, "document.documentElement.lang").await, "nn");
    assert_eq!(
        heading(&driver).await,
        translate(Language::NorwegianNynorsk, "home-title")
    );
    let selected = driver
        .find(By::Css("#ownplan-language option:checked"))
        .await
        .unwrap()
        .value()
        .await
        .unwrap();
    assert_eq!(selected.as_deref(), Some("nn"));
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn the_page_fetches_only_its_own_files_under_a_strict_policy() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    // Record any policy violation from here on while the person moves around.
    eval(
        &driver,
        "(window.__violations = [], document.addEventListener('securitypolicyviolation', \
          e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI)), true)",
    )
    .await;
    for path in ["plan", "crisis", "verify", ""] {
        driver
            .goto(format!("{}#/{path}", server.url()))
            .await
            .unwrap();
        wait_for_app(&driver).await;
    }
    choose_language(&driver, Language::NorwegianBokmal).await;
    assert_eq!(
        eval(&driver, "window.__violations").await,
        serde_json::json!([])
    );

    let origin = server.url();
    let fetched = eval(
        &driver,
        "performance.getEntriesByType('resource').map(e => e.name)",
    )
    .await;
    let fetched: Vec<String> = serde_json::from_value(fetched).unwrap();
    assert!(
        fetched.iter().any(|url| url.ends_with(".wasm")),
        "{fetched:?}"
    );
    for url in &fetched {
        assert!(url.starts_with(&origin), "fetched from elsewhere: {url}");
    }

    let policy = eval(
        &driver,
        "document.querySelector('meta[http-equiv=Content-Security-Policy]').content",
    )
    .await;
    let policy = policy.as_str().unwrap_or_default();
    assert!(policy.contains("default-src 'none'"), "{policy}");
    assert!(policy.contains("'wasm-unsafe-eval'"), "{policy}");
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    assert!(!policy.contains("'unsafe-eval'"), "{policy}");
    let inline_scripts = eval(&driver, "[...document.scripts].filter(s => !s.src).length").await;
    assert_eq!(inline_scripts, 0);
    driver.quit().await.unwrap();
}
