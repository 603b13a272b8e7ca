// Starts the widget. An external module (not Trunk's inline script) so the page's
// Content-Security-Policy needs no 'unsafe-inline'. Trunk writes the hashed names of the
// wasm-bindgen loader and the .wasm file into this script tag's data attributes.
const tag = document.getElementById("ownplan-boot");
const { default: init } = await import(new URL(tag.dataset.js, document.baseURI).href);
await init({ module_or_path: new URL(tag.dataset.wasm, document.baseURI).href });
