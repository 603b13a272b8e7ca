//! Every heading of the widget, at its level within the widget (1: the view's title, 2, 3)
//! shifted by the portal's `headingLevel`, so the widget sits in the portal's outline: with
//! `headingLevel: 2` a view's title is an `h2`, its sections `h3`, and so on, never deeper than
//! `h6`.
//!
//! Unshifted (the widget's own page, or no `headingLevel`), a heading renders exactly as a plain
//! `h1`–`h3`. Shifted, it also carries `data-level` with its level within the widget, which is
//! what `static/app.css` styles (`:is(h2:not([data-level]), [data-level="2"])`) and what the view
//! change focuses (`[data-level="1"]`), so the widget looks and behaves the same at any level.

use yew::prelude::*;

use crate::app::Embedding;

/// The deepest heading HTML has.
const DEEPEST: u8 = 6;

/// Properties of [`Heading`].
#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// The level within the widget: 1 for the view's title, 2 for its sections, 3 below them.
    pub level: u8,
    /// The element's id (for `aria-labelledby` and focus).
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Its classes.
    #[prop_or_default]
    pub class: Classes,
    /// `"-1"` for a heading the view focuses by script.
    #[prop_or_default]
    pub tabindex: Option<AttrValue>,
    /// What describes it (the guide's progress).
    #[prop_or_default]
    pub aria_describedby: Option<AttrValue>,
    /// Its words.
    #[prop_or_default]
    pub children: Html,
}

/// The HTML heading level for a heading at `level` within the widget when the widget's title is
/// at `top` (the portal's `headingLevel`; 1 when none), and whether that differs from `level`.
pub fn shifted_level(level: u8, top: Option<u8>) -> (u8, bool) {
    let shift = top.unwrap_or(1).saturating_sub(1);
    let html_level = level.clamp(1, DEEPEST).saturating_add(shift).min(DEEPEST);
    (html_level, shift > 0)
}

/// A heading at its level within the widget, rendered at the level the portal's outline needs.
#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let embedding = use_context::<Embedding>().unwrap_or_default();
    let (html_level, shifted) = shifted_level(props.level, embedding.options.heading_level);
    let tag = format!("h{html_level}");
    let data_level = shifted.then(|| AttrValue::from(props.level.to_string()));
    let class = (!props.class.is_empty()).then(|| props.class.clone());
    html! {
        <@{tag}
            id={props.id.clone()}
            class={class}
            tabindex={props.tabindex.clone()}
            aria-describedby={props.aria_describedby.clone()}
            data-level={data_level}
        >
            { props.children.clone() }
        </@>
    }
}

#[cfg(test)]
mod tests {
    use super::shifted_level;

    #[test]
    fn levels_shift_with_the_portal_and_stop_at_six() {
        assert_eq!(shifted_level(1, None), (1, false));
        assert_eq!(shifted_level(3, None), (3, false));
        assert_eq!(shifted_level(1, Some(1)), (1, false));
        assert_eq!(shifted_level(1, Some(2)), (2, true));
        assert_eq!(shifted_level(2, Some(2)), (3, true));
        assert_eq!(shifted_level(3, Some(2)), (4, true));
        assert_eq!(shifted_level(2, Some(5)), (6, true));
        assert_eq!(shifted_level(3, Some(6)), (6, true));
    }
}
