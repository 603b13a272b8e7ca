//! [`Problem`]: one finding of [`validate`](super::validate()) — where (a JSON path), how bad
//! (error or warning) and what (a stable message id the user interface translates).

use serde::Serialize;

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// Something to look at; the plan can still be shared.
    Warning,
    /// The plan is wrong here and should not be shared until it is fixed.
    Error,
}

/// A problem found in a plan.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// Where, as a JSON path such as `crisisPlan.contacts[2].phone`.
    pub path: String,
    /// How serious.
    pub severity: Severity,
    /// What, as a stable kind; [`ProblemKind::message_id`] gives its message id.
    #[serde(rename = "messageId")]
    pub kind: ProblemKind,
}

/// The kinds of problem. Each has a fixed severity and a stable, kebab-case message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemKind {
    /// An id that is not a UUID URN (`urn:uuid:` and a UUID; format 1 allowed other short ids).
    IdInvalid,
    /// Two items with the same id.
    IdDuplicate,
    /// A reference to a network member that is not in the network.
    ReferenceDangling,
    /// A date that is not a real `YYYY-MM-DD` date.
    DateInvalid,
    /// A date-time that is not RFC 3339 UTC.
    DateTimeInvalid,
    /// A time of day that is not `HH:MM`.
    TimeInvalid,
    /// An end date before its start date.
    DateRangeReversed,
    /// The review date has passed.
    ReviewDatePassed,
    /// A consent's last day has passed.
    ConsentExpired,
    /// The admission agreement's last day has passed.
    AdmissionExpired,
    /// Maximum nights outside 1 to [`MAX_ADMISSION_NIGHTS`](super::MAX_ADMISSION_NIGHTS).
    MaxNightsOutOfRange,
    /// More than [`MAX_TEXT_CHARS`](super::MAX_TEXT_CHARS) characters in one field.
    TextTooLong,
    /// Text that is not in Unicode NFC.
    TextNotNfc,
    /// Text with control characters other than tab and line breaks.
    TextControlCharacter,
    /// A phone number that cannot be dialled as it stands.
    PhoneUnusual,
    /// An e-mail address that does not look like one.
    EmailUnusual,
    /// More than one network member marked as coordinator.
    CoordinatorSeveral,
    /// A plan whose format version is not the one this program writes.
    FormatVersionUnsupported,
    /// Plan version zero (versions start at 1).
    PlanVersionZero,
    /// A language that is not a BCP 47 tag.
    LanguageInvalid,
    /// A list with more than [`MAX_LIST_ITEMS`](super::MAX_LIST_ITEMS) items.
    ListTooLong,
    /// The same section named twice in one sharing consent.
    SectionDuplicate,
}

impl ProblemKind {
    /// Every kind, for tests and translation checks.
    pub const ALL: [ProblemKind; 22] = [
        ProblemKind::IdInvalid,
        ProblemKind::IdDuplicate,
        ProblemKind::ReferenceDangling,
        ProblemKind::DateInvalid,
        ProblemKind::DateTimeInvalid,
        ProblemKind::TimeInvalid,
        ProblemKind::DateRangeReversed,
        ProblemKind::ReviewDatePassed,
        ProblemKind::ConsentExpired,
        ProblemKind::AdmissionExpired,
        ProblemKind::MaxNightsOutOfRange,
        ProblemKind::TextTooLong,
        ProblemKind::TextNotNfc,
        ProblemKind::TextControlCharacter,
        ProblemKind::PhoneUnusual,
        ProblemKind::EmailUnusual,
        ProblemKind::CoordinatorSeveral,
        ProblemKind::FormatVersionUnsupported,
        ProblemKind::PlanVersionZero,
        ProblemKind::LanguageInvalid,
        ProblemKind::ListTooLong,
        ProblemKind::SectionDuplicate,
    ];

    /// The stable message id, translated by the user interface.
    pub fn message_id(self) -> &'static str {
        match self {
            ProblemKind::IdInvalid => "problem-id-invalid",
            ProblemKind::IdDuplicate => "problem-id-duplicate",
            ProblemKind::ReferenceDangling => "problem-reference-dangling",
            ProblemKind::DateInvalid => "problem-date-invalid",
            ProblemKind::DateTimeInvalid => "problem-datetime-invalid",
            ProblemKind::TimeInvalid => "problem-time-invalid",
            ProblemKind::DateRangeReversed => "problem-date-range-reversed",
            ProblemKind::ReviewDatePassed => "problem-review-date-passed",
            ProblemKind::ConsentExpired => "problem-consent-expired",
            ProblemKind::AdmissionExpired => "problem-admission-expired",
            ProblemKind::MaxNightsOutOfRange => "problem-max-nights-out-of-range",
            ProblemKind::TextTooLong => "problem-text-too-long",
            ProblemKind::TextNotNfc => "problem-text-not-nfc",
            ProblemKind::TextControlCharacter => "problem-text-control-character",
            ProblemKind::PhoneUnusual => "problem-phone-unusual",
            ProblemKind::EmailUnusual => "problem-email-unusual",
            ProblemKind::CoordinatorSeveral => "problem-coordinator-several",
            ProblemKind::FormatVersionUnsupported => "problem-format-version-unsupported",
            ProblemKind::PlanVersionZero => "problem-plan-version-zero",
            ProblemKind::LanguageInvalid => "problem-language-invalid",
            ProblemKind::ListTooLong => "problem-list-too-long",
            ProblemKind::SectionDuplicate => "problem-section-duplicate",
        }
    }

    /// How serious this kind is.
    pub fn severity(self) -> Severity {
        match self {
            ProblemKind::ReviewDatePassed
            | ProblemKind::ConsentExpired
            | ProblemKind::AdmissionExpired
            | ProblemKind::TextNotNfc
            | ProblemKind::TextControlCharacter
            | ProblemKind::PhoneUnusual
            | ProblemKind::EmailUnusual
            | ProblemKind::CoordinatorSeveral
            | ProblemKind::SectionDuplicate => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl Serialize for ProblemKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.message_id())
    }
}

impl Problem {
    /// A problem of `kind` at `path`, with the kind's severity.
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Self {
            path: path.into(),
            severity: kind.severity(),
            kind,
        }
    }

    /// Whether this is an error (not only a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_are_unique_kebab_case_and_prefixed() {
        let mut seen = std::collections::BTreeSet::new();
        for kind in ProblemKind::ALL {
            let id = kind.message_id();
            assert!(id.starts_with("problem-"), "{id}");
            assert!(
                id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{id}"
            );
            assert!(seen.insert(id), "{id} twice");
        }
    }

    #[test]
    fn serializes_with_message_id() {
        let problem = Problem::new("network[0].phone", ProblemKind::PhoneUnusual);
        assert_eq!(
            serde_json::to_value(&problem).expect("serializes"),
            serde_json::json!({
                "path": "network[0].phone",
                "severity": "warning",
                "messageId": "problem-phone-unusual"
            })
        );
    }
}
