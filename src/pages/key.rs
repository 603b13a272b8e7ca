//! The person's key view: fingerprint, QR code of the did:key, a new key. Placeholder until
//! built.

use yew::prelude::*;

use crate::components::ComingSoon;

/// The key view.
#[component]
pub fn KeyPage() -> Html {
    html! { <ComingSoon title_id="page-key-title" intro_id="page-share-intro" /> }
}
