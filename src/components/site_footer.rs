//! The footer: the promise that everything stays on this device, and the version.

use yew::prelude::*;

use crate::hooks::use_i18n;

/// The page footer.
#[component]
pub fn SiteFooter() -> Html {
    let i18n = use_i18n();
    html! {
        <footer class="site-footer">
            <p>{ i18n.t("footer-privacy") }</p>
            <p class="version">
                { i18n.t_with("footer-version", &[("version", env!("CARGO_PKG_VERSION"))]) }
            </p>
        </footer>
    }
}
