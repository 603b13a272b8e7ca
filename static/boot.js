// Starts the widget. An external module (not Trunk's inline script) so the page's
// Content-Security-Policy needs no 'unsafe-inline'. Trunk writes the hashed names of the
// wasm-bindgen loader and the .wasm file into this script tag's data attributes.
//
// In a portal's frame (the recommended recipe, docs/DEPLOYING.md) this script is the widget's
// side of the frame protocol (version 1; static/ownplan-frame.js is the portal's side). Only the
// origins listed in this page's <meta name="ownplan-portals"> take part; nothing of the plan is
// ever sent:
// - to the listed origins: { ownplan: 1, type: "ready" } at once (the browser delivers it only
//   if the parent is that portal);
// - from the parent window of a listed origin: { ownplan: 1, type: "options", options }, handed
//   to the widget as JSON text (it checks them strictly: src/embed.rs); anything else is ignored;
// - to that portal only: { ownplan: 1, type: "height", height } whenever the content changes
//   height, so its frame fits (no scrolling inside scrolling), and { ownplan: 1, type: "view" }
//   when another view opens, so it shows the frame's top.
// Not framed, or no portal listed: nothing is sent and the widget starts at once.
//
// Once the widget runs, it registers the service worker (sw.js) that keeps the app's own files
// on the device for offline use. Only this page does so, never a page that embeds the widget.
const tag = document.getElementById("ownplan-boot");
// The lazily loaded modules (the full module, the PDF module) have fixed names: the build writes
// a digest of their contents into <meta name="ownplan-modules">, so a new build of them is a new
// version too.
const buildFiles = [
  tag.dataset.js,
  tag.dataset.wasm,
  ...[...document.querySelectorAll('link[rel~="stylesheet"][href]')].map((link) => link.href),
  `modules-${document.querySelector('meta[name="ownplan-modules"]')?.content ?? ""}`,
];

// How long the widget waits for a listed portal's options before starting without them.
const optionsWaitMs = 2000;

function listedPortals() {
  if (window.parent === window) return [];
  const line = document.querySelector('meta[name="ownplan-portals"]');
  return (line?.content ?? "").split(/\s+/).filter((origin) => {
    try {
      return origin !== "" && new URL(origin).origin === origin;
    } catch {
      return false;
    }
  });
}

function reportTo(portal) {
  const send = (message) => window.parent.postMessage({ ownplan: 1, ...message }, portal);
  document.documentElement.setAttribute("data-ownplan-framed", "");
  let last = -1;
  new ResizeObserver(() => {
    // Not while "Loading …" shows: the frame keeps its first height until the widget is there
    // (a frame shrunk to one line of text made the page jump, and Chromium then sometimes never
    // finished starting the widget in it).
    if (document.getElementById("ownplan-loading")) return;
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) send({ type: "height", height: (last = height) });
  }).observe(document.body);
  addEventListener("hashchange", () => send({ type: "view" }));
}

// The widget (src/main.rs) awaits this: the options' JSON text, or null.
function frameOptions(portals) {
  return new Promise((resolve) => {
    setTimeout(resolve, optionsWaitMs, null);
    addEventListener("message", (event) => {
      const data = event.data;
      if (event.source !== window.parent || !portals.includes(event.origin)) return;
      if (!data || typeof data !== "object" || data.ownplan !== 1 || data.type !== "options") return;
      let json = null;
      try {
        json = JSON.stringify(data.options ?? null);
      } catch {
        // Not plain data: the widget starts with its own defaults.
      }
      reportTo(event.origin);
      resolve(json);
    });
    for (const portal of portals) window.parent.postMessage({ ownplan: 1, type: "ready" }, portal);
  });
}

const portals = listedPortals();
if (portals.length > 0) globalThis.ownplanFrameOptions = frameOptions(portals);

// Loads `url` with `load` (an import or a fetch). A browser keeps one load per module address,
// and a request that never answers (seen in Chromium on a reload of a page its offline worker
// serves, for the files index.html preloads) would leave the widget at "Loading …" for good:
// after `stallMs` without an answer it is asked for again at an address of its own
// (`?stalled=N`, which the offline worker answers with the same file), up to `attempts` times;
// the first answer wins. An error is an answer, and is passed on at once.
const stallMs = 8000;
const attempts = 3;
function patiently(url, load) {
  return new Promise((resolve, reject) => {
    let made = 0;
    let timer;
    const settle = (then) => (value) => {
      clearTimeout(timer);
      then(value);
    };
    const attempt = () => {
      const address = new URL(url);
      if (made > 0) address.searchParams.set("stalled", String(made));
      made += 1;
      load(address.href).then(settle(resolve), settle(reject));
      if (made < attempts) timer = setTimeout(attempt, stallMs);
    };
    attempt();
  });
}
const importPatiently = (url) => patiently(url, (href) => import(href));
const fetchPatiently = (url) =>
  patiently(url, (href) => fetch(href, { credentials: "same-origin" }));

// The messages of the language the person will most likely read, fetched while the wasm
// downloads rather than after it starts (one round trip less before the first view). A guess by
// the widget's own rules (src/services/preferences.rs: the language chosen on this device, then
// the address's `lang`, then the browser's preferences, else English); the widget uses it only
// if it guessed right (src/services/messages.rs), and fetches the right file otherwise.
function likelyLanguage() {
  const known = ["nb", "nn", "en"];
  let chosen = null;
  try {
    chosen = localStorage.getItem("ownplan.language");
  } catch {
    // No storage: the browser's preferences decide.
  }
  if (known.includes(chosen)) return chosen;
  const fromAddress = new URLSearchParams(location.search).get("lang");
  if (known.includes(fromAddress)) return fromAddress;
  for (const preference of navigator.languages ?? [navigator.language]) {
    const primary = String(preference).split(/[-_]/)[0].toLowerCase();
    if (primary === "nn") return "nn";
    if (primary === "nb" || primary === "no") return "nb";
    if (primary === "en") return "en";
  }
  return "en";
}
{
  const code = likelyLanguage();
  const text = fetch(new URL(`locales/${code}.ftl`, document.baseURI).href, { credentials: "same-origin" })
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null);
  globalThis.ownplanLikelyMessages = { code, text };
}

// The widget's full module (every view; src/bin/full.rs) is an ES module fetched when the first
// module needs it. The wasm cannot write an import() itself (no eval under this page's policy),
// so it calls this.
globalThis.ownplanImport = importPatiently;

try {
  const { default: init } = await importPatiently(new URL(tag.dataset.js, document.baseURI).href);
  await init({ module_or_path: fetchPatiently(new URL(tag.dataset.wasm, document.baseURI).href) });
} catch (error) {
  // The widget could not start (its files could not be loaded): say so instead of "Loading …"
  // for ever, in the three languages of the loading text.
  const loading = document.getElementById("ownplan-loading");
  if (loading) {
    loading.setAttribute("role", "alert");
    loading.dataset.error = String(error);
    loading.textContent =
      "Min plan kunne ikke starte. Last inn siden på nytt. · Min plan kunne ikkje starte. Last inn sida på nytt. · My plan could not start. Reload the page.";
  }
  throw error;
}

// The worker's URL carries a digest of this build's hashed file names, so a new build installs
// a new worker (see sw.js). Without service workers, or opened from a file, the app simply
// works online only; a failure here changes nothing for the person.
// `ownplanOfflineReady` settles with `true` once the worker of this very version is active,
// with all of this version's files stored: the first module then fetches the full module from
// the device, not a second time over the network, and never an older version's copy
// (src/services/full_module.rs). `false` after `offlineWaitMs` or on an error (the module is
// then fetched when a view needs it); `null` where there is no offline worker.
const offlineWaitMs = 20000;
async function registerOfflineWorker() {
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return null;
  try {
    const names = buildFiles.map((file) => new URL(file, document.baseURI).pathname).join("\n");
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(names));
    const version = [...new Uint8Array(digest).slice(0, 8)]
      .map((byte) => byte.toString(16).padStart(2, "0"))
      .join("");
    const script = new URL(`sw.js?v=${version}`, import.meta.url);
    const registration = await navigator.serviceWorker.register(script, {
      scope: new URL("./", import.meta.url).href,
    });
    return await new Promise((resolve) => {
      const check = () => {
        if (registration.active?.scriptURL === script.href) resolve(true);
      };
      setTimeout(() => resolve(false), offlineWaitMs);
      navigator.serviceWorker.addEventListener("controllerchange", check);
      registration.addEventListener("updatefound", () =>
        registration.installing?.addEventListener("statechange", check),
      );
      registration.installing?.addEventListener("statechange", check);
      registration.waiting?.addEventListener("statechange", check);
      check();
    });
  } catch (error) {
    console.debug("ownplan: offline use is not available here:", error);
    return false;
  }
}
globalThis.ownplanOfflineReady = registerOfflineWorker();
