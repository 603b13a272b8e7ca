// ownplan in a portal's page, the recommended way: the widget's own page in a frame on the
// widget's own origin, so no script of the portal (analytics, chat, the CMS, an injected
// script) can read the person's plan or signing key. See docs/DEPLOYING.md.
//
//   import { frame } from "https://minplan.fjordvik.kommune.no/ownplan-frame.js";
//   const plan = frame(document.getElementById("plan"), {
//     language: "nb",                 // nb | nn | en (the person can change it)
//     portalName: "Fjordvik kommune",
//     services: [{ name: "Legevakten i Fjordvik", phone: "116 117", openingHours: "Døgnåpent" }],
//     headingLevel: 2,                // each view's title is an h2 (the portal has the h1)
//     navLabel: "Min plan",           // the widget's navigation, named for screen readers
//     theme: { accent: "#0b3954" },   // colours: bg, surface, text, muted, accent, accentText,
//                                     // accentSoft, border, fieldBorder, focus, noticeBg, noticeBorder
//   });
//   plan.remove();                    // takes the frame off the page
//
// The widget's server must list the portal's origin in two places: `frame-ancestors` in its
// Content-Security-Policy header, and the `ownplan-portals` line of its index.html. The portal's
// own policy allows the widget's origin in script-src (this file) and frame-src.
//
// Messages (protocol 1; static/boot.js is the widget's side). The frame says
// { ownplan: 1, type: "ready" }; this script answers with { ownplan: 1, type: "options",
// options }; the frame then reports { ownplan: 1, type: "height", height } whenever its content
// changes height, and this script sizes the frame to it, and { ownplan: 1, type: "view" } when
// the person opens another view, and this script brings the frame's top into sight. Messages are accepted only from this
// frame's window and the widget's origin, and sent only to that origin. Nothing of the plan is
// ever sent.

const titles = { nb: "Min plan", nn: "Min plan", en: "My plan" };
// The frame's height until the widget reports its own, and the most it may ask for.
const startHeight = "80vh";
const maxHeight = 100000;

/**
 * Shows the widget in a frame inside `element`. Returns `{ frame, remove }`.
 * `options` are the widget's options (see above); `title` names the frame for screen readers.
 */
export function frame(element, options = {}, { title } = {}) {
  if (!(element instanceof Element)) throw new TypeError("ownplan: frame needs an element");
  const widget = new URL("./", import.meta.url);
  const iframe = document.createElement("iframe");
  iframe.src = options.language ? `${widget.href}?lang=${encodeURIComponent(options.language)}` : widget.href;
  iframe.title = title ?? titles[options.language] ?? titles.nb;
  iframe.className = "ownplan-frame";
  // The share sheet (sending a signed file from a phone) needs the portal's permission in a frame.
  iframe.allow = "web-share";
  iframe.style.display = "block";
  iframe.style.width = "100%";
  iframe.style.border = "0";
  iframe.style.height = startHeight;

  const onMessage = (event) => {
    if (event.source !== iframe.contentWindow || event.origin !== widget.origin) return;
    const data = event.data;
    if (!data || typeof data !== "object" || data.ownplan !== 1) return;
    if (data.type === "ready") {
      iframe.contentWindow.postMessage({ ownplan: 1, type: "options", options }, widget.origin);
    } else if (data.type === "height" && Number.isFinite(data.height)) {
      const height = Math.min(Math.max(Math.ceil(data.height), 0), maxHeight);
      iframe.style.height = `${height}px`;
    } else if (data.type === "view" && iframe.getBoundingClientRect().top < 0) {
      // Another view opened: show its top, not the middle of it.
      iframe.scrollIntoView({ block: "start" });
    }
  };
  window.addEventListener("message", onMessage);
  element.replaceChildren(iframe);
  return {
    frame: iframe,
    remove() {
      window.removeEventListener("message", onMessage);
      iframe.remove();
    },
  };
}
