//! Starting and ending the widget's app in its root element, for both of the widget's modules.
//!
//! The **first module** (`src/main.rs`, the only wasm of a first visit) has a first visit's
//! overview and no plan store ([`Views::FIRST`]). The **full module** (`src/bin/full.rs`) has
//! every view and the plan ([`Views::FULL`]); the first module fetches it in the background, or
//! at once when another view is opened (`components::FullModule`, `services::full_module`).
//! Then the first module hands its root over: the full module loads its messages, asks the first
//! module to end its app, and renders the same view in the same root (as a new view, with the
//! focus on its heading, only if the person moved to it in the first module). From then on the
//! full module runs the widget until the page is left.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use crate::app::{App, AppProps, Embedding, Views};
use crate::embed::EmbedOptions;
use crate::i18n::Language;
use crate::services;

thread_local! {
    // The running app, so a host page (or the hand-over) can end it.
    static RUNNING: RefCell<Option<yew::AppHandle<App>>> = const { RefCell::new(None) };
    // Counts starts and ends: a start still fetching its messages when the app is ended must
    // not render afterwards.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
    // Where and how the app was started, for handing it over to the full module.
    static STARTED: RefCell<Option<Started>> = const { RefCell::new(None) };
    // The full module's `unmountFull`, once the first module handed its root over.
    static HANDED_TO: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    // This module's app took over from the first module (in the same page).
    static TOOK_OVER: Cell<bool> = const { Cell::new(false) };
    // Views this app has shown since it started (`hooks::use_view_change` counts them).
    static VIEWS_SHOWN: Cell<u32> = const { Cell::new(0) };
}

/// Counts a view shown (called by `hooks::use_view_change` when the view changes).
pub fn note_view_shown() {
    VIEWS_SHOWN.with(|shown| shown.set(shown.get().saturating_add(1)));
}

/// Whether the app has shown another view before the current one (the person moved to it).
pub fn moved_since_start() -> bool {
    VIEWS_SHOWN.with(Cell::get) > 1
}

/// Whether this module's app took over from the first module in this page (so what the first
/// module learnt by asking the browser, such as whether it keeps the storage, is asked again).
pub fn took_over() -> bool {
    TOOK_OVER.with(Cell::get)
}

/// Where and how the app runs.
#[derive(Clone)]
struct Started {
    root: web_sys::Element,
    options: Rc<EmbedOptions>,
    embedded: bool,
}

/// How the app starts: in which root, with what options, which views, at which view.
pub struct StartWith {
    /// The element the app renders into.
    pub root: web_sys::Element,
    /// The host's options (checked).
    pub options: EmbedOptions,
    /// Mounted in a host page (routes in memory).
    pub embedded: bool,
    /// Which views this module has.
    pub views: Views,
    /// The view to open first when routes live in memory (a hand-over in a host page).
    pub path: Option<String>,
    /// Called once the messages are here, just before rendering (the hand-over ends the first
    /// module's app there, so the root is never empty for longer than a render).
    pub before_render: Option<JsValue>,
    /// After a hand-over: the person moved to this view in the first module, so it is shown as
    /// a new view (the focus on its heading), not as the page's first.
    pub new_view: bool,
}

/// Renders the app into its root, once the messages of the person's language are loaded
/// (only that language is fetched; see `crate::i18n`).
pub fn start(with: StartWith) {
    let StartWith {
        root,
        options,
        embedded,
        views,
        path,
        before_render,
        new_view,
    } = with;
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
    let handed_over = before_render.is_some();
    TOOK_OVER.with(|took_over| took_over.set(handed_over));
    VIEWS_SHOWN.with(|shown| shown.set(0));
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
        if let Some(release) = before_render.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
            let _ = release.call0(&JsValue::NULL);
        }
        if !embedded {
            services::page::remove_loading_indicator();
        }
        let options = Rc::new(options);
        STARTED.with(|started| {
            *started.borrow_mut() = Some(Started {
                root: root.clone(),
                options: options.clone(),
                embedded,
            });
        });
        let props = AppProps {
            initial_language,
            embedding: Embedding { embedded, options },
            views,
            initial_path: path.map(Into::into),
        };
        let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
        RUNNING.with(|running| *running.borrow_mut() = Some(handle));
        if handed_over && new_view {
            // The person moved to this view in the first module: it is shown as a new view.
            services::timers::sleep(0).await;
            services::page::show_new_view();
        }
    });
}

/// Ends the app (the plan store saves anything unsaved as its effects end) and forgets the
/// root, so the widget can be mounted again. After a hand-over it ends the full module's app.
pub fn unmount() {
    if let Some(full) = HANDED_TO.with(|handed| handed.borrow_mut().take()) {
        let _ = full.call0(&JsValue::NULL);
    }
    end_app();
    services::page::clear_root();
}

fn end_app() {
    GENERATION.with(|generation| generation.set(generation.get().wrapping_add(1)));
    if let Some(handle) = RUNNING.with(|running| running.borrow_mut().take()) {
        handle.destroy();
    }
}

/// Hands the root over to the full module (`module`: its loaded JavaScript module, initialised),
/// to open `path`. The full module starts with the same options and the language the person has
/// now; this module's app ends just before the full one renders. Errors if this module is not
/// running or the full module does not have the expected entry points.
pub fn hand_over(module: &JsValue, path: &str, language: Language) -> Result<(), JsValue> {
    let new_view = moved_since_start();
    let started = STARTED
        .with(|started| started.borrow().clone())
        .ok_or_else(|| JsValue::from_str("ownplan: nothing to hand over"))?;
    let entry = |name: &str| -> Result<js_sys::Function, JsValue> {
        js_sys::Reflect::get(module, &JsValue::from_str(name))?
            .dyn_into::<js_sys::Function>()
            .map_err(|_| JsValue::from_str("ownplan: the full module has no entry point"))
    };
    let start_full = entry("startFull")?;
    let unmount_full = entry("unmountFull")?;
    let mut options = (*started.options).clone();
    options.language = Some(language);
    let release = wasm_bindgen::closure::Closure::once_into_js(end_app);
    let arguments = js_sys::Array::of5(
        &started.root,
        &JsValue::from_str(&options.to_json()),
        &JsValue::from_bool(started.embedded),
        &JsValue::from_str(path),
        &release,
    );
    arguments.push(&JsValue::from_bool(new_view));
    start_full.apply(&JsValue::NULL, &arguments)?;
    HANDED_TO.with(|handed| *handed.borrow_mut() = Some(unmount_full));
    Ok(())
}
