//! The whole plan, read-only, laid out for printing on A4: headings, page breaks before each
//! of the two plans, no navigation, and the name, plan version and date on every page.

use yew::prelude::*;

use crate::components::PlanDocument;
use crate::hooks::{use_i18n, use_plan, use_print, use_today};
use crate::state::dates;

/// The print view.
#[component]
pub fn PrintPage() -> Html {
    let i18n = use_i18n();
    let print = use_print().reform(|_: MouseEvent| ());
    let today = use_today();
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let plan = store.plan();
    let date = today
        .map(|d| dates::long_date(i18n.language, &d))
        .unwrap_or_default();
    let version = plan.plan_version.to_string();
    let running = i18n.t_with(
        "print-running",
        &[
            ("name", plan.owner.name.as_str()),
            ("version", &version),
            ("date", &date),
        ],
    );
    html! {
        <article class="print-view" aria-labelledby="page-title">
            <p class="print-running" aria-hidden="true">{ running.clone() }</p>
            <h1 id="page-title">{ i18n.t("print-title") }</h1>
            <p>{ running }</p>
            <div class="button-row no-print">
                <button type="button" class="button button-primary" id="print-now" onclick={print}>{ i18n.t("print-now") }</button>
            </div>

            <PlanDocument plan={store.plan_rc()} />
        </article>
    }
}
