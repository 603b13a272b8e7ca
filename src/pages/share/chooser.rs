//! Step 1 of the share view: network members to tick, and someone else to type in.

use std::rc::Rc;

use ownplan_core::document::RecipientPreset;
use ownplan_core::plan::Plan;
use yew::prelude::*;
use yew_router::prelude::Link;

use crate::app::Route;
use crate::forms::role_text;
use crate::hooks::{use_add_typed_recipient, use_i18n};
use crate::state::share::{ShareAction, ShareDraft, preset_from_key, preset_key, preset_label_id};

/// Properties of [`RecipientChooser`].
#[derive(Properties, PartialEq)]
pub(super) struct RecipientChooserProps {
    pub(super) plan: Rc<Plan>,
    pub(super) draft: UseReducerHandle<ShareDraft>,
}

/// Step 1: network members to tick, and someone else to type in.
#[component]
pub(super) fn RecipientChooser(props: &RecipientChooserProps) -> Html {
    let i18n = use_i18n();
    let other_name = use_state_eq(String::new);
    let other_kind = use_state_eq(String::new);
    let members = props.plan.network.iter().filter(|m| !m.name.is_blank());
    let add_typed = use_add_typed_recipient(props.draft.clone());
    let add_other = {
        let other_name = other_name.clone();
        let other_kind = other_kind.clone();
        Callback::from(move |_: MouseEvent| {
            if other_name.trim().is_empty() {
                return;
            }
            add_typed.emit(((*other_name).clone(), preset_from_key(&other_kind)));
            other_name.set(String::new());
        })
    };
    let kinds: Vec<(String, AttrValue)> = RecipientPreset::ALL
        .into_iter()
        .map(|preset| {
            (
                preset_key(preset).to_owned(),
                i18n.t(preset_label_id(preset)),
            )
        })
        .collect();
    html! {
        <>
            <fieldset class="field share-members">
                <legend>{ i18n.t("share-members-legend") }</legend>
                if props.plan.network.iter().all(|m| m.name.is_blank()) {
                    <p>{ i18n.t("share-members-empty") }{ " " }<Link<Route> to={Route::Network}>{ i18n.t("nav-network") }</Link<Route>></p>
                }
                // Keyed by the member: each checkbox keeps its identity, and the focus, while
                // the view changes around it.
                <>{ for members.map(|member| {
                    let id = member.id.clone();
                    let checked = props.draft.recipient(&id).is_some();
                    let element_id = format!("share-member-{}", id.as_str());
                    let onchange = {
                        let draft = props.draft.clone();
                        let plan = props.plan.clone();
                        let id = id.clone();
                        Callback::from(move |event: Event| {
                            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                            if input.checked() {
                                draft.dispatch(ShareAction::AddMember { plan: plan.clone(), id: id.clone() });
                            } else {
                                draft.dispatch(ShareAction::Remove(id.clone()));
                            }
                        })
                    };
                    let about: Vec<String> = member
                        .role
                        .iter()
                        .map(|role| role_text(role, &i18n))
                        .chain((!member.organisation.is_blank()).then(|| member.organisation.as_str().to_owned()))
                        .filter(|text| !text.is_empty())
                        .collect();
                    html! {
                        <div class="field-check" key={element_id.clone()}>
                            <input type="checkbox" id={element_id.clone()} {checked} {onchange} />
                            <label for={element_id}>
                                { member.name.as_str().to_owned() }
                                if !about.is_empty() { <span class="muted">{ format!(" – {}", about.join(", ")) }</span> }
                            </label>
                        </div>
                    }
                }) }</>
            </fieldset>
            <fieldset class="field share-other">
                <legend>{ i18n.t("share-other-legend") }</legend>
                <div class="field">
                    <label for="share-other-name">{ i18n.t("share-other-name") }</label>
                    <input id="share-other-name" type="text" value={(*other_name).clone()}
                        oninput={{ let other_name = other_name.clone(); Callback::from(move |e: InputEvent| {
                            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                            other_name.set(input.value());
                        }) }} />
                </div>
                <div class="field">
                    <label for="share-other-kind">{ i18n.t("share-other-kind") }</label>
                    <select id="share-other-kind"
                        onchange={{ let other_kind = other_kind.clone(); Callback::from(move |e: Event| {
                            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                            other_kind.set(select.value());
                        }) }}>
                        <option value="" selected={other_kind.is_empty()}>{ i18n.t("share-other-kind-none") }</option>
                        { for kinds.iter().map(|(key, label)| html! {
                            <option value={key.clone()} selected={*other_kind == *key}>{ label.clone() }</option>
                        }) }
                    </select>
                </div>
                <button type="button" class="button" id="share-other-add" onclick={add_other}
                    disabled={other_name.trim().is_empty()}>{ i18n.t("share-other-add") }</button>
            </fieldset>
        </>
    }
}
