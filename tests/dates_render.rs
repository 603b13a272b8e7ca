//! Tier 2 for dates and words (issue 13): a full plan rendered natively (Yew `ssr`) shows every
//! date in the person's language and never as `YYYY-MM-DD`; a year far ahead is questioned
//! next to its field; the crisis card asks for a missing name on the card itself.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use ownplan_core::plan::{Date, Plan};
use ownplan_web::app::Shell;
use ownplan_web::components::PlanDocument;
use ownplan_web::components::fields::YearQuestion;
use ownplan_web::hooks::I18n;
use ownplan_web::i18n::{Language, translate, translate_with};
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

const FULL_PLAN: &str = include_str!("../examples/plan-full-nb.json");

fn full_plan() -> Rc<Plan> {
    Rc::new(serde_json::from_str(FULL_PLAN).expect("the example plan reads"))
}

/// The first ISO date (`2026-12-15`, also inside a date-time) in `html`, if any.
fn iso_date(html: &str) -> Option<String> {
    regex::Regex::new(r"\b\d{4}-\d{2}-\d{2}")
        .unwrap()
        .find(html)
        .map(|m| m.as_str().to_owned())
}

#[derive(Properties, PartialEq)]
struct DocumentProps {
    language: Language,
    plan: Rc<Plan>,
}

#[component]
fn Document(props: &DocumentProps) -> Html {
    html! {
        <ContextProvider<I18n> context={I18n { language: props.language }}>
            <PlanDocument plan={props.plan.clone()} />
        </ContextProvider<I18n>>
    }
}

async fn render_document(language: Language) -> String {
    yew::LocalServerRenderer::<Document>::with_props(DocumentProps {
        language,
        plan: full_plan(),
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn the_plan_document_shows_no_iso_date_in_any_language() {
    for language in Language::ALL {
        let html = render_document(language).await;
        assert_eq!(iso_date(&html), None, "{language:?}: {html}");
    }
}

#[tokio::test]
async fn the_plan_document_writes_dates_in_words_and_says_which_is_which() {
    let html = render_document(Language::NorwegianBokmal).await;
    // The review date of the example plan, 2027-03-01, in Bokmål.
    assert!(html.contains("1. mars 2027"), "{html}");
    assert!(html.contains(r#"id="plan-document-dates""#), "{html}");
    let review = translate_with(
        Language::NorwegianBokmal,
        "plan-document-summary-review",
        &[("date", "1. mars 2027")],
    );
    assert!(html.contains(&review), "{html}");
    let html = render_document(Language::English).await;
    assert!(html.contains("1 March 2027"), "{html}");
    let html = render_document(Language::NorwegianNynorsk).await;
    assert!(html.contains("1. mars 2027"), "{html}");
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    value: &'static str,
}

#[component]
fn Question(props: &QuestionProps) -> Html {
    let today = Date::parse("2026-12-01").ok();
    html! {
        <ContextProvider<I18n> context={I18n { language: Language::NorwegianBokmal }}>
            <YearQuestion id="goal-date-year" value={props.value} {today} />
        </ContextProvider<I18n>>
    }
}

async fn render_question(value: &'static str) -> String {
    yew::LocalServerRenderer::<Question>::with_props(QuestionProps { value })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn a_year_far_ahead_is_questioned_calmly_and_a_near_one_is_not() {
    let asked = translate_with(
        Language::NorwegianBokmal,
        "date-year-question",
        &[("year", "3012")],
    );
    let html = render_question("3012-12-15").await;
    assert!(html.contains(&asked), "{html}");
    // Announced politely when it appears, never an alert or an error.
    assert!(html.contains(r#"aria-live="polite""#), "{html}");
    assert!(!html.contains("aria-invalid"), "{html}");
    assert!(!html.contains(r#"role="alert""#), "{html}");
    for fine in ["2027-03-01", "2026-11-30", "", "3012-1"] {
        let html = render_question(fine).await;
        assert!(!html.contains(&asked), "{fine}: {html}");
        // The polite region is there, empty, so the question is announced when it comes.
        assert!(html.contains(r#"aria-live="polite""#), "{fine}: {html}");
        assert!(
            html.contains(r#"class="field-question"></p>"#),
            "{fine}: {html}"
        );
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    path: &'static str,
    language: Language,
}

#[component]
fn ShellAt(props: &ShellProps) -> Html {
    let history: AnyHistory = MemoryHistory::with_entries(vec![props.path]).into();
    html! {
        <Router history={history}>
            <Shell initial_language={props.language} views={ownplan_web::app::Views::FULL} />
        </Router>
    }
}

async fn render_shell(path: &'static str, language: Language) -> String {
    yew::LocalServerRenderer::<ShellAt>::with_props(ShellProps { path, language })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn the_crisis_card_asks_for_a_missing_name_on_the_card() {
    for language in Language::ALL {
        for path in ["/crisis/card", "/crisis/wallet"] {
            let html = render_shell(path, language).await;
            assert!(html.contains(r#"id="card-name-prompt""#), "{path}: {html}");
            assert!(
                html.contains(&translate(language, "card-name-missing")),
                "{language:?} {path}: {html}"
            );
            // A labelled field the browser can fill with the person's own name.
            assert!(html.contains(r#"<label for="card-name">"#), "{html}");
            assert!(html.contains(r#"autocomplete="name""#), "{html}");
        }
    }
}

#[tokio::test]
async fn the_persons_views_show_no_iso_date_and_no_utc() {
    let paths = [
        "/",
        "/plan",
        "/crisis",
        "/crisis/card",
        "/share",
        "/key",
        "/backup",
        "/print",
    ];
    for language in Language::ALL {
        for path in paths {
            let html = render_shell(path, language).await;
            assert_eq!(iso_date(&html), None, "{language:?} {path}");
            assert!(!html.contains("UTC"), "{language:?} {path}");
        }
    }
}
