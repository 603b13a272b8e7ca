//! Tier 4: the release build in headless Chromium over WebDriver, as a person meets it: at
//! phone width (360 px) and desktop width (1280 px), in all three languages, on every view;
//! switching language in the UI and finding it remembered after a reload; and checks that the
//! page fetches nothing but its own files under its strict Content-Security-Policy; and the
//! compact phone shell: the crisis card button stays in view wherever the person is without
//! hiding what has the focus, the view's heading starts on the first screen, and the language
//! picker and "check a plan" are in the footer, not in the person's navigation.
//!
//! Screenshots are kept under target/e2e/ for people to look at.

use std::time::Duration;

use ownplan_e2e::{
    ChromeDriver, StaticServer, add_item, artifacts, audit_current, choose_value, dist, eval,
    open_view, tap, text_of, type_into, wait_for_app, wait_until,
};
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

/// The top and bottom of the element `css` on the screen now, in CSS pixels.
async fn top_and_bottom(driver: &WebDriver, css: &str) -> (f64, f64) {
    let rect = eval(
        driver,
        &format!(
            "(r => [r.top, r.bottom])(document.querySelector({}).getBoundingClientRect())",
            serde_json::json!(css)
        ),
    )
    .await;
    (
        rect[0].as_f64().unwrap_or(f64::NAN),
        rect[1].as_f64().unwrap_or(f64::NAN),
    )
}

/// A crisis plan with four people to call, so the contacts page is several screens long.
async fn four_contacts(driver: &WebDriver, server: &StaticServer) {
    open_view(driver, server, "crisis/contacts").await;
    for (name, phone) in [
        ("Mor", "22 33 44 55"),
        ("Far", "23 45 67 89"),
        ("Fastlegen", "55 66 77 88"),
        ("Venninne", "912 34 567"),
    ] {
        let form = add_item(driver, "contacts").await;
        choose_value(driver, &format!("{form} select[id$='-who']"), "typed").await;
        type_into(driver, &format!("{form} [id$='-who-typed']"), name).await;
        type_into(driver, &format!("{form} [id$='-phone']"), phone).await;
        type_into(
            driver,
            &format!("{form} [id$='-whenToCall']"),
            "Når jeg ikke svarer på to dager",
        )
        .await;
        tap(driver, &format!("{form} .item-form > .button-primary")).await;
        wait_until(
            driver,
            "document.querySelector('.item-card.is-open') === null",
        )
        .await;
    }
}

#[tokio::test]
async fn at_phone_width_the_heading_starts_on_the_first_screen() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 800).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    for language in Language::ALL {
        choose_value(&driver, "#ownplan-language", language.code()).await;
        for view in ["", "plan", "crisis", "crisis/contacts", "network", "share"] {
            open_view(&driver, &server, view).await;
            eval(&driver, "(window.scrollTo(0, 0), true)").await;
            let (top, bottom) = top_and_bottom(&driver, "main h1").await;
            // Within the first screen, and the header and the navigation above it take less
            // than a third of it (they took 300 of 800 px before the compact shell).
            let what = format!("#/{view} in {language:?}");
            assert!(bottom <= 800.0, "{what}: the heading ends at {bottom} px");
            assert!(
                top < 800.0 / 3.0,
                "{what}: the heading starts at {top} px, below a third of the screen"
            );
        }
    }
    driver
        .screenshot(&artifacts().join("shell-360-share-top.png"))
        .await
        .unwrap();
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn at_phone_width_the_crisis_card_button_stays_in_view_at_the_bottom_of_a_long_page() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 800).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    four_contacts(&driver, &server).await;
    let page_height = eval(&driver, "document.documentElement.scrollHeight")
        .await
        .as_f64()
        .unwrap_or_default();
    assert!(page_height > 1600.0, "a long page: {page_height} px");
    eval(
        &driver,
        "(window.scrollTo(0, document.documentElement.scrollHeight), true)",
    )
    .await;
    wait_until(
        &driver,
        "window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1",
    )
    .await;
    let (top, bottom) = top_and_bottom(&driver, ".crisis-button").await;
    assert!(
        top >= 0.0 && bottom <= 800.0,
        "the crisis card button is on the screen: {top}..{bottom} px"
    );
    // Nothing lies over it: a tap in its middle reaches it.
    let reached = eval(
        &driver,
        "(b => { const r = b.getBoundingClientRect(); \
           return b.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)); \
         })(document.querySelector('.crisis-button'))",
    )
    .await;
    assert_eq!(reached, serde_json::json!(true));
    driver
        .screenshot(&artifacts().join("shell-360-en-contacts-bottom.png"))
        .await
        .unwrap();
    let button = driver.find(By::Css(".crisis-button")).await.unwrap();
    button.click().await.unwrap();
    wait_until(&driver, "document.querySelector('.crisis-card') !== null").await;
    assert!(text_of(&driver, ".crisis-card").await.contains("Mor"));
    driver.quit().await.unwrap();
}

/// Where the element with the focus is, against the bar at the top: `[top, bottom, bar bottom,
/// in the bar or nothing focused, description]`.
const FOCUS_PLACE: &str = "(() => { const e = document.activeElement; const r = e.getBoundingClientRect(); \
    const bar = document.querySelector('.site-header'); \
    return [r.top, r.bottom, bar.getBoundingClientRect().bottom, bar.contains(e) || e === document.body, \
            e.tagName + '#' + e.id + '.' + e.className + ' ' + (e.textContent || '').slice(0, 30)]; })()";

/// Presses Tab (or Shift+Tab) as a keyboard does, on whatever has the focus, without the
/// driver scrolling anything into view first.
async fn press_tab(driver: &WebDriver, backwards: bool) {
    let chain = driver.action_chain();
    let chain = if backwards {
        chain
            .key_down(Key::Shift)
            .send_keys(Key::Tab)
            .key_up(Key::Shift)
    } else {
        chain.send_keys(Key::Tab)
    };
    chain.perform().await.unwrap();
}

/// Asserts the focused element is on the screen and not under the bar; false when the focus
/// is in the bar itself or nowhere.
async fn assert_focus_not_hidden(driver: &WebDriver, when: &str) -> bool {
    let place = eval(driver, FOCUS_PLACE).await;
    if place[3] == serde_json::json!(true) {
        return false;
    }
    let (top, bottom, bar) = (
        place[0].as_f64().unwrap_or_default(),
        place[1].as_f64().unwrap_or_default(),
        place[2].as_f64().unwrap_or_default(),
    );
    assert!(
        top >= bar - 0.5 && bottom <= 800.5,
        "{when}: focused {} at {top}..{bottom} px is hidden (the bar ends at {bar} px)",
        place[4]
    );
    true
}

#[tokio::test]
async fn the_bar_at_the_top_never_hides_the_focused_element_when_tabbing_through_a_long_page() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 800).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    four_contacts(&driver, &server).await;
    eval(
        &driver,
        "(window.scrollTo(0, 0), document.activeElement.blur(), true)",
    )
    .await;
    // Down the page and back up again.
    let mut seen = 0;
    for backwards in [false, true] {
        for step in 0..45 {
            press_tab(&driver, backwards).await;
            let when = format!("tab {step} (backwards: {backwards})");
            if assert_focus_not_hidden(&driver, &when).await {
                seen += 1;
            }
        }
    }
    assert!(seen > 40, "tabbed through {seen} elements");
    // The hard case: the person has scrolled so the next control lies just under the bar,
    // then presses Tab. It must come out from under the bar.
    let count = eval(
        &driver,
        "(window.__controls = [...document.querySelectorAll('main a, main button, main input, main select')]             .filter(e => e.getClientRects().length > 0)).length",
    )
    .await
    .as_u64()
    .unwrap_or_default();
    assert!(count > 10, "{count} controls");
    for index in 1..count {
        eval(
            &driver,
            &format!(
                "(() => {{ const [prev, next] = [window.__controls[{index} - 1], window.__controls[{index}]];                    prev.focus({{ preventScroll: true }});                    window.scrollBy(0, next.getBoundingClientRect().top - 12); return true; }})()"
            ),
        )
        .await;
        press_tab(&driver, false).await;
        assert_focus_not_hidden(&driver, &format!("control {index} scrolled under the bar")).await;
    }
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn the_language_picker_and_checking_a_plan_are_in_the_footer_not_the_persons_navigation() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    for (width, height) in [(360, 800), (1280, 800)] {
        let driver = chromedriver.session(width, height).await;
        driver.goto(server.url()).await.unwrap();
        wait_for_app(&driver).await;
        let placed = eval(
            &driver,
            "[document.querySelector('nav #ownplan-language, header #ownplan-language') === null, \
              document.querySelector('nav a[href=\"#/verify\"], header a[href=\"#/verify\"]') === null, \
              document.querySelector('footer #ownplan-language') !== null, \
              document.querySelector('footer a[href=\"#/verify\"]') !== null, \
              document.querySelectorAll('nav.main-nav a').length]",
        )
        .await;
        assert_eq!(
            placed,
            serde_json::json!([true, true, true, true, 5]),
            "at {width} px"
        );
        // Both still work from the footer.
        choose_value(
            &driver,
            "#ownplan-language",
            Language::NorwegianNynorsk.code(),
        )
        .await;
        wait_until(&driver, "document.documentElement.lang === 'nn'").await;
        tap(&driver, "footer a[href='#/verify']").await;
        wait_until(&driver, "location.hash === '#/verify'").await;
        assert_eq!(
            heading(&driver).await,
            translate(Language::NorwegianNynorsk, "page-verify-title")
        );
        driver.quit().await.unwrap();
    }
}

#[tokio::test]
async fn the_browser_offers_the_persons_own_name_and_number_only_for_their_own_fields() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 800).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    open_view(&driver, &server, "plan/about").await;
    let own = eval(
        &driver,
        "['#about-name', '#about-phone', '#about-email'].map(s => document.querySelector(s).autocomplete)",
    )
    .await;
    assert_eq!(own, serde_json::json!(["name", "tel", "email"]));
    open_view(&driver, &server, "crisis/contacts").await;
    let form = add_item(&driver, "contacts").await;
    let other = eval(
        &driver,
        &format!(
            "document.querySelector({}).autocomplete",
            serde_json::json!(format!("{form} [id$='-phone']"))
        ),
    )
    .await;
    assert_eq!(other, "off", "a number to call is someone else's");
    driver.quit().await.unwrap();
}
