//! [`Date`]: a calendar date written `YYYY-MM-DD` (ISO 8601 / RFC 3339 `full-date`).
//!
//! The validator is a dozen lines written here (digits, month 1–12, day within the month, leap
//! years) rather than a date crate: the model never does date arithmetic beyond comparing, and a
//! full calendar library would only add weight to the widget. For valid dates the text order *is*
//! the calendar order, so comparisons are plain string comparisons.
//!
//! [`Date::parse`] is strict and is what the UI uses. Deserialization accepts any string, so that a
//! stored plan with one bad date still loads and the person's other words are not lost;
//! [`validate`](super::validate()) then reports it as `problem-date-invalid`.

use serde::{Deserialize, Serialize};

/// A calendar date, `YYYY-MM-DD`, years 0001–9999.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Date(String);

/// Why a string is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a date in the form YYYY-MM-DD")]
pub struct DateError;

impl Date {
    /// Parses a strict `YYYY-MM-DD` date that exists in the calendar.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        parse_ymd(text).ok_or(DateError)?;
        Ok(Self(text.to_owned()))
    }

    /// Makes a date from its parts, if that day exists.
    pub fn from_ymd(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        Self::parse(&format!("{year:04}-{month:02}-{day:02}"))
    }

    /// The date as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the stored text is a valid date (always true for dates made with [`Date::parse`]).
    pub fn is_valid(&self) -> bool {
        parse_ymd(&self.0).is_some()
    }

    /// Year, month and day, if the date is valid.
    pub fn year_month_day(&self) -> Option<(u16, u8, u8)> {
        parse_ymd(&self.0)
    }

    /// Whether both dates are valid and `self` is strictly before `other`. Invalid dates compare
    /// as neither before nor after anything, so they never cause a second, misleading problem.
    pub fn is_before(&self, other: &Date) -> bool {
        self.is_valid() && other.is_valid() && self.0 < other.0
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

/// Parses `YYYY-MM-DD` into its parts (shared with [`DateTime`](super::DateTime)).
pub(crate) fn parse_ymd(text: &str) -> Option<(u16, u8, u8)> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = digits(&bytes[0..4])?;
    let month = digits(&bytes[5..7])?;
    let day = digits(&bytes[8..10])?;
    let year = u16::try_from(year).ok()?;
    let month = u8::try_from(month).ok()?;
    let day = u8::try_from(day).ok()?;
    if year == 0 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some((year, month, day))
}

/// Reads ASCII digits (only digits: no sign, no spaces) as a number.
pub(crate) fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |value, byte| {
        byte.is_ascii_digit()
            .then(|| value * 10 + u32::from(byte - b'0'))
    })
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A calendar date, YYYY-MM-DD."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<(u16, u8, u8)>) {
        assert_eq!(
            Date::parse(input).ok().and_then(|d| d.year_month_day()),
            expected,
            "{input}"
        );
    }

    #[test]
    fn parses_only_real_calendar_dates() {
        check("2026-11-22", Some((2026, 11, 22)));
        check("2024-02-29", Some((2024, 2, 29)));
        check("2000-02-29", Some((2000, 2, 29)));
        check("1900-02-29", None);
        check("2026-02-29", None);
        check("2026-04-31", None);
        check("2026-13-01", None);
        check("2026-00-10", None);
        check("2026-01-00", None);
        check("0000-01-01", None);
        check("2026-1-01", None);
        check("2026/01/01", None);
        check("+026-01-01", None);
        check("2026-01-01T00:00:00Z", None);
        check("", None);
        check("٢٠٢٦-٠١-٠١", None);
    }

    #[test]
    fn text_order_is_calendar_order() {
        let earlier = Date::from_ymd(2026, 1, 31).expect("valid");
        let later = Date::from_ymd(2026, 2, 1).expect("valid");
        assert!(earlier.is_before(&later));
        assert!(!later.is_before(&earlier));
        assert!(!earlier.is_before(&earlier));
    }

    #[test]
    fn invalid_stored_dates_load_but_are_not_valid() {
        let date: Date = serde_json::from_value(serde_json::json!("snart")).expect("any string");
        assert!(!date.is_valid());
        assert!(!date.is_before(&Date::from_ymd(9999, 1, 1).expect("valid")));
    }
}
