//! The home view: what this is, that everything stays on this device, and the way into each
//! part of the plan.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::use_i18n;

/// The parts of the plan offered from the home view, with the message id explaining each.
const PARTS: [(Route, &str); 5] = [
    (Route::Plan, "home-part-plan"),
    (Route::Crisis, "home-part-crisis"),
    (Route::Network, "home-part-network"),
    (Route::Share, "home-part-share"),
    (Route::Verify, "home-part-verify"),
];

/// The home view.
#[component]
pub fn HomePage() -> Html {
    let i18n = use_i18n();
    html! {
        <section class="home" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("home-title") }</h1>
            <p class="intro">{ i18n.t("home-intro") }</p>
            <h2>{ i18n.t("home-parts-heading") }</h2>
            <ul class="part-list">
                { for PARTS.into_iter().map(|(route, explanation_id)| html! {
                    <li class="part">
                        <Link<Route> to={route} classes="part-link">
                            { i18n.t(route.nav_label_id()) }
                        </Link<Route>>
                        <p>{ i18n.t(explanation_id) }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
