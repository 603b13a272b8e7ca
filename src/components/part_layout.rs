//! The frame of every part of the plan: its heading, a one-line plain-language explanation,
//! an example, and the part's fields below.

use yew::prelude::*;

use crate::hooks::use_i18n;

/// Properties of [`PartLayout`].
#[derive(Properties, PartialEq)]
pub struct PartLayoutProps {
    /// The part's key: messages are `page-<part>-title`, `-intro` and `-example`.
    pub part: &'static str,
    /// The fields.
    #[prop_or_default]
    pub children: Html,
}

/// A part of the plan with its explanation and example.
#[component]
pub fn PartLayout(props: &PartLayoutProps) -> Html {
    let i18n = use_i18n();
    let part = props.part;
    html! {
        <section class="part-page" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t(&format!("page-{part}-title")) }</h1>
            <p class="intro">{ i18n.t(&format!("page-{part}-intro")) }</p>
            <p class="example">
                <span class="example-label">{ i18n.t("example-label") }</span>
                { " " }
                { i18n.t(&format!("page-{part}-example")) }
            </p>
            { props.children.clone() }
        </section>
    }
}
