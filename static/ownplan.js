// ownplan inside a page of its own origin: an ES module with `mount` and `unmount`.
//
// Most portals should not use this file: they put the widget in a frame on its own origin with
// `ownplan-frame.js` (see docs/DEPLOYING.md). Mounted into a page, the widget keeps the person's
// plan and private signing key in that page's origin, where every script of that origin (an
// analytics or chat script, a CMS, an injected script) can read them and sign in the person's
// name. Mount it into a page only when that origin serves ownplan and nothing else, and say so:
//
//   import { mount, unmount } from "<where ownplan is served>/ownplan.js";
//   await mount(document.getElementById("my-plan"), {
//     ownOrigin: true,                // required: no other scripts run on this origin
//     language: "nn",                 // nb | nn | en (the person can change it)
//     namespace: "fjordvik",          // keeps this widget's data apart from another's
//     portalName: "Fjordvik kommune",
//     services: [{ name: "Legevakten i Fjordvik", phone: "116 117", openingHours: "Døgnåpent" }],
//     headingLevel: 2,                // the level of each view's title (the page has its own h1)
//     navLabel: "Min plan",           // the name of the widget's navigation for screen readers
//     theme: { accent: "#0b3954" },   // or --op-* custom properties on the element
//   });
//   unmount();                        // saves what was typed, then removes the widget
//
// The widget renders into a shadow root on the element, so the page's styles do not reach in and
// the widget's styles do not leak out; its sizes do not depend on the page's root font size (a
// portal may set --op-size on the element, e.g. 18px). The shadow root is open: closing it would
// suggest a protection it does not give, since the storage is the origin's. Under the page's
// Content-Security-Policy, allow this origin in script-src (with 'wasm-unsafe-eval'), style-src
// and connect-src. The widget makes no other requests.
//
// The file names of a build carry content hashes; this module finds them in the index.html next
// to it, so a page never needs to change for a new version.

let started;
let mounted = null;

async function start() {
  const base = new URL("./", import.meta.url);
  const response = await fetch(new URL("index.html", base), { credentials: "same-origin" });
  if (!response.ok) throw new Error(`ownplan: cannot read index.html (${response.status})`);
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const boot = page.getElementById("ownplan-boot");
  const css = page.querySelector('link[rel="stylesheet"]');
  if (!boot || !css) throw new Error("ownplan: index.html does not name the widget's files");
  // The full module (every view) is fetched by the widget when first needed (src/services/full_module.rs).
  globalThis.ownplanImport = (url) => import(url);
  const module = await import(new URL(boot.dataset.js, base).href);
  await module.default({ module_or_path: new URL(boot.dataset.wasm, base).href });
  registerSizeUnit();
  return { module, base, css: new URL(css.getAttribute("href"), base).href };
}

// The widget's lengths are multiples of --op-rem. Registered as a length, it is computed once
// on the shadow host (from --op-size, else the person's own default font size) and inherited
// as pixels, so the page's `html { font-size: 62.5% }` changes nothing inside.
function registerSizeUnit() {
  try {
    CSS.registerProperty({ name: "--op-rem", syntax: "<length>", inherits: true, initialValue: "16px" });
  } catch {
    // Already registered (a second mount), or a browser without it: sizes then follow the
    // widget's own font size, which is still the person's default.
  }
}

/** Mounts the widget into `element` (one at a time per page). Resolves when it is showing. */
export async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError("ownplan: mount needs an element");
  const { ownOrigin, ...widgetOptions } = options ?? {};
  if (ownOrigin !== true) {
    throw new Error(
      "ownplan: mount() puts the person's plan and signing key in this page's origin, where " +
        "every script of the origin can read them. Use ownplan-frame.js to show the widget in a " +
        "frame on its own origin (docs/DEPLOYING.md), or pass { ownOrigin: true } if this " +
        "origin serves ownplan and nothing else.",
    );
  }
  if (mounted) throw new Error("ownplan: the widget is already mounted on this page; unmount() first");
  started ??= start();
  const { module, base, css } = await started;
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
  // Where the widget finds its own files (the messages of a language) from inside this page.
  root.setAttribute("data-ownplan-files", base.href);
  shadow.replaceChildren(style, root);
  await loaded;
  module.mountWidget(root, widgetOptions);
  mounted = { module, shadow };
}

/** Takes the widget off the page: what the person typed is saved first. Safe to call twice. */
export function unmount() {
  if (!mounted) return;
  const { module, shadow } = mounted;
  mounted = null;
  module.unmountWidget();
  shadow.replaceChildren();
}
