//! Tier 2: native render tests. The shell and its pages are rendered to HTML with Yew's `ssr`
//! feature (initial render only, no effects, no browser), and the HTML is checked for what a
//! person and a screen reader rely on: landmarks, headings, labelled controls, the current page
//! marked, text in the chosen language.
#![cfg(not(target_arch = "wasm32"))]

use ownplan_web::app::Shell;
use ownplan_web::i18n::{Language, translate};
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
struct HarnessProps {
    path: &'static str,
    language: Language,
}

/// The shell at `path`, with a memory router instead of the browser's.
#[component]
fn Harness(props: &HarnessProps) -> Html {
    let history: AnyHistory = MemoryHistory::with_entries(vec![props.path]).into();
    html! {
        <Router history={history}>
            <Shell initial_language={props.language} />
        </Router>
    }
}

async fn render(path: &'static str, language: Language) -> String {
    yew::LocalServerRenderer::<Harness>::with_props(HarnessProps { path, language })
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
