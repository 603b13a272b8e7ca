//! The page for views: moving keyboard focus, a new view's title and focus, the browser's print
//! dialog, and offering a text file as a download. Views call these instead of the page and file services, so they stay
//! "props in, callbacks out" and render natively in tests.

use yew::prelude::*;

use crate::services;

/// A callback that moves keyboard focus to the element with the given id (inside the widget),
/// so keyboard and screen-reader users land where the work continues. Call it from an effect,
/// after the element is rendered.
#[hook]
pub fn use_focus() -> Callback<AttrValue> {
    use_callback((), |id: AttrValue, ()| services::page::focus_element(&id))
}

/// A callback that opens the browser's print dialog (for a button: `print.reform(|_| ())`).
#[hook]
pub fn use_print() -> Callback<()> {
    use_callback((), |(), ()| services::page::print())
}

/// A text file to offer as a download.
#[derive(Clone, Debug, PartialEq)]
pub struct TextDownload {
    /// The file's suggested name.
    pub file_name: AttrValue,
    /// Its media type, such as `text/plain`.
    pub mime_type: &'static str,
    /// What it holds.
    pub text: AttrValue,
}

/// A callback that offers a text file as a download (nothing is sent anywhere).
#[hook]
pub fn use_text_download() -> Callback<TextDownload> {
    use_callback((), |file: TextDownload, ()| {
        // A refused download leaves the data where it was; the person can try again.
        let _ = services::files::download_text(&file.file_name, file.mime_type, &file.text);
    })
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

/// Shows a new view as a new page would be: the document's title becomes `title` (when the
/// widget has the page to itself), and after every change of `view`, but not on the first
/// load, the page scrolls to the top and the view's heading gets the focus. So a keyboard or
/// screen-reader user starts the new view at its heading instead of on `<body>`, after a tap
/// in the navigation, a link in the content, "next" or "previous", or the browser's back
/// button. In a host page the focus is never taken from the host (see
/// `services::page::show_new_view`).
#[hook]
pub fn use_view_change<V: PartialEq + 'static>(view: V, title: AttrValue) {
    use_effect_with(title, |title| services::page::show_view_title(title));
    let first_view_shown = use_mut_ref(|| false);
    use_effect_with(view, move |_| {
        services::app_start::note_view_shown();
        if std::mem::replace(&mut *first_view_shown.borrow_mut(), true) {
            services::page::show_new_view();
        } else {
            services::page::take_over_scroll_restoration();
        }
    });
}

/// While `shown` is `Some`, keeps the element with the focus clear of the element
/// `covering_id` (a notice kept over the bottom of the screen): when the notice appears, and
/// whenever the value in `shown` changes (for the plan: another change, such as another
/// deletion), the page scrolls just enough to show the focused element above it (WCAG 2.4.11,
/// focus not obscured). Checked a moment after the render, so a focus moved by the same change
/// is the one kept clear.
#[hook]
pub fn use_keep_focus_clear_of<T: PartialEq + 'static>(
    shown: Option<T>,
    covering_id: &'static str,
) {
    use_effect_with(shown, move |shown| {
        let timer = shown.is_some().then(|| {
            services::timers::after(0, move || services::page::keep_focus_clear_of(covering_id))
        });
        move || drop(timer)
    });
}

/// A callback that moves the focus, a moment later (once the change that brings it back is on
/// the page), to the first control of the list item with the element id given, or to the
/// view's heading for an empty id (see `services::page::focus_first_control_in`).
#[hook]
pub fn use_focus_control_soon() -> Callback<AttrValue> {
    let pending = use_mut_ref(|| None::<services::timers::Once>);
    use_callback((), move |id: AttrValue, ()| {
        let timer = services::timers::after(0, move || services::page::focus_first_control_in(&id));
        *pending.borrow_mut() = Some(timer);
    })
}

/// How long a part of a view that may follow waits after what matters most (one frame and a
/// little more, so the browser has painted the rest first).
const DEFERRED_MS: u32 = 32;

/// `false` for the renders right after `key` changes, `true` a moment later: a large part of a
/// view (a whole plan of 500 items) can follow the part a person needs first (the verdict), which
/// is then painted without waiting for it.
#[hook]
pub fn use_deferred<K: PartialEq + Clone + 'static>(key: K) -> bool {
    let ready = use_state_eq(|| false);
    {
        let ready = ready.clone();
        use_effect_with(key, move |_| {
            ready.set(false);
            let timer = services::timers::after(DEFERRED_MS, move || ready.set(true));
            move || drop(timer)
        });
    }
    *ready
}
