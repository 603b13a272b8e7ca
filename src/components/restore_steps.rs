//! The steps of bringing back a backup, after a file has been chosen: the passphrase prompt for
//! a protected backup, "Unlocking …", the preview (what the plan holds, whether a key comes with
//! it and whether it differs from the key on this device), the confirmation and the result.
//! Driven entirely by a [`RestoreHandle`], so any view that offers a file can show it.

use yew::prelude::*;

use crate::components::fields::CheckField;
use crate::components::{Heading, PassphraseField};
use crate::hooks::{
    I18n, KeyState, LocalTime, RestoreHandle, RestoreStep, use_focus, use_i18n, use_local_time,
};
use crate::state::backup::BackupContents;
use crate::state::person_key::PersonKey;

/// Properties of [`RestoreSteps`].
#[derive(Properties, PartialEq)]
pub struct RestoreStepsProps {
    /// The restore flow (from `use_restore`).
    pub handle: RestoreHandle,
}

/// The current step of a restore.
#[component]
pub fn RestoreSteps(props: &RestoreStepsProps) -> Html {
    let i18n = use_i18n();
    let local_time = use_local_time();
    let handle = &props.handle;
    match &handle.step {
        RestoreStep::Idle => Html::default(),
        RestoreStep::Reading => html! {
            <p role="status" id="restore-result">{ i18n.t("restore-reading") }</p>
        },
        RestoreStep::Locked { problem, .. } => html! {
            <PassphrasePrompt
                problem={problem.as_ref().map(|p| AttrValue::Static(p.message_id()))}
                unlock={handle.unlock.clone()}
                cancel={handle.cancel.clone()}
            />
        },
        RestoreStep::Unlocking => html! {
            <p class="notice" role="status" id="restore-unlocking">{ i18n.t("restore-unlocking") }</p>
        },
        RestoreStep::Refused(refusal) => html! {
            <div class="notice notice-warning" role="alert" id="restore-result">
                <p><strong>{ i18n.t("restore-refused") }</strong>{ " " }{ i18n.t(refusal.message_id()) }</p>
                <p>{ i18n.t("restore-nothing-changed") }</p>
            </div>
        },
        RestoreStep::Failed(error) => html! {
            <div class="notice notice-warning" role="alert" id="restore-result">
                <p><strong>{ i18n.t("restore-failed") }</strong>{ " " }{ i18n.t(error.message_id()) }</p>
                <p>{ i18n.t("restore-nothing-changed") }</p>
            </div>
        },
        RestoreStep::Done { key_restored } => html! {
            <div class="notice" role="status" id="restore-result">
                <p>{ i18n.t("restore-done") }</p>
                if *key_restored {
                    <p>{ i18n.t("restore-done-key") }</p>
                }
            </div>
        },
        RestoreStep::Preview(contents) => {
            let confirm = handle.confirm.reform(|_: MouseEvent| ());
            let cancel = handle.cancel.reform(|_: MouseEvent| ());
            html! {
                <div class="notice preview restore-step" role="region" aria-labelledby="restore-preview-title" id="restore-result">
                    <Heading level={2} id="restore-preview-title">{ i18n.t("restore-preview-title") }</Heading>
                    { plan_summary(&i18n, local_time, contents) }
                    { key_comparison(&i18n, contents.key.as_ref(), &handle.device_key) }
                    <p><strong>{ i18n.t("restore-preview-warning") }</strong></p>
                    <div class="button-row">
                        <button type="button" class="button button-primary" id="restore-confirm" onclick={confirm}>{ i18n.t("restore-confirm") }</button>
                        <button type="button" class="button" onclick={cancel}>{ i18n.t("restore-cancel") }</button>
                    </div>
                </div>
            }
        }
    }
}

fn plan_summary(i18n: &I18n, local_time: LocalTime, contents: &BackupContents) -> Html {
    let plan = &contents.plan;
    let ip = &plan.individual_plan;
    let name = if plan.owner.name.is_blank() {
        i18n.t("item-untitled")
    } else {
        AttrValue::from(plan.owner.name.as_str().to_owned())
    };
    let counts = [
        ("goals", ip.goals.len()),
        ("measures", ip.measures.len()),
        ("network", plan.network.len()),
        ("agreements", ip.agreements.len()),
        ("appointments", ip.appointments.len()),
    ];
    let made = contents
        .created_at
        .as_deref()
        .map(|at| local_time.date(i18n.language, at));
    html! {
        <>
            <p>{ i18n.t_with("restore-preview-owner", &[("name", &name)]) }</p>
            if let Some(made) = made {
                <p>{ i18n.t_with("restore-preview-made", &[("date", &made)]) }</p>
            }
            <ul>
                { for counts.iter().map(|(key, n)| html! {
                    <li>{ i18n.t_with(&format!("restore-preview-count-{key}"), &[("count", &n.to_string())]) }</li>
                }) }
            </ul>
        </>
    }
}

fn fingerprint(key: &PersonKey) -> String {
    key.key.did_key().fingerprint().to_string()
}

/// Whether the backup brings a key, and how it compares with the one on this device.
fn key_comparison(i18n: &I18n, backup_key: Option<&PersonKey>, device_key: &KeyState) -> Html {
    let Some(backup_key) = backup_key else {
        return html! { <p id="restore-preview-key">{ i18n.t("restore-preview-no-key") }</p> };
    };
    let backup_print = fingerprint(backup_key);
    let (message_id, warning) = match device_key {
        KeyState::Ready(device) if device.key.to_seed() == backup_key.key.to_seed() => {
            ("restore-preview-key-same", false)
        }
        KeyState::Ready(_) => ("restore-preview-key-different", true),
        KeyState::Missing => ("restore-preview-key-none-here", false),
        KeyState::Unreadable(_) => ("restore-preview-key-unreadable-here", false),
        KeyState::Loading => ("", false),
    };
    let device_print = match device_key {
        KeyState::Ready(device) => fingerprint(device),
        _ => String::new(),
    };
    html! {
        <div id="restore-preview-key">
            <p>
                { i18n.t("restore-preview-key") }{ " " }
                <span class="fingerprint-inline" id="restore-preview-fingerprint">{ backup_print }</span>
            </p>
            if !message_id.is_empty() {
                <p class={classes!(warning.then_some("key-warning"))}>
                    if warning { <strong>{ i18n.t_with(message_id, &[("fingerprint", &device_print)]) }</strong> }
                    else { { i18n.t(message_id) } }
                </p>
            }
        </div>
    }
}

/// Properties of [`PassphrasePrompt`].
#[derive(Properties, PartialEq)]
struct PassphrasePromptProps {
    /// Why the last passphrase did not open the backup (message id).
    problem: Option<AttrValue>,
    unlock: Callback<String>,
    cancel: Callback<()>,
}

/// Asks for the passphrase of a protected backup.
#[component]
fn PassphrasePrompt(props: &PassphrasePromptProps) -> Html {
    let i18n = use_i18n();
    let passphrase = use_state(String::new);
    let shown = use_state(|| false);
    let onsubmit = {
        let passphrase = passphrase.clone();
        let unlock = props.unlock.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if !passphrase.is_empty() {
                unlock.emit((*passphrase).clone());
            }
        })
    };
    // The passphrase is what the person types next (again, after a wrong one: the prompt is
    // shown anew after each try, and the field's error is an alert).
    let focus = use_focus();
    use_effect_with((), move |()| {
        focus.emit(AttrValue::Static("restore-passphrase"))
    });
    let cancel = props.cancel.reform(|_: MouseEvent| ());
    let error = props.problem.as_ref().map(|id| {
        AttrValue::from(format!(
            "{} {}",
            i18n.t(id),
            i18n.t("restore-nothing-changed")
        ))
    });
    html! {
        <form class="notice restore-step" id="restore-result" aria-labelledby="restore-locked-title" {onsubmit}>
            <Heading level={2} id="restore-locked-title">{ i18n.t("restore-locked-title") }</Heading>
            <p>{ i18n.t("restore-locked-explain") }</p>
            <PassphraseField
                id="restore-passphrase"
                label_id="restore-passphrase-label"
                value={AttrValue::from((*passphrase).clone())}
                on_change={Callback::from({ let passphrase = passphrase.clone(); move |value| passphrase.set(value) })}
                shown={*shown}
                {error}
            />
            <CheckField
                id="restore-passphrase-show"
                label_id="passphrase-show"
                checked={*shown}
                on_change={Callback::from({ let shown = shown.clone(); move |value| shown.set(value) })}
            />
            <div class="button-row">
                <button type="submit" class="button button-primary" id="restore-unlock">{ i18n.t("restore-unlock") }</button>
                <button type="button" class="button" onclick={cancel}>{ i18n.t("restore-cancel") }</button>
            </div>
        </form>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::rc::Rc;

    use ownplan_core::plan::{Plan, PlanId};

    use super::*;
    use crate::i18n::{Language, translate};
    use crate::state::backup::{self, BackupFile};

    fn key(byte: u8) -> PersonKey {
        PersonKey::from_seed(&[byte; 32], None)
    }

    fn contents(key: Option<&PersonKey>) -> Rc<BackupContents> {
        let plan = Plan::new(PlanId::from_random_bytes([3; 16]), "en");
        let text = backup::encode(&plan, key, None).unwrap();
        match backup::decode(text.as_bytes()).unwrap() {
            BackupFile::Open(contents) => Rc::from(contents),
            BackupFile::Locked(_) => unreachable!(),
        }
    }

    async fn render(step: RestoreStep, device_key: KeyState) -> String {
        let handle = RestoreHandle {
            step,
            device_key,
            choose: Callback::noop(),
            offer_text: Callback::noop(),
            unlock: Callback::noop(),
            confirm: Callback::noop(),
            cancel: Callback::noop(),
        };
        yew::LocalServerRenderer::<RestoreSteps>::with_props(RestoreStepsProps { handle })
            .hydratable(false)
            .render()
            .await
    }

    fn english(id: &str) -> String {
        translate(Language::English, id)
    }

    #[tokio::test]
    async fn the_preview_compares_the_backups_key_with_the_one_on_this_device() {
        let backup_key = key(1);
        let ready = |key: PersonKey| KeyState::Ready(Rc::new(key));
        let preview = || RestoreStep::Preview(contents(Some(&key(1))));

        let html = render(preview(), ready(key(2))).await;
        assert!(html.contains(&fingerprint(&backup_key)), "{html}");
        assert!(html.contains(&fingerprint(&key(2))), "{html}");
        assert!(html.contains("key-warning"), "{html}");
        assert!(html.contains("a different key"), "{html}");

        let html = render(preview(), ready(key(1))).await;
        assert!(
            html.contains(&english("restore-preview-key-same")),
            "{html}"
        );
        assert!(!html.contains("key-warning"), "{html}");

        let html = render(preview(), KeyState::Missing).await;
        assert!(
            html.contains(&english("restore-preview-key-none-here")),
            "{html}"
        );

        let html = render(
            preview(),
            KeyState::Unreadable(crate::error::KeyStoreError::Stored(
                crate::state::person_key::KeyError::Malformed,
            )),
        )
        .await;
        assert!(
            html.contains(&english("restore-preview-key-unreadable-here")),
            "{html}"
        );

        let html = render(RestoreStep::Preview(contents(None)), ready(key(2))).await;
        assert!(html.contains(&english("restore-preview-no-key")), "{html}");
        assert!(!html.contains(&fingerprint(&key(2))), "{html}");
    }

    #[tokio::test]
    async fn a_protected_backup_asks_for_its_passphrase_and_says_when_it_was_wrong() {
        let plan = Plan::new(PlanId::from_random_bytes([3; 16]), "en");
        let text = backup::encode_protected(&plan, None, None, "ti tegn og mer", [1; 16], [2; 24])
            .unwrap();
        let BackupFile::Locked(locked) = backup::decode(text.as_bytes()).unwrap() else {
            unreachable!("a protected backup")
        };
        let locked = Rc::new(locked);

        let html = render(
            RestoreStep::Locked {
                backup: locked.clone(),
                problem: None,
            },
            KeyState::Missing,
        )
        .await;
        assert!(html.contains(&english("restore-locked-title")), "{html}");
        assert!(
            html.contains(r#"<label for="restore-passphrase">"#),
            "{html}"
        );
        assert!(html.contains(r#"type="password""#), "{html}");
        assert!(!html.contains("aria-invalid"), "{html}");

        let html = render(
            RestoreStep::Locked {
                backup: locked,
                problem: Some(backup::RestoreError::WrongPassphraseOrChanged),
            },
            KeyState::Missing,
        )
        .await;
        assert!(html.contains(r#"aria-invalid="true""#), "{html}");
        assert!(
            html.contains(r#"aria-describedby="restore-passphrase-error""#),
            "{html}"
        );
        assert!(
            html.contains(&english("restore-error-wrong-passphrase")),
            "{html}"
        );
        assert!(html.contains(r#"role="alert""#), "{html}");

        let html = render(RestoreStep::Unlocking, KeyState::Missing).await;
        assert!(html.contains(&english("restore-unlocking")), "{html}");
        assert!(html.contains(r#"role="status""#), "{html}");
    }
}
