//! The view for an address the widget does not know, with a way home.

use yew::prelude::*;

use crate::components::Heading;
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::use_i18n;

/// The "not found" view.
#[component]
pub fn NotFoundPage() -> Html {
    let i18n = use_i18n();
    html! {
        <section aria-labelledby="page-title">
            <Heading level={1} id="page-title">{ i18n.t("not-found-title") }</Heading>
            <p>{ i18n.t("not-found-body") }</p>
            <Link<Route> to={Route::Home}>{ i18n.t("not-found-home-link") }</Link<Route>>
        </section>
    }
}
