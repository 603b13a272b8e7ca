//! The plan view. Placeholder until its issue builds it.

use yew::prelude::*;

use crate::components::ComingSoon;

/// The plan view.
#[component]
pub fn PlanPage() -> Html {
    html! { <ComingSoon title_id="page-plan-title" intro_id="page-plan-intro" /> }
}
