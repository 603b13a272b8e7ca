//! The panic hook: if the widget hits a bug, the person sees a calm, translated message that a
//! screen reader announces, instead of a page that silently stops responding.

use crate::i18n::{Language, translate_uncached};

const PANIC_MESSAGE_ID: &str = "ownplan-panic";

/// Installs the hook. Call once, first thing in `main`.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        // For whoever debugs it; the person gets the message below.
        web_sys::console::error_1(&info.to_string().into());
        show_panic_message(language_of_page());
    }));
}

/// The language the page currently announces in `<html lang>` (kept current by
/// [`crate::services::page::show_language`]).
fn language_of_page() -> Language {
    crate::services::page::widget_root()
        .and_then(|root| root.get_attribute("lang"))
        .or_else(|| {
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
                .and_then(|root| root.get_attribute("lang"))
        })
        .and_then(|code| Language::from_code(&code))
        .unwrap_or(Language::English)
}

/// Puts the "something went wrong" message at the top of the page, once. Built with plain DOM
/// calls because after a panic the app itself can no longer run.
pub fn show_panic_message(language: Language) {
    // Nothing more can be done if the DOM itself refuses; the console has the details.
    let _ = try_show_panic_message(language);
}

fn try_show_panic_message(language: Language) -> Option<()> {
    let document = web_sys::window()?.document()?;
    if crate::services::page::element_by_id(PANIC_MESSAGE_ID).is_some() {
        return Some(());
    }
    let alert = document.create_element("div").ok()?;
    alert.set_id(PANIC_MESSAGE_ID);
    alert.set_class_name("panic-message");
    alert.set_attribute("role", "alert").ok()?;
    alert.set_attribute("lang", language.code()).ok()?;

    let heading = document.create_element("h2").ok()?;
    heading.set_text_content(Some(&translate_uncached(language, "panic-title")));
    let explanation = document.create_element("p").ok()?;
    explanation.set_text_content(Some(&translate_uncached(language, "panic-body")));
    // An empty href reloads the page from its start: a fresh start is the way out.
    let reload = document.create_element("a").ok()?;
    reload.set_attribute("href", "").ok()?;
    reload.set_text_content(Some(&translate_uncached(language, "panic-reload")));

    alert.append_child(&heading).ok()?;
    alert.append_child(&explanation).ok()?;
    alert.append_child(&reload).ok()?;
    // Into the widget (also when embedded in a host page), else at the top of the page.
    match crate::services::page::widget_root() {
        Some(root) => root.prepend_with_node_1(&alert).ok()?,
        None => document.body()?.prepend_with_node_1(&alert).ok()?,
    }
    Some(())
}
