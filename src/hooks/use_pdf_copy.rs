//! The PDF copy of one signed file: asks the PDF module (loaded only now, see
//! `services::pdf_module`) for the copy, which the module writes in the document's language,
//! and offers it for download or to the share sheet. The JSON file is untouched by anything here.

use std::rc::Rc;

use yew::prelude::*;

use crate::error::PdfModuleError;
use crate::services;
use crate::services::share_sheet::ShareSheetError;
use crate::state::share::SignedFile;

/// Where the PDF copy of a file stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PdfCopyStatus {
    /// Nothing asked yet.
    Idle,
    /// The module is loading or making the copy.
    Making,
    /// The copy was downloaded or shared.
    Done,
    /// The browser refused the download or the share sheet.
    NotOffered,
    /// The copy could not be made.
    Failed(PdfModuleError),
}

/// What [`use_pdf_copy`] gives a signed file's row.
#[derive(Clone, PartialEq)]
pub struct PdfCopyHandle {
    /// Where the copy stands.
    pub status: PdfCopyStatus,
    /// The PDF's file name (the JSON's, ending in `.pdf`).
    pub file_name: Rc<str>,
    /// Whether this browser can hand a PDF to the share sheet.
    pub can_share: bool,
    /// Make the copy and download it.
    pub download: Callback<()>,
    /// Make the copy and hand it to the share sheet.
    pub share: Callback<()>,
}

/// The PDF's name for the JSON file `json_name`.
pub fn pdf_file_name(json_name: &str) -> String {
    let stem = json_name.strip_suffix(".json").unwrap_or(json_name);
    format!("{stem}.pdf")
}

async fn make(file: &SignedFile) -> Result<Vec<u8>, PdfModuleError> {
    let now = services::clock::now_utc()
        .map(|now| now.as_str().to_owned())
        .ok_or(PdfModuleError::NotMade)?;
    services::pdf_module::make_pdf_copy(&services::pdf_module::PdfRequest {
        signed_json: &file.text,
        file_name: &file.file_name,
        now: &now,
    })
    .await
}

/// Download and share sheet for one signed file's PDF copy.
#[hook]
pub fn use_pdf_copy(file: Rc<SignedFile>) -> PdfCopyHandle {
    let status = use_state_eq(|| PdfCopyStatus::Idle);
    let can_share = *use_memo((), |()| services::share_sheet::can_share_pdf());
    let file_name: Rc<str> = Rc::from(pdf_file_name(&file.file_name));
    let run = {
        let status = status.clone();
        let file_name = file_name.clone();
        Callback::from(move |share: bool| {
            if *status == PdfCopyStatus::Making {
                return;
            }
            status.set(PdfCopyStatus::Making);
            let status = status.clone();
            let file = file.clone();
            let file_name = file_name.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let pdf = match make(&file).await {
                    Ok(pdf) => pdf,
                    Err(error) => {
                        status.set(PdfCopyStatus::Failed(error));
                        return;
                    }
                };
                let outcome = if share {
                    match services::share_sheet::share_bytes(&file_name, "application/pdf", &pdf)
                        .await
                    {
                        Ok(()) => PdfCopyStatus::Done,
                        Err(ShareSheetError::Cancelled) => PdfCopyStatus::Idle,
                        Err(ShareSheetError::Failed) => PdfCopyStatus::NotOffered,
                    }
                } else if services::pdf_module::download_bytes(&file_name, "application/pdf", &pdf)
                {
                    PdfCopyStatus::Done
                } else {
                    PdfCopyStatus::NotOffered
                };
                status.set(outcome);
            });
        })
    };
    let download = {
        let run = run.clone();
        Callback::from(move |()| run.emit(false))
    };
    let share = Callback::from(move |()| run.emit(true));
    PdfCopyHandle {
        status: *status,
        file_name,
        can_share,
        download,
        share,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pdf_is_named_after_the_json() {
        assert_eq!(
            pdf_file_name("plan-kari-to-nav-2026-11-22.json"),
            "plan-kari-to-nav-2026-11-22.pdf"
        );
        assert_eq!(pdf_file_name("plan"), "plan.pdf");
    }
}
