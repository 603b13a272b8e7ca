//! The guided mode: one question per screen, in plain words, with an example, a progress bar,
//! and Back, Skip and Next. For a person writing alone on a phone, or beside a peer worker.
//!
//! Every field writes straight into the plan as the person types (the same store and fields as
//! the full views), so leaving at any moment loses nothing. The step is in the address
//! (`#/guide?step=3`, `#/guide?step=done`): the browser's back button, a reload and a
//! bookmark land on the same screen. Without a step (the home view's link) the guide resumes
//! at the first question the plan does not answer yet. The questions and the step logic are
//! pure, in `state::guide`.

mod question;
mod summary;

use serde::Serialize;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::{use_i18n, use_plan};
use crate::services;
use crate::state::guide::GuideStep;

use question::QuestionScreen;
use summary::SummaryScreen;

/// The element id of each screen's heading, which takes keyboard focus on every step.
const HEADING_ID: &str = "page-title";

/// The address query that names a step (`?step=3`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StepQuery {
    step: String,
}

impl StepQuery {
    /// The query for `step`.
    pub fn of(step: GuideStep) -> StepQuery {
        StepQuery {
            step: step.query_value(),
        }
    }
}

/// The view.
#[component]
pub fn GuidePage() -> Html {
    let i18n = use_i18n();
    let store = use_plan();
    let navigator = use_navigator();
    let step = use_location().and_then(|location| GuideStep::from_query(location.query_str()));

    // Without a step, come back where the plan still has a gap, once it has been read.
    let resume_at = match (&store, step) {
        (Some(store), None) if store.is_loaded() => Some(GuideStep::resume(store.plan())),
        _ => None,
    };
    use_effect_with(resume_at, move |resume_at| {
        if let (Some(target), Some(navigator)) = (resume_at, navigator) {
            // Replace, not push: the back button should not return to the bare address.
            let _ = navigator.replace_with_query(&Route::Guide, StepQuery::of(*target));
        }
    });
    // Each new screen starts at its question, for keyboard and screen-reader users too.
    use_effect_with(step, |step| {
        if step.is_some() {
            services::page::focus_element(HEADING_ID);
        }
    });

    match step {
        Some(GuideStep::Summary) => html! { <SummaryScreen /> },
        Some(step) => html! { <QuestionScreen key={step.query_value()} {step} /> },
        // Only until the plan is read (a moment), or where it cannot be.
        None => html! {
            <section class="guide" aria-labelledby={HEADING_ID}>
                <h1 id={HEADING_ID} tabindex="-1">{ i18n.t("page-guide-title") }</h1>
                <p class="intro">{ i18n.t("page-guide-intro") }</p>
                <Link<Route, StepQuery> to={Route::Guide} query={Some(StepQuery::of(GuideStep::FIRST))} classes="button button-primary">
                    { i18n.t("guide-start") }
                </Link<Route, StepQuery>>
            </section>
        },
    }
}
