//! Where saving stands, in plain words, and the way out when it failed: a backup download now.
//! A polite live region: screen readers hear "Saved" without losing their place.

use yew::prelude::*;

use crate::components::list_editor::{CardButton, card_button_id};
use crate::error::BackupError;
use crate::hooks::use_page::{use_focus_control_soon, use_keep_focus_clear_of};
use crate::hooks::{
    SaveStatus, StorageCommand, TextDownload, use_i18n, use_peer_mode, use_plan, use_text_download,
};

/// The saving status under the navigation.
#[component]
pub fn SaveStatusBar() -> Html {
    let i18n = use_i18n();
    // In peer-worker mode the plan is kept in this window only, not on the device.
    let saved_id = if use_peer_mode().active {
        "save-saved-peer"
    } else {
        "save-saved"
    };
    let download_text = use_text_download();
    // Why the last quick backup failed: the way out must not fail silently.
    let backup_error = use_state_eq(|| None::<BackupError>);
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let backup = {
        let store = store.clone();
        let backup_error = backup_error.setter();
        Callback::from(move |_: MouseEvent| {
            backup_error.set(store.download_backup(i18n.language).err());
        })
    };
    let backup_failed = backup_error.map(|error| {
        html! {
            <p class="notice notice-warning" role="alert">{ i18n.t("backup-failed") }{ " " }{ i18n.t(error.message_id()) }</p>
        }
    });
    let command = |command: StorageCommand| {
        let callback = store.command.clone();
        Callback::from(move |_: MouseEvent| callback.emit(command.clone()))
    };
    let backup_button = html! {
        <>
            <button type="button" class="button button-primary" onclick={backup.clone()}>{ i18n.t("save-download-backup") }</button>
            { backup_failed }
        </>
    };
    match &store.status {
        SaveStatus::Loading => html! {
            <p class="save-status" role="status">{ i18n.t("save-loading") }</p>
        },
        SaveStatus::Saved | SaveStatus::Pending => html! {
            // The text stays "saved on this device" while a save waits a moment: typing should
            // not make the line flicker.
            <p class="save-status" role="status">{ i18n.t(saved_id) }</p>
        },
        SaveStatus::UpdatedFromOtherTab => html! {
            <div class="notice" role="status">
                <p>{ i18n.t("save-updated-from-other-tab") }</p>
                <button type="button" class="button" onclick={command(StorageCommand::Dismiss)}>{ i18n.t("notice-ok") }</button>
            </div>
        },
        SaveStatus::Failed(error) => html! {
            <div class="notice notice-warning" role="alert">
                <p><strong>{ i18n.t("save-failed") }</strong>{ " " }{ i18n.t(error.message_id()) }</p>
                <p>{ i18n.t("save-failed-way-out") }</p>
                { backup_button }
            </div>
        },
        SaveStatus::Conflict => html! {
            <div class="notice notice-warning" role="alert">
                <p><strong>{ i18n.t("save-conflict") }</strong></p>
                <p>{ i18n.t("save-conflict-explain") }</p>
                <div class="button-row">
                    <button type="button" class="button button-primary" onclick={command(StorageCommand::KeepThisVersion)}>{ i18n.t("save-conflict-keep-mine") }</button>
                    <button type="button" class="button" onclick={command(StorageCommand::UseOtherVersion)}>{ i18n.t("save-conflict-use-other") }</button>
                    { backup_button }
                </div>
            </div>
        },
        SaveStatus::Unreadable {
            reason,
            raw,
            kept_as,
        } => {
            let raw = AttrValue::from(raw.clone());
            let download_raw = download_text.reform(move |_: MouseEvent| TextDownload {
                file_name: AttrValue::Static("ownplan-stored-data.txt"),
                mime_type: "text/plain",
                text: raw.clone(),
            });
            html! {
                <div class="notice notice-warning" role="alert">
                    <p><strong>{ i18n.t("storage-unreadable") }</strong>{ " " }{ i18n.t(reason.message_id()) }</p>
                    <p>{ if kept_as.is_some() { i18n.t("storage-unreadable-kept") } else { i18n.t("storage-unreadable-not-kept") } }</p>
                    <div class="button-row">
                        <button type="button" class="button" onclick={download_raw}>{ i18n.t("storage-unreadable-download") }</button>
                        if kept_as.is_none() {
                            // Nothing is saved over the unreadable data: what is written now
                            // lives only in this page, so offer to keep it.
                            { backup_button }
                        }
                        if kept_as.is_some() {
                            <button type="button" class="button" onclick={command(StorageCommand::Dismiss)}>{ i18n.t("notice-ok") }</button>
                        }
                    </div>
                </div>
            }
        }
    }
}

/// The element id of the undo notice's box.
const UNDO_NOTICE_ID: &str = "undo-notice";

/// "Deleted. Undo" after a deletion, until undone or dismissed. It sits over the bottom of the
/// screen (static/app.css), so it is where the person is however long the list, and never over
/// the element with the focus (the page scrolls that clear of it). Its words are in a polite
/// live region that is always there, so screen readers announce each deletion; in the keyboard
/// order it comes right after the view.
#[component]
pub fn UndoNotice() -> Html {
    let i18n = use_i18n();
    let store = use_plan();
    let shown = store
        .as_ref()
        .is_some_and(|store| store.state.last_removed.is_some());
    // Checked again after each change while shown (another deletion moves the focus again).
    use_keep_focus_clear_of(
        store
            .as_ref()
            .filter(|_| shown)
            .map(|store| store.state.changes),
        UNDO_NOTICE_ID,
    );
    let focus_restored = use_focus_control_soon();
    let buttons = store.filter(|_| shown).map(|store| {
        // The item that comes back gets the focus, on its "Edit" button (as the list editor
        // does after an undo, so the two agree on where the person lands).
        let restored_item = store.state.last_removed.as_ref().map(|removed| {
            let id = removed.item.get("id").and_then(|id| id.as_str()).unwrap_or_default();
            AttrValue::from(card_button_id(removed.list, id, CardButton::Edit))
        });
        let undo = {
            let store = store.clone();
            let focus_restored = focus_restored.clone();
            Callback::from(move |_: MouseEvent| {
                store.dispatch(crate::state::plan::PlanAction::UndoRemove);
                focus_restored.emit(restored_item.clone().unwrap_or_default());
            })
        };
        // Closing the notice takes its buttons away: the focus goes to the view's heading.
        let dismiss = Callback::from(move |_: MouseEvent| {
            store.dispatch(crate::state::plan::PlanAction::ForgetRemoved);
            focus_restored.emit(AttrValue::default());
        });
        html! {
            <div class="button-row">
                <button type="button" class="button button-primary" id="undo-delete" onclick={undo}>{ i18n.t("undo-button") }</button>
                <button type="button" class="button" onclick={dismiss}>{ i18n.t("notice-ok") }</button>
            </div>
        }
    });
    html! {
        <div class={classes!("undo-notice", shown.then_some("is-shown"))} id={UNDO_NOTICE_ID}>
            <p role="status" id="undo-status">{ if shown { i18n.t("undo-deleted") } else { AttrValue::default() } }</p>
            { for buttons }
        </div>
    }
}
