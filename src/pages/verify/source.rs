//! What a result was checked from: the file's name (as text, never as markup) or "pasted text",
//! and for a PDF copy the plain note that only the signed document embedded in it was checked
//! and is shown, while the PDF's visible pages are a convenience that could have been edited.

use yew::prelude::*;

use crate::hooks::I18n;
use crate::state::verify::CheckedSource;

/// The name of what was checked and, for a PDF copy, what the check covers: for a verified
/// copy, that only the embedded document is shown and the pages are a convenience; for a
/// refused one, that it was read as a PDF copy (the document inside, not its pages).
pub fn checked_source(i18n: &I18n, source: &CheckedSource, verified: bool) -> Html {
    let pdf_note = if verified {
        "verify-pdf-note"
    } else {
        "verify-pdf-note-refused"
    };
    source_lines(i18n, source, "verify-source-file", Some(pdf_note))
}

/// The same for a refusal: when the file was never checked (the device could not), it is only
/// named, with no word of what a check covers.
pub fn refused_source(i18n: &I18n, source: &CheckedSource, checked: bool) -> Html {
    if checked {
        checked_source(i18n, source, false)
    } else {
        source_lines(i18n, source, "verify-source-not-checked", None)
    }
}

fn source_lines(
    i18n: &I18n,
    source: &CheckedSource,
    label_id: &'static str,
    pdf_note: Option<&'static str>,
) -> Html {
    let name = match &source.file_name {
        // Yew sets a text node: a name such as `<b>x.pdf` is shown as written.
        Some(name) => html! {
            <>
                { i18n.t(label_id) }{ " " }
                <span class="verify-source-name" id="verify-source-name">{ name.clone() }</span>
            </>
        },
        None => html! { { i18n.t("verify-source-pasted") } },
    };
    html! {
        <div class="verify-source" id="verify-source">
            <p>{ name }</p>
            if let (true, Some(note)) = (source.pdf, pdf_note) {
                <p class="verify-pdf-note" id="verify-pdf-note">{ i18n.t(note) }</p>
            }
        </div>
    }
}
