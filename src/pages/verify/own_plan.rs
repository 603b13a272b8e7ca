//! "Use this as my plan on this device": the person opens a file they exported themselves (on a
//! new phone, say) and takes its verified content as their plan. A preview says whose plan it
//! is, which parts the file holds, that every other part will be empty and that the plan on this
//! device will be replaced; nothing changes until the person confirms.
//!
//! Not offered to professionals by default: the button is shown openly only for a file signed
//! by this device's own key, and otherwise behind a closed "Is this your own plan?" disclosure
//! (see `state::verify::own_plan::offer_for` for why).

use std::rc::Rc;

use ownplan_core::plan::{Plan, Section};
use yew::prelude::*;

use crate::components::Heading;

use super::result::section_label;
use crate::hooks::{use_i18n, use_person_key, use_plan};
use crate::state::verify::own_plan::{OwnPlanAction, OwnPlanOffer, OwnPlanStep, offer_for};

/// Properties of [`UseAsMyPlan`].
#[derive(Properties, PartialEq)]
pub struct UseAsMyPlanProps {
    /// The verified plan (only the sections the file holds).
    pub plan: Rc<Plan>,
    /// The sections the file holds.
    pub sections: Vec<Section>,
    /// The did:key that signed the file.
    pub signer_did: AttrValue,
    /// The file says the person left out some items of its sections.
    pub items_left_out: bool,
}

/// The offer, the preview with its confirmation, and the result.
#[component]
pub fn UseAsMyPlan(props: &UseAsMyPlanProps) -> Html {
    let i18n = use_i18n();
    let store = use_plan();
    let device_key = use_person_key().key();
    let device_did = device_key.map(|key| key.key.did_key().did());
    let offer = offer_for(&props.signer_did, device_did.as_deref());
    let step = use_state_eq(|| OwnPlanStep::Offered);
    // Without a plan store (only in isolated component tests) nothing can be replaced, so
    // nothing happens.
    let act = |action: OwnPlanAction| {
        let step = step.clone();
        let plan = props.plan.clone();
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let (next, change) = step.next(action, &plan);
            match (change, &store) {
                (None, _) => step.set(next),
                (Some(change), Some(store)) => {
                    store.dispatch(change);
                    step.set(next);
                }
                (Some(_), None) => {}
            }
        })
    };
    match *step {
        OwnPlanStep::Offered => {
            let button = html! {
                <div class="button-row no-print verify-own">
                    <button type="button" class="button" id="verify-use-as-mine" onclick={act(OwnPlanAction::Preview)}>
                        { i18n.t("verify-own-offer") }
                    </button>
                </div>
            };
            match offer {
                OwnPlanOffer::Open => button,
                OwnPlanOffer::Disclosure => html! {
                    <details class="verify-own-disclosure no-print" id="verify-own-disclosure">
                        <summary>{ i18n.t("verify-own-disclosure") }</summary>
                        <p>{ i18n.t("verify-own-disclosure-explain") }</p>
                        { button }
                    </details>
                },
            }
        }
        OwnPlanStep::Done => html! {
            <div class="notice no-print" role="status" id="verify-own-done">
                <p>{ i18n.t("verify-own-done") }</p>
            </div>
        },
        OwnPlanStep::Preview => {
            let name = if props.plan.owner.name.is_blank() {
                i18n.t("verify-owner-unnamed")
            } else {
                AttrValue::from(props.plan.owner.name.as_str().to_owned())
            };
            html! {
                <div class="notice notice-warning no-print verify-own" role="region" aria-labelledby="verify-own-title" id="verify-own-preview">
                    <Heading level={3} id="verify-own-title">{ i18n.t("verify-own-title") }</Heading>
                    <p>{ i18n.t_with("verify-own-owner", &[("name", &name)]) }</p>
                    <p>{ i18n.t("verify-own-sections") }</p>
                    <ul>
                        { for props.sections.iter().map(|section| html! { <li>{ section_label(&i18n, section) }</li> }) }
                    </ul>
                    <p><strong>{ i18n.t("verify-own-warning-empty") }</strong></p>
                    if props.items_left_out {
                        <p><strong>{ i18n.t("verify-own-warning-items-left-out") }</strong></p>
                    }
                    <p><strong>{ i18n.t("verify-own-warning-replace") }</strong></p>
                    <div class="button-row">
                        <button type="button" class="button button-primary" id="verify-own-confirm" onclick={act(OwnPlanAction::Confirm)}>
                            { i18n.t("verify-own-confirm") }
                        </button>
                        <button type="button" class="button" onclick={act(OwnPlanAction::Cancel)}>{ i18n.t("verify-cancel") }</button>
                    </div>
                </div>
            }
        }
    }
}
