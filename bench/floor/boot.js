// Starts the floor app the way static/boot.js starts the widget: an external module that reads
// the hashed names of the wasm-bindgen loader and the .wasm file from its tag (Trunk.toml's
// pattern_script), imports the loader and instantiates the module. No service worker, no
// frame protocol: the floor is what any Yew app must load.
const tag = document.getElementById("floor-boot");
const { default: init } = await import(new URL(tag.dataset.js, document.baseURI).href);
await init({ module_or_path: new URL(tag.dataset.wasm, document.baseURI).href });
