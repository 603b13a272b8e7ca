//! The footer: the language picker, the way in for professionals who check a plan they
//! received, the promise that everything stays on this device, and the version. These are
//! here rather than in the person's own navigation, so the top of a phone screen keeps to the
//! person's plan and the crisis card.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::LanguagePicker;
use crate::hooks::{use_i18n, use_peer_mode};
use crate::i18n::Language;

/// Properties of [`SiteFooter`].
#[derive(Properties, PartialEq)]
pub struct SiteFooterProps {
    /// The language shown now.
    pub language: Language,
    /// Called with the language the person picks.
    pub on_choose_language: Callback<Language>,
}

/// The page footer.
#[component]
pub fn SiteFooter(props: &SiteFooterProps) -> Html {
    let i18n = use_i18n();
    let privacy_id = if use_peer_mode().active {
        "footer-privacy-peer"
    } else {
        "footer-privacy"
    };
    html! {
        <footer class="site-footer">
            <div class="footer-tools">
                <LanguagePicker
                    current={props.language}
                    on_choose={props.on_choose_language.clone()}
                />
                <div class="footer-verify">
                    { i18n.t("footer-professionals") }{ " " }
                    <Link<Route> to={Route::Verify} classes="footer-verify-link">
                        { i18n.t("nav-verify") }
                    </Link<Route>>
                </div>
            </div>
            <p>{ i18n.t(privacy_id) }</p>
            <p class="version">
                { i18n.t_with("footer-version", &[("version", env!("CARGO_PKG_VERSION"))]) }
            </p>
        </footer>
    }
}
