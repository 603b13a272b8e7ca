//! The page around a view, for components and pages: moving the keyboard focus to an element
//! and opening the print dialog, without touching the browser themselves.

use yew::prelude::*;

use crate::services;

/// What [`use_page`] gives a view.
#[derive(Clone, PartialEq)]
pub struct PageHandle {
    /// Move the keyboard focus to the element with this id (after it is rendered).
    pub focus: Callback<String>,
    /// Open the browser's print dialog.
    pub print: Callback<()>,
}

/// Focus and printing for a view.
#[hook]
pub fn use_page() -> PageHandle {
    PageHandle {
        focus: Callback::from(|element_id: String| services::page::focus_element(&element_id)),
        print: Callback::from(|()| services::page::print()),
    }
}

/// Moves the keyboard focus to `element_id` after each render in which `shown` changed to a
/// number above zero: a count of results shown, or a flag as 0 or 1. So a new result is what a
/// phone user sees next and a screen reader reads next.
#[hook]
pub fn use_focus_on_new(shown: u32, element_id: &'static str) {
    use_effect_with(shown, move |shown| {
        if *shown > 0 {
            services::page::focus_element(element_id);
        }
    });
}
