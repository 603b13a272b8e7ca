//! Backup and restore: download the whole plan as a file, and bring a backup back with a
//! preview and a confirmation.

use yew::prelude::*;

use crate::hooks::{RestoreStep, use_i18n, use_plan, use_restore};

/// The backup view.
#[component]
pub fn BackupPage() -> Html {
    let i18n = use_i18n();
    let restore = use_restore();
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let download = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            store.download_backup(i18n.language);
        })
    };
    let on_file = {
        let choose = restore.choose.clone();
        Callback::from(move |event: Event| choose.emit(event.target_unchecked_into()))
    };
    let confirm = {
        let confirm = restore.confirm.clone();
        Callback::from(move |_: MouseEvent| confirm.emit(()))
    };
    let cancel = {
        let cancel = restore.cancel.clone();
        Callback::from(move |_: MouseEvent| cancel.emit(()))
    };
    let step = match &restore.step {
        RestoreStep::Idle => Html::default(),
        RestoreStep::Reading => html! { <p role="status">{ i18n.t("restore-reading") }</p> },
        RestoreStep::Refused(message_id) => html! {
            <div class="notice notice-warning" role="alert" id="restore-result">
                <p><strong>{ i18n.t("restore-refused") }</strong>{ " " }{ i18n.t(message_id) }</p>
                <p>{ i18n.t("restore-nothing-changed") }</p>
            </div>
        },
        RestoreStep::Done => html! {
            <div class="notice" role="status" id="restore-result"><p>{ i18n.t("restore-done") }</p></div>
        },
        RestoreStep::Preview(plan) => {
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
            html! {
                <div class="notice preview" role="region" aria-labelledby="restore-preview-title" id="restore-result">
                    <h2 id="restore-preview-title">{ i18n.t("restore-preview-title") }</h2>
                    <p>{ i18n.t_with("restore-preview-owner", &[("name", &name)]) }</p>
                    <ul>
                        { for counts.iter().map(|(key, n)| html! {
                            <li>{ i18n.t_with(&format!("restore-preview-count-{key}"), &[("count", &n.to_string())]) }</li>
                        }) }
                    </ul>
                    <p><strong>{ i18n.t("restore-preview-warning") }</strong></p>
                    <div class="button-row">
                        <button type="button" class="button button-primary" id="restore-confirm" onclick={confirm}>{ i18n.t("restore-confirm") }</button>
                        <button type="button" class="button" onclick={cancel}>{ i18n.t("restore-cancel") }</button>
                    </div>
                </div>
            }
        }
    };
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("page-backup-title") }</h1>
            <p class="intro">{ i18n.t("page-backup-intro") }</p>
            <h2>{ i18n.t("backup-download-heading") }</h2>
            <p>{ i18n.t("backup-download-explain") }</p>
            <button type="button" class="button button-primary" id="backup-download" onclick={download}>{ i18n.t("save-download-backup") }</button>
            <h2>{ i18n.t("restore-heading") }</h2>
            <p>{ i18n.t("restore-explain") }</p>
            <div class="field">
                <label for="restore-file">{ i18n.t("restore-choose-file") }</label>
                <input id="restore-file" type="file" accept=".json,application/json" onchange={on_file} />
            </div>
            { step }
        </section>
    }
}
