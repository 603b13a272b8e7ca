//! The end-to-end harness: serves the release build (`dist/`) on 127.0.0.1 from a server the
//! test starts itself, starts chromedriver and a headless Chromium session, and offers the few
//! helpers the tests share (axe-core audit, screenshots, overflow check).
//!
//! Paths come from the environment set by `cargo xtask test`: `OWNPLAN_DIST` (the build),
//! `OWNPLAN_AXE` (axe.min.js), `OWNPLAN_ARTIFACTS` (where screenshots go).

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

/// A static file server for `dist/` on a free loopback port; stops when dropped.
pub struct StaticServer {
    server: Arc<tiny_http::Server>,
    address: SocketAddr,
    thread: Option<std::thread::JoinHandle<()>>,
    requests: Arc<std::sync::Mutex<Vec<String>>>,
    sent: Arc<std::sync::Mutex<Vec<Sent>>>,
}

/// One answer of a [`StaticServer`]: what was asked for and the bytes of the body sent.
#[derive(Clone, Debug)]
pub struct Sent {
    /// The path asked for, without its query.
    pub path: String,
    /// The request's `Accept-Encoding` header (empty when it had none).
    pub accept_encoding: String,
    /// The answer's `Content-Encoding` (`br` or `gzip`), `None` for the file as it is.
    pub content_encoding: Option<&'static str>,
    /// The bytes of the body sent (0 for a 404).
    pub body_bytes: u64,
}

impl StaticServer {
    /// Serves `root` on 127.0.0.1, every file as it is (never compressed).
    pub fn start(root: PathBuf) -> StaticServer {
        StaticServer::serve(root, false)
    }

    /// Serves `root` on 127.0.0.1 as the deployment guide's nginx does (docs/DEPLOYING.md,
    /// "Compression"): a file's precompressed copy (`<file>.br`, else `<file>.gz`) when the
    /// browser accepts that encoding, with `Content-Encoding` and `Vary: Accept-Encoding`; a
    /// page without copies (`index.html`) compressed as it is sent (`gzip -1`, nginx's default
    /// level) when the browser accepts gzip. For measuring what a first visit transfers
    /// (`cargo xtask bench-load`); the end-to-end tests use [`StaticServer::start`].
    pub fn start_precompressed(root: PathBuf) -> StaticServer {
        StaticServer::serve(root, true)
    }

    fn serve(root: PathBuf, precompressed: bool) -> StaticServer {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1"));
        let address = server
            .server_addr()
            .to_ip()
            .expect("an IP address for the server");
        let serving = server.clone();
        let requests = Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = requests.clone();
        let sent = Arc::new(std::sync::Mutex::new(Vec::new()));
        let sent_log = sent.clone();
        let thread = std::thread::spawn(move || {
            for request in serving.incoming_requests() {
                if let Ok(mut log) = log.lock() {
                    log.push(request.url().to_owned());
                }
                // Each answer on its own thread, as a real server answers connections side by
                // side: one large file being sent (a module the offline worker stores) never
                // holds up the others.
                let root = root.clone();
                let sent_log = sent_log.clone();
                std::thread::spawn(move || {
                    let accept_encoding = request
                        .headers()
                        .iter()
                        .find(|header| header.field.equiv("Accept-Encoding"))
                        .map(|header| header.value.as_str().to_owned())
                        .unwrap_or_default();
                    let (response, content_encoding) = if precompressed {
                        respond_precompressed(&root, request.url(), &accept_encoding)
                    } else {
                        (respond(&root, request.url()), None)
                    };
                    if let Ok(mut sent) = sent_log.lock() {
                        sent.push(Sent {
                            path: request.url().split('?').next().unwrap_or("/").to_owned(),
                            accept_encoding,
                            content_encoding,
                            body_bytes: response
                                .data_length()
                                .filter(|_| response.status_code().0 == 200)
                                .unwrap_or(0) as u64,
                        });
                    }
                    let _ = request.respond(response);
                });
            }
        });
        StaticServer {
            server,
            address,
            thread: Some(thread),
            requests,
            sent,
        }
    }

    /// Every answer so far, in order: path, encoding and body bytes.
    pub fn sent(&self) -> Vec<Sent> {
        self.sent.lock().map(|log| log.clone()).unwrap_or_default()
    }

    /// Every path asked for so far (with its query), in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests
            .lock()
            .map(|log| log.clone())
            .unwrap_or_default()
    }

    /// The same server under another origin: `http://localhost:<port>/` instead of
    /// `http://127.0.0.1:<port>/` (browsers treat the two as different origins).
    pub fn other_origin_url(&self) -> String {
        format!("http://localhost:{}/", self.address.port())
    }

    /// The origin of [`StaticServer::url`], without the final `/`.
    pub fn origin(&self) -> String {
        format!("http://{}", self.address)
    }

    /// The base URL, ending in `/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Whether `accept_encoding` (an `Accept-Encoding` header) accepts `coding` (not with `q=0`).
fn accepts(accept_encoding: &str, coding: &str) -> bool {
    accept_encoding.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        parts
            .next()
            .is_some_and(|name| name.eq_ignore_ascii_case(coding))
            && !parts.any(|parameter| {
                parameter
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f64>().ok())
                    .is_some_and(|q| q == 0.0)
            })
    })
}

/// [`respond`], sending a precompressed copy or a gzipped page when the browser accepts it
/// (see [`StaticServer::start_precompressed`]); also returns the `Content-Encoding` sent.
fn respond_precompressed(
    root: &Path,
    url: &str,
    accept_encoding: &str,
) -> (
    tiny_http::Response<std::io::Cursor<Vec<u8>>>,
    Option<&'static str>,
) {
    let plain = respond(root, url);
    if plain.status_code().0 != 200 {
        return (plain, None);
    }
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let relative = match path.trim_start_matches('/') {
        "" => "index.html",
        relative => relative,
    };
    let file = root.join(relative);
    let copy = ["br", "gzip"]
        .into_iter()
        .filter(|coding| accepts(accept_encoding, coding))
        .find_map(|coding| {
            let suffix = if coding == "br" { "br" } else { "gz" };
            let mut name = file.clone().into_os_string();
            name.push(format!(".{suffix}"));
            std::fs::read(PathBuf::from(name))
                .ok()
                .map(|bytes| (coding, bytes))
        });
    let on_the_fly = || {
        let is_page = file
            .extension()
            .is_some_and(|extension| extension == "html");
        if !is_page || !accepts(accept_encoding, "gzip") {
            return None;
        }
        let bytes = std::fs::read(&file).ok()?;
        gzip_fast(&bytes).map(|gzipped| ("gzip", gzipped))
    };
    let Some((coding, bytes)) = copy.or_else(on_the_fly) else {
        return (
            plain.with_header(
                tiny_http::Header::from_bytes("Vary", "Accept-Encoding").expect("header"),
            ),
            None,
        );
    };
    let mut response = tiny_http::Response::from_data(bytes);
    for header in plain.headers() {
        response.add_header(header.clone());
    }
    let response = response
        .with_header(tiny_http::Header::from_bytes("Content-Encoding", coding).expect("header"))
        .with_header(tiny_http::Header::from_bytes("Vary", "Accept-Encoding").expect("header"));
    (response, Some(coding))
}

/// `bytes` through `gzip -1 -n` (nginx's default `gzip_comp_level`), or `None` when gzip
/// cannot run.
fn gzip_fast(bytes: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write;
    let mut child = Command::new("gzip")
        .args(["-1", "-n", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    output.status.success().then_some(output.stdout)
}

fn respond(root: &Path, url: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let relative = path.trim_start_matches('/');
    let relative = if relative.is_empty() {
        "index.html"
    } else {
        relative
    };
    // Only plain names below dist/: nothing like `..` is served.
    let safe = !relative
        .split('/')
        .any(|part| part.is_empty() || part == ".." || part == ".");
    let file = root.join(relative);
    match std::fs::read(&file) {
        Ok(bytes) if safe => {
            let content_type = match file.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("js") => "text/javascript; charset=utf-8",
                Some("wasm") => "application/wasm",
                Some("css") => "text/css; charset=utf-8",
                Some("svg") => "image/svg+xml",
                Some("png") => "image/png",
                Some("webmanifest") => "application/manifest+json",
                _ => "application/octet-stream",
            };
            let response = tiny_http::Response::from_data(bytes).with_header(
                tiny_http::Header::from_bytes("Content-Type", content_type).expect("header"),
            );
            // A portal on another origin imports the frame's host script as a module, which
            // the browser fetches with CORS (docs/DEPLOYING.md says the same for servers).
            if relative == "ownplan-frame.js" {
                response.with_header(
                    tiny_http::Header::from_bytes("Access-Control-Allow-Origin", "*")
                        .expect("header"),
                )
            } else {
                response
            }
        }
        _ => tiny_http::Response::from_data(b"not found".to_vec()).with_status_code(404),
    }
}

/// A chromedriver process on a free port; killed when dropped.
pub struct ChromeDriver {
    child: Child,
    port: u16,
}

impl ChromeDriver {
    /// Starts `/usr/bin/chromedriver` (or `$CHROMEDRIVER`) and waits until it listens.
    pub fn start() -> ChromeDriver {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let binary =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".to_owned());
        let child = Command::new(&binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {binary}: {e} (cargo xtask setup --for-tests)")
            });
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        ChromeDriver { child, port }
    }

    /// A new headless Chromium session with a fresh profile, `width` × `height` CSS pixels.
    pub async fn session(&self, width: u32, height: u32) -> WebDriver {
        self.session_with_downloads(width, height, None).await
    }

    /// A session whose downloads are saved, without asking, into `downloads`.
    pub async fn session_with_downloads(
        &self,
        width: u32,
        height: u32,
        downloads: Option<&Path>,
    ) -> WebDriver {
        let mut caps = DesiredCapabilities::chrome();
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
        caps.set_binary(&chromium).expect("binary");
        let profile = std::env::temp_dir().join(format!(
            "ownplan-e2e-profile-{}-{}",
            std::process::id(),
            self.port
        ));
        let _ = std::fs::remove_dir_all(&profile);
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--lang=en-US",
            &format!("--user-data-dir={}", profile.display()),
        ] {
            caps.add_arg(arg).expect("arg");
        }
        if width < 500 {
            // A desktop window cannot be narrower than 500 px, so phone widths use Chromium's
            // device emulation: a touch screen of exactly this size that honours the viewport
            // meta tag, as a phone does.
            caps.add_experimental_option(
                "mobileEmulation",
                serde_json::json!({
                    "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0 }
                }),
            )
            .expect("mobile emulation");
        } else {
            caps.add_arg(&format!("--window-size={width},{height}"))
                .expect("arg");
        }
        if let Some(dir) = downloads {
            caps.add_experimental_option(
                "prefs",
                serde_json::json!({
                    "download.default_directory": dir.display().to_string(),
                    "download.prompt_for_download": false,
                    // Several files from one page (one per recipient) without asking.
                    "profile.default_content_setting_values.automatic_downloads": 1,
                }),
            )
            .expect("download preferences");
        }
        WebDriver::new(format!("http://127.0.0.1:{}", self.port), caps)
            .await
            .expect("a chromium session")
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The release build to test.
pub fn dist() -> PathBuf {
    let dist = PathBuf::from(
        std::env::var("OWNPLAN_DIST").expect("OWNPLAN_DIST: run through `cargo xtask test`"),
    );
    assert!(
        dist.join("index.html").exists(),
        "{} has no index.html: build first (cargo xtask build)",
        dist.display()
    );
    dist
}

/// Where screenshots and reports go (`target/e2e` by default).
pub fn artifacts() -> PathBuf {
    let dir = std::env::var("OWNPLAN_ARTIFACTS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e"));
    std::fs::create_dir_all(&dir).expect("artifacts folder");
    dir
}

/// Waits until the widget has replaced the loading text with its shell, and the view has
/// opened (not "Opening …").
pub async fn wait_for_app(driver: &WebDriver) {
    driver
        // The view's title: an `h1`, or a heading at the portal's level marked as the widget's
        // first (`data-level="1"`) when a portal asked for `headingLevel`.
        .query(By::Css("main#ownplan-main :is(h1, [data-level=\"1\"])"))
        // Late in the whole suite on 2 busy cores a reload has taken over 20 s to start (seen in
        // verify_pdf.rs after a reload while the offline worker took over; alone it takes 1 s).
        .wait(Duration::from_secs(45), Duration::from_millis(50))
        .first()
        .await
        .expect("the widget started and shows a heading");
    // A view of the full module (or one whose words are fetched) shows "Opening …" first.
    wait_until_within(
        driver,
        "document.getElementById('view-opening') === null",
        Duration::from_secs(45),
    )
    .await;
}

/// Runs axe-core on the current page; returns the violations as JSON (empty when clean).
pub async fn axe_violations(driver: &WebDriver) -> Vec<serde_json::Value> {
    let path = std::env::var("OWNPLAN_AXE").expect("OWNPLAN_AXE: run through `cargo xtask test`");
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    driver
        .execute(source, Vec::new())
        .await
        .expect("inject axe");
    let result = driver
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               axe.run(document, { resultTypes: ["violations"] })
                  .then(r => done(JSON.stringify(r.violations)))
                  .catch(e => done(JSON.stringify([{ id: "axe-error", help: String(e) }])));"#,
            Vec::new(),
        )
        .await
        .expect("axe ran");
    let text = result.json().as_str().unwrap_or("[]").to_owned();
    serde_json::from_str(&text).expect("axe returns JSON")
}

/// A short, readable list of violations for an assertion message.
pub fn describe(violations: &[serde_json::Value]) -> String {
    violations
        .iter()
        .map(|v| {
            let targets: Vec<String> = v["nodes"]
                .as_array()
                .map(|nodes| nodes.iter().map(|n| n["target"].to_string()).collect())
                .unwrap_or_default();
            format!("{}: {} at {}", v["id"], v["help"], targets.join(", "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Evaluates a JavaScript expression and returns its JSON value.
pub async fn eval(driver: &WebDriver, expression: &str) -> serde_json::Value {
    driver
        .execute(format!("return ({expression});"), Vec::new())
        .await
        .unwrap_or_else(|e| panic!("{expression}: {e}"))
        .json()
        .clone()
}

/// Types `text` into the control matched by `css` (after clearing it), as a person would.
pub async fn type_into(driver: &WebDriver, css: &str, text: &str) {
    let element = element(driver, css).await;
    element.clear().await.unwrap();
    element.send_keys(text).await.unwrap();
}

/// Sets a date or time control matched by `css` the way its picker does: the value, then
/// `input` and `change` events. (Typing into date fields depends on the browser's locale.)
pub async fn pick_value(driver: &WebDriver, css: &str, value: &str) {
    let element = driver
        .find(By::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
    driver
        .execute(
            r#"const [el, value] = arguments;
               el.value = value;
               el.dispatchEvent(new Event("input", { bubbles: true }));
               el.dispatchEvent(new Event("change", { bubbles: true }));"#,
            vec![element.to_json().unwrap(), serde_json::json!(value)],
        )
        .await
        .unwrap();
}

/// Chooses the option with visible text `text` in the `<select>` matched by `css`.
pub async fn choose_text(driver: &WebDriver, css: &str, text: &str) {
    let element = driver
        .find(By::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
    thirtyfour::components::SelectElement::new(&element)
        .await
        .unwrap()
        .select_by_visible_text(text)
        .await
        .unwrap_or_else(|e| panic!("{css} option {text}: {e}"));
}

/// Chooses the option with value `value` in the `<select>` matched by `css`.
pub async fn choose_value(driver: &WebDriver, css: &str, value: &str) {
    let element = driver
        .find(By::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
    thirtyfour::components::SelectElement::new(&element)
        .await
        .unwrap()
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("{css} value {value}: {e}"));
}

/// Waits (polling, at most 10 s) until `condition` (a JavaScript expression) is true.
pub async fn wait_until(driver: &WebDriver, condition: &str) {
    wait_until_within(driver, condition, Duration::from_secs(10)).await;
}

/// Waits until the JavaScript expression `condition` is true, for at most `limit`.
pub async fn wait_until_within(driver: &WebDriver, condition: &str, limit: Duration) {
    let deadline = std::time::Instant::now() + limit;
    loop {
        if eval(driver, condition).await == serde_json::json!(true) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for: {condition}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The value of the control matched by `css`.
pub async fn value_of(driver: &WebDriver, css: &str) -> String {
    driver
        .find(By::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// Clicks the element matched by `css` after scrolling it to the middle of the view. Clicks
/// are sent as a script: in Chromium's phone emulation, ChromeDriver's taps land off target once
/// the page is scrolled (seen on long forms), which would test the driver, not the widget.
pub async fn tap(driver: &WebDriver, css: &str) {
    let element = element(driver, css).await;
    driver
        .execute(
            "arguments[0].scrollIntoView({ block: 'center' }); arguments[0].click();",
            vec![element.to_json().unwrap()],
        )
        .await
        .unwrap_or_else(|e| panic!("tap {css}: {e}"));
}

/// The element matched by `css`, waiting up to 10 s for it to appear, as a person waits for a
/// view to show (some views fetch their words when they first open: `i18n::MessagePart`).
/// Fails naming the selector when it never does.
pub async fn element(driver: &WebDriver, css: &str) -> WebElement {
    // A view still fetching its words shows its title alone: wait for the view itself.
    wait_until(driver, "document.getElementById('view-opening') === null").await;
    driver
        .query(By::Css(css))
        .wait(Duration::from_secs(10), Duration::from_millis(50))
        .first()
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
}

/// Opens the view at `#/view` and waits for the widget, and for the view's words when it fetches
/// them (its "Opening …" is gone).
pub async fn open_view(driver: &WebDriver, server: &StaticServer, view: &str) {
    driver
        .goto(format!("{}#/{view}", server.url()))
        .await
        .unwrap();
    wait_for_app(driver).await;
    wait_until(driver, "document.getElementById('view-opening') === null").await;
}

/// Puts `stored` (the text another session saved under `ownplan.plan`) on this device and
/// reloads, so this session shows the same plan.
pub async fn put_stored_plan(driver: &WebDriver, stored: &serde_json::Value) {
    driver
        .execute(
            "localStorage.setItem('ownplan.plan', arguments[0]);",
            vec![stored.clone()],
        )
        .await
        .unwrap();
    driver.refresh().await.unwrap();
    wait_for_app(driver).await;
}

/// For every language and each of `views`: opens the view (and its first item's form, if it
/// has a list), checks there is no horizontal scrolling, saves a screenshot as
/// `<prefix>-<width>-<language>-<view>.png`, and asserts axe-core finds no violations.
pub async fn audit_views(
    driver: &WebDriver,
    server: &StaticServer,
    views: &[&str],
    width: u32,
    prefix: &str,
) {
    for language in ownplan_web::i18n::Language::ALL {
        for view in views {
            open_view(driver, server, view).await;
            let select = driver.find(By::Id("ownplan-language")).await.unwrap();
            thirtyfour::components::SelectElement::new(&select)
                .await
                .unwrap()
                .select_by_value(language.code())
                .await
                .unwrap();
            if driver.find(By::Css(".item-card .button")).await.is_ok() {
                tap(driver, ".item-card .button").await;
            }
            let name = if view.is_empty() {
                "home".to_owned()
            } else {
                view.replace('/', "-")
            };
            audit_current(
                driver,
                &format!("{prefix}-{width}-{}-{name}", language.code()),
                &format!("{name} in {language:?} at {width}px"),
            )
            .await;
        }
    }
}

/// Adds an item to the list `list` on the current view (its "add" button is `#<list>-add`) and
/// returns the CSS selector of the item's open form.
pub async fn add_item(driver: &WebDriver, list: &str) -> String {
    tap(driver, &format!("#{list}-add")).await;
    wait_until(
        driver,
        "document.querySelector('.item-card.is-open') !== null",
    )
    .await;
    ".item-card.is-open".to_owned()
}

/// Checks the page as it is now: no horizontal scrolling, a screenshot saved as
/// `<file_stem>.png` among the artifacts, and no axe-core violations. `what` names the page and
/// its state in failure messages.
pub async fn audit_current(driver: &WebDriver, file_stem: &str, what: &str) {
    let overflow = eval(
        driver,
        "document.documentElement.scrollWidth - window.innerWidth",
    )
    .await;
    assert_eq!(overflow, 0, "no horizontal scrolling: {what}");
    driver
        .screenshot(&artifacts().join(format!("{file_stem}.png")))
        .await
        .unwrap();
    let violations = axe_violations(driver).await;
    assert!(
        violations.is_empty(),
        "axe-core on {what}:\n{}",
        describe(&violations)
    );
}

/// Waits (up to 30 s) until `dir` holds at least `count` downloaded `.json` files, and returns
/// them sorted by name. Chromium gives a download its name only once it is complete.
pub fn downloaded_files(dir: &Path, count: usize) -> Vec<PathBuf> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                    .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
                    .collect()
            })
            .unwrap_or_default();
        if files.len() >= count {
            files.sort();
            return files;
        }
        assert!(
            Instant::now() < deadline,
            "expected {count} downloaded file(s) in {}",
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The `ownplan` command of this workspace: `OWNPLAN_CLI` (set by `cargo xtask test`, which
/// builds it), else `debug/ownplan` in the cargo target folder.
pub fn ownplan_command() -> PathBuf {
    if let Ok(path) = std::env::var("OWNPLAN_CLI") {
        return PathBuf::from(path);
    }
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("debug/ownplan")
}

impl StaticServer {
    /// Stops serving, as if the network were gone: the listening socket closes, so new
    /// connections are refused (checked here). A connection the browser still holds open gets
    /// no answer at all, like a dead mobile network.
    pub fn stop(self) {
        let address = self.address;
        drop(self);
        // The listening socket closes once the server's accept thread has seen the stop.
        let deadline = Instant::now() + Duration::from_secs(5);
        while TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok() {
            assert!(
                Instant::now() < deadline,
                "the stopped server at {address} still accepts connections"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Waits (up to 45 s) until the offline service worker is active and controls the page, and
/// returns its script URL (`…/sw.js?v=<version>`). The worker abandons and retries a download
/// that makes no progress for 10 s, so a stuck connection delays it, but does not stop it.
pub async fn wait_for_offline_worker(driver: &WebDriver) -> String {
    let deadline = Instant::now() + Duration::from_secs(45);
    loop {
        let script = eval(
            driver,
            "navigator.serviceWorker.controller \
             && navigator.serviceWorker.controller.state === 'activated' \
             ? navigator.serviceWorker.controller.scriptURL : null",
        )
        .await;
        if let Some(script) = script.as_str() {
            return script.to_owned();
        }
        if Instant::now() >= deadline {
            let registration = driver
                .execute_async(
                    r#"const done = arguments[arguments.length - 1];
                       const describe = (w) => w && `${w.scriptURL} ${w.state}`;
                       navigator.serviceWorker.getRegistration().then((r) => done(r
                         ? `installing ${describe(r.installing)}, waiting ${describe(r.waiting)}, active ${describe(r.active)}`
                         : "no registration"), (e) => done(String(e)));"#,
                    Vec::new(),
                )
                .await
                .map(|r| r.json().to_string())
                .unwrap_or_default();
            panic!("no active service worker controls the page: {registration}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Every cache of this origin with the URLs it holds: `{ name: [url, …] }`.
pub async fn cached_files(driver: &WebDriver) -> serde_json::Map<String, serde_json::Value> {
    let result = driver
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               (async () => {
                 const all = {};
                 for (const name of await caches.keys()) {
                   const cache = await caches.open(name);
                   all[name] = (await cache.keys()).map((request) => request.url).sort();
                 }
                 return JSON.stringify(all);
               })().then(done, (error) => done(JSON.stringify({ error: String(error) })));"#,
            Vec::new(),
        )
        .await
        .expect("read the caches");
    let text = result.json().as_str().unwrap_or("{}").to_owned();
    serde_json::from_str(&text).expect("the caches as JSON")
}

/// Copies the files of `from` (and its folders) into `to`, which is emptied first.
pub fn copy_folder(from: &Path, to: &Path) {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).expect("create the copy's folder");
    for entry in std::fs::read_dir(from).expect("read the folder") {
        let entry = entry.expect("a folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}

/// The visible text of the element `css` (fails naming the selector when there is none).
pub async fn text_of(driver: &WebDriver, css: &str) -> String {
    // A view that was waiting for its words replaces its elements once: read the new one.
    for _ in 0..3 {
        if let Ok(text) = element(driver, css).await.text().await {
            return text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    element(driver, css).await.text().await.unwrap()
}

/// Waits until the stored plan contains `text` (saving waits a few hundred ms after typing).
pub async fn wait_saved(driver: &WebDriver, text: &str) {
    let needle = serde_json::to_string(text).expect("text as JSON");
    wait_until(
        driver,
        &format!("(localStorage.getItem('ownplan.plan') || '').includes({needle})"),
    )
    .await;
}

/// A copy of the release build in the artifacts folder `name`, without the files whose names
/// start with `prefix` (a lazily loaded module that cannot be had).
pub fn dist_without(name: &str, prefix: &str) -> PathBuf {
    let folder = fresh_folder(name);
    copy_folder(&dist(), &folder);
    for entry in std::fs::read_dir(&folder).expect("read the copy") {
        let path = entry.expect("a folder entry").path();
        if path
            .file_name()
            .is_some_and(|file| file.to_string_lossy().starts_with(prefix))
        {
            std::fs::remove_file(path).expect("remove a module file");
        }
    }
    folder
}

/// An empty folder `name` among the artifacts (for downloads), emptied if it was there.
pub fn fresh_folder(name: &str) -> PathBuf {
    let folder = artifacts().join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

/// A copy of the release build with the example portal (`examples/portal/`) in its `embed/`
/// folder: a page of the widget's own origin that mounts it in place, and one that frames it.
/// The example portal is not part of the build a municipality deploys.
pub fn site_with_portal(name: &str) -> PathBuf {
    let site = fresh_folder(name);
    copy_folder(&dist(), &site);
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/portal");
    copy_folder(&examples, &site.join("embed"));
    site
}

/// Lists `origins` (space separated) as the portals that may frame the widget of `site` and
/// send it options: the one line of `index.html` a municipality edits (docs/DEPLOYING.md).
pub fn list_portals(site: &Path, origins: &str) {
    let index = site.join("index.html");
    let page = std::fs::read_to_string(&index).expect("read index.html");
    // The build may write the tag minified (`<meta name=ownplan-portals content="">`).
    let start = page
        .find("ownplan-portals")
        .and_then(|at| page[..at].rfind("<meta"))
        .expect("index.html has the ownplan-portals line");
    let end = start + page[start..].find('>').expect("the tag ends") + 1;
    let listed = format!(
        "{}<meta name=\"ownplan-portals\" content=\"{origins}\">{}",
        &page[..start],
        &page[end..]
    );
    std::fs::write(&index, listed).expect("write index.html");
}
