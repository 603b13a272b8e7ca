//! Typing speed in a large plan, measured (not asserted: speed is a figure to report, not a
//! pass/fail line). A plan with 500 list items is put on the device; the test then types 40
//! characters into a goal's field the way a keyboard does (an `input` event per character) and
//! records the time from each keystroke until the page has rendered it, for a small and a
//! large plan, in `target/e2e/typing.txt`. It does assert that every character arrived.

use ownplan_e2e::{ChromeDriver, StaticServer, artifacts, dist, eval, wait_for_app, wait_until};
use serde_json::json;
use thirtyfour::prelude::*;

fn id(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

/// A stored plan with `per_list` items in each of goals, measures, agreements and the network.
fn stored_plan(per_list: usize) -> String {
    let goals: Vec<_> = (0..per_list)
        .map(|n| json!({"id": id(n), "text": format!("Mål nummer {n}: ha det bedre"), "lifeArea": "health", "why": "Fordi det betyr mye for meg å ha det godt hver dag."}))
        .collect();
    let measures: Vec<_> = (0..per_list)
        .map(|n| json!({"id": id(10_000 + n), "what": format!("Tiltak {n}"), "extent": "To ganger i uka", "status": "ongoing"}))
        .collect();
    let agreements: Vec<_> = (0..per_list)
        .map(|n| json!({"id": id(20_000 + n), "what": format!("Avtale {n}"), "byWhen": "2027-01-15"}))
        .collect();
    let network: Vec<_> = (0..per_list)
        .map(|n| json!({"id": id(30_000 + n), "name": format!("Person {n}"), "role": "friend", "phone": "912 34 567"}))
        .collect();
    let plan = json!({
        "formatVersion": 1,
        "planId": id(99_999),
        "planVersion": 1,
        "meta": {"language": "nb"},
        "individualPlan": {"goals": goals, "measures": measures, "agreements": agreements},
        "network": network,
    });
    json!({"ownplanStorage": 1, "revision": 1, "writer": "test", "plan": plan}).to_string()
}

/// Milliseconds per keystroke, until rendered, typing 40 characters into the first goal.
async fn measure(driver: &WebDriver, server: &StaticServer, per_list: usize) -> f64 {
    driver.goto(server.url()).await.unwrap();
    wait_for_app(driver).await;
    driver
        .execute(
            "localStorage.clear(); localStorage.setItem('ownplan.plan', arguments[0]);",
            vec![json!(stored_plan(per_list))],
        )
        .await
        .unwrap();
    driver
        .goto(format!("{}#/plan/goals", server.url()))
        .await
        .unwrap();
    driver.refresh().await.unwrap();
    wait_for_app(driver).await;
    wait_until(
        driver,
        &format!("document.querySelectorAll('.item-card').length === {per_list}"),
    )
    .await;
    driver
        .find(By::Css(".item-card .button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_until(
        driver,
        "document.querySelector('.item-card.is-open textarea') !== null",
    )
    .await;
    let result = driver
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               const area = document.querySelector('.item-card.is-open textarea');
               const text = ' og litt til hver eneste dag, steg for steg';
               const times = [];
               (async () => {
                 for (let i = 0; i < 40; i++) {
                   const start = performance.now();
                   area.value = area.value + text[i];
                   area.dispatchEvent(new InputEvent('input', { bubbles: true }));
                   // Yew renders in a microtask after the event; a message is the next task
                   // (unlike setTimeout, which browsers clamp to 4 ms when nested).
                   await new Promise(r => {
                     const channel = new MessageChannel();
                     channel.port1.onmessage = () => r();
                     channel.port2.postMessage(0);
                   });
                   times.push(performance.now() - start);
                 }
                 done({ times, value: area.value });
               })();"#,
            Vec::new(),
        )
        .await
        .unwrap();
    let value = result.json()["value"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        value.ends_with(" og litt til hver eneste dag, steg for s"),
        "every character arrived: {value}"
    );
    let times: Vec<f64> = serde_json::from_value(result.json()["times"].clone()).unwrap();
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    // The median: one slow keystroke (a garbage collection) does not move it.
    sorted[sorted.len() / 2]
}

#[tokio::test]
async fn typing_in_a_large_plan_is_measured() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    let mut report = String::from("items_per_list total_items median_ms_per_keystroke\n");
    for per_list in [5, 125] {
        let median = measure(&driver, &server, per_list).await;
        report += &format!("{per_list} {} {median:.2}\n", per_list * 4);
    }
    // The plan typed into is saved after a pause in typing.
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.plan') || '').includes('steg for s')",
    )
    .await;
    let _ = eval(&driver, "(localStorage.clear(), true)").await;
    print!("{report}");
    std::fs::write(artifacts().join("typing.txt"), report).unwrap();
    driver.quit().await.unwrap();
}
