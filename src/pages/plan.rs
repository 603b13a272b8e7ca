//! The individual plan: the way into each of its parts, with a gentle note of which are still
//! empty.

use yew::prelude::*;

use crate::components::Heading;
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::{use_i18n, use_plan};
use crate::state::plan_part::PlanPart;

/// The plan view.
#[component]
pub fn PlanPage() -> Html {
    let i18n = use_i18n();
    let store = use_plan();
    html! {
        <section aria-labelledby="page-title">
            <Heading level={1} id="page-title">{ i18n.t("page-plan-title") }</Heading>
            <p class="intro">{ i18n.t("page-plan-intro") }</p>
            <p>{ i18n.t("plan-any-order") }</p>
            <ul class="part-list">
                { for PlanPart::ALL.into_iter().map(|part| {
                    let filled = store.as_ref().is_some_and(|s| part.has_content(s.plan()));
                    html! {
                        <li class="part">
                            <Link<Route> to={Route::from(part)} classes="part-link">
                                { i18n.t(part.title_id()) }
                            </Link<Route>>
                            <p>{ i18n.t(part.intro_id()) }</p>
                            <p class={classes!("part-state", filled.then_some("is-filled"))}>
                                { if filled { i18n.t("part-has-content") } else { i18n.t("part-empty") } }
                            </p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
