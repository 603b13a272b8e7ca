//! [`TimeOfDay`]: a wall-clock time `HH:MM` (24-hour), local to wherever the appointment is.
//!
//! Appointments are kept as a local date plus a local time, not as a UTC moment: "Tuesday at
//! 10:00 at the GP" must print as 10:00 everywhere, also in the command-line tool that knows no
//! time zone. Like [`Date`](super::Date), deserialization accepts any string and validation reports
//! bad ones.

use serde::{Deserialize, Serialize};

use super::date::digits;

/// A local time of day, `HH:MM`, 00:00–23:59.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TimeOfDay(String);

/// Why a string is not a time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a time of day in the form HH:MM")]
pub struct TimeOfDayError;

impl TimeOfDay {
    /// Parses a strict `HH:MM` time.
    pub fn parse(text: &str) -> Result<Self, TimeOfDayError> {
        if parse_hm(text).is_some() {
            Ok(Self(text.to_owned()))
        } else {
            Err(TimeOfDayError)
        }
    }

    /// The time as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the stored text is a valid time of day.
    pub fn is_valid(&self) -> bool {
        parse_hm(&self.0).is_some()
    }

    /// Hour and minute, if valid.
    pub fn hour_minute(&self) -> Option<(u8, u8)> {
        parse_hm(&self.0)
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn parse_hm(text: &str) -> Option<(u8, u8)> {
    let bytes = text.as_bytes();
    if bytes.len() != 5 || bytes[2] != b':' {
        return None;
    }
    let hour = u8::try_from(digits(&bytes[0..2])?).ok()?;
    let minute = u8::try_from(digits(&bytes[3..5])?).ok()?;
    (hour <= 23 && minute <= 59).then_some((hour, minute))
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for TimeOfDay {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TimeOfDay".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{2}:[0-9]{2}$",
            "description": "A local time of day, HH:MM (24-hour)."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<(u8, u8)>) {
        assert_eq!(
            TimeOfDay::parse(input).ok().and_then(|t| t.hour_minute()),
            expected,
            "{input}"
        );
    }

    #[test]
    fn parses_24_hour_times() {
        check("00:00", Some((0, 0)));
        check("09:30", Some((9, 30)));
        check("23:59", Some((23, 59)));
        check("24:00", None);
        check("12:60", None);
        check("9:30", None);
        check("09.30", None);
        check("kl 10", None);
    }
}
