//! Tier 4, the recommended recipe: a portal on one origin frames the widget served from
//! another (two local servers), with `ownplan-frame.js`. The portal's scripts cannot read the
//! person's plan or key; options and theme arrive by message; the frame takes the height of its
//! content as the person adds items, at 360 and 1280 px; a page on an origin the widget does
//! not list gets nothing from it and gives it nothing; and the widget's own address cannot add
//! a service.

use std::path::Path;

use ownplan_e2e::{
    ChromeDriver, StaticServer, add_item, eval, fresh_folder, list_portals, site_with_portal,
    type_into, wait_until,
};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

/// Writes the portal: a page with a strict policy of its own (the widget's origin allowed for
/// the host script and the frame only), a rough stylesheet with `html { font-size: 62.5% }`,
/// and a script that frames the widget and records every message the portal's window gets.
fn write_portal(folder: &Path, widget_origin: &str) {
    std::fs::write(
        folder.join("index.html"),
        format!(
            r#"<!doctype html><html lang="nb"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' {widget_origin}; style-src 'self'; frame-src {widget_origin}; base-uri 'none'; form-action 'none'; object-src 'none'">
<title>Fjordvik kommune</title><link rel="stylesheet" href="portal.css">
<script type="module" src="portal.js"></script></head>
<body><header><p>Fjordvik kommune</p></header><main><h1>Min plan</h1>
<section id="plan" aria-label="Min plan"></section><p id="after">Kontakt oss</p></main></body></html>"#
        ),
    )
    .unwrap();
    std::fs::write(
        folder.join("portal.css"),
        "html { font-size: 62.5%; } body { margin: 0; font-family: Georgia, serif; } \
         iframe { background: hotpink; }",
    )
    .unwrap();
    std::fs::write(
        folder.join("portal.js"),
        format!(
            r##"window.__messages = [];
addEventListener("message", (e) => window.__messages.push({{ origin: e.origin, data: e.data }}));
const {{ frame }} = await import("{widget_origin}/ownplan-frame.js");
window.__plan = frame(document.getElementById("plan"), {{
  portalName: "Fjordvik kommune",
  headingLevel: 2,
  navLabel: "Min plan",
  theme: {{ accent: "#0b3954" }},
  services: [{{ name: "Legevakten i Fjordvik", phone: "116 117", openingHours: "Døgnåpent" }}],
}});
"##
        ),
    )
    .unwrap();
}

/// The widget's accent colour, as its shell computes it (the portal's theme, or its own).
const ACCENT: &str =
    "getComputedStyle(document.querySelector('.shell')).getPropertyValue('--op-accent').trim()";

struct Servers {
    widget: StaticServer,
    portal: StaticServer,
}

fn servers(name: &str) -> Servers {
    let site = site_with_portal(&format!("{name}-widget"));
    let widget = StaticServer::start(site.clone());
    let portal_folder = fresh_folder(&format!("{name}-portal"));
    write_portal(&portal_folder, &widget.origin());
    let portal = StaticServer::start(portal_folder);
    // The deployment lists the portal (and only it) in the widget's index.html.
    list_portals(&site, &portal.origin());
    Servers { widget, portal }
}

/// Enters the portal's frame and waits until the widget shows.
async fn enter_widget(driver: &WebDriver) {
    let started = try_enter_widget(driver, 45).await;
    assert!(started, "the widget starts in the frame");
}

/// Enters the portal's frame and waits up to `seconds` for the widget; false if it did not
/// start.
async fn try_enter_widget(driver: &WebDriver, seconds: u64) -> bool {
    let frame = driver
        .query(By::Css("#plan iframe"))
        .first()
        .await
        .expect("the portal shows the frame");
    frame.enter_frame().await.unwrap();
    driver
        .query(By::Css("#ownplan-main"))
        .wait(
            std::time::Duration::from_secs(seconds),
            std::time::Duration::from_millis(50),
        )
        .first()
        .await
        .is_ok()
}

/// Opens the portal page and enters the widget's frame.
///
/// Served by this harness's small test server, Chromium sometimes never finishes starting the
/// wasm in a cross-origin frame: the server has sent the wasm, the frame shows "Loading …",
/// and nothing more happens (about one run in three here, 2026-12-01). Served by nginx with the
/// guide's configuration (`z_nginx_deployment.rs`, which frames the widget from another origin too and does
/// not retry) it did not happen in 8 runs. Until the cause is found, the portal page is opened
/// once more when that happens, and each time is written to `target/e2e/frame-restarts.txt` and
/// to the test's output, so it is seen, not hidden.
async fn open_portal(driver: &WebDriver, url: &str) {
    driver.goto(url).await.unwrap();
    if try_enter_widget(driver, 15).await {
        return;
    }
    let line = format!("{url}: the widget did not start in the frame within 15 s; opened again\n");
    eprintln!("{line}");
    let record = ownplan_e2e::artifacts().join("frame-restarts.txt");
    let earlier = std::fs::read_to_string(&record).unwrap_or_default();
    std::fs::write(&record, format!("{earlier}{line}")).unwrap();
    driver.enter_default_frame().await.unwrap();
    driver.goto(url).await.unwrap();
    enter_widget(driver).await;
}

/// The frame's height and its content's, from the portal's side and from inside.
async fn heights(driver: &WebDriver) -> (f64, f64, bool) {
    driver.enter_default_frame().await.unwrap();
    let frame = eval(
        driver,
        "document.querySelector('#plan iframe').getBoundingClientRect().height",
    )
    .await
    .as_f64()
    .unwrap();
    enter_widget(driver).await;
    let inside = eval(
        driver,
        "[document.body.getBoundingClientRect().height, \
          document.documentElement.scrollHeight <= innerHeight + 1]",
    )
    .await;
    (
        frame,
        inside[0].as_f64().unwrap(),
        inside[1].as_bool().unwrap(),
    )
}

/// Waits until the frame fits its content (the height report has crossed).
async fn wait_fitting(driver: &WebDriver) -> (f64, f64) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let (frame, content, no_inner_scroll) = heights(driver).await;
        if (frame - content.ceil()).abs() <= 1.0 && no_inner_scroll {
            return (frame, content);
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the frame ({frame}px) does not fit its content ({content}px, no inner scroll: {no_inner_scroll})"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_portal_on_another_origin_frames_the_widget_and_cannot_read_the_plan() {
    let servers = servers("frame");
    let chrome = ChromeDriver::start();
    for (width, height) in [(360, 780), (1280, 900)] {
        let driver = chrome.session(width, height).await;
        open_portal(&driver, &servers.portal.url()).await;

        // Options and theme arrived by message.
        let accent = eval(&driver, ACCENT).await;
        assert_eq!(accent, json!("#0b3954"), "the portal's theme");
        // The portal's outline: the view's title is an h2, the navigation has the portal's name.
        let outline = eval(
            &driver,
            "[document.querySelector('main h1') === null, \
              document.querySelector('main h2[data-level=\"1\"]') !== null, \
              document.querySelector('nav').getAttribute('aria-label')]",
        )
        .await;
        assert_eq!(outline, json!([true, true, "Min plan"]), "{outline}");
        eval(&driver, "(location.hash = '#/crisis/contacts', true)").await;
        wait_until(
            &driver,
            "document.querySelector('#local-service-crisis') !== null \
             && document.querySelector('#local-service-crisis').textContent.includes('Legevakten i Fjordvik')",
        )
        .await;

        // The frame fits its content, and keeps fitting as the person adds items.
        let (before, _) = wait_fitting(&driver).await;
        eval(&driver, "(location.hash = '#/plan/goals', true)").await;
        wait_until(&driver, "document.querySelector('#goals-add') !== null").await;
        for goal in 0..4 {
            let card = add_item(&driver, "goals").await;
            type_into(
                &driver,
                &format!("{card} textarea, {card} input[type=text]"),
                &format!("Mål nummer {goal}: komme meg ut på tur hver dag"),
            )
            .await;
            eval(
                &driver,
                "(document.querySelector('.item-card.is-open button.button-primary').click(), true)",
            )
            .await;
            wait_until(
                &driver,
                "document.querySelector('.item-card.is-open') === null",
            )
            .await;
        }
        let (after, _) = wait_fitting(&driver).await;
        assert!(after > 100.0 && after != before, "{before} → {after}");

        // Low on a long view, the person opens another: the portal shows the new view's top.
        driver.enter_default_frame().await.unwrap();
        eval(
            &driver,
            "(window.scrollTo(0, document.body.scrollHeight), true)",
        )
        .await;
        let scrolled_past = eval(
            &driver,
            "document.querySelector('#plan iframe').getBoundingClientRect().top < 0",
        )
        .await
            == json!(true);
        assert!(scrolled_past || width > 360, "the phone's view is long");
        enter_widget(&driver).await;
        eval(&driver, "(location.hash = '#/crisis', true)").await;
        driver.enter_default_frame().await.unwrap();
        if scrolled_past {
            wait_until(
                &driver,
                "(() => { const top = document.querySelector('#plan iframe').getBoundingClientRect().top; \
                   return top >= -1 && top < innerHeight / 2; })()",
            )
            .await;
        }
        enter_widget(&driver).await;

        // The person's plan and key are in the widget's origin ...
        eval(&driver, "(location.hash = '#/key', true)").await;
        wait_until(&driver, "document.querySelector('#key-make') !== null").await;
        eval(
            &driver,
            "(document.querySelector('#key-make').click(), true)",
        )
        .await;
        wait_until(
            &driver,
            "document.querySelector('#key-fingerprint') !== null",
        )
        .await;
        wait_until(
            &driver,
            "(localStorage.getItem('ownplan.plan') || '').includes('Mål nummer 3') \
             && localStorage.getItem('ownplan.key') !== null",
        )
        .await;
        let screenshot = ownplan_e2e::artifacts().join(format!("frame-{width}.png"));
        driver.enter_default_frame().await.unwrap();
        driver.screenshot(&screenshot).await.unwrap();

        // ... and the portal's script cannot reach them, nor did any message carry them.
        let reach = eval(
            &driver,
            "(() => { const f = document.querySelector('#plan iframe'); \
               let storage; try { storage = Object.keys(f.contentWindow.localStorage); } \
               catch (e) { storage = e.name; } \
               let dom; try { dom = f.contentDocument === null ? 'none' : 'readable'; } \
               catch (e) { dom = e.name; } \
               return [Object.keys(localStorage), storage, dom]; })()",
        )
        .await;
        assert_eq!(reach, json!([[], "SecurityError", "none"]), "{reach}");
        let messages = eval(&driver, "window.__messages").await;
        let kinds: Vec<String> = messages
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["data"]["type"].as_str().unwrap_or("?").to_owned())
            .collect();
        assert!(kinds.contains(&"ready".to_owned()), "{kinds:?}");
        assert!(kinds.contains(&"height".to_owned()), "{kinds:?}");
        assert!(
            kinds
                .iter()
                .all(|k| k == "ready" || k == "height" || k == "view"),
            "only ready, height and view: {kinds:?}"
        );
        let said = messages.to_string();
        assert!(!said.contains("Mål nummer"), "no plan text crosses: {said}");
        assert!(
            messages
                .as_array()
                .unwrap()
                .iter()
                .all(|m| m["origin"] == json!(servers.widget.origin())),
            "{said}"
        );
        // The portal's page keeps its look around the frame.
        let portal_text = eval(
            &driver,
            "getComputedStyle(document.querySelector('#after')).fontFamily",
        )
        .await;
        assert!(portal_text.to_string().contains("Georgia"), "{portal_text}");
        driver.quit().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_page_on_an_origin_not_listed_gets_nothing_and_gives_nothing() {
    let servers = servers("frame-unlisted");
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 780).await;
    // The same portal page, but under an origin the widget does not list.
    open_portal(&driver, &servers.portal.other_origin_url()).await;
    // It starts with its own defaults once no listed portal has answered.
    let accent = eval(&driver, ACCENT).await;
    assert_eq!(accent, json!("#1f5f5b"), "the widget's own colour");
    eval(&driver, "(location.hash = '#/crisis/contacts', true)").await;
    wait_until(
        &driver,
        "document.querySelector('#crisis-contacts-add, #contacts-add, main h1') !== null",
    )
    .await;
    assert_eq!(
        eval(
            &driver,
            "document.querySelector('#local-service-crisis') === null"
        )
        .await,
        json!(true),
        "no services from a page that is not listed"
    );
    driver.enter_default_frame().await.unwrap();
    assert_eq!(
        eval(&driver, "window.__messages").await,
        json!([]),
        "not even 'ready' reaches it"
    );
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_widgets_address_cannot_add_a_service_or_move_the_plan() {
    let servers = servers("frame-address");
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 780).await;
    let fake = "%5B%7B%22name%22%3A%22Legevakt%22%2C%22phone%22%3A%22820%2000%20000%22%7D%5D";
    driver
        .goto(format!(
            "{}?namespace=other&portal=Falsk&services={fake}#/crisis/contacts",
            servers.widget.url()
        ))
        .await
        .unwrap();
    ownplan_e2e::wait_for_app(&driver).await;
    assert_eq!(
        eval(
            &driver,
            "document.querySelector('#local-service-crisis') === null"
        )
        .await,
        json!(true),
        "a link cannot put a number among the ready choices"
    );
    let text: Value = eval(&driver, "document.body.innerText").await;
    assert!(!text.to_string().contains("820 00 000"), "{text}");
    driver.quit().await.unwrap();
}
