//! Starts the widget in the browser: panic hook first, then the app — in the page's own root
//! element (`#ownplan` in `index.html`; the language from the address; in a portal's frame, the
//! options the portal sent by message, see `static/boot.js`), or,
//! when a host portal embeds it, wherever `mountWidget` is called (by `static/ownplan.js`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use ownplan_web::app::{App, AppProps, Embedding};
use ownplan_web::embed::EmbedOptions;
use ownplan_web::i18n::Language;
use ownplan_web::services;
use wasm_bindgen::prelude::*;

thread_local! {
    // The running widget, so a host page can take it off again (`unmountWidget`).
    static RUNNING: RefCell<Option<yew::AppHandle<App>>> = const { RefCell::new(None) };
    // Counts mounts and unmounts: a start still fetching its messages when the host unmounts
    // must not render afterwards.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

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

/// Renders the widget into `root` with the host's `options`, once the messages of the
/// person's language are loaded (only that language is fetched; see `ownplan_web::i18n`).
fn start(root: web_sys::Element, options: EmbedOptions, embedded: bool) {
    // The namespace was checked when the options were read, so this cannot be refused.
    let _ = services::storage::configure(services::storage::StorageConfig {
        namespace: options.namespace.clone(),
        backend: services::storage::Backend::Local,
    });
    // Peer-worker mode lives in this tab's session storage (see docs/PEER-MODE.md).
    services::storage::configure_from_session();
    let wanted = services::preferences::initial_language(options.language);
    services::page::set_root(root.clone(), embedded);
    services::page::apply_theme(&root, &options.theme);
    let generation = GENERATION.with(Cell::get);
    wasm_bindgen_futures::spawn_local(async move {
        // A fetch can fail for a moment (the offline worker taking over the page just as it
        // loads): the person's language is tried again, then any language that can be fetched
        // is better than none; with none the loading text stays.
        let mut initial_language = None;
        let attempts = [wanted, wanted, wanted].into_iter().chain(Language::ALL);
        for (attempt, language) in attempts.enumerate() {
            if attempt > 0 {
                services::timers::sleep(300).await;
            }
            if services::messages::load(language).await.is_ok() {
                initial_language = Some(language);
                break;
            }
        }
        let Some(initial_language) = initial_language else {
            return;
        };
        if GENERATION.with(Cell::get) != generation {
            return;
        }
        if !embedded {
            services::page::remove_loading_indicator();
        }
        let props = AppProps {
            initial_language,
            embedding: Embedding {
                embedded,
                options: Rc::new(options),
            },
        };
        let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
        RUNNING.with(|running| *running.borrow_mut() = Some(handle));
    });
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
/// be mounted again.
#[wasm_bindgen(js_name = unmountWidget)]
pub fn unmount_widget() {
    GENERATION.with(|generation| generation.set(generation.get().wrapping_add(1)));
    if let Some(handle) = RUNNING.with(|running| running.borrow_mut().take()) {
        handle.destroy();
    }
    services::page::clear_root();
}
