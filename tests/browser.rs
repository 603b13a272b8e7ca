//! Tier 3: browser tests in headless Chromium (`wasm-bindgen-test`). The real app is mounted
//! into the test page and driven through the DOM as a person would: pick a language, follow
//! the navigation, and the failure paths (storage refusing to save, a panic).
#![cfg(target_arch = "wasm32")]

use ownplan_web::app::{App, AppProps};
use ownplan_web::i18n::{Language, translate};
use ownplan_web::services;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app into a fresh element and lets it render.
async fn mount(language: Language) -> web_sys::Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            initial_language: language,
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

async fn choose_language(root: &web_sys::Element, language: Language) {
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#ownplan-language")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value(language.code());
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let change = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    select.dispatch_event(&change).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn choosing_a_language_translates_the_page_and_is_remembered() {
    local_storage().clear().unwrap();
    let root = mount(Language::English).await;
    assert_eq!(
        text_of(&root, "h1"),
        translate(Language::English, "home-title")
    );

    choose_language(&root, Language::NorwegianNynorsk).await;

    assert_eq!(
        text_of(&root, "h1"),
        translate(Language::NorwegianNynorsk, "home-title")
    );
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("nn"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(
        local_storage()
            .get_item("ownplan.language")
            .unwrap()
            .as_deref(),
        Some("nn")
    );
    // The next start of the widget begins in the remembered language.
    assert_eq!(
        services::preferences::initial_language(),
        Language::NorwegianNynorsk
    );
    root.remove();
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn without_a_remembered_choice_the_browser_language_decides() {
    local_storage().clear().unwrap();
    let navigator_languages: Vec<String> = web_sys::window()
        .unwrap()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    assert_eq!(
        services::preferences::initial_language(),
        Language::from_browser_preferences(&navigator_languages)
    );
    // Something that is not one of our codes is ignored, never trusted.
    local_storage()
        .set_item("ownplan.language", "<script>")
        .unwrap();
    assert_eq!(
        services::preferences::initial_language(),
        Language::from_browser_preferences(&navigator_languages)
    );
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn the_navigation_opens_each_view_and_marks_it_current() {
    let root = mount(Language::NorwegianBokmal).await;
    let links = root.query_selector_all(".main-nav a").unwrap();
    assert_eq!(links.length(), 6);
    let crisis: web_sys::HtmlElement = links.item(2).unwrap().dyn_into().unwrap();
    crisis.click();
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&root, "h1"),
        translate(Language::NorwegianBokmal, "page-crisis-title")
    );
    assert_eq!(
        text_of(&root, "[aria-current=page]"),
        translate(Language::NorwegianBokmal, "nav-crisis")
    );
    let location = web_sys::window().unwrap().location();
    assert_eq!(location.hash().unwrap(), "#/crisis");
    location.set_hash("/").unwrap();
    root.remove();
}

#[wasm_bindgen_test]
async fn when_storage_refuses_the_person_is_told_and_the_language_still_changes() {
    local_storage().clear().unwrap();
    // Make every write fail the way a full storage quota does.
    js_sys::eval(
        "window.__ownplanSetItem = Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { \
           throw new DOMException('full', 'QuotaExceededError'); };",
    )
    .unwrap();
    let root = mount(Language::English).await;
    choose_language(&root, Language::NorwegianBokmal).await;
    js_sys::eval("Storage.prototype.setItem = window.__ownplanSetItem;").unwrap();

    assert_eq!(
        text_of(&root, "h1"),
        translate(Language::NorwegianBokmal, "home-title")
    );
    let notice = text_of(&root, ".status-notice[role=status]");
    assert!(
        notice.contains(&translate(
            Language::NorwegianBokmal,
            "notice-language-not-remembered"
        )),
        "{notice}"
    );
    assert!(
        notice.contains(&translate(
            Language::NorwegianBokmal,
            "error-storage-write-failed"
        )),
        "{notice}"
    );
    assert_eq!(local_storage().get_item("ownplan.language").unwrap(), None);

    // Once storage works again, the next choice is saved and the notice goes away.
    choose_language(&root, Language::English).await;
    assert!(root.query_selector(".status-notice").unwrap().is_none());
    assert_eq!(
        local_storage()
            .get_item("ownplan.language")
            .unwrap()
            .as_deref(),
        Some("en")
    );
    root.remove();
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn an_address_fragment_the_router_does_not_know_is_replaced_before_start() {
    let location = web_sys::window().unwrap().location();
    location.set_hash("top").unwrap();
    services::page::normalize_route_fragment();
    assert_eq!(location.hash().unwrap(), "#/");
    let root = mount(Language::English).await;
    assert_eq!(
        text_of(&root, "h1"),
        translate(Language::English, "home-title")
    );
    root.remove();
}

#[wasm_bindgen_test]
fn the_panic_message_is_translated_and_announced() {
    services::panic::show_panic_message(Language::NorwegianNynorsk);
    let alert = document()
        .get_element_by_id("ownplan-panic")
        .expect("the message is shown");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains(&translate(Language::NorwegianNynorsk, "panic-title")));
    assert!(text.contains(&translate(Language::NorwegianNynorsk, "panic-body")));
    assert!(text.contains(&translate(Language::NorwegianNynorsk, "panic-reload")));
    // Shown once, however often the hook runs.
    services::panic::show_panic_message(Language::English);
    assert_eq!(
        document()
            .query_selector_all("#ownplan-panic")
            .unwrap()
            .length(),
        1
    );
    alert.remove();
}
