//! Peer-worker mode: hand everything to the person, then wipe the tab. Placeholder until built.

use yew::prelude::*;

use crate::components::ComingSoon;

/// The view.
#[component]
pub fn FinishPage() -> Html {
    html! { <ComingSoon title_id="page-finish-title" intro_id="page-finish-intro" /> }
}
