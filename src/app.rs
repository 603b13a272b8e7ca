//! The application root: the routes, the page switch, and the shell every page sits in.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{LanguagePicker, MainNav, SiteFooter, StatusNotice};
use crate::hooks::{I18n, use_preferences};
use crate::i18n::Language;
use crate::pages;

/// Every view of the widget. Routes live in the URL fragment (`#/plan`), so the widget works
/// from any static host and from a file without server rewrites.
#[derive(Clone, Copy, Debug, Routable, PartialEq, Eq)]
pub enum Route {
    /// Where am I with my plan.
    #[at("/")]
    Home,
    /// The individual plan.
    #[at("/plan")]
    Plan,
    /// The crisis plan.
    #[at("/crisis")]
    Crisis,
    /// The people and services around the person.
    #[at("/network")]
    Network,
    /// Sign and export for chosen professionals.
    #[at("/share")]
    Share,
    /// Check a plan someone received.
    #[at("/verify")]
    Verify,
    /// Any address the widget does not know.
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The routes shown in the main navigation, in order.
    pub const NAVIGATION: [Route; 6] = [
        Route::Home,
        Route::Plan,
        Route::Crisis,
        Route::Network,
        Route::Share,
        Route::Verify,
    ];

    /// The message id of this route's name in the navigation.
    pub fn nav_label_id(self) -> &'static str {
        match self {
            Route::Home => "nav-home",
            Route::Plan => "nav-plan",
            Route::Crisis => "nav-crisis",
            Route::Network => "nav-network",
            Route::Share => "nav-share",
            Route::Verify => "nav-verify",
            Route::NotFound => "not-found-title",
        }
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::HomePage /> },
        Route::Plan => html! { <pages::PlanPage /> },
        Route::Crisis => html! { <pages::CrisisPage /> },
        Route::Network => html! { <pages::NetworkPage /> },
        Route::Share => html! { <pages::SharePage /> },
        Route::Verify => html! { <pages::VerifyPage /> },
        Route::NotFound => html! { <pages::NotFoundPage /> },
    }
}

/// Properties of [`App`] and [`Shell`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The language to start in (from the device, decided by `main.rs` before the first render).
    pub initial_language: Language,
}

/// The widget as the browser runs it: the shell inside a router on the URL fragment.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <HashRouter>
            <Shell initial_language={props.initial_language} />
        </HashRouter>
    }
}

/// The shell: header, navigation, the current page and the footer, with the translation
/// context around them. Needs a router above it (the browser's, or a memory router in tests).
#[component]
pub fn Shell(props: &AppProps) -> Html {
    let preferences = use_preferences(props.initial_language);
    let i18n = I18n {
        language: preferences.language,
    };
    let notice = preferences.storage_error.as_ref().map(|error| {
        html! { <StatusNotice message_id="notice-language-not-remembered" detail_id={error.message_id()} /> }
    });

    html! {
        <ContextProvider<I18n> context={i18n}>
            <div class="shell">
                <header class="site-header">
                    <div class="brand">
                        <img class="brand-mark" src="icon.svg" alt="" width="32" height="32" />
                        <span class="brand-name">{ i18n.t("app-title") }</span>
                    </div>
                    <LanguagePicker
                        current={preferences.language}
                        on_choose={preferences.choose_language.clone()}
                    />
                </header>
                <MainNav />
                { for notice }
                <main id="ownplan-main" class="page" tabindex="-1">
                    <Switch<Route> render={switch} />
                </main>
                <SiteFooter />
            </div>
        </ContextProvider<I18n>>
    }
}
