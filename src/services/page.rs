//! The page around the widget: `<html lang>`, `dir` and the document title when the widget has
//! the page to itself; only its own root element when it is embedded in a host page (the host's
//! language, title and address are the host's). Elements are looked up inside the widget's root,
//! which may be in a shadow tree where `document.getElementById` does not reach.

use std::cell::RefCell;

use crate::i18n::{Language, translate};

thread_local! {
    // The element the widget renders into, and whether it is embedded in a host page.
    static ROOT: RefCell<Option<(web_sys::Element, bool)>> = const { RefCell::new(None) };
}

/// Records where the widget renders. Called once by `main.rs` before rendering.
pub fn set_root(root: web_sys::Element, embedded: bool) {
    ROOT.with(|cell| *cell.borrow_mut() = Some((root, embedded)));
}

/// The widget's root element, once rendering has started.
pub fn widget_root() -> Option<web_sys::Element> {
    ROOT.with(|cell| cell.borrow().as_ref().map(|(root, _)| root.clone()))
}

fn is_embedded() -> bool {
    ROOT.with(|cell| {
        cell.borrow()
            .as_ref()
            .is_some_and(|(_, embedded)| *embedded)
    })
}

/// The element with `id` inside the widget (also inside a shadow tree).
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    match widget_root() {
        Some(root) => root
            .query_selector(&format!("[id=\"{id}\"]"))
            .ok()
            .flatten(),
        None => web_sys::window()?.document()?.get_element_by_id(id),
    }
}

/// Makes the page announce `language` to screen readers, spell checkers and the browser's
/// translation offer, and shows the translated title in the tab.
pub fn show_language(language: Language) {
    if is_embedded() {
        if let Some(root) = widget_root() {
            let _ = root.set_attribute("lang", language.code());
            let _ = root.set_attribute("dir", language.direction().html_dir());
        }
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        // Setting an attribute on <html> cannot fail in practice; if it does, the widget still
        // works, only the announced language is stale.
        let _ = root.set_attribute("lang", language.code());
        let _ = root.set_attribute("dir", language.direction().html_dir());
    }
    document.set_title(&translate(language, "app-title"));
}

/// The address's query as name–value pairs (`?lang=nn&namespace=x`), decoded.
pub fn query_pairs() -> Vec<(String, String)> {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    ["lang", "namespace", "portal", "services"]
        .into_iter()
        .filter_map(|name| params.get(name).map(|value| (name.to_owned(), value)))
        .collect()
}

/// The options a host page passed to `mountWidget`, as JSON text: empty when it passed none
/// (`undefined` or `null`), `None` when they cannot be written as JSON (not plain data).
pub fn host_options_json(options: &wasm_bindgen::JsValue) -> Option<String> {
    if options.is_undefined() || options.is_null() {
        return Some(String::new());
    }
    js_sys::JSON::stringify(options)
        .ok()
        .map(|json| json.as_string().unwrap_or_default())
}

/// Removes the static "loading" text that `index.html` shows until the widget starts.
pub fn remove_loading_indicator() {
    if let Some(loading) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("ownplan-loading"))
    {
        loading.remove();
    }
}

/// The element the widget renders into (`#ownplan` in `index.html`), if the page has one.
pub fn root_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("ownplan")
}

/// Makes the address fragment one the router understands (`#/…`). A link into the page such as
/// `index.html#top`, or a bare `#`, would otherwise stop the router from starting.
pub fn normalize_route_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    if hash.is_empty() || hash.starts_with("#/") {
        return;
    }
    if let Ok(history) = window.history() {
        // Replace, not push: the odd address should not stay in the back-button history.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"));
    }
}

/// Moves keyboard focus to the element with `id` (for example the first field of a new item),
/// so keyboard and screen-reader users land where the work continues.
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Opens the browser's print dialog (print to paper or to PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
