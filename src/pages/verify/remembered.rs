//! The plans and keys this browser remembers, each with "Forget", and "Forget all" behind a
//! confirmation. An unreadable list is reported, not cleared; "Forget all" is the way to start
//! over.

use yew::prelude::*;

use crate::components::Heading;

use crate::hooks::{SeenList, use_i18n};
use crate::state::dates;
use crate::state::seen_keys::SeenPlan;

/// Properties of [`RememberedList`].
#[derive(Properties, PartialEq)]
pub struct RememberedListProps {
    /// The list.
    pub seen: SeenList,
    /// Why the last change to it failed (a message id), if it did.
    pub error: Option<&'static str>,
    /// Forget the plan with this id.
    pub on_forget: Callback<String>,
    /// Forget everything (already confirmed).
    pub on_forget_all: Callback<()>,
}

/// The remembered plans and keys.
#[component]
pub fn RememberedList(props: &RememberedListProps) -> Html {
    let i18n = use_i18n();
    let confirming = use_state_eq(|| false);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let confirm = {
        let confirming = confirming.clone();
        let on_forget_all = props.on_forget_all.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_forget_all.emit(());
        })
    };
    let (list, can_forget_all) = match &props.seen {
        SeenList::Loading => (Html::default(), false),
        SeenList::Unreadable(message_id) => (
            html! {
                <div class="notice notice-warning" role="alert" id="verify-remembered-unreadable">
                    <p><strong>{ i18n.t("verify-remembered-unreadable") }</strong>{ " " }{ i18n.t(message_id) }</p>
                    <p>{ i18n.t("verify-remembered-unreadable-explain") }</p>
                </div>
            },
            true,
        ),
        SeenList::Ready(seen) if seen.is_empty() => (
            html! { <p id="verify-remembered-empty">{ i18n.t("verify-remembered-empty") }</p> },
            false,
        ),
        SeenList::Ready(seen) => (
            html! {
                <ul class="verify-remembered-list">
                    { for seen.plans().iter().enumerate().map(|(index, plan)| entry(index, plan, &props.on_forget)) }
                </ul>
            },
            true,
        ),
    };
    html! {
        <section class="verify-remembered no-print" aria-labelledby="verify-remembered-title">
            <Heading level={2} id="verify-remembered-title">{ i18n.t("verify-remembered-title") }</Heading>
            <p>{ i18n.t("verify-remembered-explain") }</p>
            { list }
            if let Some(message_id) = props.error {
                <div class="notice notice-warning" role="alert">
                    <p><strong>{ i18n.t("verify-remembered-not-changed") }</strong>{ " " }{ i18n.t(message_id) }</p>
                </div>
            }
            if can_forget_all {
                if *confirming {
                    <div class="notice notice-warning" role="group" aria-labelledby="verify-forget-all-question">
                        <p id="verify-forget-all-question"><strong>{ i18n.t("verify-forget-all-question") }</strong></p>
                        <p>{ i18n.t("verify-forget-all-explain") }</p>
                        <div class="button-row">
                            <button type="button" class="button button-danger" id="verify-forget-all-confirm" onclick={confirm}>
                                { i18n.t("verify-forget-all-confirm") }
                            </button>
                            <button type="button" class="button" onclick={cancel}>{ i18n.t("verify-cancel") }</button>
                        </div>
                    </div>
                } else {
                    <button type="button" class="button button-danger" id="verify-forget-all" onclick={ask}>
                        { i18n.t("verify-forget-all") }
                    </button>
                }
            }
        </section>
    }
}

/// One remembered plan: whose, the highest version, its keys, and "Forget".
fn entry(index: usize, plan: &SeenPlan, on_forget: &Callback<String>) -> Html {
    html! { <RememberedEntry index={index} plan={plan.clone()} on_forget={on_forget.clone()} /> }
}

#[derive(Properties, PartialEq)]
struct RememberedEntryProps {
    index: usize,
    plan: SeenPlan,
    on_forget: Callback<String>,
}

#[component]
fn RememberedEntry(props: &RememberedEntryProps) -> Html {
    let i18n = use_i18n();
    let plan = &props.plan;
    let name = if plan.owner_name.trim().is_empty() {
        i18n.t("verify-owner-unnamed")
    } else {
        AttrValue::from(plan.owner_name.clone())
    };
    let forget = {
        let on_forget = props.on_forget.clone();
        let plan_id = plan.plan_id.clone();
        Callback::from(move |_: MouseEvent| on_forget.emit(plan_id.clone()))
    };
    let name_id = format!("verify-remembered-name-{}", props.index);
    html! {
        <li class="verify-remembered-entry" data-plan-id={plan.plan_id.clone()}>
            <p class="verify-remembered-name" id={name_id.clone()}><strong>{ name.clone() }</strong></p>
            <p>{ i18n.t_with("verify-remembered-version", &[("version", &plan.highest_version.to_string())]) }</p>
            <ul class="verify-remembered-keys">
                { for plan.keys.iter().map(|key| html! {
                    <li>
                        <span class="verify-fingerprint-small">{ key.fingerprint() }</span>
                        <br />
                        { i18n.t_with("verify-remembered-key-seen", &[
                            ("first", &dates::long_date(i18n.language, &key.first_seen)),
                            ("last", &dates::long_date(i18n.language, &key.last_seen)),
                        ]) }
                    </li>
                }) }
            </ul>
            <button
                type="button"
                class="button verify-forget"
                aria-label={i18n.t_with("verify-forget-named", &[("name", &name)])}
                onclick={forget}
            >
                { i18n.t("verify-forget") }
            </button>
        </li>
    }
}
