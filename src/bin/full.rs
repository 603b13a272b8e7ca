//! The widget's full module: every view (`app::Views::FULL`). Trunk builds it as an ES module
//! beside the first module (`<link data-trunk rel="rust" data-type="worker"
//! data-bindgen-target="web" data-bin="ownplan-full">` in index.html: a fixed file name, and no
//! start of its own). The first module fetches it when a view it does not have is first opened
//! and hands its root over (`services::full_module`, `services::app_start::hand_over`); from then
//! on this module runs the widget.

use ownplan_web::app::Views;
use ownplan_web::embed::EmbedOptions;
use ownplan_web::services;
use ownplan_web::services::app_start::{self, StartWith};
use wasm_bindgen::prelude::*;

/// Nothing starts by itself: the first module calls [`start_full`].
fn main() {}

/// The hand-over's version (`services::full_module::PROTOCOL` of the same build).
#[wasm_bindgen]
pub fn protocol() -> u32 {
    services::full_module::PROTOCOL
}

/// Takes over `root` from the first module, with the host's `options` (JSON, checked again), at
/// `path` when routes live in memory. `release` ends the first module's app; it is called once
/// this module's messages are here, just before it renders. `new_view`: the person moved to this
/// view in the first module (the focus goes to its heading).
#[wasm_bindgen(js_name = startFull)]
pub fn start_full(
    root: web_sys::Element,
    options: &str,
    embedded: bool,
    path: &str,
    release: JsValue,
    new_view: bool,
) -> Result<(), JsValue> {
    services::panic::install_panic_hook();
    let options = EmbedOptions::from_json(options).map_err(|error| JsValue::from_str(&error))?;
    app_start::start(StartWith {
        root,
        options,
        embedded,
        views: Views::FULL,
        path: Some(path.to_owned()),
        before_render: Some(release),
        new_view,
    });
    Ok(())
}

/// Ends the app (`unmount()` of a host page, forwarded by the first module).
#[wasm_bindgen(js_name = unmountFull)]
pub fn unmount_full() {
    app_start::unmount();
}
