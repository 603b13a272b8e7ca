//! Backup reminders, as a pure rule: what this device remembers about backups (the
//! [`BackupRecord`], kept in its own storage key beside the plan) and when the person is offered
//! a backup ([`backup_offer`]).
//!
//! A backup is offered at a calm moment (the views that show it are not forms being typed in):
//! once the crisis plan has been written and no backup was ever made, and again when the plan has
//! changed a lot since the last backup ([`MANY_CHANGES`] changes, or changes made over
//! [`CHANGE_DAYS`] days). "Not now" snoozes the offer for [`SNOOZE_DAYS`] days or
//! [`MANY_CHANGES`] more changes, whichever comes first.
//!
//! The record also lets the widget notice a plan that has vanished: a backup date is known but
//! no plan is stored ([`plan_vanished`]). Browsers evict a site's storage as a whole, so this
//! catches a plan removed by hand or by a partial clearing of site data, not a full eviction.

use ownplan_core::plan::{Date, Plan};
use serde::{Deserialize, Serialize};

/// So many changes since the last backup count as "a lot".
pub const MANY_CHANGES: u64 = 20;

/// Changes made this many days ago or more, and not in a backup, count as "a lot" too.
pub const CHANGE_DAYS: i64 = 7;

/// "Not now" keeps the offer away this many days (unless many more changes are made).
pub const SNOOZE_DAYS: i64 = 3;

/// What this device remembers about backups. Stored as JSON under its own key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct BackupRecord {
    /// The day the last backup file was made on this device.
    pub last_backup: Option<Date>,
    /// Changes made to the plan since then (or since the start, before any backup).
    pub changes_since_backup: u64,
    /// The day of the first of those changes.
    pub first_change_since_backup: Option<Date>,
    /// The day "Not now" was chosen, and the count of changes then.
    pub snoozed: Option<Snooze>,
}

/// When the person said "Not now".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Snooze {
    /// The day.
    pub on: Date,
    /// [`BackupRecord::changes_since_backup`] at that moment.
    pub at_changes: u64,
}

/// Why a backup is offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupOffer {
    /// The crisis plan is written and there has never been a backup.
    FirstCrisisPlan,
    /// Much has changed since the last backup.
    ManyChanges,
}

impl BackupOffer {
    /// The translated message that offers the backup.
    pub fn message_id(self) -> &'static str {
        match self {
            BackupOffer::FirstCrisisPlan => "reminder-first-crisis",
            BackupOffer::ManyChanges => "reminder-many-changes",
        }
    }
}

impl BackupRecord {
    /// Reads a stored record; anything unreadable is a fresh record (a reminder too many is
    /// harmless; a crash is not).
    pub fn parse(text: &str) -> BackupRecord {
        serde_json::from_str(text).unwrap_or_default()
    }

    /// The record as stored; `None` if it cannot be written (then nothing is stored, never an
    /// empty text).
    pub fn to_text(&self) -> Option<String> {
        serde_json::to_string(self).ok()
    }

    /// `count` more changes were made (and saved) on `today`.
    pub fn changed(&mut self, count: u64, today: Option<&Date>) {
        if count == 0 {
            return;
        }
        self.changes_since_backup = self.changes_since_backup.saturating_add(count);
        if self.first_change_since_backup.is_none() {
            self.first_change_since_backup = today.cloned();
        }
    }

    /// A backup was made on `today`: the count starts again and any snooze ends.
    pub fn backed_up(&mut self, today: Date) {
        self.last_backup = Some(today);
        self.changes_since_backup = 0;
        self.first_change_since_backup = None;
        self.snoozed = None;
    }

    /// "Not now", on `today`.
    pub fn snooze(&mut self, today: Date) {
        self.snoozed = Some(Snooze {
            on: today,
            at_changes: self.changes_since_backup,
        });
    }
}

/// Whether something is written in the crisis plan.
pub fn has_crisis_plan(plan: &Plan) -> bool {
    plan.crisis_plan != Default::default()
}

/// Whether a backup should be offered now, and why.
pub fn backup_offer(
    record: &BackupRecord,
    crisis_written: bool,
    today: &Date,
) -> Option<BackupOffer> {
    let offer = match &record.last_backup {
        None if crisis_written => BackupOffer::FirstCrisisPlan,
        None => return None,
        Some(_) => {
            let many = record.changes_since_backup >= MANY_CHANGES;
            let long = record.changes_since_backup > 0
                && record
                    .first_change_since_backup
                    .as_ref()
                    .and_then(|first| days_between(first, today))
                    .is_some_and(|days| days >= CHANGE_DAYS);
            if !(many || long) {
                return None;
            }
            BackupOffer::ManyChanges
        }
    };
    if let Some(snooze) = &record.snoozed {
        let days = days_between(&snooze.on, today).unwrap_or(0);
        let more = record
            .changes_since_backup
            .saturating_sub(snooze.at_changes);
        if days < SNOOZE_DAYS && more < MANY_CHANGES {
            return None;
        }
    }
    Some(offer)
}

/// Whether the plan has vanished: none is stored, but this device made a backup of one.
pub fn plan_vanished(record: &BackupRecord, plan_stored: bool) -> bool {
    !plan_stored && record.last_backup.is_some()
}

/// Days from `from` to `to` (negative when `to` is earlier); `None` for an invalid date.
pub fn days_between(from: &Date, to: &Date) -> Option<i64> {
    Some(day_number(to)? - day_number(from)?)
}

/// Days since 1 March of year 0 in the proleptic Gregorian calendar: only differences matter.
fn day_number(date: &Date) -> Option<i64> {
    let (year, month, day) = date.year_month_day()?;
    let (year, month, day) = (i64::from(year), i64::from(month), i64::from(day));
    // Count years from March, so the leap day is the last day of the counted year.
    let year = if month <= 2 { year - 1 } else { year };
    let month_from_march = (month + 9) % 12;
    let days_before_month = (153 * month_from_march + 2) / 5;
    Some(year * 365 + year / 4 - year / 100 + year / 400 + days_before_month + day - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn backed_up_on(day: &str) -> BackupRecord {
        let mut record = BackupRecord::default();
        record.backed_up(date(day));
        record
    }

    #[test]
    fn days_between_dates_count_leap_days_and_month_ends() {
        for (from, to, days) in [
            ("2026-12-01", "2026-12-08", 7),
            ("2026-12-31", "2027-01-01", 1),
            ("2028-02-28", "2028-03-01", 2),
            ("2027-02-28", "2027-03-01", 1),
            ("2000-01-01", "2001-01-01", 366),
            ("1900-01-01", "1901-01-01", 365),
            ("2026-12-08", "2026-12-01", -7),
        ] {
            assert_eq!(
                days_between(&date(from), &date(to)),
                Some(days),
                "{from} to {to}"
            );
        }
    }

    #[test]
    fn a_backup_is_offered_once_the_crisis_plan_is_written() {
        let record = BackupRecord::default();
        let today = date("2026-12-01");
        assert_eq!(
            backup_offer(&record, false, &today),
            None,
            "nothing to back up"
        );
        assert_eq!(
            backup_offer(&record, true, &today),
            Some(BackupOffer::FirstCrisisPlan)
        );
        assert_eq!(
            backup_offer(&backed_up_on("2026-12-01"), true, &today),
            None,
            "not after a backup"
        );
    }

    #[test]
    fn a_backup_is_offered_again_after_many_changes_or_changes_over_a_week() {
        let today = date("2026-12-10");
        let mut record = backed_up_on("2026-12-09");
        record.changed(MANY_CHANGES - 1, Some(&today));
        assert_eq!(backup_offer(&record, true, &today), None, "a few changes");
        record.changed(1, Some(&today));
        assert_eq!(
            backup_offer(&record, true, &today),
            Some(BackupOffer::ManyChanges)
        );

        let mut record = backed_up_on("2026-11-01");
        assert_eq!(
            backup_offer(&record, true, &today),
            None,
            "an old backup of an unchanged plan is still good"
        );
        record.changed(1, Some(&date("2026-12-03")));
        assert_eq!(
            backup_offer(&record, true, &today),
            Some(BackupOffer::ManyChanges)
        );
        assert_eq!(
            backup_offer(&record, true, &date("2026-12-09")),
            None,
            "six days after the first change"
        );
    }

    #[test]
    fn not_now_snoozes_for_some_days_or_many_more_changes() {
        let mut record = BackupRecord::default();
        record.changed(3, Some(&date("2026-12-01")));
        record.snooze(date("2026-12-01"));
        assert_eq!(backup_offer(&record, true, &date("2026-12-02")), None);
        assert_eq!(
            backup_offer(&record, true, &date("2026-12-04")),
            Some(BackupOffer::FirstCrisisPlan),
            "three days later"
        );
        record.changed(MANY_CHANGES, Some(&date("2026-12-02")));
        assert_eq!(
            backup_offer(&record, true, &date("2026-12-02")),
            Some(BackupOffer::FirstCrisisPlan),
            "many more changes"
        );
        record.backed_up(date("2026-12-02"));
        assert_eq!(record.snoozed, None, "a backup ends the snooze");
        assert_eq!(record.changes_since_backup, 0);
    }

    #[test]
    fn the_record_is_stored_as_json_and_bad_text_is_a_fresh_record() {
        let mut record = backed_up_on("2026-12-01");
        record.changed(4, Some(&date("2026-12-02")));
        record.snooze(date("2026-12-03"));
        let text = record.to_text().unwrap();
        assert_eq!(BackupRecord::parse(&text), record);
        assert!(text.contains("\"lastBackup\":\"2026-12-01\""));
        assert_eq!(BackupRecord::parse("{not json"), BackupRecord::default());
        assert_eq!(BackupRecord::parse("{}"), BackupRecord::default());
    }

    #[test]
    fn a_plan_has_vanished_when_none_is_stored_but_a_backup_was_made() {
        assert!(plan_vanished(&backed_up_on("2026-12-01"), false));
        assert!(!plan_vanished(&backed_up_on("2026-12-01"), true));
        assert!(
            !plan_vanished(&BackupRecord::default(), false),
            "a first visit"
        );
    }

    #[test]
    fn the_crisis_plan_counts_as_written_once_anything_is_in_it() {
        let mut plan = Plan::new(ownplan_core::plan::PlanId::from_random_bytes([1; 16]), "nb");
        assert!(!has_crisis_plan(&plan));
        plan.crisis_plan.what_i_do_myself = ownplan_core::plan::Text::from_nfc("Går en tur".into());
        assert!(has_crisis_plan(&plan));
    }
}
