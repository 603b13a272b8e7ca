//! Downloading a backup file: what goes along (the plan, and the key with its fingerprint), the
//! choice to lock it with a passphrase (typed twice, shown on request), the download button and
//! where the download stands. One flow for the backup view and for "Finish" in peer-worker mode;
//! only a few words, the element ids and how strongly a passphrase is recommended differ.

use yew::prelude::*;

use crate::components::PassphraseField;
use crate::components::fields::CheckField;
use crate::hooks::{
    BackupRequest, DownloadStatus, I18n, KeyState, use_backup_download, use_focus, use_i18n,
};
use crate::state::backup::{MIN_PASSPHRASE_CHARS, PassphraseProblem, check_new_passphrase};

/// The message ids that differ between the places the form is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BackupFormWords {
    /// The "lock with a passphrase" choice.
    pub protect: &'static str,
    /// The download button.
    pub download: &'static str,
    /// The warning shown when the file will not be locked.
    pub unprotected_warning: &'static str,
    /// The file was offered, not locked.
    pub done: &'static str,
    /// The file was offered, locked.
    pub done_protected: &'static str,
}

/// Properties of [`BackupForm`].
#[derive(Properties, PartialEq)]
pub struct BackupFormProps {
    /// Element ids start with this (`backup` gives `backup-download`, `backup-status`, ...).
    pub id_prefix: &'static str,
    /// The person's key on this device: it goes along in the file when there is one.
    pub device_key: KeyState,
    /// The words of this place.
    pub words: BackupFormWords,
    /// Lock the file by default and warn without a passphrase even when no key goes along (on a
    /// shared computer the file may stay behind). Otherwise both follow whether a key goes along.
    #[prop_or_default]
    pub always_protect: bool,
    /// Called when a file was offered for download.
    #[prop_or_default]
    pub on_done: Callback<()>,
}

/// The backup download form.
#[component]
pub fn BackupForm(props: &BackupFormProps) -> Html {
    let i18n = use_i18n();
    let backup = use_backup_download();
    // `None` follows the recommendation until the person chooses.
    let protect_choice = use_state_eq(|| None::<bool>);
    let passphrase = use_state_eq(String::new);
    let repeated = use_state_eq(String::new);
    let shown = use_state_eq(|| false);
    // Problems are shown once the person has tried to download, not while they type.
    let tried = use_state_eq(|| false);
    // Each refused try, and the field it was refused for: that field gets the focus, so the
    // person is where the problem is (its error is an alert and describes the field).
    let refused = use_state_eq(|| (0_u32, AttrValue::default()));
    {
        let focus = use_focus();
        use_effect_with((*refused).clone(), move |(tries, field)| {
            if *tries > 0 {
                focus.emit(field.clone());
            }
        });
    }
    {
        let on_done = props.on_done.clone();
        use_effect_with(backup.status, move |status| {
            if matches!(status, DownloadStatus::Done { .. }) {
                on_done.emit(());
            }
        });
    }

    let key = match &props.device_key {
        KeyState::Ready(key) => Some(key.clone()),
        _ => None,
    };
    let recommended = props.always_protect || key.is_some();
    let protect = protect_choice.unwrap_or(recommended);
    let problem = check_new_passphrase(&passphrase, &repeated).err();
    let id = |suffix: &str| format!("{}-{suffix}", props.id_prefix);

    let download = {
        let download = backup.download.clone();
        let (passphrase, repeated, tried) = (passphrase.clone(), repeated.clone(), tried.clone());
        let refused = refused.clone();
        let key = key.clone();
        let field_of = {
            let passphrase_id = AttrValue::from(id("passphrase"));
            let repeat_id = AttrValue::from(id("passphrase-repeat"));
            move |problem: PassphraseProblem| {
                if problem == PassphraseProblem::TooShort {
                    passphrase_id.clone()
                } else {
                    repeat_id.clone()
                }
            }
        };
        Callback::from(move |_: MouseEvent| {
            if let Some(problem) = problem.filter(|_| protect) {
                tried.set(true);
                refused.set((refused.0.wrapping_add(1), field_of(problem)));
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
    let length_problem = problem == Some(PassphraseProblem::TooShort);
    let error_text = |for_length: bool| {
        (*tried && for_length == length_problem)
            .then_some(problem)
            .flatten()
            .map(|p| {
                i18n.t_with(
                    p.message_id(),
                    &[("min", &MIN_PASSPHRASE_CHARS.to_string())],
                )
            })
    };
    let setter = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |value: String| state.set(value))
    };
    html! {
        <>
            { what_goes_along(&i18n, &props.device_key, props.id_prefix) }
            <CheckField
                id={id("protect")}
                label_id={props.words.protect}
                checked={protect}
                on_change={Callback::from({ let choice = protect_choice.clone(); move |value| choice.set(Some(value)) })}
            />
            if protect {
                <div class="passphrase-box">
                    <p>{ i18n.t("backup-protect-explain") }</p>
                    <p><strong>{ i18n.t("backup-protect-forgotten") }</strong></p>
                    <PassphraseField
                        id={id("passphrase")}
                        label_id="backup-passphrase-label"
                        hint={i18n.t_with("backup-passphrase-hint", &[("min", &MIN_PASSPHRASE_CHARS.to_string())])}
                        error={error_text(true)}
                        value={AttrValue::from((*passphrase).clone())}
                        on_change={setter(&passphrase)}
                        shown={*shown}
                        new=true
                    />
                    <PassphraseField
                        id={id("passphrase-repeat")}
                        label_id="backup-passphrase-repeat-label"
                        error={error_text(false)}
                        value={AttrValue::from((*repeated).clone())}
                        on_change={setter(&repeated)}
                        shown={*shown}
                        new=true
                    />
                    <CheckField
                        id={id("passphrase-show")}
                        label_id="passphrase-show"
                        checked={*shown}
                        on_change={Callback::from({ let shown = shown.clone(); move |v| shown.set(v) })}
                    />
                </div>
            } else if recommended {
                <p class="notice notice-warning" id={id("unprotected-warning")}>{ i18n.t(props.words.unprotected_warning) }</p>
            }
            <button
                type="button"
                class="button button-primary"
                id={id("download")}
                onclick={download}
                disabled={backup.status == DownloadStatus::Locking}
            >
                { i18n.t(props.words.download) }
            </button>
            { download_status(&i18n, backup.status, &props.words, &id("status")) }
        </>
    }
}

/// Whether the key goes into the backup, with its fingerprint.
fn what_goes_along(i18n: &I18n, device_key: &KeyState, id_prefix: &str) -> Html {
    let included = format!("{id_prefix}-key-included");
    match device_key {
        KeyState::Loading => Html::default(),
        KeyState::Ready(key) => {
            let fingerprint = key.key.did_key().fingerprint().to_string();
            html! {
                <p id={included}>
                    { i18n.t("backup-includes-key") }{ " " }
                    <span class="fingerprint-inline" id={format!("{id_prefix}-key-fingerprint")}>{ fingerprint }</span>
                </p>
            }
        }
        KeyState::Missing => html! { <p id={included}>{ i18n.t("backup-no-key") }</p> },
        KeyState::Unreadable(_) => {
            html! { <p id={included}>{ i18n.t("backup-key-unreadable") }</p> }
        }
    }
}

fn download_status(i18n: &I18n, status: DownloadStatus, words: &BackupFormWords, id: &str) -> Html {
    match status {
        DownloadStatus::Idle => Html::default(),
        DownloadStatus::Locking => html! {
            <p class="notice" role="status" id={id.to_owned()}>{ i18n.t("backup-locking") }</p>
        },
        DownloadStatus::Done { protected } => html! {
            <p class="notice" role="status" id={id.to_owned()}>
                { i18n.t(if protected { words.done_protected } else { words.done }) }
            </p>
        },
        DownloadStatus::Failed(error) => html! {
            <div class="notice notice-warning" role="alert" id={id.to_owned()}>
                <p>{ i18n.t("backup-failed") }{ " " }{ i18n.t(error.message_id()) }</p>
            </div>
        },
    }
}
