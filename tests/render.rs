//! Tier 2: native render tests. The shell and its pages are rendered to HTML with Yew's `ssr`
//! feature (initial render only, no effects, no browser), and the HTML is checked for what a
//! person and a screen reader rely on: landmarks, headings, labelled controls, the current page
//! marked, text in the chosen language.
#![cfg(not(target_arch = "wasm32"))]

use ownplan_web::app::{Shell, Views};
use ownplan_web::i18n::{Language, translate};
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
struct HarnessProps {
    path: &'static str,
    language: Language,
    views: Views,
}

/// The shell at `path`, with a memory router instead of the browser's.
#[component]
fn Harness(props: &HarnessProps) -> Html {
    let history: AnyHistory = MemoryHistory::with_entries(vec![props.path]).into();
    html! {
        <Router history={history}>
            <Shell initial_language={props.language} views={props.views} />
        </Router>
    }
}

/// The shell with every view, as the full module renders it.
async fn render(path: &'static str, language: Language) -> String {
    render_views(path, language, Views::FULL).await
}

async fn render_views(path: &'static str, language: Language, views: Views) -> String {
    yew::LocalServerRenderer::<Harness>::with_props(HarnessProps {
        path,
        language,
        views,
    })
    .hydratable(false)
    .render()
    .await
}

fn t(language: Language, id: &str) -> String {
    // Rendered HTML escapes text; our messages contain no characters that need escaping
    // except the apostrophe, which Yew writes as-is.
    translate(language, id)
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[tokio::test]
async fn the_shell_has_one_of_each_landmark_and_a_heading() {
    let html = render("/", Language::English).await;
    assert_eq!(count(&html, "<header"), 1, "{html}");
    assert_eq!(count(&html, "<nav"), 1, "{html}");
    assert_eq!(count(&html, "<main"), 1, "{html}");
    assert_eq!(count(&html, "<footer"), 1, "{html}");
    assert_eq!(count(&html, "<h1"), 1, "{html}");
    assert!(html.contains(&t(Language::English, "home-title")), "{html}");
    assert!(html.contains(&t(Language::English, "home-intro")), "{html}");
}

#[tokio::test]
async fn the_navigation_names_every_view_and_marks_the_current_one() {
    let html = render("/crisis", Language::NorwegianBokmal).await;
    for id in [
        "nav-home",
        "nav-plan",
        "nav-crisis",
        "nav-network",
        "nav-share",
        "nav-verify",
    ] {
        assert!(html.contains(&t(Language::NorwegianBokmal, id)), "{id}");
    }
    assert_eq!(count(&html, "aria-current=\"page\""), 1, "{html}");
    let current = html
        .split("aria-current=\"page\"")
        .nth(1)
        .and_then(|rest| rest.split("</a>").next())
        .unwrap_or_default();
    assert!(
        current.contains(&t(Language::NorwegianBokmal, "nav-crisis")),
        "{current}"
    );
    assert!(
        html.contains(&t(Language::NorwegianBokmal, "page-crisis-title")),
        "{html}"
    );
}

#[tokio::test]
async fn every_route_renders_its_own_heading_in_every_language() {
    let routes: [(&'static str, &str); 28] = [
        ("/", "home-title"),
        ("/plan", "page-plan-title"),
        ("/plan/about", "page-about-title"),
        ("/plan/goals", "page-goals-title"),
        ("/plan/resources", "page-resources-title"),
        ("/plan/measures", "page-measures-title"),
        ("/plan/contributions", "page-contributions-title"),
        ("/plan/agreements", "page-agreements-title"),
        ("/plan/appointments", "page-appointments-title"),
        ("/plan/period", "page-period-title"),
        ("/plan/consent", "page-consent-title"),
        ("/crisis", "page-crisis-title"),
        ("/network", "page-network-title"),
        ("/share", "page-share-title"),
        ("/verify", "page-verify-title"),
        ("/backup", "page-backup-title"),
        ("/crisis/signs", "page-signs-title"),
        ("/crisis/helps", "page-helps-title"),
        ("/crisis/meet", "page-meet-title"),
        ("/crisis/contacts", "page-contacts-title"),
        ("/crisis/admission", "page-admission-title"),
        ("/crisis/treatment", "page-treatment-title"),
        ("/crisis/practical", "page-practical-title"),
        ("/crisis/after", "page-after-title"),
        ("/crisis/card", "card-title"),
        ("/crisis/wallet", "wallet-title"),
        ("/print", "print-title"),
        ("/no/such/page", "not-found-title"),
    ];
    for language in Language::ALL {
        for (path, title_id) in routes {
            let html = render(path, language).await;
            let heading = format!(">{}</h1>", t(language, title_id));
            assert!(html.contains(&heading), "{path} in {language:?}: {html}");
        }
    }
}

#[tokio::test]
async fn the_language_picker_is_labelled_and_offers_each_language_in_itself() {
    let html = render("/", Language::NorwegianNynorsk).await;
    assert!(
        html.contains("<label for=\"ownplan-language\">"),
        "label tied to the select: {html}"
    );
    assert!(html.contains("<select id=\"ownplan-language\""), "{html}");
    for language in Language::ALL {
        let name = translate(language, "language-name");
        assert!(html.contains(&name), "{name} offered: {html}");
    }
    assert_eq!(count(&html, "<option"), Language::ALL.len());
    assert!(html.contains(&t(Language::NorwegianNynorsk, "language-label")));
}

#[tokio::test]
async fn nothing_in_the_shell_points_outside_the_widget() {
    for path in ["/", "/plan", "/verify"] {
        let html = render(path, Language::English).await;
        assert!(!html.contains("http://"), "{html}");
        assert!(!html.contains("https://"), "{html}");
        assert!(
            !html.contains("style=\""),
            "no inline styles under the CSP: {html}"
        );
    }
}

/// Issue 14: the verify view takes the PDF copy as well as the signed JSON, by choosing or
/// dropping it, and the paste field says that a PDF cannot be pasted.
#[tokio::test]
async fn the_verify_view_takes_the_pdf_copy_and_says_a_pdf_cannot_be_pasted() {
    for language in Language::ALL {
        let html = render("/verify", language).await;
        assert!(
            html.contains(r#"accept=".json,application/json,.pdf,application/pdf""#),
            "{html}"
        );
        assert!(
            html.contains(r#"aria-describedby="verify-file-hint""#),
            "{html}"
        );
        assert!(html.contains(&t(language, "verify-file-kinds")), "{html}");
        assert!(html.contains(&t(language, "verify-paste-no-pdf")), "{html}");
    }
}

// The list editor's cards (issue 13, "Fewer taps"): each card rendered on its own, open or
// closed, with an item in it.

mod cards {
    use std::rc::Rc;

    use ownplan_web::components::list_editor::{CardCommand, ItemCard, MemberChoices};
    use ownplan_web::forms::{self, ListSpec};
    use ownplan_web::hooks::I18n;
    use ownplan_web::i18n::{Language, translate, translate_with};
    use serde_json::{Map, Value, json};
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct CardHarnessProps {
        spec: ListSpec,
        item: Rc<Map<String, Value>>,
        index: usize,
        count: usize,
        is_open: bool,
    }

    #[component]
    fn CardHarness(props: &CardHarnessProps) -> Html {
        let members: MemberChoices = Rc::new(vec![(
            AttrValue::from("m1"),
            AttrValue::from("Linn Haugen"),
        )]);
        html! {
            <ContextProvider<I18n> context={I18n { language: Language::NorwegianBokmal }}>
                <ItemCard
                    spec={props.spec}
                    item={props.item.clone()}
                    index={props.index}
                    count={props.count}
                    is_open={props.is_open}
                    {members}
                    on_action={Callback::noop()}
                    on_command={Callback::<(AttrValue, usize, CardCommand)>::noop()}
                />
            </ContextProvider<I18n>>
        }
    }

    async fn card(
        spec: ListSpec,
        item: Value,
        index: usize,
        count: usize,
        is_open: bool,
    ) -> String {
        let Value::Object(item) = item else {
            panic!("an object")
        };
        yew::LocalServerRenderer::<CardHarness>::with_props(CardHarnessProps {
            spec,
            item: Rc::new(item),
            index,
            count,
            is_open,
        })
        .hydratable(false)
        .render()
        .await
    }

    fn nb(id: &str) -> String {
        translate(Language::NorwegianBokmal, id)
    }

    fn nb_with(id: &str, item: &str) -> String {
        translate_with(Language::NorwegianBokmal, id, &[("item", item)])
    }

    /// The text of the card's title paragraph, without the screen-reader-only position.
    fn title(html: &str) -> String {
        let after = html
            .split("class=\"item-title\"")
            .nth(1)
            .unwrap_or_default();
        let body = after.split("</p>").next().unwrap_or_default();
        let without_hidden = body.split("</span>").last().unwrap_or_default();
        without_hidden.trim().to_owned()
    }

    #[tokio::test]
    async fn an_item_is_named_by_its_content_and_a_blank_one_by_its_list() {
        let html = card(
            forms::CRISIS_CONTACTS,
            json!({"id": "c1", "phone": "22 33 44 55"}),
            0,
            1,
            false,
        )
        .await;
        assert_eq!(title(&html), "22 33 44 55", "{html}");
        assert!(!html.contains(&nb("item-untitled")), "{html}");
        let html = card(forms::GOALS, json!({"id": "g1"}), 0, 1, false).await;
        assert_eq!(title(&html), nb("item-new-goals"), "{html}");
    }

    #[tokio::test]
    async fn every_button_says_which_item_it_acts_on_and_delete_is_last_and_quiet() {
        let html = card(
            forms::GOALS,
            json!({"id": "g1", "text": "Sove bedre"}),
            1,
            3,
            false,
        )
        .await;
        for id in [
            "item-edit-named",
            "item-move-up-named",
            "item-move-down-named",
            "item-delete-named",
        ] {
            let label = format!("aria-label=\"{}\"", nb_with(id, "Sove bedre"));
            assert!(html.contains(&label), "{label}: {html}");
        }
        let buttons = html.split("<button").skip(1).collect::<Vec<_>>();
        assert_eq!(buttons.len(), 4, "{html}");
        let delete = buttons[3];
        assert!(
            delete.contains(&nb("item-delete")),
            "Delete is last: {html}"
        );
        assert!(delete.contains("button-quiet"), "{delete}");
        assert!(!delete.contains("button-primary"), "{delete}");
        // The visible words stay short, and are the start of the name (label in name).
        assert!(nb_with("item-delete-named", "x").starts_with(&nb("item-delete")));
    }

    #[tokio::test]
    async fn the_cards_of_who_to_call_show_their_order_and_other_lists_do_not() {
        let contact = json!({"id": "c1", "who": {"typed": "Mor"}});
        let html = card(forms::CRISIS_CONTACTS, contact, 1, 2, false).await;
        let number = translate_with(
            Language::NorwegianBokmal,
            "item-number",
            &[("position", "2")],
        );
        let shown = format!("aria-hidden=\"true\" class=\"item-number\">{number}</span>");
        assert!(html.contains(&shown), "{html}");
        let html = card(
            forms::GOALS,
            json!({"id": "g1", "text": "Jobb"}),
            1,
            2,
            false,
        )
        .await;
        assert!(!html.contains("item-number"), "{html}");
    }

    #[tokio::test]
    async fn who_to_call_offers_the_network_and_a_new_person_but_not_myself() {
        let html = card(forms::CRISIS_CONTACTS, json!({"id": "c1"}), 0, 1, true).await;
        let select = html
            .split("id=\"contacts-c1-who\"")
            .nth(1)
            .and_then(|s| s.split("</select>").next())
            .unwrap_or_default();
        assert!(select.contains("Linn Haugen"), "{select}");
        assert!(select.contains(&nb("choice-person-new")), "{select}");
        assert!(!select.contains(&nb("choice-person-me")), "{select}");
        // Who is responsible for a measure may well be me.
        let html = card(forms::MEASURES, json!({"id": "m9"}), 0, 1, true).await;
        let select = html
            .split("id=\"measures-m9-responsible\"")
            .nth(1)
            .and_then(|s| s.split("</select>").next())
            .unwrap_or_default();
        assert!(select.contains(&nb("choice-person-me")), "{select}");
        assert!(select.contains(&nb("choice-person-new")), "{select}");
    }

    #[tokio::test]
    async fn the_network_form_says_next_of_kin_once_and_keeps_an_older_plans_check() {
        let html = card(
            forms::NETWORK,
            json!({"id": "n1", "name": "Kari"}),
            0,
            1,
            true,
        )
        .await;
        assert!(html.contains("id=\"network-n1-role\""), "{html}");
        assert!(!html.contains("id=\"network-n1-nextOfKin\""), "{html}");
        assert!(html.contains(&nb("choice-role-next-of-kin")), "{html}");
        let older = json!({"id": "n1", "name": "Kari", "role": "friend", "nextOfKin": true});
        let html = card(forms::NETWORK, older, 0, 1, true).await;
        assert!(html.contains("id=\"network-n1-nextOfKin\""), "{html}");
    }
}

/// The part-steps navigation of a rendered part: the text from its `<nav` to its `</nav>`.
fn part_steps(html: &str) -> &str {
    let class = html
        .find("class=\"part-steps\"")
        .unwrap_or_else(|| panic!("no part steps: {html}"));
    let start = html[..class].rfind("<nav").unwrap_or(class);
    let end = html[start..]
        .find("</nav>")
        .map_or(html.len(), |n| start + n);
    &html[start..end]
}

/// Issue 13: every part of both plans ends with "Next" and "Previous" in the natural order, so
/// the person goes on without the top menu; the individual plan ends in sharing it, the crisis
/// plan in its card; the first part of each leads back to its plan's overview.
#[tokio::test]
async fn every_part_ends_with_the_way_to_the_next_and_the_previous_part() {
    let plan = [
        "/plan/about",
        "/plan/goals",
        "/plan/resources",
        "/plan/measures",
        "/network",
        "/plan/contributions",
        "/plan/agreements",
        "/plan/appointments",
        "/plan/period",
        "/plan/consent",
    ];
    let crisis = [
        "/crisis/signs",
        "/crisis/helps",
        "/crisis/meet",
        "/crisis/contacts",
        "/crisis/message",
        "/crisis/safer",
        "/crisis/reasons",
        "/crisis/admission",
        "/crisis/treatment",
        "/crisis/practical",
        "/crisis/after",
    ];
    for (order, overview, end) in [
        (&plan[..], "/plan", "/share"),
        (&crisis[..], "/crisis", "/crisis/card"),
    ] {
        for (n, path) in order.iter().enumerate() {
            let html = render(path, Language::English).await;
            let steps = part_steps(&html);
            let previous = if n == 0 { overview } else { order[n - 1] };
            let next = order.get(n + 1).copied().unwrap_or(end);
            let next_at = steps.find(&format!("href=\"{next}\""));
            let previous_at = steps.find(&format!("href=\"{previous}\""));
            assert!(next_at.is_some(), "{path}: next is {next}: {steps}");
            assert!(
                previous_at.is_some(),
                "{path}: previous is {previous}: {steps}"
            );
            // "Next" comes first: it is what the person most often wants.
            assert!(next_at < previous_at, "{path}: {steps}");
            assert!(steps.contains("aria-label="), "a named navigation: {steps}");
        }
    }
    let html = render("/crisis/after", Language::NorwegianBokmal).await;
    let next = ownplan_web::i18n::translate_with(
        Language::NorwegianBokmal,
        "part-next",
        &[("part", &t(Language::NorwegianBokmal, "card-title"))],
    );
    assert!(part_steps(&html).contains(&next), "{html}");
    // Views that are not parts have no part steps.
    for path in ["/", "/plan", "/crisis", "/crisis/card", "/share"] {
        let html = render(path, Language::English).await;
        assert!(!html.contains("part-steps"), "{path}: {html}");
    }
}

/// Issue 13: a part's heading can take the focus when the view opens (by script only).
#[tokio::test]
async fn a_part_heading_is_focusable_by_script() {
    let html = render("/plan/goals", Language::English).await;
    assert!(
        html.contains("<h1 id=\"page-title\" tabindex=\"-1\">"),
        "{html}"
    );
}

/// Issue 13: the undo notice's live region is always in the page (so a deletion is announced)
/// and comes after the view, so the keyboard reaches it a few Tabs after the list.
#[tokio::test]
async fn the_undo_live_region_is_always_there_and_comes_after_the_view() {
    let html = render("/plan/measures", Language::English).await;
    let status = html
        .find("id=\"undo-status\"")
        .unwrap_or_else(|| panic!("{html}"));
    let main_end = html.find("</main>").unwrap_or_else(|| panic!("{html}"));
    assert!(main_end < status, "{html}");
    let region = &html[..status];
    let tag_start = region.rfind('<').unwrap_or_default();
    assert!(
        html[tag_start..].starts_with("<p role=\"status\""),
        "{}",
        &html[tag_start..]
    );
}

/// Issue 13: the step-by-step mode is offered to everyone, before the choice for helpers on a
/// shared computer.
#[tokio::test]
async fn the_guided_mode_is_offered_before_the_helpers_choice() {
    let html = render("/", Language::English).await;
    let guide = html
        .find(&t(Language::English, "guide-home-link"))
        .unwrap_or_else(|| panic!("{html}"));
    let helpers = html
        .find(&t(Language::English, "home-peer-title"))
        .unwrap_or_else(|| panic!("{html}"));
    assert!(guide < helpers, "{html}");
}

/// Issue 14: the texts that go into a signed document (the default consent statement) are in
/// the plan's own language, not the language on the screen of whoever is helping; a plan
/// language the widget does not speak falls back to the screen's, quietly.
mod plan_texts {
    use super::*;
    use ownplan_web::hooks::{DEFAULT_STATEMENT_ID, I18n, use_plan_texts};

    #[derive(Properties, PartialEq)]
    struct StatementProps {
        plan_language: Option<&'static str>,
    }

    #[component]
    fn Statement(props: &StatementProps) -> Html {
        let texts = use_plan_texts(props.plan_language);
        html! { <p lang={texts.language.code()}>{ texts.t(DEFAULT_STATEMENT_ID) }</p> }
    }

    #[derive(Properties, PartialEq)]
    struct ScreenProps {
        screen: Language,
        plan_language: Option<&'static str>,
    }

    #[component]
    fn Screen(props: &ScreenProps) -> Html {
        html! {
            <ContextProvider<I18n> context={I18n { language: props.screen }}>
                <Statement plan_language={props.plan_language} />
            </ContextProvider<I18n>>
        }
    }

    async fn statement(screen: Language, plan_language: Option<&'static str>) -> String {
        yew::LocalServerRenderer::<Screen>::with_props(ScreenProps {
            screen,
            plan_language,
        })
        .hydratable(false)
        .render()
        .await
    }

    #[tokio::test]
    async fn the_default_statement_is_in_the_plans_language() {
        let html = statement(Language::English, Some("nn")).await;
        assert!(
            html.contains(&t(Language::NorwegianNynorsk, DEFAULT_STATEMENT_ID)),
            "{html}"
        );
        assert!(html.contains("lang=\"nn\""), "{html}");
        let html = statement(Language::NorwegianNynorsk, Some("nb-NO")).await;
        assert!(
            html.contains(&t(Language::NorwegianBokmal, DEFAULT_STATEMENT_ID)),
            "{html}"
        );
    }

    #[tokio::test]
    async fn a_plan_language_we_do_not_speak_uses_the_screens() {
        for plan_language in [Some("sv"), None] {
            let html = statement(Language::NorwegianBokmal, plan_language).await;
            assert!(
                html.contains(&t(Language::NorwegianBokmal, DEFAULT_STATEMENT_ID)),
                "{plan_language:?}: {html}"
            );
        }
    }
}

/// Issue 14: "my key" is reachable from the person's own navigation: the overview (the first
/// item of the navigation) lists it among the parts, without a sixth item crowding the phone's
/// navigation.
#[tokio::test]
async fn the_overview_offers_my_key_and_the_navigation_stays_five_items() {
    let html = render("/", Language::NorwegianNynorsk).await;
    let parts = html
        .split("class=\"part-list\"")
        .nth(1)
        .and_then(|rest| rest.split("</ul>").next())
        .unwrap_or_else(|| panic!("{html}"));
    assert!(
        parts.contains(&t(Language::NorwegianNynorsk, "page-key-title")),
        "{parts}"
    );
    assert!(
        parts.contains(&t(Language::NorwegianNynorsk, "home-part-key")),
        "{parts}"
    );
    let nav = html
        .split("class=\"main-nav\"")
        .nth(1)
        .and_then(|rest| rest.split("</nav>").next())
        .unwrap_or_else(|| panic!("{html}"));
    assert_eq!(count(nav, "<a "), 5, "{nav}");
}

/// The shell as the first module renders it (`Views::FIRST`).
async fn render_first(path: &'static str) -> String {
    render_views(path, Language::English, Views::FIRST).await
}

#[tokio::test]
async fn the_first_module_opens_the_other_views_through_the_full_module() {
    let english = |id: &str| t(Language::English, id);
    for (path, title_id) in [
        ("/plan", "nav-plan"),
        ("/plan/goals", "page-goals-title"),
        ("/crisis", "nav-crisis"),
        ("/crisis/contacts", "page-contacts-title"),
        ("/crisis/card", "card-title"),
        ("/crisis/wallet", "wallet-title"),
        ("/network", "nav-network"),
        ("/share", "nav-share"),
        ("/key", "page-key-title"),
        ("/verify", "nav-verify"),
        ("/backup", "page-backup-title"),
        ("/guide", "page-guide-title"),
        ("/finish", "page-finish-title"),
        ("/print", "print-title"),
    ] {
        let html = render_first(path).await;
        assert_eq!(count(&html, "<h1"), 1, "{path}: {html}");
        assert!(html.contains(&english(title_id)), "{path}: {html}");
        assert!(html.contains("id=\"view-opening\""), "{path}: {html}");
        assert!(html.contains(&english("view-opening")), "{path}: {html}");
    }
    // The overview a first visit opens, and "not found", are in the first module itself. It
    // has no plan store (a first visit has no plan), so it never says "Opening your plan …",
    // which the full module says until it has read the device, and has no "undo" (nothing can
    // be deleted there); nothing else differs.
    let reading = format!(
        "<p role=\"status\" class=\"save-status\">{}</p>",
        english("save-loading")
    );
    let undo = "<div id=\"undo-notice\" class=\"undo-notice\"><p role=\"status\" id=\"undo-status\"></p></div>";
    for path in ["/", "/no/such/view"] {
        let first = render_first(path).await;
        assert!(!first.contains("id=\"view-opening\""), "{path}: {first}");
        let full = render(path, Language::English).await;
        assert!(full.contains(&reading), "{path}: {full}");
        assert!(full.contains(undo), "{path}: {full}");
        assert_eq!(
            first,
            full.replace(&reading, "").replace(undo, ""),
            "{path}"
        );
    }
}
