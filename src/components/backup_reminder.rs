//! What keeps the plan safe beyond this device's storage, said calmly where the person is not
//! typing: on the home view ([`BackupReminder`]: a plan that has vanished, the offer of a backup
//! with "Not now", the browser's refusal to promise to keep the storage, the date of the last
//! backup) and on the backup view ([`BackupSafety`]: the date of the last backup and what the
//! browser promised). In helping mode (the plan lives only as long as the tab, on purpose) none
//! of this is said: "Finish" offers the backup there.

use yew::prelude::*;

use crate::components::Heading;
use yew_router::prelude::Link;

use crate::app::Route;
use crate::hooks::{
    BackupCommand, I18n, Persistence, Safety, use_i18n, use_peer_mode, use_plan, use_today,
};
use crate::state::dates::long_date;
use crate::state::reminders::{backup_offer, has_crisis_plan};

/// The home view's notices about backups and storage.
#[component]
pub fn BackupReminder() -> Html {
    let i18n = use_i18n();
    let today = use_today();
    let peer = use_peer_mode();
    let Some(store) = use_plan() else {
        return Html::default();
    };
    if !store.is_loaded() || peer.active {
        return Html::default();
    }
    let safety = store.safety.clone();
    let plan_blank = !crate::state::plan_part::PlanPart::ALL
        .iter()
        .any(|part| part.has_content(store.plan()))
        && !has_crisis_plan(store.plan());
    let offer = today
        .as_ref()
        .and_then(|today| backup_offer(&safety.backup, has_crisis_plan(store.plan()), today));
    let not_now = {
        let command = store.backup_command.clone();
        Callback::from(move |_: MouseEvent| command.emit(BackupCommand::NotNow))
    };
    html! {
        <div class="kept-notices">
            if safety.vanished && plan_blank {
                { vanished_notice(&i18n, &safety) }
            }
            if let Some(offer) = offer {
                <section class="notice kept-offer" id="backup-offer" aria-labelledby="backup-offer-title">
                    <Heading level={2} id="backup-offer-title">{ i18n.t("reminder-title") }</Heading>
                    <p>{ i18n.t(offer.message_id()) }</p>
                    <div class="button-row">
                        <Link<Route> to={Route::Backup} classes="button button-primary">{ i18n.t("reminder-make-backup") }</Link<Route>>
                        <button type="button" class="button" id="backup-offer-not-now" onclick={not_now}>{ i18n.t("reminder-not-now") }</button>
                    </div>
                </section>
            }
            if !plan_blank {
                // One thing at a time: the offer of a backup already says what helps.
                if offer.is_none() {
                    { persistence_notice(&i18n, safety.persistence, false) }
                }
                <p class="muted" id="backup-last">{ last_backup_text(&i18n, &safety) }</p>
            }
        </div>
    }
}

/// The backup view's lines: the date of the last backup and what the browser promised.
#[component]
pub fn BackupSafety() -> Html {
    let i18n = use_i18n();
    let peer = use_peer_mode();
    let Some(store) = use_plan() else {
        return Html::default();
    };
    if peer.active {
        return Html::default();
    }
    let safety = store.safety.clone();
    html! {
        <div class="kept-safety">
            <p id="backup-last">{ last_backup_text(&i18n, &safety) }</p>
            { persistence_notice(&i18n, safety.persistence, true) }
        </div>
    }
}

fn last_backup_text(i18n: &I18n, safety: &Safety) -> AttrValue {
    match &safety.backup.last_backup {
        Some(date) => i18n.t_with(
            "backup-last-date",
            &[("date", &long_date(i18n.language, date))],
        ),
        None => i18n.t("backup-last-never"),
    }
}

/// Granted: a quiet line (only where `quiet_line` asks for it). Not granted: a calm notice of
/// what that means and what helps. Not known yet: nothing.
fn persistence_notice(i18n: &I18n, persistence: Option<Persistence>, quiet_line: bool) -> Html {
    match persistence {
        Some(Persistence::Granted) if quiet_line => {
            html! { <p id="storage-kept">{ i18n.t("storage-kept-granted") }</p> }
        }
        Some(Persistence::NotGranted | Persistence::Unsupported) => html! {
            <div class="notice" id="storage-not-kept" role="note">
                <p><strong>{ i18n.t("storage-kept-not-title") }</strong></p>
                <p>{ i18n.t("storage-kept-not-explain") }</p>
                <p>{ i18n.t("storage-kept-not-advice") }</p>
                if !quiet_line {
                    <p><Link<Route> to={Route::Backup}>{ i18n.t("reminder-make-backup") }</Link<Route>></p>
                }
            </div>
        },
        _ => Html::default(),
    }
}

fn vanished_notice(i18n: &I18n, safety: &Safety) -> Html {
    let date = safety
        .backup
        .last_backup
        .as_ref()
        .map(|date| long_date(i18n.language, date))
        .unwrap_or_default();
    html! {
        <section class="notice notice-warning" id="plan-vanished" role="alert" aria-labelledby="plan-vanished-title">
            <Heading level={2} id="plan-vanished-title">{ i18n.t("vanished-title") }</Heading>
            <p>{ i18n.t_with("vanished-explain", &[("date", &date)]) }</p>
            <p><Link<Route> to={Route::Backup} classes="button button-primary">{ i18n.t("vanished-restore") }</Link<Route>></p>
        </section>
    }
}
