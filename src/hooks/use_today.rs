//! Today's date from the device clock, read after the first render, so rendering itself never touches
//! the browser.

use ownplan_core::plan::Date;
use yew::prelude::*;

use crate::services;

/// Today's date, or `None` before the clock has been read.
#[hook]
pub fn use_today() -> Option<Date> {
    let today = use_state_eq(|| None::<Date>);
    {
        let today = today.clone();
        use_effect_with((), move |()| {
            today.set(services::clock::today());
        });
    }
    (*today).clone()
}
