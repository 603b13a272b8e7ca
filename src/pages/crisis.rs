//! The crisis view. Placeholder until its issue builds it.

use yew::prelude::*;

use crate::components::ComingSoon;

/// The crisis view.
#[component]
pub fn CrisisPage() -> Html {
    html! { <ComingSoon title_id="page-crisis-title" intro_id="page-crisis-intro" /> }
}
