//! The share view. Placeholder until its issue builds it.

use yew::prelude::*;

use crate::components::ComingSoon;

/// The share view.
#[component]
pub fn SharePage() -> Html {
    html! { <ComingSoon title_id="page-share-title" intro_id="page-share-intro" /> }
}
