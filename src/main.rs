//! The widget's first module: what a first visit loads. Panic hook first, then the app with the
//! overview (`app::Views::FIRST`; every other view comes with the full module,
//! `src/bin/full.rs`, fetched in the background once the overview shows) — in the page's own root element
//! (`#ownplan` in `index.html`; the language from the address; in a portal's frame, the options
//! the portal sent by message, see `static/boot.js`), or, when a host portal embeds it, wherever
//! `mountWidget` is called (by `static/ownplan.js`).

use ownplan_web::app::Views;
use ownplan_web::embed::EmbedOptions;
use ownplan_web::services;
use ownplan_web::services::app_start::{self, StartWith};
use wasm_bindgen::prelude::*;

fn main() {
    services::panic::install_panic_hook();
    // A host page that embeds the widget has no `#ownplan`: it calls `mountWidget` instead.
    let Some(root) = services::page::root_element() else {
        return;
    };
    let from_address = EmbedOptions::from_query(&services::page::query_pairs());
    services::page::normalize_route_fragment();
    // In a portal's frame: the options come by message from a portal the deployment lists
    // (`static/boot.js` speaks the frame protocol and hands them over as JSON text).
    let Some(from_portal) = services::page::frame_options() else {
        start(root, from_address, false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let options = from_portal
            .await
            .and_then(|json| {
                EmbedOptions::from_json(&json)
                    .map_err(|error| services::page::tell_developer(&error))
                    .ok()
            })
            .map(|options| EmbedOptions {
                language: options.language.or(from_address.language),
                ..options
            });
        start(root, options.unwrap_or(from_address), false);
    });
}

fn start(root: web_sys::Element, options: EmbedOptions, embedded: bool) {
    app_start::start(StartWith {
        root,
        options,
        embedded,
        views: Views::FIRST,
        path: None,
        before_render: None,
        new_view: false,
    });
    // Every view but the overview is in the full module: fetch it while the person reads.
    services::full_module::preload();
}

/// Mounts the widget into `element` of a host page, with the host's options (see
/// `ownplan_web::embed`). Called once per page by `static/ownplan.js`; a mistake in the options
/// is thrown as an error naming it, and nothing is rendered.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(element: web_sys::Element, options: JsValue) -> Result<(), JsValue> {
    if services::page::widget_root().is_some() {
        return Err(JsValue::from_str(
            "ownplan: the widget is already mounted on this page",
        ));
    }
    let json = services::page::host_options_json(&options)
        .ok_or_else(|| JsValue::from_str("ownplan: the options are not plain data"))?;
    let options = EmbedOptions::from_json(&json).map_err(|error| JsValue::from_str(&error))?;
    start(element, options, true);
    Ok(())
}

/// Takes the widget off the host page (called by `unmount()` in `static/ownplan.js`): the plan
/// store saves anything unsaved as its effects end, then the root is forgotten so the widget can
/// be mounted again. After the full module took over, it is that module's app that ends.
#[wasm_bindgen(js_name = unmountWidget)]
pub fn unmount_widget() {
    app_start::unmount();
}
