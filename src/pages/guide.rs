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

use yew::prelude::*;

use crate::components::Heading;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::app::Route;
use crate::hooks::{use_focus, use_i18n, use_plan};
use crate::state::guide::GuideStep;

use question::QuestionScreen;
use summary::SummaryScreen;

/// The element id of each screen's heading, which takes keyboard focus on every step.
const HEADING_ID: &str = "page-title";

/// The address query of `step` (`step=3`).
fn step_query(step: GuideStep) -> String {
    format!("step={}", step.query_value())
}

/// Properties of [`StepLink`].
#[derive(Properties, PartialEq)]
pub struct StepLinkProps {
    /// The step it leads to.
    pub to: GuideStep,
    /// CSS classes.
    #[prop_or_default]
    pub classes: Classes,
    /// The link's text.
    pub children: Html,
}

/// A link to a step of the guide: a real link (it can be opened in a new tab or copied), which
/// the router follows inside the widget. The query is written as text, so no URL-encoding
/// library is needed for one number.
#[component]
pub fn StepLink(props: &StepLinkProps) -> Html {
    let navigator = use_navigator();
    let query = step_query(props.to);
    let href = format!("#{}?{query}", Route::Guide.to_path());
    let onclick = navigator.map(|navigator| {
        Callback::from(move |event: MouseEvent| {
            // With a modifier key the browser opens the link itself (a new tab or window).
            if event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key() {
                return;
            }
            event.prevent_default();
            let Ok(()) = navigator.push_with_query(&Route::Guide, Raw(query.as_str()));
        })
    });
    html! {
        <a class={props.classes.clone()} {href} {onclick}>{ props.children.clone() }</a>
    }
}

/// The view.
#[component]
pub fn GuidePage() -> Html {
    let i18n = use_i18n();
    // In helping mode nothing is kept on this computer: the words must not say it is.
    let peer = crate::hooks::use_peer_mode::helping_mode();
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
            let Ok(()) = navigator.replace_with_query(&Route::Guide, Raw(step_query(*target)));
        }
    });
    // Each new screen starts at its question, for keyboard and screen-reader users too.
    let focus = use_focus();
    use_effect_with(step, move |step| {
        if step.is_some() {
            focus.emit(AttrValue::Static(HEADING_ID));
        }
    });

    match step {
        Some(GuideStep::Summary) => html! { <SummaryScreen /> },
        Some(step) => html! { <QuestionScreen key={step.query_value()} {step} /> },
        // Only until the plan is read (a moment), or where it cannot be.
        None => html! {
            <section class="guide" aria-labelledby={HEADING_ID}>
                <Heading level={1} id={HEADING_ID} tabindex="-1">{ i18n.t("page-guide-title") }</Heading>
                <p class="intro">{ i18n.t(if peer { "page-guide-intro-peer" } else { "page-guide-intro" }) }</p>
                <StepLink to={GuideStep::FIRST} classes="button button-primary">
                    { i18n.t("guide-start") }
                </StepLink>
            </section>
        },
    }
}
