//! The device's own speech synthesis (`window.speechSynthesis`), to read a view aloud, and the
//! text of the view as it is on the screen at that moment. Nothing is sent anywhere: only
//! voices that run on the device are chosen (`state::read_aloud::choose_voice`). A browser
//! without speech synthesis simply has no voices.
//!
//! The voice objects' fields are read through `Reflect`, so a browser (or a test) whose voice
//! list holds plain objects works the same.

use std::rc::Rc;

use gloo_events::EventListener;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, Node, SpeechSynthesis,
    SpeechSynthesisUtterance,
};

use crate::services::page;
use crate::state::read_aloud::{self, TextToRead, Voice};

/// The page's speech synthesis, if the browser has one.
fn synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    let synthesis = Reflect::get(&window, &JsValue::from_str("speechSynthesis")).ok()?;
    // Not `dyn_into`: only its methods are used, and they are looked up by name.
    synthesis.is_object().then(|| synthesis.unchecked_into())
}

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn describe(voice: &JsValue) -> Voice {
    Voice {
        name: field(voice, "name").as_string().unwrap_or_default(),
        lang: field(voice, "lang").as_string().unwrap_or_default(),
        local: field(voice, "localService").as_bool() == Some(true),
    }
}

/// The device's voices; none without speech synthesis. Some browsers have them only a moment
/// after the page starts: [`on_voices_changed`] says when they come.
pub fn voices() -> Vec<Voice> {
    synthesis()
        .map(|synthesis| {
            synthesis
                .get_voices()
                .iter()
                .map(|v| describe(&v))
                .collect()
        })
        .unwrap_or_default()
}

/// Listens for a change of the device's voices while it lives.
pub struct VoicesWatch {
    _listener: EventListener,
}

/// Calls `changed` whenever the device's voices change (`voiceschanged`); `None` without speech
/// synthesis.
pub fn on_voices_changed(mut changed: impl FnMut() + 'static) -> Option<VoicesWatch> {
    let synthesis = synthesis()?;
    Some(VoicesWatch {
        _listener: EventListener::new(&synthesis, "voiceschanged", move |_| changed()),
    })
}

/// A text being read. Dropping it stops listening for its end; the voice goes on until
/// [`stop`]. It also keeps the utterance alive, as some browsers never end an utterance that
/// nothing holds.
pub struct Speech {
    _utterance: SpeechSynthesisUtterance,
    _listeners: [EventListener; 2],
}

/// Reads `text` aloud with `voice` (one of [`voices`]), after stopping whatever the device was
/// reading. `on_end` is called with `true` when the whole text has been read and `false` when
/// the reading broke off (another reading took over, or the device failed). `None` when there
/// is no speech synthesis.
pub fn speak(text: &str, voice: &Voice, on_end: impl Fn(bool) + 'static) -> Option<Speech> {
    let synthesis = synthesis()?;
    let utterance = SpeechSynthesisUtterance::new_with_text(text).ok()?;
    utterance.set_lang(&read_aloud::utterance_lang(&voice.lang));
    if let Some(device_voice) = synthesis
        .get_voices()
        .iter()
        .find(|v| describe(v) == *voice)
    {
        // Through `Reflect`: a voice the browser does not accept leaves the language to choose.
        let _ = Reflect::set(&utterance, &JsValue::from_str("voice"), &device_voice);
    }
    let on_end = Rc::new(on_end);
    let finished = {
        let on_end = on_end.clone();
        EventListener::new(&utterance, "end", move |_| on_end(true))
    };
    let failed = EventListener::new(&utterance, "error", move |_| on_end(false));
    synthesis.cancel();
    // After `cancel()` some browsers stay paused, and would then never start the new text.
    if field(&synthesis, "paused").as_bool() == Some(true) {
        synthesis.resume();
    }
    synthesis.speak(&utterance);
    Some(Speech {
        _utterance: utterance,
        _listeners: [finished, failed],
    })
}

/// Pauses the reading.
pub fn pause() {
    if let Some(synthesis) = synthesis() {
        synthesis.pause();
    }
}

/// Goes on reading after [`pause`].
pub fn resume() {
    if let Some(synthesis) = synthesis() {
        synthesis.resume();
    }
}

/// Stops the reading, and anything queued.
pub fn stop() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}

/// Moves the keyboard focus from the element `from_id` to `to_id`, if it is on `from_id` (a
/// button that is about to go away).
pub fn pass_focus(from_id: &str, to_id: &str) {
    let focused = page::element_by_id(from_id)
        .is_some_and(|element| element.matches(":focus").unwrap_or(false));
    if focused {
        page::focus_element(to_id);
    }
}

/// The text of the element `target_id` (inside the widget) as it is on the screen now, in the
/// page's order, by the rules of `state::read_aloud`: what a person wrote in the fields
/// included, hidden things and controls left out. Empty when there is nothing to read.
pub fn text_of(target_id: &str) -> String {
    let mut text = TextToRead::default();
    if let Some(target) = page::element_by_id(target_id) {
        read_children(&target, &mut text);
    }
    text.finish()
}

fn read_children(parent: &Node, text: &mut TextToRead) {
    let mut child = parent.first_child();
    while let Some(node) = child {
        match node.node_type() {
            Node::TEXT_NODE => text.text(&node.node_value().unwrap_or_default()),
            Node::ELEMENT_NODE => read_element(node.unchecked_ref::<Element>(), text),
            _ => {}
        }
        child = node.next_sibling();
    }
}

fn read_element(element: &Element, text: &mut TextToRead) {
    let tag = element.local_name().to_ascii_lowercase();
    // The attribute, not `className`, which is no text on SVG elements.
    let class = element.get_attribute("class").unwrap_or_default();
    let aria_hidden = element.get_attribute("aria-hidden");
    if read_aloud::is_left_out(
        &tag,
        element.has_attribute("hidden"),
        aria_hidden.as_deref(),
        &class,
    ) {
        return;
    }
    if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        text.value(&area.value());
    } else if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        if read_aloud::input_is_read(&input.type_()) {
            text.value(&input.value());
        }
    } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        // Nothing for an empty choice ("Choose …").
        let chosen = u32::try_from(select.selected_index())
            .ok()
            .filter(|_| !select.value().is_empty())
            .and_then(|index| select.item(index));
        if let Some(option) = chosen {
            text.value(&option.text_content().unwrap_or_default());
        }
    } else if tag == "details" && !element.has_attribute("open") {
        // A closed disclosure shows only its summary.
        let mut child = element.first_element_child();
        while let Some(summary) = child {
            if summary.local_name().eq_ignore_ascii_case("summary") {
                read_element(&summary, text);
            }
            child = summary.next_element_sibling();
        }
    } else {
        let block = read_aloud::is_block(&tag);
        if block {
            text.end_block();
        }
        read_children(element, text);
        if block {
            text.end_block();
        }
    }
}
