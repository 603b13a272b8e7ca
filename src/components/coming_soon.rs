//! A view that is planned but not built yet: its name, what it will be for, and that it is
//! coming.

use yew::prelude::*;

use crate::components::Heading;

use crate::hooks::use_i18n;

/// Properties of [`ComingSoon`].
#[derive(Properties, PartialEq)]
pub struct ComingSoonProps {
    /// The page heading, as a message id.
    pub title_id: AttrValue,
    /// One or two sentences on what the page is for, as a message id.
    pub intro_id: AttrValue,
}

/// The body of a view that is still to come.
#[component]
pub fn ComingSoon(props: &ComingSoonProps) -> Html {
    let i18n = use_i18n();
    html! {
        <section class="coming-soon" aria-labelledby="page-title">
            <Heading level={1} id="page-title">{ i18n.t(&props.title_id) }</Heading>
            <p class="intro">{ i18n.t(&props.intro_id) }</p>
            <p class="coming">{ i18n.t("page-coming") }</p>
        </section>
    }
}
