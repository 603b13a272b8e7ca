//! [`Agreement`]: something agreed at a meeting — what, who does it, by when, and whether it is
//! done. Whether it is overdue is derived, never stored.

use serde::{Deserialize, Serialize};

use super::{Date, Identified, ItemId, PersonRef, Text, is_default};

/// An agreement from a meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Agreement {
    /// Stable id.
    pub id: ItemId,
    /// What was agreed.
    #[serde(default, skip_serializing_if = "is_default")]
    pub what: Text,
    /// Who will do it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub who: Option<PersonRef>,
    /// By when.
    #[serde(default, skip_serializing_if = "is_default")]
    pub by_when: Option<Date>,
    /// Where it stands; open unless said otherwise.
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: AgreementStatus,
    /// Which meeting it came from, in the person's words.
    #[serde(default, skip_serializing_if = "is_default")]
    pub meeting: Text,
    /// The day it was agreed.
    #[serde(default, skip_serializing_if = "is_default")]
    pub agreed_on: Option<Date>,
}

/// Where an agreement stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum AgreementStatus {
    /// Not done yet.
    #[default]
    Open,
    /// Done.
    Done,
    /// No longer wanted or needed.
    Cancelled,
}

impl AgreementStatus {
    /// Every variant, in the order the widget offers them.
    pub const ALL: [AgreementStatus; 3] = [
        AgreementStatus::Open,
        AgreementStatus::Done,
        AgreementStatus::Cancelled,
    ];

    /// Its name in JSON: the same string serde reads and writes.
    pub const fn as_str(self) -> &'static str {
        match self {
            AgreementStatus::Open => "open",
            AgreementStatus::Done => "done",
            AgreementStatus::Cancelled => "cancelled",
        }
    }

    /// The message id of its name in the widget's locales (`choice-agreement-…`). Exhaustive, so a new
    /// variant does not compile without its label.
    pub const fn label_id(self) -> &'static str {
        match self {
            AgreementStatus::Open => "choice-agreement-open",
            AgreementStatus::Done => "choice-agreement-done",
            AgreementStatus::Cancelled => "choice-agreement-cancelled",
        }
    }
}

impl Agreement {
    /// Whether the agreement is still open and its date has passed (`by_when` before `today`).
    pub fn is_overdue(&self, today: &Date) -> bool {
        self.status == AgreementStatus::Open
            && self
                .by_when
                .as_ref()
                .is_some_and(|by_when| by_when.is_before(today))
    }
}

impl Identified for Agreement {
    fn id(&self) -> &ItemId {
        &self.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(status: AgreementStatus, by_when: Option<&str>, today: &str, expected: bool) {
        let agreement = Agreement {
            status,
            by_when: by_when.map(|d| Date::parse(d).expect("valid")),
            ..Agreement::default()
        };
        let today = Date::parse(today).expect("valid");
        assert_eq!(
            agreement.is_overdue(&today),
            expected,
            "{status:?} {by_when:?} {today}"
        );
    }

    #[test]
    fn overdue_is_derived_from_status_and_date() {
        check(
            AgreementStatus::Open,
            Some("2026-01-01"),
            "2026-01-02",
            true,
        );
        check(
            AgreementStatus::Open,
            Some("2026-01-02"),
            "2026-01-02",
            false,
        );
        check(AgreementStatus::Open, None, "2026-01-02", false);
        check(
            AgreementStatus::Done,
            Some("2026-01-01"),
            "2026-01-02",
            false,
        );
        check(
            AgreementStatus::Cancelled,
            Some("2026-01-01"),
            "2026-01-02",
            false,
        );
    }
}
