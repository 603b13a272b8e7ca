// The service worker: after the first visit the widget starts and works with no network at all.
// A plain script with no build step; static/boot.js registers it as `sw.js?v=<version>`, where the
// version is a digest of the hashed file names index.html names, so every new build installs a
// new worker (the browser reinstalls a worker whose script URL changes).
//
// What is kept: the app's own files only, in one cache per version named after the scope (two
// copies of the widget on one origin never share or delete each other's caches). The person's
// plan lives in localStorage, which this worker never reads or touches.
//
// Install: fetch index.html (the scope URL, from the server itself), find every same-origin file
// it names (src, href, data-js, data-wasm) and the icons its manifest names, and store them all.
// If any of them fails, the install fails and the version in use stays as it was. If the browser
// later clears the stored files to free space, the next start with a network stores them again.
//
// Fetch: the worker answers only for the widget's own files (the app's page and the files its
// version stored); every other request, in its scope or not, is left to the browser untouched,
// and nothing else is ever stored, so on a shared origin no answer meant for one person can be
// served to the next.
// - Opening the app (a navigation to the scope or its index.html): the network first, with a
//   short timeout, so people online get the newest version; else, or on an error answer, the
//   stored index.html.
// - The version's other files: the stored copy first, else the network. Build files carry a
//   content hash in their name and never change. The few without one (boot.js, the manifest,
//   the icons, the messages) are served from the store and refreshed in the background, so a
//   change to them arrives on the next visit.
//
// Downloads once: storing a version reads each file through the browser's HTTP cache (files with
// a content hash as they are, the others revalidated), so the files the first visit's page has
// just fetched (the wasm above all) are not downloaded a second time.
//
// Lazily loaded files: the full module (`ownplan-full*`, the views the first load leaves out,
// fetched when one of them first opens) and the PDF module (a worker, `ownplan-pdf-worker*`,
// started only when the person asks for a PDF copy) are named in index.html by
// `<link rel="ownplan-lazy">`, which the browser never fetches, so the first load does not
// download them; this worker's install (which starts once the app is running) stores them with
// everything else, so those views and PDF copies work offline. Their names carry no hash (the
// build's digest of them in index.html makes a new build of them a new version): a page that
// runs while a newer version takes over could be handed the newer module; the widget and the
// module check a protocol number, and on a mismatch the person is asked to reload (nothing
// else is affected).
//
// Versions: a new version's install stores its files in its own cache, beside the old one.
// It then takes over at once (skipWaiting, clients.claim) and its activation deletes the caches
// of older versions. This is safe because a page that has started holds its JavaScript, wasm
// and CSS in memory and fetches no data (its plan is in localStorage); the unhashed files an old
// page could still ask for (icons, manifest, the PDF module) are in every version's cache, and
// the PDF module checks its protocol with the page (see above). An old page keeps working until
// it is reloaded, and then it gets the new version; the first visit's page is offline-ready at
// once, without a reload. If lazily loaded files that cannot check their version are ever added,
// remove skipWaiting and clients.claim: a new version then activates only when no page of the
// old one is open, and the cleanup at activation stays correct.

"use strict";

const scope = new URL(self.registration.scope);
const version = new URL(self.location.href).searchParams.get("v") || "unversioned";
const cachePrefix = `ownplan:${scope.href}:`;
const cacheName = cachePrefix + version;
// How long opening the app waits for the network before it uses the stored copy.
const navigationTimeoutMs = 3000;
// Trunk's build files: name-<hex hash, up to 16 digits: no leading zeros>[_bg].(js|wasm|css); their content never changes.
const hashedName = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;
// The lazily loaded modules' files: no hash in their names, but the build's digest of them is
// part of the version, so a version's copy is never out of date either (and is never refreshed:
// the full module is opened at nearly every start, and a megabyte and a half written again each
// time would be for nothing).
const versionedName = /\/ownplan-(full|pdf-worker)[^/]*\.(js|wasm)$/;

// The same-origin URLs inside the scope that the script, link and img tags of `html` name in
// src, href, data-js or data-wasm. (A worker has no DOMParser; quoted values are read whole, so
// text inside them is never taken for an attribute.)
function referencedUrls(html, base) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  const tags = /<(script|link|img)\b((?:"[^"]*"|'[^']*'|[^'">])*)>/gi;
  const attributes = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  const urls = new Set();
  for (const [, , inside] of withoutComments.matchAll(tags)) {
    for (const [, name, ...values] of inside.matchAll(attributes)) {
      if (!/^(src|href|data-js|data-wasm)$/i.test(name)) continue;
      const value = (values.find((v) => v !== undefined) ?? "").replace(/&amp;/g, "&").trim();
      const url = insideScope(value, base);
      if (url) urls.add(url);
    }
  }
  return urls;
}

// `value` resolved against `base` when it is a file inside the scope, else null.
function insideScope(value, base) {
  if (value === "" || value.startsWith("#")) return null;
  let url;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  url.hash = "";
  return url.origin === scope.origin && url.href.startsWith(scope.href) ? url.href : null;
}

// Fetches `url` and reads it whole; throws unless the answer is 200 OK. A file with a content
// hash in its name never changes, so a copy in the browser's HTTP cache is as good as the
// server's (the page has usually just fetched it: the file is not downloaded twice); any other
// file is revalidated with the server. Each body is read as soon as it comes, so a large file
// never holds up the others, and the stored copy is the file itself (never a redirect, which a
// page load refuses). A download that stops making progress (no bytes for `stallMs`) is
// abandoned and tried again, up to `attempts` times: one stuck connection must not leave a
// version half-stored for ever (the install would never finish, and the app never work offline).
const stallMs = 10000;
const attempts = 3;

async function fetchWhole(url) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fetchOnce(url, attempt);
    } catch (error) {
      lastError = error;
      // An answer other than 200 OK is the server's word: asking again changes nothing.
      if (error.answered) break;
    }
  }
  throw lastError;
}

// A second try goes past the browser's HTTP cache altogether ("no-store"), in case the first
// was waiting there behind another request for the same file.
async function fetchOnce(url, attempt) {
  const cache =
    attempt > 0 ? "no-store" : hashedName.test(new URL(url).pathname) ? "force-cache" : "no-cache";
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), stallMs);
  const progress = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), stallMs);
  };
  try {
    const response = await fetch(url, { cache, credentials: "same-origin", signal: controller.signal });
    if (!response.ok) throw Object.assign(new Error(`${url}: ${response.status}`), { answered: true });
    progress();
    const reader = response.body.getReader();
    const chunks = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      progress();
    }
    const { status, statusText, headers } = response;
    return new Response(new Blob(chunks), { status, statusText, headers });
  } finally {
    clearTimeout(timer);
  }
}

// The URLs of the files this version stored: the only ones this worker answers for. Read from
// the version's cache when the worker starts; until then a request waits for it.
let ownFiles = null;
const ownFilesRead = caches
  .open(cacheName)
  .then((cache) => cache.keys())
  .then((requests) => {
    ownFiles = new Set(requests.map((request) => request.url));
  })
  .catch(() => {
    ownFiles = new Set();
  });

async function storeVersion() {
  const index = await fetchWhole(scope.href);
  const urls = referencedUrls(await index.clone().text(), scope.href);
  const files = await Promise.all([...urls].map(async (url) => [url, await fetchWhole(url)]));
  // The manifest names the home-screen icons.
  for (const [url, response] of [...files]) {
    if (!/\.webmanifest$/.test(new URL(url).pathname)) continue;
    const manifest = await response.clone().json();
    for (const icon of manifest.icons ?? []) {
      const iconUrl = insideScope(String(icon.src ?? ""), url);
      if (iconUrl && !urls.has(iconUrl)) {
        urls.add(iconUrl);
        files.push([iconUrl, await fetchWhole(iconUrl)]);
      }
    }
  }
  // Written only once everything has arrived, so a failed download stores nothing.
  const cache = await caches.open(cacheName);
  await Promise.all(files.map(([url, response]) => cache.put(url, response)));
  await cache.put(scope.href, index);
  ownFiles = new Set([scope.href, ...urls]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(storeVersion().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

function isAppPage(url) {
  return url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`;
}

async function openApp(request, event) {
  const cache = await caches.open(cacheName);
  const stored = await cache.match(scope.href);
  const network = fetch(request);
  if (!stored) {
    // The browser may have cleared the stored files to free space: store them again.
    event.waitUntil(network.then(() => storeVersion()).catch(() => {}));
    return network;
  }
  const timeout = new Promise((resolve) => setTimeout(resolve, navigationTimeoutMs, null));
  const answer = await Promise.race([network.catch(() => null), timeout]);
  // A redirect (opaque to a worker) is the server's to give; an error answer is not better
  // than the app that works.
  if (answer && (answer.ok || answer.type === "opaqueredirect")) return answer;
  network.catch(() => {});
  return stored;
}

async function storedFirst(request, event, href) {
  const cache = await caches.open(cacheName);
  const stored = await cache.match(href);
  if (!stored) return fetch(request);
  const path = new URL(href).pathname;
  if (!hashedName.test(path) && !versionedName.test(path)) {
    // Refreshed in the background; only a file of this version is ever written. Read whole
    // first (as when storing a version): a put that waited on a slow body would hold up every
    // other answer from this cache meanwhile.
    const refresh = async () => cache.put(href, await fetchWhole(href));
    event.waitUntil(refresh().catch(() => {}));
  }
  return stored;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  if (request.headers.has("range")) return;
  if (request.mode === "navigate") {
    if (isAppPage(url)) event.respondWith(openApp(request, event));
    return;
  }
  // index.html fetched by a script: the stored copy belongs to this version and is only
  // replaced by installing a version, so such a request goes to the network untouched.
  if (isAppPage(url)) return;
  url.hash = "";
  // A module is asked for again at `?attempt=N` after a failed try, or `?stalled=N` after one
  // that never answered (a browser keeps one load per module address): the same file.
  url.searchParams.delete("attempt");
  url.searchParams.delete("stalled");
  if (ownFiles === null) {
    // The worker has just started: answer once it knows its files (a few milliseconds).
    event.respondWith(
      ownFilesRead.then(() => (ownFiles.has(url.href) ? storedFirst(request, event, url.href) : fetch(request))),
    );
    return;
  }
  if (ownFiles.has(url.href)) event.respondWith(storedFirst(request, event, url.href));
});
