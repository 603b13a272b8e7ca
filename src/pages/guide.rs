//! The guided mode: one question per screen. Placeholder until built.

use yew::prelude::*;

use crate::components::ComingSoon;

/// The view.
#[component]
pub fn GuidePage() -> Html {
    html! { <ComingSoon title_id="page-guide-title" intro_id="page-guide-intro" /> }
}
