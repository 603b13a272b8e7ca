//! The verify view. Placeholder until its issue builds it.

use yew::prelude::*;

use crate::components::ComingSoon;

/// The verify view.
#[component]
pub fn VerifyPage() -> Html {
    html! { <ComingSoon title_id="page-verify-title" intro_id="page-verify-intro" /> }
}
