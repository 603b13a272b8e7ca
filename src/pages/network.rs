//! My network and responsibility group: the people around me, their roles and how to reach
//! them; who is my coordinator.

use yew::prelude::*;

use crate::components::{PartLayout, PlanList};
use crate::forms;

/// The network view.
#[component]
pub fn NetworkPage() -> Html {
    html! { <PartLayout part="network"><PlanList spec={forms::NETWORK} /></PartLayout> }
}
