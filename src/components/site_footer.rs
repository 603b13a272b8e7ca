//! The footer: the promise that everything stays on this device, and the version.

use yew::prelude::*;

use crate::hooks::{use_i18n, use_peer_mode};

/// The page footer.
#[component]
pub fn SiteFooter() -> Html {
    let i18n = use_i18n();
    let privacy_id = if use_peer_mode().active {
        "footer-privacy-peer"
    } else {
        "footer-privacy"
    };
    html! {
        <footer class="site-footer">
            <p>{ i18n.t(privacy_id) }</p>
            <p class="version">
                { i18n.t_with("footer-version", &[("version", env!("CARGO_PKG_VERSION"))]) }
            </p>
        </footer>
    }
}
