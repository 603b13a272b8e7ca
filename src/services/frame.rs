//! The widget's own page inside a portal's frame (the recommended recipe, docs/DEPLOYING.md):
//! the portal and the widget talk only through `postMessage`, with the origins checked on both
//! sides, and nothing of the plan ever crosses.
//!
//! The protocol (version 1; `static/ownplan-frame.js` is the portal's side):
//! - widget → portal: `{ ownplan: 1, type: "ready" }` once the widget's code runs, posted only to
//!   the origins the deployment lists in `index.html`
//!   (`<meta name="ownplan-portals" content="https://www.fjordvik.kommune.no">`);
//! - portal → widget: `{ ownplan: 1, type: "options", options: {...} }`: the same options as
//!   `mount` takes (`embed::EmbedOptions`), accepted only from the frame's parent window and only
//!   from a listed origin; anything else is ignored;
//! - widget → portal: `{ ownplan: 1, type: "height", height: <CSS pixels> }` whenever the
//!   widget's content changes height, posted only to the portal that sent the options, so the
//!   frame fits its content (no scrolling inside scrolling on a phone);
//! - widget → portal: `{ ownplan: 1, type: "view" }` when the person opens another view, so the
//!   portal scrolls the frame's top into sight (the frame does not scroll itself: without this,
//!   a person who tapped a link low on a long view would land in the middle of the next one).
//!
//! Not framed, or framed by a page whose origin is not listed: the widget starts with its own
//! defaults and sends nothing at all.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The protocol's version, in every message (`ownplan: 1`).
pub const PROTOCOL: u32 = 1;

/// How long the widget waits for a listed portal's options before it starts without them (the
/// person never faces an empty frame because a portal's script failed).
pub const OPTIONS_WAIT_MS: i32 = 2000;

/// A listed portal that framed the widget.
pub struct Portal {
    /// Its origin (`https://www.fjordvik.kommune.no`), the only target of the height reports.
    pub origin: String,
    /// The options it sent, as JSON text (checked by `embed::EmbedOptions::from_json`).
    pub options_json: String,
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The frame's parent window, when the widget's page is framed.
fn parent_window() -> Option<web_sys::Window> {
    let window = window()?;
    let parent = window.parent().ok().flatten()?;
    let own: &JsValue = window.as_ref();
    let theirs: &JsValue = parent.as_ref();
    (!js_sys::Object::is(own, theirs)).then_some(parent)
}

/// Whether `text` is an origin written exactly (`https://host[:port]`, no path).
fn is_origin(text: &str) -> bool {
    web_sys::Url::new(text).is_ok_and(|url| url.origin() == text)
}

/// The portals the deployment lists in `index.html`, when the page is framed; `None` when it
/// is not framed or lists none.
pub fn listed_portals_if_framed() -> Option<Vec<String>> {
    parent_window()?;
    let document = window()?.document()?;
    let meta = document
        .query_selector(r#"meta[name="ownplan-portals"]"#)
        .ok()
        .flatten()?;
    let listed: Vec<String> = meta
        .get_attribute("content")
        .unwrap_or_default()
        .split_whitespace()
        .filter(|origin| is_origin(origin))
        .map(str::to_owned)
        .collect();
    (!listed.is_empty()).then_some(listed)
}

/// The message as an object with `ownplan: 1` and `type`, else `None`.
fn message_of_type(data: &JsValue, wanted: &str) -> Option<()> {
    if !data.is_object() {
        return None;
    }
    let version = js_sys::Reflect::get(data, &"ownplan".into()).ok()?;
    let kind = js_sys::Reflect::get(data, &"type".into()).ok()?;
    (version.as_f64() == Some(f64::from(PROTOCOL)) && kind.as_string().as_deref() == Some(wanted))
        .then_some(())
}

fn post(target: &web_sys::Window, origin: &str, kind: &str, extra: Option<(&str, JsValue)>) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"ownplan".into(), &PROTOCOL.into());
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    if let Some((name, value)) = extra {
        let _ = js_sys::Reflect::set(&message, &name.into(), &value);
    }
    // The target origin makes the browser deliver it only if the parent is that portal.
    let _ = target.post_message(&message, origin);
}

/// Says "ready" to the listed portals and waits (at most [`OPTIONS_WAIT_MS`]) for the options
/// of the one that framed the widget. `None`: no listed portal answered in time.
pub async fn receive_options(listed: Vec<String>) -> Option<Portal> {
    let window = window()?;
    let parent = parent_window()?;
    let answer = js_sys::Promise::new(&mut |resolve: js_sys::Function, _| {
        let timeout_resolve = resolve.clone();
        let timeout = Closure::once_into_js(move || {
            let _ = timeout_resolve.call1(&JsValue::UNDEFINED, &JsValue::NULL);
        });
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            timeout.unchecked_ref(),
            OPTIONS_WAIT_MS,
        );
        let listed = listed.clone();
        let parent_value: JsValue = parent.clone().into();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let from_parent = event
                    .source()
                    .is_some_and(|source| js_sys::Object::is(source.as_ref(), &parent_value));
                let origin = event.origin();
                if !from_parent || !listed.contains(&origin) {
                    return;
                }
                let data = event.data();
                if message_of_type(&data, "options").is_none() {
                    return;
                }
                let options =
                    js_sys::Reflect::get(&data, &"options".into()).unwrap_or(JsValue::UNDEFINED);
                let json = crate::services::page::host_options_json(&options).unwrap_or_default();
                let answer = js_sys::Array::of2(&origin.into(), &json.into());
                let _ = resolve.call1(&JsValue::UNDEFINED, &answer);
            },
        );
        let _ =
            window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        // The listener lives as long as the page; answers after the first are ignored.
        on_message.forget();
    });
    for origin in &listed {
        post(&parent, origin, "ready", None);
    }
    let answer = wasm_bindgen_futures::JsFuture::from(answer).await.ok()?;
    let pair: js_sys::Array = answer.dyn_into().ok()?;
    Some(Portal {
        origin: pair.get(0).as_string()?,
        options_json: pair.get(1).as_string().unwrap_or_default(),
    })
}

/// Tells the portal at `origin` the height of the widget's content whenever it changes, so the
/// portal's frame fits it, and when another view opens. Marks the page as framed (`data-ownplan-framed` on `<html>`), so the
/// widget does not stretch itself to the frame's height (which would never let it shrink).
pub fn report_height_to(origin: String) {
    let Some(window) = window() else {
        return;
    };
    let (Some(parent), Some(document)) = (parent_window(), window.document()) else {
        return;
    };
    let Some(html) = document.document_element() else {
        return;
    };
    let _ = html.set_attribute("data-ownplan-framed", "");
    let Some(body) = document.body() else {
        return;
    };
    let origin_for_views = origin.clone();
    let last = std::cell::Cell::new(-1.0_f64);
    let measured = body.clone();
    let report = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if (height - last.get()).abs() >= 1.0 {
            last.set(height);
            post(&parent, &origin, "height", Some(("height", height.into())));
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&body);
    // The observer and its callback live as long as the page.
    report.forget();
    std::mem::forget(observer);
    let Some(parent) = parent_window() else {
        return;
    };
    let portal = origin_for_views;
    let on_view = Closure::<dyn FnMut()>::new(move || post(&parent, &portal, "view", None));
    let _ = window.add_event_listener_with_callback("hashchange", on_view.as_ref().unchecked_ref());
    on_view.forget();
}

/// Writes to the browser console for the portal's developer (a mistake in the options).
pub fn tell_developer(message: &str) {
    web_sys::console::error_1(&message.into());
}
