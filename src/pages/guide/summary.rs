//! The end of the guide: what the person answered and what they skipped, each a link back to
//! its question, and the ways on: the whole plan, the crisis plan, the crisis card, sharing.

use yew::prelude::*;

use crate::components::Heading;
use yew_router::prelude::*;

use super::{HEADING_ID, StepLink};
use crate::app::Route;
use crate::hooks::{I18n, use_i18n, use_plan};
use crate::state::guide::{GuideStep, GuideSummary, Question};

/// The summary screen.
#[component]
pub fn SummaryScreen() -> Html {
    let i18n = use_i18n();
    // In helping mode nothing is kept on this computer: the words must not say it is.
    let peer = crate::hooks::use_peer_mode::helping_mode();
    let summary = match use_plan() {
        Some(store) => GuideSummary::of(store.plan()),
        None => GuideSummary {
            answered: Vec::new(),
            skipped: Question::ALL.to_vec(),
        },
    };
    let answered = summary.answered.len().to_string();
    let total = Question::ALL.len().to_string();
    let back = GuideStep::Summary.back().unwrap_or(GuideStep::FIRST);
    html! {
        <section class="guide guide-summary" aria-labelledby={HEADING_ID}>
            <Heading level={1} id={HEADING_ID} tabindex="-1">{ i18n.t("guide-summary-title") }</Heading>
            <p class="intro">{ i18n.t(if peer { "guide-summary-intro-peer" } else { "guide-summary-intro" }) }</p>

            <Heading level={2}>{ i18n.t("guide-summary-answered-heading") }</Heading>
            if summary.answered.is_empty() {
                <p>{ i18n.t("guide-summary-none-answered") }</p>
            } else {
                <p>{ i18n.t_with("guide-summary-answered-count", &[("answered", &answered), ("total", &total)]) }</p>
                { question_links(&i18n, &summary.answered, "guide-answered") }
            }

            <Heading level={2}>{ i18n.t("guide-summary-skipped-heading") }</Heading>
            if summary.skipped.is_empty() {
                <p>{ i18n.t("guide-summary-none-skipped") }</p>
            } else {
                <p>{ i18n.t("guide-summary-skipped-explain") }</p>
                { question_links(&i18n, &summary.skipped, "guide-skipped") }
            }

            <Heading level={2}>{ i18n.t("guide-summary-next-heading") }</Heading>
            <ul class="part-list guide-next-places">
                <li class="part"><Link<Route> to={Route::Plan} classes="part-link">{ i18n.t("guide-summary-plan") }</Link<Route>></li>
                <li class="part"><Link<Route> to={Route::Crisis} classes="part-link">{ i18n.t("guide-summary-crisis") }</Link<Route>></li>
                <li class="part"><Link<Route> to={Route::CrisisCard} classes="part-link">{ i18n.t("guide-summary-card") }</Link<Route>></li>
                <li class="part"><Link<Route> to={Route::Share} classes="part-link">{ i18n.t("guide-summary-share") }</Link<Route>></li>
            </ul>
            <div class="guide-buttons">
                <StepLink to={back} classes="button guide-back">
                    { i18n.t("guide-back") }
                </StepLink>
            </div>
        </section>
    }
}

/// A list of questions, each a link to its screen.
fn question_links(i18n: &I18n, questions: &[Question], class: &'static str) -> Html {
    html! {
        <ul class={classes!("guide-question-list", class)}>
            { for questions.iter().map(|question| html! {
                <li>
                    <StepLink to={GuideStep::of(*question)}>
                        { i18n.t(question.short_id()) }
                    </StepLink>
                </li>
            }) }
        </ul>
    }
}
