//! "Download the PDF copy" for one signed file: the PDF module is loaded only when pressed; while
//! it works the button says so and waits; a failure is said in words (role=alert), and the JSON
//! file's own buttons work as before. Where the browser can share PDF files, a second button
//! hands the copy to the share sheet.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::{PdfCopyStatus, use_i18n, use_pdf_copy};
use crate::state::share::SignedFile;

/// Properties of [`PdfCopyButton`].
#[derive(Properties, PartialEq)]
pub struct PdfCopyButtonProps {
    /// The file's place in the signed round (ids `share-pdf-{index}`, `share-pdf-sheet-{index}`).
    pub index: usize,
    /// The signed file.
    pub file: Rc<SignedFile>,
}

/// The PDF copy's buttons and what became of the last press.
#[component]
pub fn PdfCopyButton(props: &PdfCopyButtonProps) -> Html {
    let i18n = use_i18n();
    let copy = use_pdf_copy(props.file.clone());
    let busy = copy.status == PdfCopyStatus::Making;
    let download = {
        let download = copy.download.clone();
        Callback::from(move |_: MouseEvent| download.emit(()))
    };
    let share = {
        let share = copy.share.clone();
        Callback::from(move |_: MouseEvent| share.emit(()))
    };
    let index = props.index;
    let label = if busy {
        i18n.t("pdfcopy-making")
    } else {
        i18n.t("pdfcopy-download")
    };
    html! {
        <div class="pdf-copy" aria-busy={busy.to_string()}>
            <div class="button-row">
                <button type="button" class="button" id={format!("share-pdf-{index}")} disabled={busy} onclick={download}>{ label }</button>
                if copy.can_share {
                    <button type="button" class="button" id={format!("share-pdf-sheet-{index}")} disabled={busy} onclick={share}>{ i18n.t("pdfcopy-share") }</button>
                }
            </div>
            <p class="hint">{ i18n.t("pdfcopy-hint") }</p>
            {
                match copy.status {
                    PdfCopyStatus::Failed(error) => html! {
                        <p role="alert" class="pdf-copy-error" id={format!("share-pdf-error-{index}")}>{ i18n.t(error.message_id()) }</p>
                    },
                    PdfCopyStatus::NotOffered => html! {
                        <p role="alert" class="pdf-copy-error" id={format!("share-pdf-error-{index}")}>{ i18n.t("share-download-failed") }</p>
                    },
                    PdfCopyStatus::Done => html! {
                        <p role="status" id={format!("share-pdf-done-{index}")}>{ i18n.t_with("pdfcopy-done", &[("file", &copy.file_name)]) }</p>
                    },
                    PdfCopyStatus::Idle | PdfCopyStatus::Making => html! {},
                }
            }
        </div>
    }
}
