//! The frame of every part of the plan: its heading, a one-line plain-language explanation,
//! an example, "read aloud" (the whole part as it is on the screen), the part's fields below,
//! and at the end the way on: "Next" and "Previous" in
//! the natural order of the parts (`state::plan_part`), so the person never needs the top menu
//! to go on.

use yew::prelude::*;

use crate::components::{Heading, ReadAloud};
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::use_i18n;
use crate::state::plan_part::{Part, PartStep};

/// Properties of [`PartLayout`].
#[derive(Properties, PartialEq)]
pub struct PartLayoutProps {
    /// The part's key: messages are `page-<part>-title`, `-intro` and `-example`.
    pub part: &'static str,
    /// The fields.
    #[prop_or_default]
    pub children: Html,
}

/// The id of a part's content, which "read aloud" reads.
const PART_CONTENT_ID: &str = "part-content";

/// A part of the plan with its explanation and example, and the way to the next part.
#[component]
pub fn PartLayout(props: &PartLayoutProps) -> Html {
    let i18n = use_i18n();
    let part = props.part;
    let steps = Part::from_key(part).map(|part| {
        let link = |step: PartStep, message_id: &str, class: Classes| {
            let name = i18n.t(step.title_id());
            html! {
                <Link<Route> to={Route::from(step)} classes={classes!("part-step", class)}>
                    { i18n.t_with(message_id, &[("part", &name)]) }
                </Link<Route>>
            }
        };
        html! {
            <nav class="part-steps" aria-label={i18n.t("part-steps-label")}>
                { link(part.next(), "part-next", classes!("part-step-next", "button", "button-primary")) }
                { link(part.previous(), "part-previous", classes!("part-step-previous")) }
            </nav>
        }
    });
    html! {
        <section class="part-page" id={PART_CONTENT_ID} aria-labelledby="page-title">
            <Heading level={1} id="page-title" tabindex="-1">{ i18n.t(&format!("page-{part}-title")) }</Heading>
            <p class="intro">{ i18n.t(&format!("page-{part}-intro")) }</p>
            <p class="example">
                <span class="example-label">{ i18n.t("example-label") }</span>
                { " " }
                { i18n.t(&format!("page-{part}-example")) }
            </p>
            // Keyed by the part: another part's reading never goes on here.
            <ReadAloud key={part} target={PART_CONTENT_ID} />
            { props.children.clone() }
            { for steps }
        </section>
    }
}
