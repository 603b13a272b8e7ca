//! Tier 4, issue 16 (fits any portal): the widget mounted into a portal's page measures the same
//! whatever the portal's root font size. A portal page with `html { font-size: 62.5% }` and the
//! same page with 100 % (each with its own stylesheet and module script under a strict
//! Content-Security-Policy, written at runtime into a copy of `dist/`) mount the widget with
//! `headingLevel: 2` and `navLabel: "Min plan"`. At 360 px the text, headings, fields, buttons and
//! navigation inside the shadow root measure the same in both, fields have at least 16 px text
//! (phones zoom into smaller fields), and `--op-size: 20px` on the element makes the text 20/16
//! as large. The widget's headings start at h2 under the portal's h1, its navigation carries the
//! portal's name for it, the crisis card shows the portal's service with its opening hours, and
//! in the portal's page no print button is offered.

use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, audit_current, copy_folder, dist, eval, fresh_folder,
    wait_until,
};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

/// The portal's own module: mounts the widget with the options under test.
const PORTAL_SCRIPT: &str = r#"import { mount } from "../ownplan.js";

await mount(document.getElementById("plan"), {
  ownOrigin: true,
  namespace: "fit",
  portalName: "Fjordvik kommune",
  headingLevel: 2,
  navLabel: "Min plan",
  services: [
    { name: "Kriseteamet i Fjordvik", phone: "55 50 60 70", openingHours: "Hverdager 08–22", note: "Ring først" },
  ],
});
"#;

/// The same portal without `headingLevel` and `navLabel`: the widget's headings start at h1.
fn portal_script_at_level_one() -> String {
    PORTAL_SCRIPT
        .replace("  headingLevel: 2,\n", "")
        .replace("  navLabel: \"Min plan\",\n", "")
}

/// The portal's own look: its text in its own root-relative sizes, a box of 336 px at 360 px.
const PORTAL_STYLE: &str = "body { margin: 0; font-family: Georgia, serif; font-size: 1.6rem; \
     background: #f2f0ea; } \
     header { padding: 8px 12px; background: #0b3954; color: #fff; } \
     main { padding: 0 12px; } h1 { font-size: 2.4rem; }";

/// A portal page whose stylesheet is `style` (its own file: the policy allows no inline style).
fn portal_page(style_file: &str, script_file: &str) -> String {
    format!(
        r#"<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'"
    />
    <title>Min side – Fjordvik kommune</title>
    <link rel="stylesheet" href="{style_file}" />
    <script type="module" src="{script_file}"></script>
  </head>
  <body>
    <header><p>Fjordvik kommune</p></header>
    <main>
      <h1>Min side</h1>
      <p>Her er planen din. Den lagres bare på din egen enhet.</p>
      <section id="plan" aria-label="Individuell plan og kriseplan"></section>
    </main>
  </body>
</html>
"#
    )
}

/// A copy of `dist/` with the portal's pages in `portal/`: `root-62.html` (62.5 % root),
/// `root-100.html` (100 %), `size-20.html` (62.5 % root, `--op-size: 20px` on the element) and
/// `level-1.html` (62.5 % root, no `headingLevel`).
fn site_with_portal_pages() -> std::path::PathBuf {
    let site = fresh_folder("portal-fit-site");
    copy_folder(&dist(), &site);
    let portal = site.join("portal");
    std::fs::create_dir_all(&portal).unwrap();
    let write = |name: &str, text: &str| std::fs::write(portal.join(name), text).unwrap();
    write("portal.js", PORTAL_SCRIPT);
    write(
        "root-62.css",
        &format!("html {{ font-size: 62.5%; }} {PORTAL_STYLE}"),
    );
    write(
        "root-100.css",
        &format!("html {{ font-size: 100%; }} {PORTAL_STYLE}"),
    );
    write(
        "size-20.css",
        &format!("html {{ font-size: 62.5%; }} {PORTAL_STYLE} #plan {{ --op-size: 20px; }}"),
    );
    write("portal-level-1.js", &portal_script_at_level_one());
    write("root-62.html", &portal_page("root-62.css", "portal.js"));
    write("root-100.html", &portal_page("root-100.css", "portal.js"));
    write("size-20.html", &portal_page("size-20.css", "portal.js"));
    write(
        "level-1.html",
        &portal_page("root-62.css", "portal-level-1.js"),
    );
    site
}

/// The current view's title in the widget `w`, at whatever level it is.
const TITLE: &str = "w.querySelector('#ownplan-main h1, #ownplan-main [data-level=\"1\"]')";

/// Runs `body` with `w` bound to the widget's shadow root.
fn in_widget(body: &str) -> String {
    format!("(() => {{ const w = document.getElementById('plan').shadowRoot; {body} }})()")
}

async fn widget(driver: &WebDriver, body: &str) -> Value {
    eval(driver, &in_widget(body)).await
}

async fn wait_in_widget(driver: &WebDriver, condition: &str) {
    wait_until(
        driver,
        &format!(
            "(() => {{ const h = document.getElementById('plan'); const w = h && h.shadowRoot; \
             return !!w && !!w.querySelector('#ownplan-main') && ({condition}); }})()"
        ),
    )
    .await;
}

/// Goes to a view through the widget's own links, as a person would.
async fn go_to(driver: &WebDriver, path: &str) {
    wait_in_widget(
        driver,
        &format!(
            "[...w.querySelectorAll('a')].some(a => a.getAttribute('href').endsWith({path:?}))"
        ),
    )
    .await;
    widget(
        driver,
        &format!(
            "[...w.querySelectorAll('a')].find(a => a.getAttribute('href').endsWith({path:?})).click(); \
             return true;"
        ),
    )
    .await;
}

/// Opens the portal page `page` and waits for the widget in it.
async fn open_portal(driver: &WebDriver, server: &StaticServer, page: &str) {
    driver
        .goto(format!("{}portal/{page}", server.url()))
        .await
        .unwrap();
    eval(
        driver,
        "(window.__violations = [], document.addEventListener('securitypolicyviolation', \
          e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI)), true)",
    )
    .await;
    wait_in_widget(driver, &format!("{TITLE} !== null")).await;
}

/// What a person sees of the widget's sizes, in CSS pixels: on "About me" (a text field and a
/// text area) and on "Goals" (a button), with the navigation and the header.
async fn measure(driver: &WebDriver) -> Value {
    go_to(driver, "/plan").await;
    go_to(driver, "/plan/about").await;
    wait_in_widget(driver, "w.querySelector('#about-name') !== null").await;
    let about = widget(
        driver,
        "const size = e => parseFloat(getComputedStyle(e).fontSize); \
         const box = e => e.getBoundingClientRect(); \
         const main = w.querySelector('#ownplan-main'); \
         const input = w.querySelector('#about-name'); \
         const textarea = main.querySelector('textarea'); \
         const nav = w.querySelector('nav.main-nav'); \
         const controls = [...w.querySelectorAll('input:not([type=checkbox]):not([type=file]), select, textarea')]; \
         return { \
           text: size(w.querySelector('.ownplan-root')), \
           paragraph: size(main.querySelector('p')), \
           title: size(main.querySelector('[data-level=\"1\"]')), \
           titleHeight: box(main.querySelector('[data-level=\"1\"]')).height, \
           inputText: size(input), inputHeight: box(input).height, inputWidth: box(input).width, \
           textareaText: size(textarea), textareaHeight: box(textarea).height, \
           smallestControlText: Math.min(...controls.map(size)), \
           headerHeight: box(w.querySelector('.site-header')).height, \
           crisisButtonHeight: box(w.querySelector('.crisis-button')).height, \
           navWidth: box(nav).width, navHeight: box(nav).height, \
           navLinks: [...nav.querySelectorAll('a')].map(a => [box(a).width, box(a).height]), \
         };",
    )
    .await;
    go_to(driver, "/plan/goals").await;
    wait_in_widget(driver, "w.querySelector('#goals-add') !== null").await;
    let goals = widget(
        driver,
        "const button = w.querySelector('#goals-add'); const box = button.getBoundingClientRect(); \
         return { buttonText: parseFloat(getComputedStyle(button).fontSize), \
                  buttonHeight: box.height, buttonWidth: box.width };",
    )
    .await;
    let mut all = about.as_object().unwrap().clone();
    all.extend(goals.as_object().unwrap().clone());
    Value::Object(all)
}

fn number(measures: &Value, name: &str) -> f64 {
    measures[name]
        .as_f64()
        .unwrap_or_else(|| panic!("{name} in {measures}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_widget_measures_the_same_under_any_root_font_size() {
    let site = site_with_portal_pages();
    let server = StaticServer::start(site);
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 1400).await;

    open_portal(&driver, &server, "root-100.html").await;
    let at_100 = measure(&driver).await;
    driver
        .screenshot(&artifacts().join("portal-fit-360-root-100.png"))
        .await
        .unwrap();

    open_portal(&driver, &server, "root-62.html").await;
    // The portal's own text follows its root (1.6rem of 10 px): the page really is at 62.5 %.
    assert_eq!(
        eval(
            &driver,
            "[getComputedStyle(document.documentElement).fontSize, getComputedStyle(document.body).fontSize]"
        )
        .await,
        json!(["10px", "16px"])
    );
    let at_62 = measure(&driver).await;
    audit_current(
        &driver,
        "portal-fit-360-root-62",
        "About me in a portal page with a 62.5 % root at 360px",
    )
    .await;

    assert_eq!(
        at_62, at_100,
        "the same sizes under a 62.5 % and a 100 % root"
    );
    // The person's default text size (16 px in this browser), as on the widget's own page.
    assert_eq!(number(&at_62, "text"), 17.0, "{at_62}");
    assert_eq!(number(&at_62, "title"), 25.6, "{at_62}");
    for control in ["inputText", "textareaText", "smallestControlText"] {
        assert!(
            number(&at_62, control) >= 16.0,
            "{control}: phones zoom into fields under 16 px: {at_62}"
        );
    }
    assert!(number(&at_62, "inputHeight") >= 44.0, "{at_62}");
    assert!(number(&at_62, "buttonHeight") >= 44.0, "{at_62}");

    // A portal that wants the widget larger says so with --op-size on the element.
    open_portal(&driver, &server, "size-20.html").await;
    let at_20px = measure(&driver).await;
    driver
        .screenshot(&artifacts().join("portal-fit-360-size-20.png"))
        .await
        .unwrap();
    for name in ["text", "paragraph", "title", "inputText", "textareaText"] {
        let ratio = number(&at_20px, name) / number(&at_100, name);
        assert!(
            (ratio - 20.0 / 16.0).abs() < 0.001,
            "{name}: {ratio} ({at_20px} against {at_100})"
        );
    }
    assert_eq!(
        eval(&driver, "window.__violations").await,
        json!([]),
        "no policy violation"
    );
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_widget_sits_in_the_portals_outline_and_offers_no_print_there() {
    let site = site_with_portal_pages();
    let server = StaticServer::start(site);
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 1400).await;
    open_portal(&driver, &server, "root-62.html").await;

    // The portal has the h1; the widget's headings start at h2, every view's title the same way.
    for (path, section) in [("/plan", None), ("/plan/resources", Some("h3"))] {
        go_to(&driver, path).await;
        wait_in_widget(
            &driver,
            &format!(
                "[...w.querySelectorAll('a')].every(a => !a.getAttribute('href').endsWith({path:?}) \
                 || a.getAttribute('aria-current') === 'page')"
            ),
        )
        .await;
        // The view's title takes the focus, as on the widget's own page.
        wait_in_widget(
            &driver,
            "w.activeElement === w.querySelector('#ownplan-main [data-level=\"1\"]')",
        )
        .await;
        let outline = widget(
            &driver,
            "const title = w.querySelector('#ownplan-main [data-level=\"1\"]'); \
             return { h1: w.querySelectorAll('h1').length, title: title.tagName, \
                      sections: [...w.querySelectorAll('#ownplan-main [data-level=\"2\"]')].map(h => h.tagName) };",
        )
        .await;
        assert_eq!(outline["h1"], json!(0), "{path}: {outline}");
        assert_eq!(outline["title"], json!("H2"), "{path}: {outline}");
        if let Some(section) = section {
            let tags = outline["sections"].as_array().unwrap();
            assert!(!tags.is_empty(), "{path}: {outline}");
            assert!(
                tags.iter()
                    .all(|t| t.as_str() == Some(&section.to_uppercase())),
                "{path}: {outline}"
            );
        }
    }
    assert_eq!(
        widget(
            &driver,
            "return w.querySelector('nav.main-nav').getAttribute('aria-label');"
        )
        .await,
        json!("Min plan")
    );

    // The portal's crisis team, picked into the crisis plan, is on the card with its hours.
    go_to(&driver, "/crisis").await;
    go_to(&driver, "/crisis/contacts").await;
    wait_in_widget(
        &driver,
        "w.querySelector('#local-service-crisis-add') !== null",
    )
    .await;
    widget(
        &driver,
        "w.querySelector('#local-service-crisis-add').click(); return true;",
    )
    .await;
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.fit.plan') || '').includes('Kriseteamet i Fjordvik')",
    )
    .await;
    go_to(&driver, "/crisis/card").await;
    wait_in_widget(&driver, "w.querySelector('#card-services') !== null").await;
    let card = widget(
        &driver,
        "const services = w.querySelector('#card-services'); \
         return { text: services.textContent, \
                  call: services.querySelector('a.call').getAttribute('href'), \
                  print: w.querySelector('#card-print') !== null, \
                  instead: (w.querySelector('#card-print-in-page') || {}).textContent || '', \
                  buttons: [...w.querySelectorAll('#ownplan-main button')].map(b => b.textContent) };",
    )
    .await;
    let text = card["text"].as_str().unwrap();
    for words in ["Kriseteamet i Fjordvik", "Hverdager 08–22", "Ring først"] {
        assert!(text.contains(words), "{words}: {card}");
    }
    assert_eq!(card["call"], json!("tel:55506070"), "{card}");
    assert_eq!(
        card["print"],
        json!(false),
        "no print button in the portal's page: {card}"
    );
    assert!(
        !card["instead"].as_str().unwrap().is_empty(),
        "a sentence says why: {card}"
    );
    widget(
        &driver,
        "w.querySelector('#card-services').scrollIntoView(); return true;",
    )
    .await;
    audit_current(
        &driver,
        "portal-fit-360-card",
        "the crisis card in a portal page at 360px",
    )
    .await;
    driver.quit().await.unwrap();
}

/// Each heading of the view as it looks: its level within the widget, size, weight, margins,
/// line height and colour.
async fn heading_looks(driver: &WebDriver) -> Value {
    widget(
        driver,
        "return [...w.querySelectorAll('#ownplan-main h1, #ownplan-main h2, #ownplan-main h3, \
                  #ownplan-main h4, #ownplan-main h5, #ownplan-main h6')].map(h => { \
           const s = getComputedStyle(h); \
           return [h.dataset.level || h.tagName.slice(1), h.textContent, s.fontSize, s.fontWeight, \
                   s.marginTop, s.marginBottom, s.lineHeight, s.color]; });",
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_headings_look_the_same_at_any_level() {
    let site = site_with_portal_pages();
    let server = StaticServer::start(site);
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 1400).await;
    let views = [
        "/plan",
        "/plan/resources",
        "/crisis",
        "/crisis/card",
        "/share",
        "/verify",
    ];
    let mut looks = Vec::new();
    for page in ["level-1.html", "root-62.html"] {
        open_portal(&driver, &server, page).await;
        let mut page_looks = vec![heading_looks(&driver).await];
        for view in views {
            let before = widget(&driver, &format!("return {TITLE}.textContent;")).await;
            go_to(&driver, view).await;
            // The next view is there, with its words.
            wait_in_widget(
                &driver,
                &format!(
                    "w.getElementById('view-opening') === null && {TITLE} !== null \
                     && {TITLE}.textContent !== {before}"
                ),
            )
            .await;
            page_looks.push(heading_looks(&driver).await);
        }
        looks.push(page_looks);
    }
    let (at_one, at_two) = (&looks[0], &looks[1]);
    assert!(
        at_one
            .iter()
            .all(|view| !view.as_array().unwrap().is_empty()),
        "{at_one:?}"
    );
    assert_eq!(
        at_one, at_two,
        "headings at h1 and shifted to h2 look the same"
    );
    driver.quit().await.unwrap();
}
