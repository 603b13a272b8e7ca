//! Tier 4, helping mode on a phone: at 360 px the banner has its styling and the inactivity
//! warning lies over the whole screen on an opaque backdrop, so the plan behind it can be
//! neither read nor tapped while it shows.

use std::time::{Duration, Instant};

use ownplan_e2e::{
    ChromeDriver, StaticServer, artifacts, dist, eval, tap, type_into, wait_for_app, wait_until,
};

#[tokio::test]
async fn at_phone_width_the_inactivity_warning_covers_and_hides_the_plan() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 800).await;
    driver
        .goto(format!("{}?idle-warn=5&idle-wipe=120#/", server.url()))
        .await
        .unwrap();
    wait_for_app(&driver).await;
    tap(&driver, "#peer-start").await;
    wait_until(
        &driver,
        "document.querySelector('#peer-banner') !== null && sessionStorage.getItem('ownplan.mode') === 'peer'",
    )
    .await;
    wait_for_app(&driver).await;
    eval(&driver, "(location.hash = '#/plan/about', true)").await;
    wait_until(&driver, "document.querySelector('#about-name') !== null").await;
    type_into(&driver, "#about-name", "Sara Haugen").await;

    // The banner is styled at this width (its rules were lost inside an unclosed block).
    let banner = eval(
        &driver,
        "getComputedStyle(document.querySelector('#peer-banner')).backgroundColor",
    )
    .await;
    assert_eq!(banner, "rgb(255, 244, 214)", "the banner's background");

    let deadline = Instant::now() + Duration::from_secs(30);
    while eval(&driver, "document.querySelector('#idle-warning') !== null").await
        != serde_json::json!(true)
    {
        assert!(Instant::now() < deadline, "the inactivity warning came");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    wait_until(&driver, "document.activeElement.id === 'idle-still-here'").await;

    // Every point of the screen belongs to the warning or its backdrop, also where the plan's
    // field and the header were.
    let outside = eval(
        &driver,
        "(() => { const out = []; \
           for (let x = 2; x < innerWidth; x += 44) for (let y = 2; y < innerHeight; y += 44) { \
             const e = document.elementFromPoint(x, y); \
             if (!e || !e.closest('.idle-backdrop')) out.push([x, y, e ? e.tagName + '.' + e.className : null]); } \
           return out; })()",
    )
    .await;
    assert_eq!(outside, serde_json::json!([]), "points not covered");
    let field = eval(
        &driver,
        "(r => document.elementFromPoint(r.left + 5, r.top + 5).closest('.idle-backdrop') !== null)\
         (document.querySelector('#about-name').getBoundingClientRect())",
    )
    .await;
    assert_eq!(field, serde_json::json!(true), "the name field is covered");
    // Opaque: nothing of the plan shows through.
    let alpha = eval(
        &driver,
        "(c => { const m = c.match(/rgba?\\(([^)]*)\\)/); const p = m ? m[1].split(',') : []; \
           return p.length === 4 ? Number(p[3]) : 1; })\
         (getComputedStyle(document.querySelector('.idle-backdrop')).backgroundColor)",
    )
    .await;
    assert_eq!(alpha, serde_json::json!(1), "the backdrop is opaque");
    driver
        .screenshot(&artifacts().join("peer-360-en-idle-warning-covers.png"))
        .await
        .unwrap();
    tap(&driver, "#idle-still-here").await;
    wait_until(&driver, "document.querySelector('#idle-warning') === null").await;
    driver.quit().await.unwrap();
}
