// ownplan for host pages (municipal portals): an ES module with one function.
//
//   import { mount } from "<where ownplan is served>/ownplan.js";
//   await mount(document.getElementById("my-plan"), {
//     language: "nn",                 // nb | nn | en (the person can change it)
//     namespace: "fjordvik",          // keeps this widget's data apart on a shared origin
//     portalName: "Fjordvik kommune",
//     services: [{ name: "Legevakten i Fjordvik", phone: "116 117", openingHours: "Døgnåpent" }],
//   });
//
// The widget renders into a shadow root on the element, so the host's styles do not reach in
// and the widget's styles do not leak out. Theme it with CSS custom properties on the element
// (--op-accent, --op-bg, --op-text, ... see the top of app.css). Under the host's
// Content-Security-Policy, allow this origin in script-src (with 'wasm-unsafe-eval'),
// style-src and connect-src. The widget makes no other requests.
//
// The file names of a build carry content hashes; this module finds them in the index.html next
// to it, so a host never needs to change its page for a new version.

let started;

async function start() {
  const base = new URL("./", import.meta.url);
  const response = await fetch(new URL("index.html", base), { credentials: "same-origin" });
  if (!response.ok) throw new Error(`ownplan: cannot read index.html (${response.status})`);
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const boot = page.getElementById("ownplan-boot");
  const css = page.querySelector('link[rel="stylesheet"]');
  if (!boot || !css) throw new Error("ownplan: index.html does not name the widget's files");
  const module = await import(new URL(boot.dataset.js, base).href);
  await module.default({ module_or_path: new URL(boot.dataset.wasm, base).href });
  return { module, css: new URL(css.getAttribute("href"), base).href };
}

/** Mounts the widget into `element` (once per page). Resolves when it is showing. */
export async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError("ownplan: mount needs an element");
  started ??= start();
  const { module, css } = await started;
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  const style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = css;
  const loaded = new Promise((resolve) => {
    style.onload = resolve;
    style.onerror = resolve;
  });
  const root = document.createElement("div");
  root.className = "ownplan-root";
  // Where the widget's own files are: lazily loaded parts (the PDF module) are found from here,
  // not from the host page's address.
  root.dataset.ownplanFiles = new URL("./", import.meta.url).href;
  shadow.replaceChildren(style, root);
  await loaded;
  module.mountWidget(root, options);
}
