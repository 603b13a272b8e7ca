//! Backup and restore: download the whole plan and the person's key as a file, locked with a
//! passphrase when they choose (recommended whenever a key goes along); bring a backup back with
//! a passphrase prompt, a preview and a confirmation.

use yew::prelude::*;

use crate::components::fields::CheckField;
use crate::components::{PassphraseField, RestoreSteps};
use crate::hooks::{
    BackupRequest, DownloadStatus, I18n, KeyState, use_backup_download, use_i18n, use_restore,
};
use crate::state::backup::{MIN_PASSPHRASE_CHARS, check_new_passphrase};

/// The backup view.
#[component]
pub fn BackupPage() -> Html {
    let i18n = use_i18n();
    let restore = use_restore();
    let backup = use_backup_download();
    // `None` follows the recommendation (protect when a key goes along) until the person chooses.
    let protect_choice = use_state_eq(|| None::<bool>);
    let passphrase = use_state_eq(String::new);
    let repeated = use_state_eq(String::new);
    let shown = use_state_eq(|| false);
    // Problems are shown once the person has tried to download, not while they type.
    let tried = use_state_eq(|| false);

    let key = match &restore.device_key {
        KeyState::Ready(key) => Some(key.clone()),
        _ => None,
    };
    let protect = protect_choice.unwrap_or(key.is_some());
    let problem = check_new_passphrase(&passphrase, &repeated).err();
    let locking = backup.status == DownloadStatus::Locking;

    let download = {
        let download = backup.download.clone();
        let (passphrase, repeated, tried) = (passphrase.clone(), repeated.clone(), tried.clone());
        let key = key.clone();
        Callback::from(move |_: MouseEvent| {
            if protect && problem.is_some() {
                tried.set(true);
                return;
            }
            download.emit(BackupRequest {
                language: i18n.language,
                key: key.clone(),
                passphrase: protect.then(|| (*passphrase).clone()),
            });
            tried.set(false);
            passphrase.set(String::new());
            repeated.set(String::new());
        })
    };
    let on_protect = {
        let protect_choice = protect_choice.clone();
        Callback::from(move |value| protect_choice.set(Some(value)))
    };
    let on_file = {
        let choose = restore.choose.clone();
        Callback::from(move |event: Event| choose.emit(event.target_unchecked_into()))
    };
    let error_text = |shown_problem: bool| {
        (shown_problem && *tried)
            .then(|| {
                problem.map(|p| {
                    i18n.t_with(
                        p.message_id(),
                        &[("min", &MIN_PASSPHRASE_CHARS.to_string())],
                    )
                })
            })
            .flatten()
    };
    let length_problem = problem == Some(crate::state::backup::PassphraseProblem::TooShort);
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("page-backup-title") }</h1>
            <p class="intro">{ i18n.t("page-backup-intro") }</p>
            <h2>{ i18n.t("backup-download-heading") }</h2>
            <p>{ i18n.t("backup-download-explain") }</p>
            { what_goes_along(&i18n, &restore.device_key) }
            <CheckField id="backup-protect" label_id="backup-protect" checked={protect} on_change={on_protect} />
            if protect {
                <div class="passphrase-box">
                    <p>{ i18n.t("backup-protect-explain") }</p>
                    <p><strong>{ i18n.t("backup-protect-forgotten") }</strong></p>
                    <PassphraseField
                        id="backup-passphrase"
                        label_id="backup-passphrase-label"
                        hint={i18n.t_with("backup-passphrase-hint", &[("min", &MIN_PASSPHRASE_CHARS.to_string())])}
                        error={error_text(length_problem)}
                        value={AttrValue::from((*passphrase).clone())}
                        on_change={Callback::from({ let passphrase = passphrase.clone(); move |v| passphrase.set(v) })}
                        shown={*shown}
                        new=true
                    />
                    <PassphraseField
                        id="backup-passphrase-repeat"
                        label_id="backup-passphrase-repeat-label"
                        error={error_text(!length_problem)}
                        value={AttrValue::from((*repeated).clone())}
                        on_change={Callback::from({ let repeated = repeated.clone(); move |v| repeated.set(v) })}
                        shown={*shown}
                        new=true
                    />
                    <CheckField
                        id="backup-passphrase-show"
                        label_id="passphrase-show"
                        checked={*shown}
                        on_change={Callback::from({ let shown = shown.clone(); move |v| shown.set(v) })}
                    />
                </div>
            } else if key.is_some() {
                <p class="notice notice-warning" id="backup-unprotected-warning">{ i18n.t("backup-unprotected-warning") }</p>
            }
            <button type="button" class="button button-primary" id="backup-download" onclick={download} disabled={locking}>{ i18n.t("save-download-backup") }</button>
            { download_status(&i18n, backup.status) }
            <h2>{ i18n.t("restore-heading") }</h2>
            <p>{ i18n.t("restore-explain") }</p>
            <div class="field">
                <label for="restore-file">{ i18n.t("restore-choose-file") }</label>
                <input id="restore-file" type="file" accept=".json,application/json" onchange={on_file} />
            </div>
            <RestoreSteps handle={restore.clone()} />
        </section>
    }
}

/// Whether the key goes into the backup, with its fingerprint.
fn what_goes_along(i18n: &I18n, device_key: &KeyState) -> Html {
    match device_key {
        KeyState::Loading => Html::default(),
        KeyState::Ready(key) => {
            let fingerprint = key.key.did_key().fingerprint().to_string();
            html! {
                <p id="backup-key-included">
                    { i18n.t("backup-includes-key") }{ " " }
                    <span class="fingerprint-inline" id="backup-key-fingerprint">{ fingerprint }</span>
                </p>
            }
        }
        KeyState::Missing => html! { <p id="backup-key-included">{ i18n.t("backup-no-key") }</p> },
        KeyState::Unreadable(_) => {
            html! { <p id="backup-key-included">{ i18n.t("backup-key-unreadable") }</p> }
        }
    }
}

fn download_status(i18n: &I18n, status: DownloadStatus) -> Html {
    match status {
        DownloadStatus::Idle => Html::default(),
        DownloadStatus::Locking => html! {
            <p class="notice" role="status" id="backup-status">{ i18n.t("backup-locking") }</p>
        },
        DownloadStatus::Done { protected } => html! {
            <p class="notice" role="status" id="backup-status">
                { i18n.t(if protected { "backup-done-protected" } else { "backup-done" }) }
            </p>
        },
        DownloadStatus::Failed(message_id) => html! {
            <div class="notice notice-warning" role="alert" id="backup-status">
                <p>{ i18n.t("backup-failed") }{ " " }{ i18n.t(message_id) }</p>
            </div>
        },
    }
}
