//! Tier 2 for the guided mode: its screens rendered natively (Yew `ssr`, no effects, no
//! browser) from an address with a step, checked for what a person and a screen reader rely
//! on: the question as the one heading, the progress as text and as a labelled bar, the
//! example, the fields with their labels, and Back/Skip/Next as links to the right steps.
#![cfg(not(target_arch = "wasm32"))]

use ownplan_web::app::Shell;
use ownplan_web::i18n::{Language, translate, translate_with};
use ownplan_web::state::guide::Question;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
struct HarnessProps {
    step: Option<&'static str>,
    language: Language,
}

/// The shell at `/guide` (with `?step=` when given), with a memory router. (The guide's own
/// step links always carry `#`; other links under a memory router do not.)
#[component]
fn Harness(props: &HarnessProps) -> Html {
    let history = MemoryHistory::new();
    match props.step {
        Some(step) => history
            .replace_with_query("/guide", [("step", step)])
            .expect("a query"),
        None => history.replace("/guide"),
    }
    let history: AnyHistory = history.into();
    html! {
        <Router history={history}>
            <Shell initial_language={props.language} views={ownplan_web::app::Views::FULL} />
        </Router>
    }
}

async fn render(step: Option<&'static str>, language: Language) -> String {
    yew::LocalServerRenderer::<Harness>::with_props(HarnessProps { step, language })
        .hydratable(false)
        .render()
        .await
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[tokio::test]
async fn a_question_screen_has_its_question_progress_example_field_and_steps() {
    for language in Language::ALL {
        let html = render(Some("3"), language).await;
        let question = Question::ALL[2];
        assert_eq!(count(&html, "<h1"), 1, "{html}");
        assert!(
            html.contains(&format!(
                ">{}</h1>",
                translate(language, question.heading_id())
            )),
            "{language:?}: {html}"
        );
        let progress = translate_with(
            language,
            "guide-progress",
            &[("number", "3"), ("total", "14")],
        );
        assert!(html.contains(&progress), "{html}");
        assert!(
            html.contains(r#"<progress max="14" aria-labelledby="guide-progress" value="3">"#),
            "{html}"
        );
        assert!(
            html.contains(r#"aria-describedby="guide-progress""#),
            "{html}"
        );
        assert!(
            html.contains(&translate(language, question.example_id())),
            "{html}"
        );
        assert!(
            html.contains(&translate(language, "guide-example-label")),
            "{html}"
        );
        // The story is a paragraph of the plan, with its label.
        assert!(html.contains(r#"<label for="guide-story">"#), "{html}");
        assert!(html.contains(r#"<textarea id="guide-story""#), "{html}");
        // Next and Skip lead to question 4, Back to question 2.
        assert_eq!(count(&html, r##"href="#/guide?step=4""##), 2, "{html}");
        assert_eq!(count(&html, r##"href="#/guide?step=2""##), 1, "{html}");
        assert!(html.contains(&translate(language, "guide-skip")), "{html}");
    }
}

#[tokio::test]
async fn the_first_question_has_no_back_and_tells_how_the_guide_works() {
    let html = render(Some("1"), Language::NorwegianNynorsk).await;
    assert!(
        html.contains(&translate(Language::NorwegianNynorsk, "page-guide-intro")),
        "{html}"
    );
    assert!(!html.contains("guide-back"), "{html}");
    assert!(html.contains(r#"id="guide-name" type="text""#), "{html}");
}

#[tokio::test]
async fn the_last_question_finishes_at_the_summary() {
    let html = render(Some("14"), Language::English).await;
    assert!(
        html.contains(&translate(Language::English, "guide-finish")),
        "{html}"
    );
    assert_eq!(count(&html, r##"href="#/guide?step=done""##), 2, "{html}");
    assert!(html.contains(r#"type="date""#), "{html}");
}

#[tokio::test]
async fn the_summary_lists_every_question_as_skipped_for_an_empty_plan() {
    let html = render(Some("done"), Language::NorwegianBokmal).await;
    assert!(
        html.contains(&translate(Language::NorwegianBokmal, "guide-summary-title")),
        "{html}"
    );
    assert!(
        html.contains(&translate(
            Language::NorwegianBokmal,
            "guide-summary-none-answered"
        )),
        "{html}"
    );
    for (index, question) in Question::ALL.iter().enumerate() {
        let link = format!(
            r##"href="#/guide?step={}">{}</a>"##,
            index + 1,
            translate(Language::NorwegianBokmal, question.short_id())
        );
        assert!(html.contains(&link), "{link}: {html}");
    }
    for route in ["/plan\"", "/crisis\"", "/crisis/card\"", "/share\""] {
        assert!(html.contains(&format!("href=\"{route}")), "{route}: {html}");
    }
}

#[tokio::test]
async fn without_a_step_it_shows_the_guide_and_a_way_to_start() {
    for step in [None, Some("0"), Some("15"), Some("nonsense")] {
        let html = render(step, Language::English).await;
        assert!(
            html.contains(&format!(
                ">{}</h1>",
                translate(Language::English, "page-guide-title")
            )),
            "{step:?}: {html}"
        );
        assert!(
            html.contains(r##"href="#/guide?step=1""##),
            "{step:?}: {html}"
        );
    }
}

#[tokio::test]
async fn a_list_question_shows_the_fields_of_its_first_item_before_the_item_exists() {
    // Item ids come from the browser after the first render; until then the fields stand
    // under a stand-in id, so nothing moves on the screen when the real one comes.
    let html = render(Some("4"), Language::English).await;
    assert!(
        html.contains(&translate(Language::English, "guide-goal-question")),
        "{html}"
    );
    assert!(html.contains(r#"<label for="goals-new-text">"#), "{html}");
    assert!(
        html.contains(r#"<select id="goals-new-lifeArea""#),
        "{html}"
    );
    assert!(
        !html.contains("guide-add"),
        "no 'add another' before there is one: {html}"
    );
    assert!(!html.contains("<fieldset"), "one item is not named: {html}");
}
