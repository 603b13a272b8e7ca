//! The file input a person chose a file in, as a view hands it to a hook (the view reads it
//! from the event's target). The hook passes it on to [`super::files`] and clears it through
//! here, so it never touches the element itself.

/// A `<input type="file">` element.
pub type FileInput = web_sys::HtmlInputElement;

/// Empties the input, so the same file can be chosen again (after a cancel).
pub fn clear(input: &FileInput) {
    input.set_value("");
}
