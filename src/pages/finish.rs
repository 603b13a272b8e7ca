//! "Finish" in peer-worker mode: hand everything to the person, then wipe the tab. Four steps:
//! who helped (recorded only if the person ticks that they agree), signed copies (before the
//! backup: signing makes the key and a new plan version, which the backup must hold), take it
//! with you (the backup file, with the key made here, locked with a passphrase unless the person
//! chooses otherwise; a backup downloaded before the plan or key changed is marked out of date
//! and offered again), and finish and clear (after a confirmation that says exactly what is and
//! is not removed). After a wipe (here or after inactivity) the page starts again on the plain
//! "cleared" screen, which says how many files were made and asks to delete them.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::fields::{CheckField, ChoiceField, LineField};
use crate::components::{BackupForm, BackupFormWords, Heading};
use crate::forms::{ROLES, role_text};
use crate::hooks::{
    HandedOverHandle, I18n, KeyState, new_item_id, use_focus, use_handed_over, use_i18n,
    use_peer_mode, use_person_key, use_plan,
};
use crate::state::peer::{HelperDraft, HelperProblem};
use crate::state::peer_files::{HandedOver, files_from_query};
use crate::state::plan::PlanAction;

/// Whether the address asks for the "cleared" screen (`#/finish?cleared`).
fn asks_for_cleared(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == "cleared")
}

/// The view.
#[component]
pub fn FinishPage() -> Html {
    let i18n = use_i18n();
    let peer = use_peer_mode();
    let person_key = use_person_key();
    let query = use_location()
        .map(|location| location.query_str().to_owned())
        .unwrap_or_default();
    let cleared = asks_for_cleared(&query);
    // What the last backup holds, kept in the tab across leaving Finish; the confirmation warns
    // when it is missing or out of date.
    let handed = use_handed_over(person_key.state());
    let confirming = use_state_eq(|| false);
    {
        // The question takes the focus, so keyboard and screen-reader users land on it.
        let focus = use_focus();
        use_effect_with(*confirming, move |confirming| {
            if *confirming {
                focus.emit(AttrValue::Static("finish-clear-question"));
            }
        });
    }
    if peer.active {
        html! {
            <section class="finish" aria-labelledby="page-title">
                <Heading level={1} id="page-title">{ i18n.t("page-finish-title") }</Heading>
                <p class="intro">{ i18n.t("page-finish-intro") }</p>
                <ol class="finish-steps">
                    <li class="finish-step"><HelperStep /></li>
                    <li class="finish-step">{ share_step(&i18n) }</li>
                    <li class="finish-step">{ take_along_step(&i18n, person_key.state(), &handed) }</li>
                    <li class="finish-step">{ clear_step(&i18n, &confirming, &handed, &peer.wipe) }</li>
                </ol>
            </section>
        }
    } else if cleared {
        html! {
            <section class="finish-cleared" id="finish-cleared" aria-labelledby="page-title">
                <Heading level={1} id="page-title">{ i18n.t("finish-cleared-title") }</Heading>
                <p class="intro">{ i18n.t("finish-cleared-text") }</p>
                { cleared_files(&i18n, files_from_query(&query)) }
                <p>{ i18n.t("finish-cleared-close") }</p>
                <Link<Route> to={Route::Home} classes="button">{ i18n.t("finish-cleared-home") }</Link<Route>>
            </section>
        }
    } else {
        html! {
            <section aria-labelledby="page-title">
                <Heading level={1} id="page-title">{ i18n.t("page-finish-title") }</Heading>
                <p class="intro" id="finish-not-peer">{ i18n.t("finish-not-peer") }</p>
                <Link<Route> to={Route::Home} classes="button">{ i18n.t("finish-cleared-home") }</Link<Route>>
            </section>
        }
    }
}

/// Step 1: who helped, recorded only when the person agrees.
#[component]
fn HelperStep() -> Html {
    let i18n = use_i18n();
    let store = use_plan();
    let draft = use_state_eq(HelperDraft::peer_worker);
    let problem = use_state_eq(|| None::<HelperProblem>);
    let recorded_now = use_state_eq(|| false);

    let edit = |change: fn(&mut HelperDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            change(&mut next, value);
            draft.set(next);
        })
    };
    let on_consent = {
        let draft = draft.clone();
        let problem = problem.clone();
        Callback::from(move |consent: bool| {
            draft.set(HelperDraft {
                consent,
                ..(*draft).clone()
            });
            problem.set(None);
        })
    };
    let add = {
        let (draft, problem, recorded_now) = (draft.clone(), problem.clone(), recorded_now.clone());
        let store = store.clone();
        Callback::from(move |_: MouseEvent| match draft.to_helper(new_item_id()) {
            Ok(helper) => {
                if let Some(store) = &store {
                    store.dispatch(PlanAction::AddHelper(helper));
                }
                // Consent stays given; the fields are ready for one more helper.
                draft.set(HelperDraft {
                    consent: true,
                    ..HelperDraft::peer_worker()
                });
                problem.set(None);
                recorded_now.set(true);
            }
            Err(found) => {
                problem.set(Some(found));
                recorded_now.set(false);
            }
        })
    };
    let helpers = store
        .as_ref()
        .map(|store| store.plan().meta.helpers.as_slice().to_vec())
        .unwrap_or_default();
    let role_choices: Rc<Vec<(AttrValue, AttrValue)>> = Rc::new(
        ROLES
            .iter()
            .map(|(value, id)| (AttrValue::from(*value), AttrValue::from(*id)))
            .collect(),
    );
    html! {
        <div class="finish-step-body">
            <Heading level={2} id="finish-helper-heading">{ i18n.t("finish-helper-heading") }</Heading>
            <p>{ i18n.t("finish-helper-explain") }</p>
            if !helpers.is_empty() {
                <ul class="finish-helpers" id="finish-helpers">
                    { for helpers.iter().map(|helper| {
                        let described = helper_text(&i18n, helper);
                        let remove = {
                            let store = store.clone();
                            let id = helper.id.clone();
                            Callback::from(move |_: MouseEvent| {
                                if let Some(store) = &store {
                                    store.dispatch(PlanAction::RemoveHelper(id.clone()));
                                }
                            })
                        };
                        html! {
                            <li>
                                <span>{ described }</span>
                                <button type="button" class="button button-danger" onclick={remove}>
                                    { i18n.t_with("finish-helper-remove", &[("name", helper.name.as_str())]) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if *recorded_now {
                <p class="notice" role="status" id="finish-helper-recorded">{ i18n.t("finish-helper-recorded") }</p>
            }
            <CheckField id="finish-helper-consent" label_id="finish-helper-consent" checked={draft.consent} on_change={on_consent} />
            if draft.consent {
                <div class="finish-helper-form">
                    <LineField id="finish-helper-name" label_id="finish-helper-name" value={AttrValue::from(draft.name.clone())} on_change={edit(|d, v| d.name = v)} />
                    <ChoiceField id="finish-helper-role" label_id="finish-helper-role" value={AttrValue::from(draft.role.clone())} choices={role_choices} on_change={edit(|d, v| d.role = v)} />
                    <LineField id="finish-helper-organisation" label_id="finish-helper-organisation" hint_id="finish-helper-organisation-hint" value={AttrValue::from(draft.organisation.clone())} on_change={edit(|d, v| d.organisation = v)} />
                    if let Some(problem) = *problem {
                        <p class="notice notice-warning" role="alert" id="finish-helper-error">{ i18n.t(problem.message_id()) }</p>
                    }
                    <button type="button" class="button button-primary" id="finish-helper-add" onclick={add}>{ i18n.t("finish-helper-add") }</button>
                </div>
            }
        </div>
    }
}

/// "Name (role, organisation)" in the view's words.
fn helper_text(i18n: &I18n, helper: &ownplan_core::plan::Helper) -> String {
    let details: Vec<String> = [
        helper
            .role
            .as_ref()
            .map(|role| role_text(role, i18n))
            .unwrap_or_default(),
        helper.organisation.as_str().to_owned(),
    ]
    .into_iter()
    .filter(|part| !part.trim().is_empty())
    .collect();
    if details.is_empty() {
        helper.name.as_str().to_owned()
    } else {
        format!("{} ({})", helper.name.as_str(), details.join(", "))
    }
}

/// The words of the backup form here.
const FINISH_BACKUP_WORDS: BackupFormWords = BackupFormWords {
    protect: "finish-protect",
    download: "finish-download",
    unprotected_warning: "finish-unprotected-warning",
    done: "finish-download-done",
    done_protected: "finish-download-done-protected",
};

/// The cleared screen's word on the files made in helping mode (the count comes in the address,
/// a bare number): delete them, and the download history; PDFs saved from printing too.
fn cleared_files(i18n: &I18n, files: u32) -> Html {
    html! {
        <div class="notice notice-warning finish-cleared-files" id="finish-cleared-files">
            if files > 0 {
                <p><strong>{ i18n.t_with("finish-cleared-files-count", &[("count", &files.to_string())]) }</strong></p>
            }
            <p>{ i18n.t("finish-cleared-files-delete") }</p>
        </div>
    }
}

/// Step 2: signed copies, before the backup (signing makes the key the backup must hold).
fn share_step(i18n: &I18n) -> Html {
    html! {
        <div class="finish-step-body">
            <Heading level={2} id="finish-share-heading">{ i18n.t("finish-share-heading") }</Heading>
            <p>{ i18n.t("finish-share-explain") }</p>
            <p>{ i18n.t("finish-share-before-backup") }</p>
            <Link<Route> to={Route::Share} classes="button">{ i18n.t("finish-share-link") }</Link<Route>>
        </div>
    }
}

/// Step 3: the backup file (with the key made here), locked with a passphrase unless the person
/// unticks it (on a shared computer the file may stay behind). A backup downloaded before the
/// plan or the key changed is out of date: said plainly, and offered again.
fn take_along_step(i18n: &I18n, device_key: &KeyState, handed: &HandedOverHandle) -> Html {
    let state = match handed.state {
        HandedOver::Nothing => Html::default(),
        HandedOver::Complete => html! {
            <p class="notice" id="finish-backup-complete">{ i18n.t("finish-backup-complete") }</p>
        },
        HandedOver::OutOfDate => html! {
            <p class="notice notice-warning" id="finish-backup-out-of-date">
                <strong>{ i18n.t("finish-backup-out-of-date") }</strong>
            </p>
        },
    };
    html! {
        <div class="finish-step-body">
            <Heading level={2}>{ i18n.t("finish-take-heading") }</Heading>
            <p>{ i18n.t("finish-take-explain") }</p>
            <p><strong>{ i18n.t("finish-take-downloads-folder") }</strong></p>
            { state }
            <BackupForm
                id_prefix="finish"
                device_key={device_key.clone()}
                words={FINISH_BACKUP_WORDS}
                always_protect=true
                on_done={handed.noted.clone()}
            />
        </div>
    }
}

/// Step 4: finish and clear, after a confirmation that says exactly what is removed and what is
/// not, and warns when the backup is missing or out of date.
fn clear_step(
    i18n: &I18n,
    confirming: &UseStateHandle<bool>,
    handed: &HandedOverHandle,
    wipe: &Callback<()>,
) -> Html {
    let confirm_with = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    let yes = wipe.reform(|_: MouseEvent| ());
    let files = handed.files_made.to_string();
    html! {
        <div class="finish-step-body">
            <Heading level={2}>{ i18n.t("finish-clear-heading") }</Heading>
            <p>{ i18n.t("finish-clear-explain") }</p>
            if **confirming {
                <div class="notice notice-warning finish-confirm" role="group" aria-labelledby="finish-clear-question">
                    <p id="finish-clear-question" tabindex="-1"><strong>{ i18n.t("finish-clear-question") }</strong></p>
                    <p id="finish-clear-removed">{ i18n.t("finish-clear-removed") }</p>
                    <p id="finish-clear-not-removed">{ i18n.t("finish-clear-not-removed-intro") }</p>
                    <ul class="finish-not-removed">
                        <li id="finish-clear-files">{ i18n.t_with("finish-clear-not-removed-files", &[("count", &files)]) }</li>
                        <li>{ i18n.t("finish-clear-not-removed-print") }</li>
                        <li>{ i18n.t("finish-clear-not-removed-history") }</li>
                    </ul>
                    if handed.state == HandedOver::Nothing {
                        <p id="finish-clear-not-downloaded">{ i18n.t("finish-clear-not-downloaded") }</p>
                    }
                    if handed.state == HandedOver::OutOfDate {
                        <p id="finish-clear-out-of-date">{ i18n.t("finish-clear-out-of-date") }</p>
                    }
                    <div class="button-row">
                        <button type="button" class="button button-danger" id="finish-clear-confirm" onclick={yes}>{ i18n.t("finish-clear-yes") }</button>
                        <button type="button" class="button" id="finish-clear-cancel" onclick={confirm_with(false)}>{ i18n.t("finish-clear-cancel") }</button>
                    </div>
                </div>
            } else {
                <button type="button" class="button button-danger" id="finish-clear" onclick={confirm_with(true)}>{ i18n.t("finish-clear") }</button>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::asks_for_cleared;

    #[test]
    fn the_cleared_screen_is_asked_for_in_the_fragments_query() {
        assert!(asks_for_cleared("?cleared"));
        assert!(asks_for_cleared("?x=1&cleared"));
        assert!(!asks_for_cleared(""));
        assert!(!asks_for_cleared("?cleared=no-really"));
    }
}
