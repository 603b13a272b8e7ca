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
    let name = match &source.file_name {
        // Yew sets a text node: a name such as `<b>x.pdf` is shown as written.
        Some(name) => html! {
            <>
                { i18n.t("verify-source-file") }{ " " }
                <span class="verify-source-name" id="verify-source-name">{ name.clone() }</span>
            </>
        },
        None => html! { { i18n.t("verify-source-pasted") } },
    };
    html! {
        <div class="verify-source" id="verify-source">
            <p>{ name }</p>
            if source.pdf {
                <p class="verify-pdf-note" id="verify-pdf-note">{ i18n.t(pdf_note) }</p>
            }
        </div>
    }
}
