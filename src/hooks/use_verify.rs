//! The verify flow's hook: wires the services (reading a chosen or dropped file, the remembered
//! list in storage, today's date) to the pure [`VerifyState`]. Every decision is made there; this
//! reads what an action needs, stores the list an action hands back and reports how that went.

use std::cell::RefCell;
use std::rc::Rc;

use ownplan_core::proof;
use yew::prelude::*;

use crate::services;
use crate::services::files::FileReadError;
use crate::services::pdf_module::ExtractError;
use crate::state::verify::{
    FileProblem, Remembered, VerifyAction, VerifyState, named_as_pdf, reads_as_pdf_copy,
};
pub use crate::state::verify::{SeenList, SeenOutcome, Verification, VerifyStep};

/// Files larger than this are refused before reading (the strict parser's own cap).
const MAX_FILE_BYTES: f64 = proof::MAX_DOCUMENT_BYTES as f64;
/// Files named as a PDF copy may be as large as the PDF reader's cap.
const MAX_PDF_FILE_BYTES: f64 = ownplan_pdf::MAX_PDF_BYTES as f64;

/// What [`use_verify`] gives the verify view.
#[derive(Clone, PartialEq)]
pub struct VerifyHandle {
    /// Where the check stands.
    pub step: VerifyStep,
    /// How many results have been shown; changes with each new result (to move focus to it).
    pub results_shown: u32,
    /// The remembered plans and keys.
    pub seen: SeenList,
    /// Why the last change to the remembered list failed (a message id), if it did.
    pub seen_error: Option<&'static str>,
    /// Check pasted text.
    pub check_text: Callback<String>,
    /// Check the file chosen in this input.
    pub choose_file: Callback<services::file_input::FileInput>,
    /// Check the file dropped in this event.
    pub drop_file: Callback<DragEvent>,
    /// Remember the different key of the verified document (the professional checked).
    pub accept_new_key: Callback<()>,
    /// Forget one plan (by plan id).
    pub forget: Callback<String>,
    /// Forget every remembered plan and key.
    pub forget_all: Callback<()>,
}

/// The remembered list as stored right now. The verify state keeps a failure as the message
/// id it shows (it also holds ids of its own, such as "no date"), so the typed error becomes an
/// id here, at the edge of that state.
fn remembered() -> Remembered {
    services::seen_store::load().map_err(|error| error.message_id())
}

fn file_problem(error: FileReadError, pdf: bool) -> FileProblem {
    match error {
        FileReadError::NoFile => FileProblem::NoFile,
        FileReadError::TooLarge if pdf => FileProblem::PdfTooLarge,
        FileReadError::TooLarge => FileProblem::TooLarge,
        FileReadError::Unreadable => FileProblem::Unreadable,
    }
}

/// The verify flow.
#[hook]
pub fn use_verify() -> VerifyHandle {
    // The state lives in a cell rather than a `use_reducer`: an action that changes the
    // remembered list must be stored and its result applied before the next action (an async
    // file read, say) sees the state, and before anything renders.
    let state = use_mut_ref(VerifyState::default);
    let rerender = use_force_update();
    let run: Rc<dyn Fn(VerifyAction)> = {
        let state: Rc<RefCell<VerifyState>> = state.clone();
        Rc::new(move |action| {
            let to_store = state.borrow_mut().apply(action);
            if let Some(list) = to_store {
                let result = services::seen_store::save(&list).map_err(|error| error.message_id());
                state.borrow_mut().apply(VerifyAction::Stored(result));
            }
            rerender.force_update();
        })
    };
    {
        let run = run.clone();
        use_effect_with((), move |()| run(VerifyAction::SeenRead(remembered())));
    }
    let check_text = {
        let run = run.clone();
        Callback::from(move |text: String| {
            run(VerifyAction::CheckText {
                text,
                today: services::clock::today(),
                remembered: remembered(),
            });
        })
    };
    let read_file = {
        let run = run.clone();
        Rc::new(move |file: Option<services::files::ChosenFile>| {
            let Some(file) = file else {
                run(VerifyAction::FileFailed(FileProblem::NoFile));
                return;
            };
            run(VerifyAction::Reading);
            let run = run.clone();
            let file_name = services::files::file_name(&file);
            // A PDF copy is read up to the PDF reader's cap; anything else up to a document's.
            let pdf = named_as_pdf(&file_name);
            let limit = if pdf {
                MAX_PDF_FILE_BYTES
            } else {
                MAX_FILE_BYTES
            };
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = match services::files::read_file_bytes(&file, limit).await {
                    Ok(bytes) => bytes,
                    Err(error) => {
                        run(VerifyAction::FileFailed(file_problem(error, pdf)));
                        return;
                    }
                };
                if !reads_as_pdf_copy(&file_name, &bytes) {
                    run(VerifyAction::CheckFile {
                        file_name,
                        bytes,
                        today: services::clock::today(),
                        remembered: remembered(),
                    });
                    return;
                }
                // The PDF reader is in the PDF module, loaded only now (not in the first load).
                let embedded = services::pdf_module::extract_document(&bytes)
                    .await
                    .map_err(|error| match error {
                        ExtractError::Module(module) => module.message_id_when_reading(),
                        ExtractError::Refused(message_id) => message_id,
                    });
                run(VerifyAction::CheckPdfCopy {
                    file_name,
                    embedded,
                    today: services::clock::today(),
                    remembered: remembered(),
                });
            });
        })
    };
    let choose_file = {
        let read_file = read_file.clone();
        Callback::from(move |input: services::file_input::FileInput| {
            read_file(services::files::chosen_file(&input));
            // Let the same file be chosen again (after changing it, say).
            services::file_input::clear(&input);
        })
    };
    let drop_file = Callback::from(move |event: DragEvent| {
        read_file(services::files::dropped_file(&event));
    });
    let accept_new_key = {
        let run = run.clone();
        Callback::from(move |()| {
            run(VerifyAction::AcceptNewKey {
                today: services::clock::today(),
                remembered: remembered(),
            });
        })
    };
    let forget = {
        let run = run.clone();
        Callback::from(move |plan_id: String| {
            run(VerifyAction::Forget {
                plan_id,
                remembered: remembered(),
            });
        })
    };
    let forget_all = Callback::from(move |()| run(VerifyAction::ForgetAll));
    let current = state.borrow();
    VerifyHandle {
        step: current.step.clone(),
        results_shown: current.results_shown,
        seen: current.seen.clone(),
        seen_error: current.seen_error,
        check_text,
        choose_file,
        drop_file,
        accept_new_key,
        forget,
        forget_all,
    }
}
