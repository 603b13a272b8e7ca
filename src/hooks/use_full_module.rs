//! Opening a view the first module does not have (`app::Views::FIRST`): the full module is
//! fetched (or the background load is waited for) and the widget handed over to it at this view
//! (`services::full_module`). Nothing the person wrote is at risk: the first module has no plan
//! store and writes nothing, and if the module cannot be had, the first module keeps running and
//! the view says so, with "Try again".

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;
use yew_router::Routable;

use crate::app::Route;
use crate::hooks::use_i18n;
use crate::services::full_module::{self, FullModuleError};

/// Where the opening stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FullModuleStatus {
    /// Being fetched (the full module then takes over).
    Loading,
    /// It could not be had; the message id says why.
    Failed(&'static str),
}

/// What [`use_full_module`] gives.
#[derive(Clone, PartialEq)]
pub struct FullModuleHandle {
    /// Where the opening stands.
    pub status: FullModuleStatus,
    /// Try again after a failure.
    pub retry: Callback<()>,
}

/// Fetches the full module and hands the widget over to it at `route`, unless the person has
/// gone to another view meanwhile.
#[hook]
pub fn use_full_module(route: Route) -> FullModuleHandle {
    let language = use_i18n().language;
    let status = use_state_eq(|| FullModuleStatus::Loading);
    let attempt = use_state_eq(|| 0_u32);
    {
        let status = status.clone();
        use_effect_with((route, *attempt), move |&(route, _)| {
            let left = Rc::new(Cell::new(false));
            let still_here = left.clone();
            status.set(FullModuleStatus::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match full_module::load().await {
                    Ok(_) if still_here.get() => return,
                    Ok(module) => full_module::take_over(&module, &route.to_path(), language),
                    Err(error) => Err(error),
                };
                if let Err(error) = outcome
                    && !still_here.get()
                {
                    status.set(FullModuleStatus::Failed(FullModuleError::message_id(error)));
                }
            });
            move || left.set(true)
        });
    }
    let retry = Callback::from(move |()| attempt.set(attempt.wrapping_add(1)));
    FullModuleHandle {
        status: *status,
        retry,
    }
}
