// Starts the widget. An external module (not Trunk's inline script) so the page's
// Content-Security-Policy needs no 'unsafe-inline'. Trunk writes the hashed names of the
// wasm-bindgen loader and the .wasm file into this script tag's data attributes.
//
// Once the widget runs, it registers the service worker (sw.js) that keeps the app's own files
// on the device for offline use. Only this page does so, never a page that embeds the widget.
const tag = document.getElementById("ownplan-boot");
const buildFiles = [
  tag.dataset.js,
  tag.dataset.wasm,
  ...[...document.querySelectorAll('link[rel~="stylesheet"][href]')].map((link) => link.href),
];
const { default: init } = await import(new URL(tag.dataset.js, document.baseURI).href);
await init({ module_or_path: new URL(tag.dataset.wasm, document.baseURI).href });

// The worker's URL carries a digest of this build's hashed file names, so a new build installs
// a new worker (see sw.js). Without service workers, or opened from a file, the app simply
// works online only; a failure here changes nothing for the person.
async function registerOfflineWorker() {
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  try {
    const names = buildFiles.map((file) => new URL(file, document.baseURI).pathname).join("\n");
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(names));
    const version = [...new Uint8Array(digest).slice(0, 8)]
      .map((byte) => byte.toString(16).padStart(2, "0"))
      .join("");
    await navigator.serviceWorker.register(new URL(`sw.js?v=${version}`, import.meta.url), {
      scope: new URL("./", import.meta.url).href,
    });
  } catch (error) {
    console.debug("ownplan: offline use is not available here:", error);
  }
}
registerOfflineWorker();
