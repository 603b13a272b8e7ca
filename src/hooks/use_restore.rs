//! Restoring a backup: read the chosen file, check it strictly, show a preview, and replace
//! the plan only when the person confirms. A bad or foreign file gets a translated reason and
//! changes nothing.

use std::rc::Rc;

use ownplan_core::plan::Plan;
use yew::prelude::*;

use crate::hooks::use_plan;
use crate::services;
use crate::state::backup;
use crate::state::plan::PlanAction;

/// Files larger than this are refused before reading (the strict parser's own cap).
const MAX_FILE_BYTES: f64 = ownplan_core::proof::MAX_DOCUMENT_BYTES as f64;

/// Where a restore stands.
#[derive(Clone, Debug, PartialEq)]
pub enum RestoreStep {
    /// Nothing chosen.
    Idle,
    /// Reading the file.
    Reading,
    /// A valid backup, waiting for the person's confirmation.
    Preview(Rc<Plan>),
    /// The file was refused: the message id says why.
    Refused(&'static str),
    /// The plan was replaced by the backup.
    Done,
}

/// What [`use_restore`] gives the backup page.
#[derive(Clone, PartialEq)]
pub struct RestoreHandle {
    /// Where the restore stands.
    pub step: RestoreStep,
    /// Read the file chosen in this input.
    pub choose: Callback<web_sys::HtmlInputElement>,
    /// Replace the plan with the previewed backup.
    pub confirm: Callback<()>,
    /// Forget the chosen file.
    pub cancel: Callback<()>,
}

/// The restore flow.
#[hook]
pub fn use_restore() -> RestoreHandle {
    let step = use_state_eq(|| RestoreStep::Idle);
    let store = use_plan();
    let choose = {
        let step = step.clone();
        Callback::from(move |input: web_sys::HtmlInputElement| {
            let step = step.clone();
            step.set(RestoreStep::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                let next = match services::files::read_chosen_file(&input, MAX_FILE_BYTES).await {
                    Ok(text) => match backup::decode(text.as_bytes()) {
                        Ok(plan) => RestoreStep::Preview(Rc::new(plan)),
                        Err(error) => RestoreStep::Refused(error.message_id()),
                    },
                    Err(message_id) => RestoreStep::Refused(message_id),
                };
                // Let the same file be chosen again after a cancel.
                input.set_value("");
                step.set(next);
            });
        })
    };
    let confirm = {
        let step = step.clone();
        Callback::from(move |()| {
            if let (RestoreStep::Preview(plan), Some(store)) = (&*step, &store) {
                store.dispatch(PlanAction::Replace(plan.clone()));
                step.set(RestoreStep::Done);
            }
        })
    };
    let cancel = {
        let step = step.clone();
        Callback::from(move |()| step.set(RestoreStep::Idle))
    };
    RestoreHandle {
        step: (*step).clone(),
        choose,
        confirm,
        cancel,
    }
}
