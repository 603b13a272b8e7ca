//! Backup and restore: download the whole plan and the person's key as a file, locked with a
//! passphrase when they choose (recommended whenever a key goes along; the form is
//! `components::BackupForm`, shared with "Finish" in peer-worker mode); bring a backup back with
//! a passphrase prompt, a preview and a confirmation.

use yew::prelude::*;

use crate::components::{BackupForm, BackupFormWords, Heading, RestoreSteps};
use crate::hooks::{use_i18n, use_restore};

/// The words of the backup form here.
const BACKUP_WORDS: BackupFormWords = BackupFormWords {
    protect: "backup-protect",
    download: "save-download-backup",
    unprotected_warning: "backup-unprotected-warning",
    done: "backup-done",
    done_protected: "backup-done-protected",
};

/// The backup view.
#[component]
pub fn BackupPage() -> Html {
    let i18n = use_i18n();
    let restore = use_restore();
    let on_file = {
        let choose = restore.choose.clone();
        Callback::from(move |event: Event| choose.emit(event.target_unchecked_into()))
    };
    html! {
        <section aria-labelledby="page-title">
            <Heading level={1} id="page-title">{ i18n.t("page-backup-title") }</Heading>
            <p class="intro">{ i18n.t("page-backup-intro") }</p>
            <crate::components::BackupSafety />
            <Heading level={2}>{ i18n.t("backup-download-heading") }</Heading>
            <p>{ i18n.t("backup-download-explain") }</p>
            <BackupForm id_prefix="backup" device_key={restore.device_key.clone()} words={BACKUP_WORDS} />
            <Heading level={2}>{ i18n.t("restore-heading") }</Heading>
            <p>{ i18n.t("restore-explain") }</p>
            <div class="field">
                <label for="restore-file">{ i18n.t("restore-choose-file") }</label>
                <input id="restore-file" type="file" accept=".json,application/json" onchange={on_file} />
            </div>
            <RestoreSteps handle={restore.clone()} />
        </section>
    }
}
