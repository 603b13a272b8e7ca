//! The network view. Placeholder until its issue builds it.

use yew::prelude::*;

use crate::components::ComingSoon;

/// The network view.
#[component]
pub fn NetworkPage() -> Html {
    html! { <ComingSoon title_id="page-network-title" intro_id="page-network-intro" /> }
}
