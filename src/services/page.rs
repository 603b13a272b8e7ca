//! The host page around the widget: `<html lang>`, `dir` and the document title.

use crate::i18n::{Language, translate};

/// Makes the page announce `language` to screen readers, spell checkers and the browser's
/// translation offer, and shows the translated title in the tab.
pub fn show_language(language: Language) {
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
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
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
