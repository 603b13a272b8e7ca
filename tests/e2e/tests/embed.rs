//! Tier 4, embedding: the example portal (`static/embed/fjordvik.html`, a fictional
//! municipality with its own strict Content-Security-Policy and deliberately rough styles) mounts
//! the widget with `static/ownplan.js`. The widget works there at 360 px: its styles are intact,
//! the portal's styles are untouched by it, its theme comes from the portal, the portal's
//! address never changes, the portal's local services can be picked, and its data stays in its
//! namespace. `mount` refuses without `ownOrigin: true`, and `unmount` keeps what was typed. The
//! example portal is not in the build; the tests serve it beside a copy of the build
//! (`site_with_portal`). The frame recipe is tested in `frame.rs`.

use ownplan_e2e::{ChromeDriver, StaticServer, audit_current, eval, site_with_portal, wait_until};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

/// Runs `body` with `w` bound to the widget's shadow root.
fn in_widget(body: &str) -> String {
    format!("(() => {{ const w = document.querySelector('#ownplan-host').shadowRoot; {body} }})()")
}

async fn widget(driver: &WebDriver, body: &str) -> Value {
    eval(driver, &in_widget(body)).await
}

/// Clicks the first element in the widget matching `css`.
async fn click(driver: &WebDriver, css: &str) {
    widget(
        driver,
        &format!("w.querySelector({css:?}).click(); return true;"),
    )
    .await;
}

/// Types `text` into the widget's field `css` as a person would (an input event per change).
async fn type_in_widget(driver: &WebDriver, css: &str, text: &str) {
    widget(
        driver,
        &format!(
            "const f = w.querySelector({css:?}); f.focus(); \
             const set = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(f), 'value').set; \
             set.call(f, {}); f.dispatchEvent(new Event('input', {{ bubbles: true }})); return true;",
            serde_json::to_string(text).unwrap()
        ),
    )
    .await;
}

async fn wait_in_widget(driver: &WebDriver, condition: &str) {
    wait_until(
        driver,
        &in_widget(&format!(
            "return !!w && !!w.querySelector('#ownplan-main') && ({condition});"
        )),
    )
    .await;
}

/// Goes to a view through the widget's own links (its address is in memory, not the portal's).
async fn go_to(driver: &WebDriver, path: &str) {
    widget(
        driver,
        &format!(
            "const a = [...w.querySelectorAll('a')].find(a => a.getAttribute('href').endsWith({path:?})); \
             a.click(); return true;"
        ),
    )
    .await;
}

fn stored_keys(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_widget_works_inside_a_portal_page_under_its_policy() {
    let server = StaticServer::start(site_with_portal("embed-page-site"));
    let chrome = ChromeDriver::start();
    for (width, height) in [(360, 780), (1280, 900)] {
        let driver = chrome.session(width, height).await;
        driver
            .goto(format!("{}embed/fjordvik.html", server.url()))
            .await
            .unwrap();
        eval(
            &driver,
            "(window.__violations = [], document.addEventListener('securitypolicyviolation', \
              e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI)), true)",
        )
        .await;
        wait_in_widget(&driver, "w.querySelector('.site-header') !== null").await;

        // The widget's own styles hold; the portal's rough ones do not reach in.
        let styles = widget(
            &driver,
            "const b = getComputedStyle(w.querySelector('.crisis-button')); \
             const s = getComputedStyle(w.querySelector('.shell')); \
             return [s.display, getComputedStyle(w.querySelector('.site-header')).display, \
                     b.backgroundColor, getComputedStyle(w.querySelector('h1')).fontFamily, \
                     getComputedStyle(w.querySelector('.shell')).textAlign];",
        )
        .await;
        assert_eq!(styles[0], json!("flex"), "the shell shows: {styles}");
        assert_ne!(styles[1], json!("none"), "the header shows: {styles}");
        assert_ne!(
            styles[2],
            json!("rgb(255, 105, 180)"),
            "not the portal's hotpink: {styles}"
        );
        assert!(!styles[3].as_str().unwrap().contains("Georgia"), "{styles}");
        assert_ne!(
            styles[4],
            json!("center"),
            "the portal's centring does not inherit in"
        );
        // The portal's page keeps its own look: the widget's styles stay in the shadow root.
        let host = eval(
            &driver,
            "[getComputedStyle(document.body).backgroundColor, \
              getComputedStyle(document.querySelector('h1')).color, \
              getComputedStyle(document.querySelector('main > p')).marginBottom]",
        )
        .await;
        assert_eq!(
            host,
            json!(["rgb(242, 240, 234)", "rgb(139, 0, 0)", "30px"])
        );
        // The portal themes the widget through custom properties.
        let accent = widget(
            &driver,
            "return getComputedStyle(w.querySelector('.shell')).getPropertyValue('--op-accent').trim();",
        )
        .await;
        assert_eq!(accent, json!("#0b3954"));

        // Write in it: the data goes to the portal's namespace, and the portal's address stays.
        go_to(&driver, "/plan").await;
        wait_in_widget(&driver, "[...w.querySelectorAll('a')].some(a => a.getAttribute('href').endsWith('/plan/about'))").await;
        go_to(&driver, "/plan/about").await;
        wait_in_widget(&driver, "w.querySelector('#about-name') !== null").await;
        type_in_widget(&driver, "#about-name", "Ingrid i Fjordvik").await;
        wait_until(
            &driver,
            "(localStorage.getItem('ownplan.fjordvik.plan') || '').includes('Ingrid i Fjordvik')",
        )
        .await;
        let keys = eval(&driver, "Object.keys(localStorage).sort()").await;
        let keys = stored_keys(&keys);
        assert!(
            keys.iter().all(|k| k.starts_with("ownplan.fjordvik.")),
            "only the portal's namespace: {keys:?}"
        );
        assert_eq!(
            eval(&driver, "location.hash").await,
            json!(""),
            "the portal's address is its own"
        );

        // The portal's local services are ready choices in the network.
        go_to(&driver, "/network").await;
        wait_in_widget(
            &driver,
            "w.querySelector('#local-service-network') !== null",
        )
        .await;
        let options = widget(&driver, "return [...w.querySelectorAll('#local-service-network option')].map(o => o.textContent);").await;
        assert!(
            options
                .to_string()
                .contains("Kriseteamet i Fjordvik – 55 50 60 70"),
            "{options}"
        );
        click(&driver, "#local-service-network-add").await;
        wait_until(
            &driver,
            "(localStorage.getItem('ownplan.fjordvik.plan') || '').includes('Kriseteamet i Fjordvik')",
        )
        .await;
        let plan: Value = serde_json::from_str(
            eval(&driver, "localStorage.getItem('ownplan.fjordvik.plan')")
                .await
                .as_str()
                .unwrap(),
        )
        .unwrap();
        let member = &plan["plan"]["network"][0];
        assert_eq!(member["organisation"], json!("Fjordvik kommune"));
        assert_eq!(member["reachable"], json!("Hverdager 08–22"));

        // Nothing in the widget sticks out of the portal's box.
        let sticking_out = widget(
            &driver,
            "const box = document.querySelector('#ownplan-host').getBoundingClientRect(); \
             return [...w.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > box.right + 1) \
                 .map(e => e.tagName + '.' + e.className);",
        )
        .await;
        assert_eq!(sticking_out, json!([]), "at {width}px");
        assert_eq!(
            eval(&driver, "window.__violations").await,
            json!([]),
            "no policy violation"
        );
        audit_current(
            &driver,
            &format!("embed-{width}-page"),
            &format!("the portal page at {width}px"),
        )
        .await;
        driver.quit().await.unwrap();
    }
}

/// Mounts the widget in the empty page of the widget's origin, in the namespace `tom`.
const MOUNT_TOM: &str =
    "m.mount(document.getElementById('ownplan-host'), { ownOrigin: true, namespace: 'tom' })";

/// Goes to the "About me" part through the widget's own links.
async fn open_about(driver: &WebDriver) {
    go_to(driver, "/plan").await;
    wait_in_widget(
        driver,
        "[...w.querySelectorAll('a')].some(a => a.getAttribute('href').endsWith('/plan/about'))",
    )
    .await;
    go_to(driver, "/plan/about").await;
}

/// Runs `call` (an expression using `m`, the imported `ownplan.js`) in the page and returns
/// what it resolved to, or `{ "error": message }`.
async fn with_module(driver: &WebDriver, call: &str) -> Value {
    let script = format!(
        "const done = arguments[arguments.length - 1]; \
         import('../ownplan.js').then(m => {call}).then(v => done(v ?? null), e => done({{ error: String(e.message) }}));"
    );
    driver
        .execute_async(&script, Vec::new())
        .await
        .expect("the script runs")
        .json()
        .clone()
}

#[tokio::test(flavor = "multi_thread")]
async fn mounting_in_a_page_needs_own_origin_and_unmounting_keeps_what_was_typed() {
    let site = site_with_portal("embed-mount-site");
    // A page of the widget's origin with an empty box and no script of its own.
    std::fs::write(
        site.join("embed/empty.html"),
        "<!doctype html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Tom side</title></head>\
         <body><main><h1>Tom side</h1><section id=\"ownplan-host\" aria-label=\"Min plan\"></section></main></body></html>",
    )
    .unwrap();
    let server = StaticServer::start(site);
    let chrome = ChromeDriver::start();
    let driver = chrome.session(360, 780).await;
    driver
        .goto(format!("{}embed/empty.html", server.url()))
        .await
        .unwrap();

    // Without ownOrigin: refused, with a reason naming the frame, and nothing shown or stored.
    let refused = with_module(
        &driver,
        "m.mount(document.getElementById('ownplan-host'), { namespace: 'tom' })",
    )
    .await;
    let message = refused["error"].as_str().unwrap_or_default().to_owned();
    assert!(
        message.contains("ownplan-frame.js") && message.contains("ownOrigin"),
        "{refused}"
    );
    assert_eq!(
        eval(
            &driver,
            "document.getElementById('ownplan-host').shadowRoot === null"
        )
        .await,
        json!(true)
    );
    assert_eq!(eval(&driver, "Object.keys(localStorage)").await, json!([]));

    // With it: the widget shows; what is typed is kept when the page takes the widget off
    // before the pause in typing would have saved it.
    with_module(&driver, MOUNT_TOM).await;
    wait_in_widget(&driver, "w.querySelector('.site-header') !== null").await;
    open_about(&driver).await;
    wait_in_widget(&driver, "w.querySelector('#about-name') !== null").await;
    type_in_widget(&driver, "#about-name", "Tora").await;
    with_module(&driver, "m.unmount()").await;
    let stored = eval(&driver, "localStorage.getItem('ownplan.tom.plan') || ''").await;
    assert!(
        stored.as_str().unwrap_or_default().contains("Tora"),
        "saved when unmounted: {stored}"
    );
    assert_eq!(
        eval(
            &driver,
            "document.getElementById('ownplan-host').shadowRoot.childElementCount"
        )
        .await,
        json!(0),
        "nothing of the widget is left on the page"
    );
    // A second mount shows the plan again.
    with_module(&driver, MOUNT_TOM).await;
    wait_in_widget(&driver, "w.querySelector('.site-header') !== null").await;
    open_about(&driver).await;
    wait_in_widget(&driver, "w.querySelector('#about-name') !== null && w.querySelector('#about-name').value === 'Tora'").await;
    driver.quit().await.unwrap();
}
