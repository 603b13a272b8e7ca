//! The browser half of `cargo xtask bench-load` (issue 17): the widget's release build and the
//! floor app (`bench/floor/`, the least a Yew 0.23 app loads) side by side in headless Chromium
//! at a phone's viewport (360 × 740), each run a first visit in a fresh session (cache disabled
//! through the Chrome DevTools Protocol), the two apps alternating, the medians of `--runs`:
//!
//! - **first load**: the bytes of the page and of every file it fetched until the app's first
//!   heading was in the page (Resource Timing's `encodedBodySize`: the bytes of the bodies as
//!   sent, compressed), served as a deployment serves them (precompressed `.br` copies,
//!   [`StaticServer::start_precompressed`]);
//! - **navigation → h1**: from the start of the navigation until the frame after the first
//!   heading appeared (a `MutationObserver` installed before the page's own scripts), with no
//!   throttling, and at 4× CPU with "slow 4G" (4 Mb/s, 100 ms) and "fast 3G" (1.6 Mb/s, 150 ms);
//! - **typing**: 40 keystrokes sent one by one through WebDriver into the first goal of a
//!   500-item plan (the floor: its text field), each timed from the key event's time stamp until
//!   the frame after it (a `requestAnimationFrame`, then the next task), unthrottled and at 4×
//!   CPU;
//! - **verify**: a signed 500-item document (made by the `ownplan` command) pasted into the
//!   verify view; from the press of "Check" until the verdict is painted, unthrottled and at 4×
//!   CPU; and, apart, how long the view takes to open the first time (it fetches its words, and
//!   may fetch a module, showing "Opening …" meanwhile).
//!
//! It prints a table of the figures, the per-file bytes and every run's values, and writes the
//! same to `--out`. Run through `cargo xtask bench-load`, which builds both apps and the
//! command and passes the paths.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use ownplan_e2e::{ChromeDriver, Sent, StaticServer};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

/// What the command line gives.
struct Options {
    /// The widget's release build (`dist/`).
    widget: PathBuf,
    /// The floor app's release build.
    floor: PathBuf,
    /// The `ownplan` command, which signs the 500-item document.
    cli: PathBuf,
    /// The plan the 500-item document grows from (`examples/plan-full-nb.json`).
    plan: PathBuf,
    /// The key it is signed with (`examples/example-key.json`).
    key: PathBuf,
    /// Where the plan and the document are written.
    work: PathBuf,
    /// The report.
    out: PathBuf,
    /// Runs per figure.
    runs: usize,
    /// `cargo xtask size`'s brotli totals of the two builds.
    size_widget: Option<u64>,
    size_floor: Option<u64>,
}

const USAGE: &str = "usage: bench_load --widget DIR --floor DIR --cli FILE --plan FILE --key FILE \
--work DIR --out FILE [--runs N] [--size-widget BYTES] [--size-floor BYTES] \
(run through `cargo xtask bench-load`)";

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options {
            widget: PathBuf::new(),
            floor: PathBuf::new(),
            cli: PathBuf::new(),
            plan: PathBuf::new(),
            key: PathBuf::new(),
            work: PathBuf::new(),
            out: PathBuf::new(),
            runs: 7,
            size_widget: None,
            size_floor: None,
        };
        let mut rest = args.iter();
        while let Some(flag) = rest.next() {
            let value = rest
                .next()
                .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
            let number = || {
                value
                    .parse::<u64>()
                    .map_err(|_| format!("{flag} takes a number, not {value:?}"))
            };
            match flag.as_str() {
                "--widget" => options.widget = value.into(),
                "--floor" => options.floor = value.into(),
                "--cli" => options.cli = value.into(),
                "--plan" => options.plan = value.into(),
                "--key" => options.key = value.into(),
                "--work" => options.work = value.into(),
                "--out" => options.out = value.into(),
                "--runs" => options.runs = number()?.max(1) as usize,
                "--size-widget" => options.size_widget = Some(number()?),
                "--size-floor" => options.size_floor = Some(number()?),
                _ => return Err(format!("unknown option {flag}\n{USAGE}")),
            }
        }
        for (name, path) in [
            ("--widget", &options.widget),
            ("--floor", &options.floor),
            ("--cli", &options.cli),
            ("--plan", &options.plan),
            ("--key", &options.key),
            ("--work", &options.work),
            ("--out", &options.out),
        ] {
            if path.as_os_str().is_empty() {
                return Err(format!("{name} is missing\n{USAGE}"));
            }
        }
        Ok(options)
    }
}

/// The two apps compared.
#[derive(Clone, Copy, PartialEq, Eq)]
enum App {
    Widget,
    Floor,
}

impl App {
    const BOTH: [App; 2] = [App::Widget, App::Floor];

    /// The app's first heading: when it is in the page, the app is there.
    fn heading(self) -> &'static str {
        match self {
            // As `wait_for_app` in the end-to-end tests: the view's title.
            App::Widget => "main#ownplan-main :is(h1, [data-level=\"1\"])",
            App::Floor => "h1",
        }
    }

    fn name(self) -> &'static str {
        match self {
            App::Widget => "widget",
            App::Floor => "floor",
        }
    }
}

/// A network to emulate: latency, and throughput in bits per second (down, up).
#[derive(Clone, Copy)]
struct Network {
    latency_ms: u32,
    down_bits: u64,
    up_bits: u64,
}

/// The conditions of a run: CPU slow-down and network.
#[derive(Clone, Copy)]
struct Profile {
    name: &'static str,
    cpu: u32,
    network: Option<Network>,
}

const UNTHROTTLED: Profile = Profile {
    name: "no throttling",
    cpu: 1,
    network: None,
};

/// The load profiles of issue 17.
const LOAD_PROFILES: [Profile; 3] = [
    UNTHROTTLED,
    Profile {
        name: "4× CPU + slow 4G (4 Mb/s, 100 ms)",
        cpu: 4,
        network: Some(Network {
            latency_ms: 100,
            down_bits: 4_000_000,
            up_bits: 3_000_000,
        }),
    },
    Profile {
        name: "4× CPU + fast 3G (1.6 Mb/s, 150 ms)",
        cpu: 4,
        network: Some(Network {
            latency_ms: 150,
            down_bits: 1_600_000,
            up_bits: 750_000,
        }),
    },
];

/// The CPU slow-downs typing and verifying are measured at.
const CPU_RATES: [u32; 2] = [1, 4];

/// How long a script may wait in the page for a figure (a throttled first load, a verify).
const SCRIPT_TIMEOUT: Duration = Duration::from_secs(120);

/// Keystrokes per measurement, typed at the end of the field.
const KEYSTROKES: usize = 40;
const TYPED: &str = " and a little more every day, step by step, until it is done";

/// Items in each of the four lists of the typing plan (500 in all, as in `typing.rs`).
const PER_LIST: usize = 125;

/// One file of a first load, as Resource Timing saw it.
#[derive(Clone, Debug)]
struct Fetched {
    /// Its path on the server (`/` is the page).
    path: String,
    /// The bytes of the body as sent (compressed when it was).
    encoded: u64,
    /// The body's bytes once decoded.
    decoded: u64,
}

/// One first load.
struct Load {
    /// Navigation start → the heading in the page, ms.
    in_page: f64,
    /// Navigation start → the frame after it, ms.
    painted: f64,
    files: Vec<Fetched>,
}

impl Load {
    fn encoded(&self) -> u64 {
        self.files.iter().map(|file| file.encoded).sum()
    }
}

/// The verify view's run.
struct Verified {
    /// From asking for the view until its text field is painted, ms.
    opening: f64,
    /// Whether it showed "Opening …" first.
    showed_opening: bool,
    /// Press of "Check" → verdict painted, ms, at each of [`CPU_RATES`].
    painted: Vec<f64>,
}

type Outcome<T> = Result<T, String>;

fn failed<E: std::fmt::Display>(what: &'static str) -> impl FnOnce(E) -> String {
    move |error| format!("{what}: {error}")
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match Options::parse(&args) {
        Ok(options) => run(&options).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bench-load: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(options: &Options) -> Outcome<()> {
    let started = Instant::now();
    std::fs::create_dir_all(&options.work).map_err(failed("the work folder"))?;
    let document = signed_document(options)?;
    let typing_plan = stored_plan();
    let servers = [
        StaticServer::start_precompressed(options.widget.clone()),
        StaticServer::start_precompressed(options.floor.clone()),
    ];
    let server = |app: App| &servers[app as usize];
    let mut chromedriver = ChromeDriver::start();
    let browser = browser_version(&chromedriver).await?;
    let mut repeats = Vec::new();
    // The machine's load average at the start of every run: on a shared machine other work
    // slows the browser, and the report says how busy it was.
    let mut busy = Vec::new();

    let mut loads: Vec<[Vec<Load>; 2]> = LOAD_PROFILES.iter().map(|_| [vec![], vec![]]).collect();
    for run in 0..options.runs {
        for (index, profile) in LOAD_PROFILES.iter().enumerate() {
            for app in App::BOTH {
                busy.push(load_average());
                let load = measured(
                    &mut chromedriver,
                    &mut repeats,
                    &format!("load {} {} run {}", app.name(), profile.name, run + 1),
                    async |driver: &ChromeDriver| {
                        first_load(driver, server(app), app, profile).await
                    },
                )
                .await?;
                eprintln!(
                    "load {}/{} {} {}: {:.0} ms, {} bytes",
                    run + 1,
                    options.runs,
                    app.name(),
                    profile.name,
                    load.painted,
                    load.encoded()
                );
                loads[index][app as usize].push(load);
            }
        }
    }
    let sent = [server(App::Widget).sent(), server(App::Floor).sent()];

    // typing[app][rate] = per run (median, p95)
    let mut typing: [Vec<Vec<(f64, f64)>>; 2] = [
        CPU_RATES.iter().map(|_| vec![]).collect(),
        CPU_RATES.iter().map(|_| vec![]).collect(),
    ];
    for run in 0..options.runs {
        for app in App::BOTH {
            busy.push(load_average());
            let times = measured(
                &mut chromedriver,
                &mut repeats,
                &format!("typing {} run {}", app.name(), run + 1),
                async |driver: &ChromeDriver| {
                    typing_run(driver, server(app), app, &typing_plan).await
                },
            )
            .await?;
            for (rate, keys) in times.into_iter().enumerate() {
                let figure = (percentile(&keys, 0.5), percentile(&keys, 0.95));
                eprintln!(
                    "typing {}/{} {} {}× CPU: median {:.1} ms, p95 {:.1} ms",
                    run + 1,
                    options.runs,
                    app.name(),
                    CPU_RATES[rate],
                    figure.0,
                    figure.1
                );
                typing[app as usize][rate].push(figure);
            }
        }
    }

    let mut verifies = Vec::new();
    for run in 0..options.runs {
        busy.push(load_average());
        let verified = measured(
            &mut chromedriver,
            &mut repeats,
            &format!("verify run {}", run + 1),
            async |driver: &ChromeDriver| verify_run(driver, server(App::Widget), &document).await,
        )
        .await?;
        eprintln!(
            "verify {}/{}: opening {:.0} ms{}, check → painted {} ms",
            run + 1,
            options.runs,
            verified.opening,
            if verified.showed_opening {
                " (showed \"Opening …\")"
            } else {
                ""
            },
            verified
                .painted
                .iter()
                .map(|time| format!("{time:.0}"))
                .collect::<Vec<_>>()
                .join(" / ")
        );
        verifies.push(verified);
    }
    drop(chromedriver);

    let report = Report {
        options,
        browser,
        busy,
        repeats,
        document_bytes: document.len(),
        loads,
        sent,
        typing,
        verifies,
        minutes: started.elapsed().as_secs_f64() / 60.0,
    }
    .text();
    print!("{report}");
    if let Some(folder) = options.out.parent() {
        std::fs::create_dir_all(folder).map_err(failed("the report's folder"))?;
    }
    std::fs::write(&options.out, report).map_err(failed("writing the report"))?;
    println!("written to {}", options.out.display());
    Ok(())
}

/// The machine's load average over the last minute (`/proc/loadavg`; NaN where there is none).
fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| text.split_whitespace().next()?.parse().ok())
        .unwrap_or(f64::NAN)
}

async fn browser_version(chromedriver: &ChromeDriver) -> Outcome<String> {
    let driver = chromedriver.session(360, 740).await;
    let version = driver
        .cdp()
        .send_raw("Browser.getVersion", json!({}))
        .await
        .map_err(failed("Browser.getVersion"));
    let _ = driver.quit().await;
    Ok(version?["product"]
        .as_str()
        .unwrap_or("Chromium")
        .to_owned())
}

/// A fresh headless session at 360 × 740 (a new profile: a first visit), the cache disabled,
/// `profile`'s network and CPU emulated.
async fn session(chromedriver: &ChromeDriver, profile: &Profile) -> Outcome<WebDriver> {
    let driver = chromedriver.session(360, 740).await;
    match throttle(&driver, profile).await {
        Ok(()) => Ok(driver),
        Err(error) => {
            let _ = driver.quit().await;
            Err(error)
        }
    }
}

async fn throttle(driver: &WebDriver, profile: &Profile) -> Outcome<()> {
    driver
        .set_script_timeout(SCRIPT_TIMEOUT)
        .await
        .map_err(failed("the script timeout"))?;
    let cdp = driver.cdp();
    cdp.send_raw("Network.enable", json!({}))
        .await
        .map_err(failed("Network.enable"))?;
    cdp.send_raw("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await
        .map_err(failed("Network.setCacheDisabled"))?;
    if let Some(network) = profile.network {
        cdp.send_raw(
            "Network.emulateNetworkConditions",
            json!({
                "offline": false,
                "latency": network.latency_ms,
                "downloadThroughput": network.down_bits / 8,
                "uploadThroughput": network.up_bits / 8,
            }),
        )
        .await
        .map_err(failed("Network.emulateNetworkConditions"))?;
    }
    set_cpu(driver, profile.cpu).await
}

async fn set_cpu(driver: &WebDriver, rate: u32) -> Outcome<()> {
    driver
        .cdp()
        .send_raw("Emulation.setCPUThrottlingRate", json!({ "rate": rate }))
        .await
        .map(|_| ())
        .map_err(failed("Emulation.setCPUThrottlingRate"))
}

/// How often a run is tried before the benchmark gives up.
const ATTEMPTS: usize = 3;

/// Runs `measure`, and when it fails runs it again with a new chromedriver (at most
/// [`ATTEMPTS`] times in all), noting each failure in `repeats` for the report.
async fn measured<T>(
    chromedriver: &mut ChromeDriver,
    repeats: &mut Vec<String>,
    what: &str,
    mut measure: impl AsyncFnMut(&ChromeDriver) -> Outcome<T>,
) -> Outcome<T> {
    let mut attempt = 1;
    loop {
        match measure(chromedriver).await {
            Ok(value) => return Ok(value),
            Err(error) if attempt < ATTEMPTS => {
                eprintln!("{what} failed, measuring it again: {error}");
                repeats.push(format!("{what}: {error}"));
                *chromedriver = ChromeDriver::start();
                attempt += 1;
            }
            Err(error) => return Err(format!("{what} failed {ATTEMPTS} times: {error}")),
        }
    }
}

/// Runs `body` on a fresh session and quits the session whatever happened.
async fn with_session<T, F>(chromedriver: &ChromeDriver, profile: &Profile, body: F) -> Outcome<T>
where
    F: AsyncFnOnce(&WebDriver) -> Outcome<T>,
{
    let driver = session(chromedriver, profile).await?;
    let result = body(&driver).await;
    let _ = driver.quit().await;
    result
}

/// Calls `then` in the task after the next frame (the frame painted): a
/// `requestAnimationFrame` callback runs just before the frame, a message is the next task.
const AFTER_PAINT: &str = "const afterPaint = (then) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => then();
  channel.port2.postMessage(0);
});";

/// Evaluated in every new document before its own scripts: waits for `selector` and records
/// when it appeared, when the frame after it was done, and what Resource Timing had by then
/// (the promise `window.__bench`).
fn heading_watch(selector: &str) -> String {
    let selector = Value::from(selector);
    format!(
        "(() => {{
  if (window.top !== window) return;
  {AFTER_PAINT}
  let finish;
  const bench = {{ inPage: null, painted: null, files: null }};
  window.__bench = new Promise((resolve) => {{ finish = resolve; }});
  const file = (entry) => ({{
    path: new URL(entry.name).pathname,
    encoded: entry.encodedBodySize,
    decoded: entry.decodedBodySize,
  }});
  const observer = new MutationObserver(() => {{
    if (bench.inPage !== null || !document.querySelector({selector})) return;
    bench.inPage = performance.now();
    observer.disconnect();
    bench.files = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ].map(file);
    afterPaint(() => {{
      bench.painted = performance.now();
      finish(bench);
    }});
  }});
  observer.observe(document, {{ childList: true, subtree: true }});
}})();"
    )
}

/// Evaluates `expression` every 20 ms until it is not `null`, for at most `limit`.
async fn wait_for(driver: &WebDriver, expression: &str, limit: Duration) -> Outcome<Value> {
    let deadline = Instant::now() + limit;
    loop {
        let value = driver
            .execute(format!("return ({expression});"), Vec::new())
            .await
            .map_err(|error| format!("{expression}: {error}"))?
            .json()
            .clone();
        if !value.is_null() {
            return Ok(value);
        }
        if Instant::now() > deadline {
            return Err(format!(
                "timed out after {limit:?} waiting for {expression}"
            ));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn wait_until(driver: &WebDriver, condition: &str, limit: Duration) -> Outcome<()> {
    wait_for(driver, &format!("({condition}) ? true : null"), limit)
        .await
        .map(|_| ())
}

/// The value of the promise `expression` once it settles (at most the session's script
/// timeout, [`SCRIPT_TIMEOUT`]). Waiting in the page, not polling it, so nothing else runs there
/// while a figure is being measured.
async fn settled(driver: &WebDriver, expression: &str) -> Outcome<Value> {
    driver
        .execute_async(
            format!(
                "const done = arguments[arguments.length - 1];
                 Promise.resolve({expression}).then(done, (error) => done({{ error: String(error) }}));"
            ),
            Vec::new(),
        )
        .await
        .map(|ret| ret.json().clone())
        .map_err(|error| format!("{expression}: {error}"))
        .and_then(|value| match value.get("error") {
            Some(error) => Err(format!("{expression}: {error}")),
            None => Ok(value),
        })
}

async fn script(driver: &WebDriver, body: &str, args: Vec<Value>) -> Outcome<Value> {
    driver
        .execute(body, args)
        .await
        .map(|ret| ret.json().clone())
        .map_err(|error| format!("script failed: {error}\n{body}"))
}

/// A first visit of `app` under `profile`.
async fn first_load(
    chromedriver: &ChromeDriver,
    server: &StaticServer,
    app: App,
    profile: &Profile,
) -> Outcome<Load> {
    with_session(chromedriver, profile, async |driver: &WebDriver| {
        driver
            .cdp()
            .send_raw(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": heading_watch(app.heading()) }),
            )
            .await
            .map_err(failed("Page.addScriptToEvaluateOnNewDocument"))?;
        driver
            .goto(server.url())
            .await
            .map_err(failed("opening the page"))?;
        let bench = settled(driver, "window.__bench").await?;
        let number = |value: &Value| value.as_f64().unwrap_or(f64::NAN);
        let files = bench["files"]
            .as_array()
            .map(|files| {
                files
                    .iter()
                    .map(|file| Fetched {
                        path: file["path"].as_str().unwrap_or("?").to_owned(),
                        encoded: file["encoded"].as_u64().unwrap_or(0),
                        decoded: file["decoded"].as_u64().unwrap_or(0),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(Load {
            in_page: number(&bench["inPage"]),
            painted: number(&bench["painted"]),
            files,
        })
    })
    .await
}

fn id(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

/// The text the widget keeps under `ownplan.plan`: a plan with [`PER_LIST`] goals, measures,
/// agreements and network members (500 items), as `tests/e2e/tests/typing.rs` stores it.
fn stored_plan() -> String {
    let list = |offset: usize, item: &dyn Fn(usize) -> Value| -> Vec<Value> {
        (0..PER_LIST).map(|n| item(offset + n)).collect()
    };
    let plan = json!({
        "formatVersion": 1,
        "planId": id(99_999),
        "planVersion": 1,
        "meta": { "language": "nb" },
        "individualPlan": {
            "goals": list(0, &|n| json!({
                "id": id(n),
                "text": format!("Mål nummer {n}: ha det bedre"),
                "lifeArea": "health",
                "why": "Fordi det betyr mye for meg å ha det godt hver dag.",
            })),
            "measures": list(10_000, &|n| json!({
                "id": id(n),
                "what": format!("Tiltak {n}"),
                "extent": "To ganger i uka",
                "status": "ongoing",
            })),
            "agreements": list(20_000, &|n| json!({
                "id": id(n),
                "what": format!("Avtale {n}"),
                "byWhen": "2027-01-15",
            })),
        },
        "network": list(30_000, &|n| json!({
            "id": id(n),
            "name": format!("Person {n}"),
            "role": "friend",
            "phone": "912 34 567",
        })),
    });
    json!({ "ownplanStorage": 1, "revision": 1, "writer": "bench", "plan": plan }).to_string()
}

/// Every section of a plan document (`Section::as_str`), so the document carries all 500 items.
const ALL_SECTIONS: &str = "aboutMe,goals,resourcesAndNeeds,contributions,measures,agreements,\
appointments,planPeriod,revisionLog,network,crisisSigns,howToMeetMe,crisisContacts,admission,\
treatmentWishes,practicalMatters,afterCrisis";

/// A signed document of the example plan grown to 500 list items (120 goals, 120 measures, 100
/// agreements, 80 appointments, 80 warning signs, each two sentences long: the shape of the PDF
/// benchmark's plan), signed for a GP by the `ownplan` command with the example key.
fn signed_document(options: &Options) -> Outcome<String> {
    let text = std::fs::read_to_string(&options.plan).map_err(failed("reading the plan"))?;
    let mut plan: Value = serde_json::from_str(&text).map_err(failed("the plan's JSON"))?;
    let words = "Jeg vil få hjelp til å søke bolig nær skolen til Emma, og at noen går \
                 sammen med meg på visning. Det er viktig for meg at det skjer før sommeren, \
                 så vi kan flytte i ro og fred. ";
    let mut next_id = 0u32;
    let mut uuid = || {
        next_id += 1;
        format!("urn:uuid:5e1f0000-0000-4000-8000-{next_id:012x}")
    };
    type Item = fn(String, String) -> Value;
    let lists: [(&str, &str, usize, Item); 5] = [
        (
            "individualPlan",
            "goals",
            120,
            |id, text| json!({ "id": id, "text": text, "why": text, "lifeArea": "housing", "status": "underway" }),
        ),
        (
            "individualPlan",
            "measures",
            120,
            |id, text| json!({ "id": id, "what": text, "extent": "1 time i uka", "status": "granted" }),
        ),
        (
            "individualPlan",
            "agreements",
            100,
            |id, text| json!({ "id": id, "what": text, "who": "me", "byWhen": "2027-01-15" }),
        ),
        (
            "individualPlan",
            "appointments",
            80,
            |id, text| json!({ "id": id, "what": text, "date": "2027-02-09", "time": "10:00", "toRaise": text }),
        ),
        (
            "crisisPlan",
            "warningSigns",
            80,
            |id, text| json!({ "id": id, "stage": "early", "sign": text, "whatIDo": text }),
        ),
    ];
    for (part, list, count, item) in lists {
        let items: Vec<Value> = (0..count)
            .map(|n| item(uuid(), format!("{n}: {words}{words}")))
            .collect();
        plan[part][list] = Value::Array(items);
    }
    let plan_file = options.work.join("plan-500.json");
    let document_file = options.work.join("signed-500.json");
    let plan_text = serde_json::to_string_pretty(&plan).map_err(failed("the plan's JSON"))?;
    std::fs::write(&plan_file, plan_text).map_err(failed("writing the plan"))?;
    let status = std::process::Command::new(&options.cli)
        .arg("sign")
        .arg(&plan_file)
        .arg(&options.key)
        .args([
            "--sections",
            ALL_SECTIONS,
            "--recipient",
            "Dr. Ingrid Solberg",
        ])
        .arg("--out")
        .arg(&document_file)
        .status()
        .map_err(|error| format!("cannot run {}: {error}", options.cli.display()))?;
    if !status.success() {
        return Err(format!("ownplan sign failed ({status})"));
    }
    std::fs::read_to_string(&document_file).map_err(failed("reading the signed document"))
}

/// Sets up the app for typing and returns its text field: the widget with the 500-item plan on
/// the device and the first goal open; the floor as it starts.
async fn typing_field(
    driver: &WebDriver,
    server: &StaticServer,
    app: App,
    plan: &str,
) -> Outcome<WebElement> {
    let limit = Duration::from_secs(60);
    driver
        .goto(server.url())
        .await
        .map_err(failed("opening the page"))?;
    wait_until(
        driver,
        &format!("document.querySelector({})", Value::from(app.heading())),
        limit,
    )
    .await?;
    if app == App::Floor {
        return driver
            .find(By::Id("floor-text"))
            .await
            .map_err(failed("the floor's text field"));
    }
    script(
        driver,
        "localStorage.clear(); localStorage.setItem('ownplan.plan', arguments[0]);",
        vec![json!(plan)],
    )
    .await?;
    driver
        .goto(format!("{}#/plan/goals", server.url()))
        .await
        .map_err(failed("opening the goals"))?;
    driver.refresh().await.map_err(failed("reloading"))?;
    wait_until(
        driver,
        &format!("document.querySelectorAll('.item-card').length === {PER_LIST}"),
        limit,
    )
    .await?;
    script(
        driver,
        "document.querySelector('.item-card .button').click();",
        vec![],
    )
    .await?;
    wait_until(
        driver,
        "document.querySelector('.item-card.is-open textarea')",
        limit,
    )
    .await?;
    driver
        .find(By::Css(".item-card.is-open textarea"))
        .await
        .map_err(failed("the goal's text field"))
}

/// Times every keystroke: from the key event's time stamp until the frame after it; each is a
/// promise in `window.__keys`. (On the window, so a field the app replaces is still timed.)
const KEY_TIMER: &str = "AFTER_PAINT
window.__keys = [];
window.addEventListener('keydown', (event) => {
  const start = event.timeStamp;
  window.__keys.push(new Promise((done) => afterPaint(() => done(performance.now() - start))));
}, true);";

/// Waits in the page (at most 10 s) for keystroke `arguments[0]` to be painted: its time in ms,
/// or `{ error }` saying what did not happen. Nothing runs in the page meanwhile (the key event
/// has normally happened when WebDriver's keystroke returns).
const KEY_TIME: &str = "const [index, done] = [arguments[0], arguments[arguments.length - 1]];
const until = performance.now() + 10000;
const late = (what) => new Promise((resolve) =>
  setTimeout(() => resolve({ error: `keystroke ${index}: ${what}` }), until - performance.now()));
const wait = () => {
  const keys = window.__keys;
  if (!keys) return done({ error: 'the page was replaced' });
  if (keys.length > index) {
    return Promise.race([keys[index], late('no frame after it')]).then(done);
  }
  if (performance.now() > until) return done({ error: `keystroke ${index}: no key event (${keys.length} seen)` });
  setTimeout(wait, 2);
};
wait();";

/// Types [`KEYSTROKES`] characters into the app's field at each of [`CPU_RATES`]; the time of
/// every keystroke in ms, per rate.
async fn typing_run(
    chromedriver: &ChromeDriver,
    server: &StaticServer,
    app: App,
    plan: &str,
) -> Outcome<Vec<Vec<f64>>> {
    with_session(chromedriver, &UNTHROTTLED, async |driver: &WebDriver| {
        let field = typing_field(driver, server, app, plan).await?;
        let field_json = field.to_json().map_err(failed("the field"))?;
        script(
            driver,
            &KEY_TIMER.replace("AFTER_PAINT", AFTER_PAINT),
            vec![],
        )
        .await?;
        let mut per_rate = Vec::new();
        let mut typed = String::new();
        for rate in CPU_RATES {
            set_cpu(driver, rate).await?;
            script(driver, "window.__keys = [];", vec![]).await?;
            // Past the widget's save after a pause in typing (400 ms), so it is not measured.
            tokio::time::sleep(Duration::from_millis(800)).await;
            let mut times = Vec::new();
            for (index, key) in TYPED.chars().take(KEYSTROKES).enumerate() {
                field
                    .send_keys(key.to_string())
                    .await
                    .map_err(failed("a keystroke"))?;
                let time = driver
                    .execute_async(KEY_TIME, vec![json!(index)])
                    .await
                    .map_err(failed("the keystroke's time"))?
                    .json()
                    .clone();
                let time = time
                    .as_f64()
                    .ok_or_else(|| format!("{} at {rate}× CPU: {}", app.name(), time["error"]))?;
                times.push(time);
                typed.push(key);
                // A person's pace: about six characters a second at most.
                tokio::time::sleep(Duration::from_millis(60)).await;
            }
            per_rate.push(times);
        }
        set_cpu(driver, 1).await?;
        let value = script(driver, "return arguments[0].value;", vec![field_json]).await?;
        if !value.as_str().unwrap_or_default().ends_with(&typed) {
            return Err(format!(
                "{}: not every keystroke arrived: the field holds {value}",
                app.name()
            ));
        }
        Ok(per_rate)
    })
    .await
}

/// Opens the verify view the first time, then pastes `document` and checks it at each of
/// [`CPU_RATES`] (a reload and an empty device before each, so every check is a first sight).
async fn verify_run(
    chromedriver: &ChromeDriver,
    server: &StaticServer,
    document: &str,
) -> Outcome<Verified> {
    with_session(chromedriver, &UNTHROTTLED, async |driver: &WebDriver| {
        let limit = Duration::from_secs(60);
        driver
            .goto(server.url())
            .await
            .map_err(failed("opening the page"))?;
        wait_until(
            driver,
            &format!("document.querySelector({})", Value::from(App::Widget.heading())),
            limit,
        )
        .await?;
        script(
            driver,
            &format!(
                "{AFTER_PAINT}
                 let finish;
                 window.__opening = new Promise((resolve) => {{ finish = resolve; }});
                 let showed = false;
                 const start = performance.now();
                 const observer = new MutationObserver(() => {{
                   if (document.querySelector('#view-opening, main .loading')) showed = true;
                   else if (document.getElementById('verify-text')) {{
                     observer.disconnect();
                     afterPaint(() => finish({{ showed, ready: performance.now() - start }}));
                   }}
                 }});
                 observer.observe(document.body, {{ childList: true, subtree: true }});
                 location.hash = '#/verify';"
            ),
            vec![],
        )
        .await?;
        let opening = settled(driver, "window.__opening").await?;
        let mut painted = Vec::new();
        for (index, rate) in CPU_RATES.into_iter().enumerate() {
            if index > 0 {
                script(driver, "localStorage.clear();", vec![]).await?;
                driver.refresh().await.map_err(failed("reloading"))?;
            }
            set_cpu(driver, rate).await?;
            wait_until(
                driver,
                "document.getElementById('verify-text') && !document.getElementById('view-opening')",
                limit,
            )
            .await?;
            script(
                driver,
                "const area = document.getElementById('verify-text');
                 area.value = arguments[0];
                 area.dispatchEvent(new Event('input', { bubbles: true }));",
                vec![json!(document)],
            )
            .await?;
            tokio::time::sleep(Duration::from_millis(300)).await;
            script(
                driver,
                &format!(
                    "{AFTER_PAINT}
                     let finish;
                     window.__verify = new Promise((resolve) => {{ finish = resolve; }});
                     const observer = new MutationObserver(() => {{
                       if (!document.querySelector('.verify-valid, .verify-invalid')) return;
                       observer.disconnect();
                       afterPaint(() => finish({{
                         painted: performance.now() - start,
                         valid: document.querySelector('.verify-valid') !== null,
                       }}));
                     }});
                     observer.observe(document.body, {{ childList: true, subtree: true }});
                     const start = performance.now();
                     document.getElementById('verify-check').click();"
                ),
                vec![],
            )
            .await?;
            let result = settled(driver, "window.__verify").await?;
            if result["valid"] != json!(true) {
                return Err("the 500-item document was not found valid".to_owned());
            }
            painted.push(result["painted"].as_f64().unwrap_or(f64::NAN));
        }
        set_cpu(driver, 1).await?;
        Ok(Verified {
            opening: opening["ready"].as_f64().unwrap_or(f64::NAN),
            showed_opening: opening["showed"] == json!(true),
            painted,
        })
    })
    .await
}

/// The value below which `share` of `values` lie (nearest rank); NaN when there are none.
fn percentile(values: &[f64], share: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = (share * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn median(values: &[f64]) -> f64 {
    percentile(values, 0.5)
}

/// `1234567` as `1,234,567`.
fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn ratio(widget: f64, floor: f64) -> String {
    if floor > 0.0 && widget.is_finite() && floor.is_finite() {
        format!("{:.1}×", widget / floor)
    } else {
        String::new()
    }
}

/// Everything measured, for the report.
struct Report<'a> {
    options: &'a Options,
    browser: String,
    /// The load average at the start of each run.
    busy: Vec<f64>,
    /// The runs measured again after a failure, and why.
    repeats: Vec<String>,
    document_bytes: usize,
    /// Per profile, per app, per run.
    loads: Vec<[Vec<Load>; 2]>,
    /// What each app's server sent during the loads, for the encodings.
    sent: [Vec<Sent>; 2],
    /// Per app, per CPU rate, per run: (median, p95) of the keystrokes.
    typing: [Vec<Vec<(f64, f64)>>; 2],
    verifies: Vec<Verified>,
    minutes: f64,
}

/// The size of the gzip copy the build wrote beside the file at `path` of `dist`, if any.
fn gzip_copy(dist: &Path, path: &str) -> Option<u64> {
    let file = dist.join(path.trim_start_matches('/'));
    let mut copy = file.into_os_string();
    copy.push(".gz");
    std::fs::metadata(PathBuf::from(copy))
        .ok()
        .map(|meta| meta.len())
}

impl Report<'_> {
    fn dist(&self, app: App) -> &Path {
        match app {
            App::Widget => &self.options.widget,
            App::Floor => &self.options.floor,
        }
    }

    fn text(&self) -> String {
        let mut out = String::new();
        let runs = self.options.runs;
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0);
        let _ = writeln!(
            out,
            "cargo xtask bench-load: {browser}, headless, 360 × 740, {cores} cores, medians of {runs} \
             runs, widget and floor alternating; the machine's load average at the runs' starts \
             {low:.1} to {high:.1} (median {middle:.1}); {minutes:.1} minutes in the browser",
            browser = self.browser,
            low = percentile(&self.busy, 0.0),
            middle = median(&self.busy),
            high = percentile(&self.busy, 1.0),
            minutes = self.minutes,
        );
        out.push('\n');
        let row = |out: &mut String, figure: &str, widget: &str, floor: &str, ratio: &str| {
            let _ = writeln!(out, "| {figure} | {widget} | {floor} | {ratio} |");
        };
        row(&mut out, "figure", "widget", "floor", "ratio");
        row(&mut out, "---", "---:", "---:", "---:");

        let bytes = |app: App| -> f64 {
            let all: Vec<f64> = self
                .loads
                .iter()
                .flat_map(|profile| profile[app as usize].iter())
                .map(|load| load.encoded() as f64)
                .collect();
            median(&all)
        };
        let (widget_bytes, floor_bytes) = (bytes(App::Widget), bytes(App::Floor));
        row(
            &mut out,
            "first load: bytes transferred until the heading (bodies, as sent)",
            &format!("{} B", thousands(widget_bytes as u64)),
            &format!("{} B", thousands(floor_bytes as u64)),
            &ratio(widget_bytes, floor_bytes),
        );
        let gzip_bytes = |app: App| -> f64 {
            let all: Vec<f64> = self
                .loads
                .iter()
                .flat_map(|profile| profile[app as usize].iter())
                .map(|load| {
                    load.files
                        .iter()
                        .map(|file| gzip_copy(self.dist(app), &file.path).unwrap_or(file.encoded))
                        .sum::<u64>() as f64
                })
                .collect();
            median(&all)
        };
        let (widget_gzip, floor_gzip) = (gzip_bytes(App::Widget), gzip_bytes(App::Floor));
        row(
            &mut out,
            "the same files from a server without brotli (the gzip -9 copies)",
            &format!("{} B", thousands(widget_gzip as u64)),
            &format!("{} B", thousands(floor_gzip as u64)),
            &ratio(widget_gzip, floor_gzip),
        );
        if let (Some(widget), Some(floor)) = (self.options.size_widget, self.options.size_floor) {
            row(
                &mut out,
                "the same by `cargo xtask size` (brotli, every file a first visit can fetch)",
                &format!("{} B", thousands(widget)),
                &format!("{} B", thousands(floor)),
                &ratio(widget as f64, floor as f64),
            );
        }
        for (index, profile) in LOAD_PROFILES.iter().enumerate() {
            let time = |app: App| {
                let times: Vec<f64> = self.loads[index][app as usize]
                    .iter()
                    .map(|load| load.painted)
                    .collect();
                median(&times)
            };
            let (widget, floor) = (time(App::Widget), time(App::Floor));
            row(
                &mut out,
                &format!("navigation → h1 painted, {}", profile.name),
                &format!("{widget:.0} ms"),
                &format!("{floor:.0} ms"),
                &ratio(widget, floor),
            );
        }
        for (index, rate) in CPU_RATES.iter().enumerate() {
            let figure = |app: App, pick: fn(&(f64, f64)) -> f64| {
                let values: Vec<f64> = self.typing[app as usize][index].iter().map(pick).collect();
                median(&values)
            };
            let (widget_median, widget_p95) = (
                figure(App::Widget, |pair| pair.0),
                figure(App::Widget, |pair| pair.1),
            );
            let (floor_median, floor_p95) = (
                figure(App::Floor, |pair| pair.0),
                figure(App::Floor, |pair| pair.1),
            );
            row(
                &mut out,
                &format!(
                    "keystroke → next paint, 500-item plan, median / p95, {}",
                    if *rate == 1 {
                        "no throttling".to_owned()
                    } else {
                        format!("{rate}× CPU")
                    }
                ),
                &format!("{widget_median:.1} / {widget_p95:.1} ms"),
                &format!("{floor_median:.1} / {floor_p95:.1} ms"),
                &format!("p95 {}", ratio(widget_p95, floor_p95)),
            );
        }
        for (index, rate) in CPU_RATES.iter().enumerate() {
            let times: Vec<f64> = self
                .verifies
                .iter()
                .filter_map(|verified| verified.painted.get(index).copied())
                .collect();
            row(
                &mut out,
                &format!(
                    "verify a 500-item document ({} KB), \"Check\" → verdict painted, {}",
                    self.document_bytes / 1000,
                    if *rate == 1 {
                        "no throttling".to_owned()
                    } else {
                        format!("{rate}× CPU")
                    }
                ),
                &format!("{:.0} ms", median(&times)),
                "",
                "",
            );
        }
        let openings: Vec<f64> = self.verifies.iter().map(|v| v.opening).collect();
        let showed = self.verifies.iter().filter(|v| v.showed_opening).count();
        row(
            &mut out,
            &format!(
                "the verify view opening the first time, until painted (\"Opening …\" shown in \
                 {showed} of {runs})"
            ),
            &format!("{:.0} ms", median(&openings)),
            "",
            "",
        );

        out.push_str(
            "\nFirst load by file: the body's bytes as sent (the first run of each profile), \
             decoded, the encoding sent and the gzip -9 copy beside it\n",
        );
        for app in App::BOTH {
            let firsts: Vec<&Load> = self
                .loads
                .iter()
                .filter_map(|profile| profile[app as usize].first())
                .collect();
            let mut paths: Vec<&str> = Vec::new();
            for load in &firsts {
                for file in &load.files {
                    if !paths.contains(&file.path.as_str()) {
                        paths.push(&file.path);
                    }
                }
            }
            let _ = writeln!(
                out,
                "  {:<46} {:>10} {:>10} {:>10} {:>10} {:>8} {:>10}",
                app.name(),
                "no thr.",
                "slow 4G",
                "fast 3G",
                "decoded",
                "encoding",
                ".gz copy"
            );
            for path in &paths {
                let mut line = format!("    {path:<44}");
                let mut decoded = 0;
                for load in &firsts {
                    match load.files.iter().find(|file| file.path == *path) {
                        Some(file) => {
                            decoded = file.decoded;
                            let _ = write!(line, " {:>10}", thousands(file.encoded));
                        }
                        None => line.push_str(&format!(" {:>10}", "-")),
                    }
                }
                let encoding = self.sent[app as usize]
                    .iter()
                    .find(|sent| sent.path == *path)
                    .map(|sent| sent.content_encoding.unwrap_or("none"))
                    .unwrap_or("?");
                let gzip = gzip_copy(self.dist(app), path)
                    .map(thousands)
                    .unwrap_or_else(|| "-".to_owned());
                let _ = writeln!(
                    out,
                    "{line} {:>10} {encoding:>8} {gzip:>10}",
                    thousands(decoded)
                );
            }
            let mut line = format!("    {:<44}", "total");
            for load in &firsts {
                let _ = write!(line, " {:>10}", thousands(load.encoded()));
            }
            let _ = writeln!(out, "{line}");
        }
        if let Some(accept) = self.sent[App::Widget as usize].first() {
            let _ = writeln!(
                out,
                "  the browser's Accept-Encoding: {}",
                accept.accept_encoding
            );
        }

        if self.repeats.is_empty() {
            out.push_str("\nNo run failed.\n");
        } else {
            out.push_str("\nRuns that failed and were measured again:\n");
            for repeat in &self.repeats {
                let _ = writeln!(out, "  {repeat}");
            }
        }
        out.push_str(
            "\nEvery run (ms; loads: painted, and in brackets the heading in the page):\n",
        );
        for (index, profile) in LOAD_PROFILES.iter().enumerate() {
            for app in App::BOTH {
                let values: Vec<String> = self.loads[index][app as usize]
                    .iter()
                    .map(|load| format!("{:.0} ({:.0})", load.painted, load.in_page))
                    .collect();
                let _ = writeln!(
                    out,
                    "  load {} {}: {}",
                    app.name(),
                    profile.name,
                    values.join(" ")
                );
            }
        }
        for (index, rate) in CPU_RATES.iter().enumerate() {
            for app in App::BOTH {
                let values: Vec<String> = self.typing[app as usize][index]
                    .iter()
                    .map(|(median, p95)| format!("{median:.1}/{p95:.1}"))
                    .collect();
                let _ = writeln!(
                    out,
                    "  typing {} {rate}× CPU (median/p95 of {KEYSTROKES} keys): {}",
                    app.name(),
                    values.join(" ")
                );
            }
        }
        for (index, rate) in CPU_RATES.iter().enumerate() {
            let values: Vec<String> = self
                .verifies
                .iter()
                .filter_map(|verified| verified.painted.get(index))
                .map(|time| format!("{time:.0}"))
                .collect();
            let _ = writeln!(out, "  verify {rate}× CPU: {}", values.join(" "));
        }
        let values: Vec<String> = self
            .verifies
            .iter()
            .map(|verified| format!("{:.0}", verified.opening))
            .collect();
        let _ = writeln!(out, "  verify view opening: {}", values.join(" "));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank() {
        let values: Vec<f64> = (1..=40).map(f64::from).collect();
        assert_eq!(percentile(&values, 0.5), 20.0);
        assert_eq!(percentile(&values, 0.95), 38.0);
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert!(percentile(&[], 0.5).is_nan());
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(477_052), "477,052");
        assert_eq!(thousands(1_697_312), "1,697,312");
    }

    #[test]
    fn every_section_is_named() {
        assert_eq!(ALL_SECTIONS.split(',').count(), 17);
    }
}
