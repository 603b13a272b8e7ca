//! My network and responsibility group: the people around me, their roles and how to reach
//! them; who is my coordinator.

use yew::prelude::*;

use crate::components::{LocalServicePicker, PartLayout, PlanList};
use crate::forms;
use crate::state::plan_fields::ListKind;

/// The network view.
#[component]
pub fn NetworkPage() -> Html {
    html! {
        <PartLayout part="network">
            <LocalServicePicker list={ListKind::Network} />
            <PlanList spec={forms::NETWORK} />
        </PartLayout>
    }
}
