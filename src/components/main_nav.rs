//! The main navigation between the widget's views, with the current one marked for screen
//! readers (`aria-current="page"`) and by sight.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{Embedding, Route};
use crate::hooks::use_i18n;

/// The person's own views. On a phone the items share two short rows by the length of their
/// names, each still a large tap target, so the view's heading starts on the first screen.
/// Its name for screen readers is the portal's `navLabel` when a portal gave one (the portal
/// has a navigation of its own), else the widget's own words.
#[component]
pub fn MainNav() -> Html {
    let i18n = use_i18n();
    let embedding = use_context::<Embedding>().unwrap_or_default();
    let label = match &embedding.options.nav_label {
        Some(label) => AttrValue::from(label.clone()),
        None => i18n.t("nav-label"),
    };
    let current = use_route::<Route>();
    let navigator = use_navigator();
    html! {
        <nav class="main-nav" aria-label={label}>
            <ul>
                { for Route::NAVIGATION.into_iter().map(|route| {
                    // The view itself is "page"; a part of the plan marks the plan as "true".
                    let marker = if current == Some(route) {
                        Some("page")
                    } else if current.map(Route::nav_section) == Some(route) {
                        Some("true")
                    } else {
                        None
                    };
                    let onclick = navigator.clone().map(|navigator| {
                        Callback::from(move |event: MouseEvent| {
                            event.prevent_default();
                            navigator.push(&route);
                        })
                    });
                    html! {
                        <li>
                            <a
                                href={format!("#{}", route.to_path())}
                                aria-current={marker}
                                {onclick}
                            >
                                { i18n.t(route.nav_label_id()) }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
