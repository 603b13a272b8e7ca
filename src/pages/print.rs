//! The whole plan, read-only, laid out for printing on A4: headings, page breaks before each
//! of the two plans, no navigation, and the name, plan version and date on every page, with the
//! person's key fingerprint when they have a key (so a professional given the paper can compare
//! it with a signed copy; a key is never made just for this).

use yew::prelude::*;

use crate::components::{Heading, PlanDocument, PrintButton};
use crate::hooks::{use_i18n, use_key_fingerprint, use_plan, use_print, use_today};
use crate::state::dates;

/// The print view.
#[component]
pub fn PrintPage() -> Html {
    let i18n = use_i18n();
    let print = use_print().reform(|_: MouseEvent| ());
    let today = use_today();
    let fingerprint = use_key_fingerprint();
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let plan = store.plan();
    let date = today
        .map(|d| dates::long_date(i18n.language, &d))
        .unwrap_or_default();
    let version = plan.plan_version.to_string();
    let args = [
        ("name", plan.owner.name.as_str()),
        ("version", version.as_str()),
        ("date", date.as_str()),
    ];
    let running = i18n.t_with("print-running", &args);
    // On paper the line at the foot of every page also carries the key's fingerprint.
    let footer = match &fingerprint {
        Some(fingerprint) => {
            let mut with_key = args.to_vec();
            with_key.push(("fingerprint", fingerprint.as_str()));
            i18n.t_with("print-running-key", &with_key)
        }
        None => running.clone(),
    };
    html! {
        <article class="print-view" aria-labelledby="page-title">
            <p class="print-running" aria-hidden="true">{ footer }</p>
            <Heading level={1} id="page-title">{ i18n.t("print-title") }</Heading>
            <p>{ running }</p>
            if let Some(fingerprint) = &fingerprint {
                <p class="print-fingerprint" id="print-fingerprint">{ i18n.t("key-fingerprint-compare") }{ " " }<span class="key-fingerprint-inline">{ fingerprint.clone() }</span></p>
            }
            <div class="button-row no-print">
                <PrintButton id="print-now" label_id="print-now" primary=true onclick={print} />
            </div>

            <PlanDocument plan={store.plan_rc()} />
        </article>
    }
}
