//! [`DateTime`]: a moment in UTC, RFC 3339 with a `Z` offset, e.g. `2026-11-22T10:00:00Z`.
//!
//! Used for timestamps the software records (when the plan was created or changed, when a
//! revision log entry was made). Only the `Z` offset is accepted so that text order is time order
//! and two spellings of one moment cannot differ. Fractional seconds (1–9 digits) are allowed, a
//! leap second (`:60`) is not (XML Schema `dateTime`, used by Verifiable Credentials, forbids it).
//! Like [`Date`](super::Date), deserialization accepts any string and validation reports bad ones.

use serde::{Deserialize, Serialize};

use super::date::{digits, parse_ymd};

/// A UTC moment, `YYYY-MM-DDTHH:MM:SS[.fraction]Z`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DateTime(String);

/// Why a string is not a UTC date-time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a UTC date-time in the form YYYY-MM-DDTHH:MM:SSZ")]
pub struct DateTimeError;

impl DateTime {
    /// Parses a strict RFC 3339 UTC date-time.
    pub fn parse(text: &str) -> Result<Self, DateTimeError> {
        if is_valid_date_time(text) {
            Ok(Self(text.to_owned()))
        } else {
            Err(DateTimeError)
        }
    }

    /// The date-time as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the stored text is a valid UTC date-time.
    pub fn is_valid(&self) -> bool {
        is_valid_date_time(&self.0)
    }

    /// The calendar date (in UTC), if valid.
    pub fn date(&self) -> Option<super::Date> {
        if self.is_valid() {
            super::Date::parse(self.0.get(..10)?).ok()
        } else {
            None
        }
    }
}

impl std::fmt::Display for DateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn is_valid_date_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() < 20 || bytes[10] != b'T' || bytes[13] != b':' || bytes[16] != b':' {
        return false;
    }
    let Some(date) = text.get(..10) else {
        return false;
    };
    if parse_ymd(date).is_none() {
        return false;
    }
    let (Some(hour), Some(minute), Some(second)) = (
        digits(&bytes[11..13]),
        digits(&bytes[14..16]),
        digits(&bytes[17..19]),
    ) else {
        return false;
    };
    if hour > 23 || minute > 59 || second > 59 {
        return false;
    }
    match &bytes[19..] {
        [b'Z'] => true,
        [b'.', fraction @ .., b'Z'] => {
            (1..=9).contains(&fraction.len()) && fraction.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for DateTime {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DateTime".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date-time",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$",
            "description": "A moment in UTC, RFC 3339 with a Z offset."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: bool) {
        assert_eq!(DateTime::parse(input).is_ok(), expected, "{input}");
    }

    #[test]
    fn accepts_only_utc_rfc3339() {
        check("2026-11-22T10:00:00Z", true);
        check("2026-11-22T23:59:59.123456789Z", true);
        check("2024-02-29T00:00:00.5Z", true);
        check("2026-11-22T10:00:00", false);
        check("2026-11-22T10:00:00+01:00", false);
        check("2026-11-22t10:00:00z", false);
        check("2026-11-22 10:00:00Z", false);
        check("2026-11-22T24:00:00Z", false);
        check("2026-11-22T10:60:00Z", false);
        check("2026-11-22T10:00:60Z", false);
        check("2026-11-22T10:00:00.Z", false);
        check("2026-11-22T10:00:00.1234567890Z", false);
        check("2026-02-30T10:00:00Z", false);
        check("2026-11-22T1:00:00Z", false);
        check("2026-11-22T10:00", false);
        check("", false);
    }

    #[test]
    fn date_part() {
        let moment = DateTime::parse("2026-11-22T10:00:00Z").expect("valid");
        assert_eq!(
            moment.date().map(|d| d.as_str().to_owned()),
            Some("2026-11-22".to_owned())
        );
    }
}
