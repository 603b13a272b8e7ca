//! Tier 3: browser tests in headless Chromium (`wasm-bindgen-test`). The real app is mounted
//! into the test page and driven through the DOM as a person would: pick a language, follow
//! the navigation, and the failure paths (storage refusing to save, a panic).
#![cfg(target_arch = "wasm32")]

use ownplan_web::app::{App, AppProps};
use ownplan_web::i18n::{Language, translate, translate_with};
use ownplan_web::services;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A mounted app: its root element, and the handle that stops it (its listeners too).
struct Mounted {
    root: web_sys::Element,
    app: yew::AppHandle<App>,
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::Element;
    fn deref(&self) -> &web_sys::Element {
        &self.root
    }
}

impl Mounted {
    /// Stops the app and removes its element, so it cannot react to later tests' events.
    fn remove(self) {
        self.app.destroy();
        self.root.remove();
    }
}

/// Gives the app every language's messages, as `services::messages` does for the one the
/// person reads (the test page serves no `locales/` folder).
fn install_all_messages() {
    for language in Language::ALL {
        if !ownplan_web::i18n::has_messages(language) {
            ownplan_web::i18n::install_messages(language, language.fluent_sources().concat());
        }
        // The full sources hold the views' words too: mark them as here.
        for part in ownplan_web::i18n::MessagePart::ALL {
            if !ownplan_web::i18n::has_part(language, part) {
                ownplan_web::i18n::install_part(language, part, String::new());
            }
        }
    }
}

/// Mounts the app into a fresh element and lets it render.
async fn mount(language: Language) -> Mounted {
    install_all_messages();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            initial_language: language,
            embedding: Default::default(),
            views: ownplan_web::app::Views::FULL,
            initial_path: None,
        },
    )
    .render();
    yew::scheduler::flush().await;
    Mounted { root, app }
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Makes every write to local storage fail the way a full quota does.
fn make_storage_full() {
    js_sys::eval(
        "window.__ownplanSetItem = Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { \
           throw new DOMException('full', 'QuotaExceededError'); };",
    )
    .unwrap();
}

/// Undoes [`make_storage_full`].
fn make_storage_work_again() {
    js_sys::eval("Storage.prototype.setItem = window.__ownplanSetItem;").unwrap();
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
    // The switch waits for the language's messages (a task of its own), then renders.
    let code = language.code();
    settle_until(|| {
        document()
            .document_element()
            .and_then(|html| html.get_attribute("lang"))
            .as_deref()
            == Some(code)
    })
    .await;
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
        services::preferences::initial_language(None),
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
        services::preferences::initial_language(None),
        Language::from_browser_preferences(&navigator_languages)
    );
    // Something that is not one of our codes is ignored, never trusted.
    local_storage()
        .set_item("ownplan.language", "<script>")
        .unwrap();
    assert_eq!(
        services::preferences::initial_language(None),
        Language::from_browser_preferences(&navigator_languages)
    );
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn the_navigation_opens_each_view_and_marks_it_current() {
    let root = mount(Language::NorwegianBokmal).await;
    let links = root.query_selector_all(".main-nav a").unwrap();
    assert_eq!(links.length(), 5);
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
    make_storage_full();
    let root = mount(Language::English).await;
    choose_language(&root, Language::NorwegianBokmal).await;
    make_storage_work_again();

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
    install_all_messages();
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

// The plan on the device: typing is saved, a reload finds it, and every failure is shown.

fn plan_in_storage() -> Option<String> {
    local_storage().get_item("ownplan.plan").unwrap()
}

/// Waits for the widget's effects and timers (never a fixed sleep: polls, with a limit).
async fn settle_until(condition: impl Fn() -> bool) {
    for _ in 0..200 {
        yew::scheduler::flush().await;
        if condition() {
            return;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("the condition did not come true within two seconds");
}

async fn type_into(root: &web_sys::Element, selector: &str, text: &str) {
    let area: web_sys::HtmlTextAreaElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap();
    area.set_value(text);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let input = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&input).unwrap();
    yew::scheduler::flush().await;
}

fn hide_page() {
    // What the browser sends when the person switches app or closes the tab.
    let event = web_sys::Event::new("pagehide").unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
}

async fn mount_at(path: &str, language: Language) -> Mounted {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(path)
        .unwrap();
    let root = mount(language).await;
    settle_until(|| root.query_selector("main h1").unwrap().is_some()).await;
    root
}

/// A fresh device (nothing stored) with the app open on "About me", ready to type.
async fn fresh_about_page(language: Language) -> Mounted {
    local_storage().clear().unwrap();
    let root = mount_at("/plan/about", language).await;
    settle_until(|| root.query_selector("#about-story").unwrap().is_some()).await;
    root
}

/// Waits until the app shows a warning (`role=alert`).
async fn wait_for_alert(root: &Mounted) {
    settle_until(|| {
        root.query_selector(".notice-warning[role=alert]")
            .unwrap()
            .is_some()
    })
    .await;
}

/// Stops the app and leaves the page as the next test expects it: nothing stored, at home.
fn finish(root: Mounted) {
    root.remove();
    local_storage().clear().unwrap();
    web_sys::window().unwrap().location().set_hash("/").unwrap();
}

#[wasm_bindgen_test]
async fn typing_is_saved_when_the_page_is_hidden_and_found_after_a_restart() {
    let root = fresh_about_page(Language::English).await;
    // "e" + a combining accent: the browser's normalization makes it one character.
    type_into(
        &root,
        "#about-story",
        "Jeg heter Rene\u{301} og bor i Oslo.",
    )
    .await;
    hide_page();
    settle_until(|| plan_in_storage().is_some_and(|p| p.contains("Jeg heter René og bor i Oslo.")))
        .await;
    root.remove();

    // A new start of the widget (as after a reload or a crash) shows the same words.
    let again = mount_at("/plan/about", Language::English).await;
    settle_until(|| {
        again
            .query_selector("#about-story")
            .unwrap()
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .is_some_and(|area| area.value() == "Jeg heter René og bor i Oslo.")
    })
    .await;
    finish(again);
}

#[wasm_bindgen_test]
async fn when_saving_fails_the_person_is_told_and_offered_a_backup() {
    let root = fresh_about_page(Language::NorwegianBokmal).await;
    make_storage_full();
    type_into(&root, "#about-story", "Dette må ikke gå tapt.").await;
    hide_page();
    wait_for_alert(&root).await;
    make_storage_work_again();
    let notice = text_of(&root, ".notice-warning");
    assert!(
        notice.contains(&translate(Language::NorwegianBokmal, "save-failed")),
        "{notice}"
    );
    assert!(
        notice.contains(&translate(
            Language::NorwegianBokmal,
            "save-download-backup"
        )),
        "{notice}"
    );
    // The words are still there to keep working with.
    let area: web_sys::HtmlTextAreaElement = root
        .query_selector("#about-story")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(area.value(), "Dette må ikke gå tapt.");

    // When storage works again, the next change is saved and the warning goes away.
    type_into(&root, "#about-story", "Dette må ikke gå tapt!").await;
    hide_page();
    settle_until(|| plan_in_storage().is_some_and(|p| p.contains("Dette må ikke gå tapt!"))).await;
    settle_until(|| root.query_selector(".notice-warning").unwrap().is_none()).await;
    finish(root);
}

#[wasm_bindgen_test]
async fn a_save_from_another_tab_is_never_silently_overwritten() {
    let root = fresh_about_page(Language::English).await;
    type_into(&root, "#about-story", "Written in this tab.").await;
    hide_page();
    settle_until(|| plan_in_storage().is_some_and(|p| p.contains("Written in this tab."))).await;

    // Another tab saves a newer revision (no storage event reaches the same tab, as when the
    // event is missed).
    let theirs = plan_in_storage()
        .unwrap()
        .replace("Written in this tab.", "Written in the other tab.")
        .replace("\"revision\":1", "\"revision\":2")
        .replace("\"writer\":\"tab-", "\"writer\":\"other-");
    local_storage().set_item("ownplan.plan", &theirs).unwrap();

    type_into(&root, "#about-story", "Written in this tab, later.").await;
    hide_page();
    wait_for_alert(&root).await;
    assert!(
        text_of(&root, ".notice-warning").contains(&translate(Language::English, "save-conflict"))
    );
    assert!(
        plan_in_storage()
            .unwrap()
            .contains("Written in the other tab."),
        "nothing was overwritten"
    );

    // The person keeps this tab's version: now it is saved over the other one, on purpose.
    let keep: web_sys::HtmlElement = root
        .query_selector(".notice-warning .button-primary")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    keep.click();
    settle_until(|| plan_in_storage().is_some_and(|p| p.contains("Written in this tab, later.")))
        .await;
    finish(root);
}

/// The first module shows its own overview only to a first visit: with nothing of the
/// person's stored. A plan, an unreadable one kept aside, a backup's record (which warns that a
/// plan vanished) or a key each send the person to the full module; the language chosen and
/// another namespace's plan do not.
#[wasm_bindgen_test]
fn only_a_device_with_nothing_of_the_persons_is_a_first_visit() {
    use services::plan_store::surely_nothing_stored;
    local_storage().clear().unwrap();
    assert!(surely_nothing_stored(), "an empty device");
    local_storage().set_item("ownplan.language", "nn").unwrap();
    local_storage()
        .set_item("ownplan.fjordvik.plan", "{}")
        .unwrap();
    local_storage().set_item("host.plan", "{}").unwrap();
    assert!(
        surely_nothing_stored(),
        "a preference, another namespace, the host's own"
    );
    for key in [
        "ownplan.plan",
        "ownplan.plan.unreadable.1",
        "ownplan.backup",
        "ownplan.key",
    ] {
        local_storage().set_item(key, "x").unwrap();
        assert!(!surely_nothing_stored(), "{key}");
        local_storage().remove_item(key).unwrap();
    }
    assert!(surely_nothing_stored());
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn stored_data_that_cannot_be_read_is_kept_aside_and_the_person_is_told() {
    local_storage().clear().unwrap();
    local_storage()
        .set_item("ownplan.plan", "{this is not a plan")
        .unwrap();
    let root = mount_at("/", Language::NorwegianNynorsk).await;
    wait_for_alert(&root).await;
    let notice = text_of(&root, ".notice-warning");
    assert!(
        notice.contains(&translate(Language::NorwegianNynorsk, "storage-unreadable")),
        "{notice}"
    );
    assert_eq!(
        local_storage()
            .get_item("ownplan.plan.unreadable.1")
            .unwrap()
            .as_deref(),
        Some("{this is not a plan"),
        "kept aside, not deleted"
    );
    root.remove();
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn unreadable_data_that_cannot_be_kept_aside_is_never_written_over() {
    local_storage().clear().unwrap();
    local_storage()
        .set_item("ownplan.plan", "{damaged")
        .unwrap();
    // Storage is full: the copy aside cannot be made.
    make_storage_full();
    let root = mount_at("/plan/about", Language::English).await;
    wait_for_alert(&root).await;
    make_storage_work_again();
    let notice = text_of(&root, ".notice-warning");
    assert!(
        notice.contains(&translate(Language::English, "storage-unreadable-not-kept")),
        "{notice}"
    );
    assert!(
        notice.contains(&translate(Language::English, "save-download-backup")),
        "{notice}"
    );
    // Whatever is typed now, the damaged data stays as it was.
    settle_until(|| root.query_selector("#about-story").unwrap().is_some()).await;
    type_into(&root, "#about-story", "Nytt innhold").await;
    hide_page();
    yew::scheduler::flush().await;
    assert_eq!(
        local_storage().get_item("ownplan.plan").unwrap().as_deref(),
        Some("{damaged")
    );
    finish(root);
}

#[wasm_bindgen_test]
async fn after_a_failed_save_another_tab_is_not_followed_over_the_unsaved_words() {
    let root = fresh_about_page(Language::English).await;
    make_storage_full();
    type_into(&root, "#about-story", "Not saved yet.").await;
    hide_page();
    wait_for_alert(&root).await;
    make_storage_work_again();

    // Another tab saves its own plan; the browser tells this tab with a storage event.
    let theirs = r#"{"ownplanStorage":1,"revision":5,"writer":"other-tab","plan":{"formatVersion":1,"planId":"0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b","planVersion":1,"individualPlan":{"myStory":"From the other tab."}}}"#;
    local_storage().set_item("ownplan.plan", theirs).unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some("ownplan.plan"));
    init.set_new_value(Some(theirs));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    settle_until(|| {
        text_of(&root, ".notice-warning").contains(&translate(Language::English, "save-conflict"))
    })
    .await;
    let area: web_sys::HtmlTextAreaElement = root
        .query_selector("#about-story")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(
        area.value(),
        "Not saved yet.",
        "this tab's words are still there"
    );
    finish(root);
}

// The list editor (issue 13): "Add" and leaving keeps nothing, and the keyboard focus never
// falls back to the page after Done, a move, Delete or Undo; a new person from "who to call".

/// The id of the element that has the keyboard focus ("" for none, "BODY" for the page).
fn focused_id() -> String {
    match document().active_element() {
        Some(element) if element.id().is_empty() => element.tag_name(),
        Some(element) => element.id(),
        None => String::new(),
    }
}

/// A selector for the element with `id` (item ids hold colons, which `#id` does not allow).
fn by_id(id: &str) -> String {
    format!("[id='{id}']")
}

/// Whether the element `selector` finds has the keyboard focus.
fn has_focus(root: &web_sys::Element, selector: &str) -> bool {
    let element = root.query_selector(selector).unwrap();
    match (element, document().active_element()) {
        (Some(element), Some(active)) => {
            let element: &wasm_bindgen::JsValue = element.as_ref();
            let active: &wasm_bindgen::JsValue = active.as_ref();
            element == active
        }
        _ => false,
    }
}

fn click(root: &web_sys::Element, selector: &str) {
    let element: web_sys::HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap();
    element.click();
}

fn count_of(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// Types into an `<input>` as a keyboard does (the value, then an `input` event).
async fn type_into_line(root: &web_sys::Element, selector: &str, text: &str) {
    let input: web_sys::HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap();
    input.set_value(text);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let input_event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&input_event).unwrap();
    yew::scheduler::flush().await;
}

/// Picks `value` in a `<select>` as a person does (the value, then a `change` event).
async fn pick(root: &web_sys::Element, selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap();
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let change = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    select.dispatch_event(&change).unwrap();
    yew::scheduler::flush().await;
}

/// The plan as saved on the device, once the saved text holds `expected` (the page is hidden
/// first, so saving does not wait).
async fn saved_plan(expected: &str) -> serde_json::Value {
    hide_page();
    settle_until(|| plan_in_storage().is_some_and(|p| p.contains(expected))).await;
    let stored = plan_in_storage().unwrap_or_default();
    serde_json::from_str::<serde_json::Value>(&stored).unwrap()["plan"].clone()
}

/// Puts a plan with `goals` (texts) on the device and opens the goals view.
async fn goals_page(goals: &[&str]) -> Mounted {
    local_storage().clear().unwrap();
    let goals: Vec<_> = goals
        .iter()
        .enumerate()
        .map(|(n, text)| serde_json::json!({"id": format!("g{n}"), "text": text}))
        .collect();
    let stored = serde_json::json!({"ownplanStorage": 1, "revision": 1, "writer": "test",
        "plan": {"formatVersion": 1, "planId": "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b",
            "planVersion": 1, "individualPlan": {"goals": goals}}});
    local_storage()
        .set_item("ownplan.plan", &stored.to_string())
        .unwrap();
    let root = mount_at("/plan/goals", Language::English).await;
    let expected = goals.len() as u32;
    settle_until(|| {
        count_of(&root, ".item-card") == expected
            && root.query_selector("#goals-add").unwrap().is_some()
    })
    .await;
    root
}

#[wasm_bindgen_test]
async fn add_then_done_with_nothing_written_keeps_no_item_and_the_focus_goes_back_to_add() {
    let root = goals_page(&["Sove bedre"]).await;
    click(&root, "#goals-add");
    settle_until(|| focused_id().ends_with("-text")).await;
    assert_eq!(
        count_of(&root, ".item-card"),
        2,
        "the new item's form is open"
    );
    click(&root, ".item-card.is-open .item-form > .button-primary");
    settle_until(|| count_of(&root, ".item-card") == 1).await;
    assert_eq!(focused_id(), "goals-add");
    let plan = saved_plan("Sove bedre").await;
    assert_eq!(
        plan["individualPlan"]["goals"].as_array().map(Vec::len),
        Some(1),
        "{plan}"
    );
    finish(root);
}

#[wasm_bindgen_test]
async fn add_then_leaving_the_view_keeps_no_item() {
    let root = goals_page(&[]).await;
    click(&root, "#goals-add");
    settle_until(|| count_of(&root, ".item-card.is-open") == 1).await;
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("/plan/measures")
        .unwrap();
    settle_until(|| root.query_selector("#measures-add").unwrap().is_some()).await;
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("/plan/goals")
        .unwrap();
    settle_until(|| root.query_selector("#goals-add").unwrap().is_some()).await;
    assert_eq!(count_of(&root, ".item-card"), 0);
    let plan = saved_plan("planId").await;
    assert!(
        plan["individualPlan"]["goals"]
            .as_array()
            .is_none_or(Vec::is_empty),
        "{plan}"
    );
    finish(root);
}

#[wasm_bindgen_test]
async fn written_into_a_new_item_is_kept_and_done_puts_the_focus_on_its_edit_button() {
    let root = goals_page(&[]).await;
    click(&root, "#goals-add");
    settle_until(|| focused_id().ends_with("-text")).await;
    let field = focused_id();
    type_into(&root, &by_id(&field), "Få en jobb").await;
    // The first keystroke added the item, and the field kept the focus.
    assert_eq!(focused_id(), field);
    click(&root, ".item-card.is-open .item-form > .button-primary");
    settle_until(|| count_of(&root, ".item-card.is-open") == 0).await;
    assert!(
        has_focus(&root, ".item-card .item-buttons .button:nth-child(1)"),
        "{}",
        focused_id()
    );
    let label = document()
        .active_element()
        .unwrap()
        .get_attribute("aria-label")
        .unwrap_or_default();
    assert!(label.contains("Få en jobb"), "{label}");
    let plan = saved_plan("Få en jobb").await;
    assert_eq!(plan["individualPlan"]["goals"][0]["text"], "Få en jobb");
    finish(root);
}

#[wasm_bindgen_test]
async fn done_add_another_keeps_the_item_and_opens_the_next_with_the_focus_in_it() {
    let root = goals_page(&[]).await;
    click(&root, "#goals-add");
    settle_until(|| focused_id().ends_with("-text")).await;
    let first = focused_id();
    type_into(&root, &by_id(&first), "Få en jobb").await;
    click(&root, ".item-card.is-open .item-done-add");
    settle_until(|| focused_id().ends_with("-text") && focused_id() != first).await;
    assert_eq!(
        count_of(&root, ".item-card"),
        2,
        "the first kept, the next open"
    );
    assert_eq!(count_of(&root, ".item-card.is-open"), 1);
    let second = focused_id();
    type_into(&root, &by_id(&second), "Sove bedre").await;
    // "Done, add another" on an item left blank lets it go, like "Done".
    click(&root, ".item-card.is-open .item-done-add");
    settle_until(|| focused_id().ends_with("-text") && focused_id() != second).await;
    click(&root, ".item-card.is-open .item-done-add");
    settle_until(|| count_of(&root, ".item-card") == 3).await;
    click(&root, ".item-card.is-open .item-form > .button-primary");
    settle_until(|| count_of(&root, ".item-card") == 2).await;
    assert_eq!(focused_id(), "goals-add");
    let plan = saved_plan("Sove bedre").await;
    let texts: Vec<_> = plan["individualPlan"]["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|goal| goal["text"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(texts, ["Få en jobb", "Sove bedre"]);
    finish(root);
}

/// The card at `place` (1, 2, ...), for selectors.
fn nth(place: u32) -> String {
    format!(".item-card:nth-child({place})")
}

fn titles(root: &web_sys::Element) -> Vec<String> {
    let titles = root.query_selector_all(".item-card .item-title").unwrap();
    (0..titles.length())
        .map(|n| titles.item(n).unwrap().text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn a_moved_item_keeps_the_focus_and_the_move_is_announced() {
    let root = goals_page(&["A", "B", "C"]).await;
    click(&root, &format!("{} .button:nth-child(3)", nth(1)));
    settle_until(|| has_focus(&root, &format!("{} .button:nth-child(3)", nth(2)))).await;
    assert!(titles(&root)[1].ends_with('A'), "{:?}", titles(&root));
    assert_eq!(
        text_of(&root, "#goals-moved"),
        translate_with(
            Language::English,
            "item-moved",
            &[("position", "2"), ("count", "3")]
        )
    );
    // Onto the last place: "Move down" is disabled there, so "Move up" takes the focus.
    click(&root, &format!("{} .button:nth-child(3)", nth(2)));
    settle_until(|| has_focus(&root, &format!("{} .button:nth-child(2)", nth(3)))).await;
    assert!(titles(&root)[2].ends_with('A'), "{:?}", titles(&root));
    assert!(text_of(&root, "#goals-moved").contains('3'));
    // "B" up to the first place: "Move down" takes the focus.
    click(&root, &format!("{} .button:nth-child(2)", nth(2)));
    settle_until(|| has_focus(&root, &format!("{} .button:nth-child(3)", nth(1)))).await;
    assert!(titles(&root)[0].ends_with('C'), "{:?}", titles(&root));
    finish(root);
}

#[wasm_bindgen_test]
async fn after_delete_the_focus_goes_to_the_next_item_and_after_undo_to_the_item_brought_back() {
    let root = goals_page(&["A", "B"]).await;
    let edit = |place| format!("{} .button:nth-child(1)", nth(place));
    let delete = |place| format!("{} .item-delete", nth(place));
    click(&root, &delete(1));
    settle_until(|| count_of(&root, ".item-card") == 1).await;
    assert!(has_focus(&root, &edit(1)), "{}", focused_id());
    assert!(titles(&root)[0].ends_with('B'));
    click(&root, "#undo-delete");
    settle_until(|| count_of(&root, ".item-card") == 2).await;
    settle_until(|| has_focus(&root, &edit(1))).await;
    assert!(
        titles(&root)[0].ends_with('A'),
        "the restored item has the focus"
    );
    // The last item: the one before it; the only one: "Add".
    click(&root, &delete(2));
    settle_until(|| count_of(&root, ".item-card") == 1).await;
    assert!(has_focus(&root, &edit(1)), "{}", focused_id());
    click(&root, &delete(1));
    settle_until(|| count_of(&root, ".item-card") == 0).await;
    assert_eq!(focused_id(), "goals-add");
    finish(root);
}

#[wasm_bindgen_test]
async fn a_new_person_from_who_to_call_joins_the_network_and_is_chosen() {
    local_storage().clear().unwrap();
    let root = mount_at("/crisis/contacts", Language::NorwegianBokmal).await;
    settle_until(|| root.query_selector("#contacts-add").unwrap().is_some()).await;
    click(&root, "#contacts-add");
    settle_until(|| focused_id().ends_with("-who")).await;
    let who = focused_id();
    // "Myself" is not someone to call.
    assert!(
        root.query_selector(&format!("{} option[value=me]", by_id(&who)))
            .unwrap()
            .is_none()
    );
    pick(&root, &by_id(&who), "new-person").await;
    settle_until(|| focused_id() == format!("{who}-new-name")).await;
    type_into_line(&root, &by_id(&format!("{who}-new-name")), "Linn Haugen").await;
    type_into_line(&root, &by_id(&format!("{who}-new-phone")), "912 34 567").await;
    click(&root, &by_id(&format!("{who}-new-add")));
    settle_until(|| focused_id() == who).await;
    let select: web_sys::HtmlSelectElement = document()
        .get_element_by_id(&who)
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(select.value().starts_with("member:"), "{}", select.value());
    let plan = saved_plan("\"contacts\":[{").await;
    let member = &plan["network"][0];
    assert_eq!(member["name"], "Linn Haugen", "{plan}");
    assert_eq!(member["phone"], "912 34 567", "{plan}");
    assert_eq!(
        plan["crisisPlan"]["contacts"][0]["who"]["member"], member["id"],
        "{plan}"
    );
    // The card is named by the person.
    click(&root, ".item-card.is-open .item-form > .button-primary");
    settle_until(|| count_of(&root, ".item-card.is-open") == 0).await;
    assert!(text_of(&root, ".item-card .item-title").contains("Linn Haugen"));
    finish(root);
}

#[wasm_bindgen_test]
async fn the_role_next_of_kin_sets_the_next_of_kin_of_the_document() {
    local_storage().clear().unwrap();
    let root = mount_at("/network", Language::English).await;
    settle_until(|| root.query_selector("#network-add").unwrap().is_some()).await;
    click(&root, "#network-add");
    settle_until(|| focused_id().ends_with("-name")).await;
    let name = focused_id();
    type_into_line(&root, &by_id(&name), "Kari").await;
    let role = name.replace("-name", "-role");
    pick(&root, &by_id(&role), "nextOfKin").await;
    assert!(
        document()
            .get_element_by_id(&name.replace("-name", "-nextOfKin"))
            .is_none(),
        "one way to say it: the role"
    );
    let plan = saved_plan("\"nextOfKin\":true").await;
    assert_eq!(plan["network"][0]["role"], "nextOfKin", "{plan}");
    assert_eq!(plan["network"][0]["nextOfKin"], true, "{plan}");
    finish(root);
}

/// Issue 13: after a change of view the new view's heading has the focus and the tab has the
/// view's title; the first view takes no focus.
#[wasm_bindgen_test]
async fn a_change_of_view_focuses_the_new_heading_and_names_the_tab() {
    local_storage().clear().unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("/crisis/after")
        .unwrap();
    let root = mount(Language::English).await;
    let focused_heading = || {
        let h1 = root.query_selector("main h1").unwrap().unwrap();
        document()
            .active_element()
            .is_some_and(|active| active.is_same_node(Some(&h1)))
    };
    assert!(!focused_heading(), "the first view takes no focus");
    let view_title = |name_id: &str| {
        ownplan_web::i18n::translate_with(
            Language::English,
            "view-title",
            &[("view", &translate(Language::English, name_id))],
        )
    };
    assert_eq!(document().title(), view_title("page-after-title"));

    // "Next" after the last part of the crisis plan: the crisis card.
    let next: web_sys::HtmlElement = root
        .query_selector(".part-step-next")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    next.click();
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&root, "main h1"),
        translate(Language::English, "card-title")
    );
    assert!(focused_heading(), "the card's heading has the focus");
    assert_eq!(document().title(), view_title("card-title"));
    assert_eq!(
        root.query_selector("main h1")
            .unwrap()
            .unwrap()
            .get_attribute("tabindex")
            .as_deref(),
        Some("-1")
    );
    web_sys::window().unwrap().location().set_hash("/").unwrap();
    root.remove();
}

/// Issue 13: the backup passphrase refused is announced (an alert) and its field has the focus.
#[wasm_bindgen_test]
async fn a_refused_backup_passphrase_is_an_alert_and_has_the_focus() {
    local_storage().clear().unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("/backup")
        .unwrap();
    let root = mount(Language::English).await;
    yew::scheduler::flush().await;
    if root.query_selector("#backup-passphrase").unwrap().is_none() {
        let protect: web_sys::HtmlElement = root
            .query_selector("#backup-protect")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        protect.click();
        yew::scheduler::flush().await;
    }
    let download: web_sys::HtmlElement = root
        .query_selector("#backup-download")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    download.click();
    yew::scheduler::flush().await;
    let error = root
        .query_selector("#backup-passphrase-error")
        .unwrap()
        .expect("the problem is shown");
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("backup-passphrase")
    );
    web_sys::window().unwrap().location().set_hash("/").unwrap();
    root.remove();
}

// Read aloud (the device's own voice): a fake `speechSynthesis` stands in for the device's, and
// records what it is asked to read.

/// Puts a fake speech synthesis on the page whose voices are the JavaScript array `voices`.
/// What it is asked to read goes to `window.__spoken`, its other calls to `window.__speechCalls`,
/// and the last utterance to `window.__utterance`.
fn fake_speech(voices: &str) {
    js_sys::eval(&format!(
        "if (!('__ownplanRealSpeech' in window)) {{ \
           window.__ownplanRealSpeech = Object.getOwnPropertyDescriptor(window, 'speechSynthesis'); }} \
         window.__spoken = []; window.__speechCalls = []; window.__voices = {voices}; \
         const fake = new EventTarget(); \
         fake.paused = false; \
         fake.getVoices = () => window.__voices; \
         fake.speak = (u) => {{ window.__utterance = u; \
           window.__spoken.push({{ text: u.text, lang: u.lang }}); }}; \
         fake.pause = () => window.__speechCalls.push('pause'); \
         fake.resume = () => window.__speechCalls.push('resume'); \
         fake.cancel = () => window.__speechCalls.push('cancel'); \
         Object.defineProperty(window, 'speechSynthesis', {{ value: fake, configurable: true }});"
    ))
    .unwrap();
}

/// The device's voices change to `voices`, as when a browser has them only after a moment.
fn change_voices(voices: &str) {
    js_sys::eval(&format!(
        "window.__voices = {voices}; \
         window.speechSynthesis.dispatchEvent(new Event('voiceschanged'));"
    ))
    .unwrap();
}

/// Puts the browser's own speech synthesis back.
fn real_speech() {
    js_sys::eval(
        "delete window.speechSynthesis; \
         if (window.__ownplanRealSpeech) { \
           Object.defineProperty(window, 'speechSynthesis', window.__ownplanRealSpeech); } \
         delete window.__ownplanRealSpeech;",
    )
    .unwrap();
}

fn eval_string(code: &str) -> String {
    js_sys::eval(code).unwrap().as_string().unwrap_or_default()
}

/// A plan written in Nynorsk, with my story, on the device; the "About me" view open in English.
async fn nynorsk_about_page() -> Mounted {
    local_storage().clear().unwrap();
    let stored = serde_json::json!({"ownplanStorage": 1, "revision": 1, "writer": "test",
        "plan": {"formatVersion": 1, "planId": "0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c0c",
            "planVersion": 1, "meta": {"language": "nn"},
            "individualPlan": {"myStory": "Eg voks opp ved sjøen"}}});
    local_storage()
        .set_item("ownplan.plan", &stored.to_string())
        .unwrap();
    let root = mount_at("/plan/about", Language::English).await;
    settle_until(|| {
        root.query_selector("#about-story")
            .unwrap()
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .is_some_and(|area| area.value().contains("sjøen"))
    })
    .await;
    root
}

#[wasm_bindgen_test]
async fn read_aloud_reads_the_part_with_a_bokmal_voice_for_a_nynorsk_plan_and_can_pause_and_stop() {
    fake_speech(
        "[{ lang: 'en-US', name: 'English', localService: true }, \
                  { lang: 'nb-NO', name: 'Fake', localService: true }]",
    );
    let root = nynorsk_about_page().await;
    settle_until(|| root.query_selector(".read-aloud-start").unwrap().is_some()).await;
    let status = || text_of(&root, ".read-aloud-status");
    assert_eq!(status(), "", "nothing is announced before reading");

    click(&root, ".read-aloud-start");
    settle_until(|| root.query_selector(".read-aloud-stop").unwrap().is_some()).await;
    assert_eq!(eval_string("String(window.__spoken.length)"), "1");
    assert_eq!(eval_string("window.__spoken[0].lang"), "nb-NO");
    let spoken = eval_string("window.__spoken[0].text");
    let title = translate(Language::English, "page-about-title");
    assert!(spoken.starts_with(&format!("{title}.")), "{spoken}");
    assert!(spoken.contains("Eg voks opp ved sjøen."), "{spoken}");
    let label = translate(Language::English, "field-my-story");
    assert!(spoken.contains(&label), "the field is named: {spoken}");
    for left_out in ["read-aloud-start", "part-next"] {
        let words = translate(Language::English, left_out);
        let words = words.split('{').next().unwrap_or_default().trim();
        assert!(!spoken.contains(words), "{left_out} is not read: {spoken}");
    }
    assert_eq!(
        status(),
        translate(Language::English, "read-aloud-reading"),
        "a screen reader is told"
    );

    // The same button pauses and goes on, and keeps the focus.
    let toggle = root.query_selector(".read-aloud-toggle").unwrap().unwrap();
    toggle
        .dyn_ref::<web_sys::HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    click(&root, ".read-aloud-pause");
    settle_until(|| root.query_selector(".read-aloud-resume").unwrap().is_some()).await;
    assert!(has_focus(&root, ".read-aloud-resume"));
    assert_eq!(status(), translate(Language::English, "read-aloud-paused"));
    assert!(eval_string("window.__speechCalls.join()").ends_with("pause"));
    click(&root, ".read-aloud-resume");
    settle_until(|| root.query_selector(".read-aloud-pause").unwrap().is_some()).await;
    assert!(eval_string("window.__speechCalls.join()").ends_with("pause,resume"));

    // Stop: the voice stops and the focus goes back to the button that stays.
    click(&root, ".read-aloud-stop");
    settle_until(|| root.query_selector(".read-aloud-stop").unwrap().is_none()).await;
    assert!(eval_string("window.__speechCalls.join()").ends_with("cancel"));
    assert!(has_focus(&root, ".read-aloud-start"));
    assert_eq!(status(), translate(Language::English, "read-aloud-stopped"));

    // Read to the end: back to the start.
    click(&root, ".read-aloud-start");
    settle_until(|| root.query_selector(".read-aloud-stop").unwrap().is_some()).await;
    assert_eq!(eval_string("String(window.__spoken.length)"), "2");
    js_sys::eval("window.__utterance.dispatchEvent(new Event('end'))").unwrap();
    settle_until(|| root.query_selector(".read-aloud-start").unwrap().is_some()).await;
    assert!(root.query_selector(".read-aloud-stop").unwrap().is_none());
    assert_eq!(
        status(),
        translate(Language::English, "read-aloud-finished")
    );

    // Leaving the view stops the voice.
    click(&root, ".read-aloud-start");
    settle_until(|| root.query_selector(".read-aloud-stop").unwrap().is_some()).await;
    let calls_before = eval_string("window.__speechCalls.join()");
    finish(root);
    let expected = format!("{calls_before},cancel");
    settle_until(|| eval_string("window.__speechCalls.join()") == expected).await;
    real_speech();
}

#[wasm_bindgen_test]
async fn read_aloud_is_offered_only_with_a_voice_on_the_device_for_the_language() {
    fake_speech("[]");
    let root = nynorsk_about_page().await;
    for _ in 0..5 {
        yew::scheduler::flush().await;
    }
    assert!(root.query_selector(".read-aloud").unwrap().is_none());
    // A voice that would send the text to a server is no voice for this.
    change_voices("[{ lang: 'nb-NO', name: 'Online', localService: false }]");
    for _ in 0..5 {
        yew::scheduler::flush().await;
    }
    assert!(root.query_selector(".read-aloud").unwrap().is_none());
    // An English voice does not read a Nynorsk plan.
    change_voices("[{ lang: 'en-GB', name: 'English', localService: true }]");
    for _ in 0..5 {
        yew::scheduler::flush().await;
    }
    assert!(root.query_selector(".read-aloud").unwrap().is_none());
    // The device's own Nynorsk voice comes a moment later.
    change_voices("[{ lang: 'nn-NO', name: 'Nynorsk', localService: true }]");
    settle_until(|| root.query_selector(".read-aloud-start").unwrap().is_some()).await;
    finish(root);

    // No speech synthesis at all.
    js_sys::eval(
        "Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });",
    )
    .unwrap();
    let root = nynorsk_about_page().await;
    for _ in 0..5 {
        yew::scheduler::flush().await;
    }
    assert!(root.query_selector(".read-aloud").unwrap().is_none());
    finish(root);
    real_speech();
}
