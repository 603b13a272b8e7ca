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
