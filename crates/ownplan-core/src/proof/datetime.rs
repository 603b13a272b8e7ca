//! Validation of the proof's `created` date: an XML Schema `dateTime` in UTC.
//!
//! Accepted form: `YYYY-MM-DDThh:mm:ss` with an optional fraction of a second (`.` and one or
//! more digits) and the time zone `Z`, e.g. `2026-11-22T10:00:00Z` or `2026-11-22T10:00:00.123Z`.
//! The year has exactly four digits (0001–9999); month, day (leap years included), hour (00–23),
//! minute and second (00–59) must be in range. Offsets other than `Z`, the XML end-of-day form
//! `24:00:00` and leap seconds are refused: the core has no clock, so the caller supplies this
//! text, and one spelling per instant keeps comparisons simple.

use super::error::ProofError;

/// Checks that `text` is a UTC XML Schema dateTime as described in the module docs.
pub fn validate_utc_datetime(text: &str) -> Result<(), ProofError> {
    if is_utc_datetime(text) {
        Ok(())
    } else {
        Err(ProofError::MalformedCreated {
            found: text.to_owned(),
        })
    }
}

/// Compares two UTC date-times (both in the form [`validate_utc_datetime`] accepts) as instants:
/// `2026-11-22T10:00:00Z` and `2026-11-22T10:00:00.000Z` are equal. `None` if either is not such
/// a date-time.
pub fn compare_utc_datetimes(first: &str, second: &str) -> Option<std::cmp::Ordering> {
    if !is_utc_datetime(first) || !is_utc_datetime(second) {
        return None;
    }
    // The first 19 characters are fixed-width digits and separators, so they compare as text;
    // the fraction compares digit by digit, a missing digit counting as 0.
    let (first_main, first_fraction) = split_fraction(first);
    let (second_main, second_fraction) = split_fraction(second);
    let digits = first_fraction.len().max(second_fraction.len());
    let digit = |fraction: &[u8], index: usize| fraction.get(index).copied().unwrap_or(b'0');
    Some(first_main.cmp(second_main).then_with(|| {
        (0..digits)
            .map(|index| digit(first_fraction, index).cmp(&digit(second_fraction, index)))
            .find(|order| order.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    }))
}

/// The `YYYY-MM-DDThh:mm:ss` part and the fraction's digits of a valid UTC date-time.
fn split_fraction(text: &str) -> (&[u8], &[u8]) {
    let bytes = text.as_bytes();
    let without_zone = &bytes[..bytes.len() - 1];
    let (main, fraction) = without_zone.split_at(19);
    (main, fraction.strip_prefix(b".").unwrap_or(fraction))
}

fn is_utc_datetime(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(without_zone) = bytes.strip_suffix(b"Z") else {
        return false;
    };
    if without_zone.len() < 19 {
        return false;
    }
    let (main, fraction) = without_zone.split_at(19);
    let shape_ok = main.iter().enumerate().all(|(index, byte)| match index {
        4 | 7 => *byte == b'-',
        10 => *byte == b'T',
        13 | 16 => *byte == b':',
        _ => byte.is_ascii_digit(),
    });
    if !shape_ok {
        return false;
    }
    if !fraction.is_empty() {
        let Some(digits) = fraction.strip_prefix(b".") else {
            return false;
        };
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return false;
        }
    }
    let number = |from: usize, to: usize| {
        main[from..to]
            .iter()
            .fold(0u32, |acc, digit| acc * 10 + u32::from(digit - b'0'))
    };
    let (year, month, day) = (number(0, 4), number(5, 7), number(8, 10));
    let (hour, minute, second) = (number(11, 13), number(14, 16), number(17, 19));
    year >= 1
        && (1..=12).contains(&month)
        && day >= 1
        && day <= days_in_month(year, month)
        && hour <= 23
        && minute <= 59
        && second <= 59
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected_valid: bool) {
        assert_eq!(is_utc_datetime(text), expected_valid, "{text}");
    }

    #[test]
    fn compares_as_instants() {
        use std::cmp::Ordering::*;
        let compare = compare_utc_datetimes;
        assert_eq!(
            compare("2026-11-22T10:00:00Z", "2026-11-22T10:00:00.000Z"),
            Some(Equal)
        );
        assert_eq!(
            compare("2026-11-22T10:00:00.5Z", "2026-11-22T10:00:00Z"),
            Some(Greater)
        );
        assert_eq!(
            compare("2026-11-22T10:00:00.05Z", "2026-11-22T10:00:00.5Z"),
            Some(Less)
        );
        assert_eq!(
            compare("2026-11-21T23:59:59.9Z", "2026-11-22T00:00:00Z"),
            Some(Less)
        );
        assert_eq!(compare("2026-11-22", "2026-11-22T00:00:00Z"), None);
    }

    #[test]
    fn accepts_and_refuses() {
        check("2026-11-22T10:00:00Z", true);
        check("2023-02-24T23:36:38Z", true);
        check("2026-11-22T10:00:00.5Z", true);
        check("2024-02-29T00:00:00Z", true);
        check("2000-02-29T23:59:59.000Z", true);
        check("2023-02-29T00:00:00Z", false);
        check("1900-02-29T00:00:00Z", false);
        check("2026-11-22T10:00:00", false);
        check("2026-11-22T10:00:00+00:00", false);
        check("2026-11-22T10:00:00.Z", false);
        check("2026-11-22 10:00:00Z", false);
        check("2026-13-01T00:00:00Z", false);
        check("2026-04-31T00:00:00Z", false);
        check("2026-11-22T24:00:00Z", false);
        check("2026-11-22T23:60:00Z", false);
        check("2026-11-22T23:59:60Z", false);
        check("0000-01-01T00:00:00Z", false);
        check("26-11-22T10:00:00Z", false);
        check("2026-11-22t10:00:00z", false);
        check("", false);
        check("２０２６-11-22T10:00:00Z", false);
    }
}
