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

/// Sets the portal's theme colours (`--op-*` custom properties, already checked by
/// `embed::EmbedOptions`) on the widget's root element through the CSSOM, which the
/// Content-Security-Policy allows (no `style` attribute is written as text).
pub fn apply_theme(root: &web_sys::Element, theme: &[(String, String)]) {
    use wasm_bindgen::JsCast;
    let Some(element) = root.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    for (name, value) in theme {
        let _ = element
            .style()
            .set_property(&crate::embed::theme_custom_property(name), value);
    }
}

/// Forgets the root when a host page unmounts the widget, so it can be mounted again.
pub fn clear_root() {
    ROOT.with(|cell| *cell.borrow_mut() = None);
}

/// The widget's root element, once rendering has started.
pub fn widget_root() -> Option<web_sys::Element> {
    ROOT.with(|cell| cell.borrow().as_ref().map(|(root, _)| root.clone()))
}

/// Where the widget's own files are, as a prefix for their relative names: the folder
/// `static/ownplan.js` wrote into the root's `data-ownplan-files` in a host page, else nothing
/// (the widget's own page is in that folder, so relative names resolve there).
pub fn files_base() -> String {
    widget_root()
        .and_then(|root| root.get_attribute("data-ownplan-files"))
        .unwrap_or_default()
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

/// The address's query as name–value pairs, decoded: only `lang` is ever read from it.
pub fn query_pairs() -> Vec<(String, String)> {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    ["lang"]
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

/// In a portal's frame, the options the portal sends (JSON text, or `None` when no listed
/// portal answered in time): `static/boot.js` speaks the frame protocol and leaves a promise in
/// `globalThis.ownplanFrameOptions`. `None` at once when the page is not framed by a listed
/// portal (the widget then starts with the address's language only).
pub fn frame_options() -> Option<impl std::future::Future<Output = Option<String>>> {
    use wasm_bindgen::JsCast;
    let pending = js_sys::Reflect::get(&js_sys::global(), &"ownplanFrameOptions".into()).ok()?;
    let promise = pending.dyn_into::<js_sys::Promise>().ok()?;
    Some(async move {
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|json| json.as_string())
    })
}

/// Writes to the browser console for the portal's developer (a mistake in the options).
pub fn tell_developer(message: &str) {
    web_sys::console::error_1(&message.into());
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

/// Shows `title` as the document's title (in the tab and the history), when the widget has the
/// page to itself; in a host page the title is the host's.
pub fn show_view_title(title: &str) {
    if is_embedded() {
        return;
    }
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Tells the browser not to restore an old scroll position when the person goes back or
/// forward: the widget puts each new view at its top itself (`show_new_view`), and a restore a
/// moment later would undo that. Not in a host page (its history is the host's).
pub fn take_over_scroll_restoration() {
    if is_embedded() {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = js_sys::Reflect::set(
            &history,
            &wasm_bindgen::JsValue::from_str("scrollRestoration"),
            &wasm_bindgen::JsValue::from_str("manual"),
        );
    }
}

/// Starts a new view as a new page would start: at the top, with the focus on the view's
/// heading (its title: the `h1`, or the heading with `data-level="1"` when a portal shifted the
/// widget's headings, `components::Heading`; made focusable by script only: `tabindex="-1"`),
/// so a screen reader reads its name and the next Tab goes into the view.
///
/// In a host page the host's page is not scrolled to its top, and the focus is moved only when
/// the change came from inside the widget: the focus is in the widget, or nowhere (the link the
/// person pressed was part of the view that went away). Focus on an element of the host page is
/// left where it is. Routes of an embedded widget live in memory, so only the widget itself
/// changes them; this rule keeps it so if a host ever does.
pub fn show_new_view() {
    let Some(heading) = view_heading() else {
        return;
    };
    if is_embedded() {
        if focus_is_in_host_page() {
            return;
        }
    } else if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    if !heading.has_attribute("tabindex") {
        let _ = heading.set_attribute("tabindex", "-1");
    }
    // At the top of the page the heading is on the screen, so focusing it scrolls nothing; in a
    // host page the browser scrolls it into view if it is not.
    let _ = heading.focus();
}

/// The current view's heading, else the view's container.
fn view_heading() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let main = element_by_id("ownplan-main")?;
    let heading = main
        .query_selector(r#"h1, [data-level="1"]"#)
        .ok()
        .flatten()
        .unwrap_or(main);
    heading.dyn_into::<web_sys::HtmlElement>().ok()
}

/// Whether an element of the host page (not the widget, not the page itself) has the focus.
fn focus_is_in_host_page() -> bool {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(active) = document.active_element() else {
        return false;
    };
    if document
        .body()
        .is_some_and(|body| body.is_same_node(Some(&active)))
    {
        return false;
    }
    let Some(root) = widget_root() else {
        return false;
    };
    // In a shadow tree the document sees the shadow's host as the focused element.
    let host = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .map(|shadow| shadow.host());
    let in_widget =
        root.contains(Some(&active)) || host.is_some_and(|host| host.contains(Some(&active)));
    !in_widget
}

/// Moves the focus to the element with the id `id` when it is a control (button, link or
/// field), else to the first control of its list item (its `.item-card`) or of the element
/// itself; to the view's heading when `id` is empty or there is no such element. After "undo", the person lands on the item that
/// came back; after closing a notice, at the top of the view instead of on `<body>`.
pub fn focus_first_control_in(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(element) = (!id.is_empty()).then(|| element_by_id(id)).flatten() else {
        if let Some(heading) = view_heading() {
            let _ = heading.focus();
        }
        return;
    };
    const CONTROLS: &str = "button, [href], input, select, textarea";
    // A control is focused itself (an item's "Edit"); anything else, the first control of its
    // list item.
    let control = if element.matches(CONTROLS).unwrap_or(false) {
        Some(element)
    } else {
        element
            .closest(".item-card")
            .ok()
            .flatten()
            .unwrap_or(element)
            .query_selector(CONTROLS)
            .ok()
            .flatten()
    };
    if let Some(control) =
        control.and_then(|control| control.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = control.focus();
    }
}

/// Scrolls the page just enough that the focused element is not under the element
/// `covering_id` (a notice fixed over the bottom of the screen), with a little space between.
pub fn keep_focus_clear_of(covering_id: &str) {
    let (Some(window), Some(covering)) = (web_sys::window(), element_by_id(covering_id)) else {
        return;
    };
    let Some(active) = focused_element() else {
        return;
    };
    if covering.contains(Some(&active)) {
        return;
    }
    let cover_top = covering.get_bounding_client_rect().top();
    let focus = active.get_bounding_client_rect();
    const GAP: f64 = 8.0;
    if focus.bottom() + GAP > cover_top && focus.top() < window_height(&window) {
        window.scroll_by_with_x_and_y(0.0, focus.bottom() + GAP - cover_top);
    }
}

/// The element with the keyboard focus, also inside the widget's shadow tree.
fn focused_element() -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let shadow =
        widget_root().and_then(|root| root.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok());
    match shadow {
        Some(shadow) => shadow.active_element(),
        None => web_sys::window()?.document()?.active_element(),
    }
}

fn window_height(window: &web_sys::Window) -> f64 {
    window
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .unwrap_or(f64::MAX)
}

/// Opens the browser's print dialog (print to paper or to PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
