//! Dates and times as a person reads them: "15. desember 2026" in Bokmål and Nynorsk,
//! "15 December 2026" in English, never `2026-12-15`, and times in the person's own time of
//! day, never "UTC".
//!
//! The plan stores dates as `YYYY-MM-DD` and moments as UTC (`2026-12-15T13:05:00Z`); this
//! module only turns them into words. It is pure: the offset from UTC at a moment comes from the
//! browser through `services::clock` (via `hooks::LocalTime`), so the same functions are tested
//! here natively. The month names are a table per language rather than Fluent messages: a
//! date is one short phrase whose word order differs by language, the table is checked by the
//! compiler (a new [`Language`] must add its row) and Fluent's isolation marks would otherwise
//! land in the middle of a date.
//!
//! It also holds the calm check on plan dates ([`questionable_year`]): a year far ahead (3012
//! for 2012) or far back is questioned next to the field, never refused.

use ownplan_core::plan::{Date, DateTime};

use crate::i18n::Language;

/// How many years ahead a plan date may lie before the field asks whether the year is right.
pub const YEARS_AHEAD_BEFORE_ASKING: u16 = 5;

/// How many years back a plan date may lie before the field asks whether the year is right.
pub const YEARS_BACK_BEFORE_ASKING: u16 = 10;

const MONTHS_NORWEGIAN: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

const MONTHS_ENGLISH: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of month `month` (1–12) in `language`; `None` outside 1–12.
pub fn month_name(language: Language, month: u8) -> Option<&'static str> {
    let table = match language {
        // Bokmål and Nynorsk write the months alike.
        Language::NorwegianBokmal | Language::NorwegianNynorsk => &MONTHS_NORWEGIAN,
        Language::English => &MONTHS_ENGLISH,
    };
    table.get(usize::from(month).checked_sub(1)?).copied()
}

fn long_ymd(language: Language, year: u16, month: u8, day: u8) -> Option<String> {
    let month = month_name(language, month)?;
    Some(match language {
        Language::NorwegianBokmal | Language::NorwegianNynorsk => {
            format!("{day}. {month} {year}")
        }
        Language::English => format!("{day} {month} {year}"),
    })
}

/// A date in words: "15. desember 2026" (nb, nn), "15 December 2026" (en). A stored date that
/// is not a real date is shown as it was written, so the person still sees what is there.
pub fn long_date(language: Language, date: &Date) -> String {
    date.year_month_day()
        .and_then(|(year, month, day)| long_ymd(language, year, month, day))
        .unwrap_or_else(|| date.as_str().to_owned())
}

/// [`long_date`] for a date held as text (a plan item's JSON value or a stored `YYYY-MM-DD`):
/// the text itself when it is not a date.
pub fn long_date_text(language: Language, text: &str) -> String {
    match Date::parse(text) {
        Ok(date) => long_date(language, &date),
        Err(_) => text.to_owned(),
    }
}

/// A moment in the person's own time: the local calendar date and the time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalMoment {
    /// Year.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month.
    pub day: u8,
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
}

impl LocalMoment {
    /// The UTC moment `at` (`2026-12-15T13:05:00Z`, fractions allowed) moved by
    /// `offset_minutes` (east of UTC is positive: Norway is +60 in winter, +120 in summer).
    /// `None` when `at` is not a valid UTC date-time or the result leaves years 1–9999.
    pub fn from_utc(at: &str, offset_minutes: i32) -> Option<LocalMoment> {
        let at = DateTime::parse(at).ok()?;
        let date = at.date()?;
        let (year, month, day) = date.year_month_day()?;
        let text = at.as_str();
        let hour: i64 = text.get(11..13)?.parse().ok()?;
        let minute: i64 = text.get(14..16)?.parse().ok()?;
        let minutes = days_from_civil(i64::from(year), month, day) * 1440
            + hour * 60
            + minute
            + i64::from(offset_minutes);
        let days = minutes.div_euclid(1440);
        let in_day = minutes.rem_euclid(1440);
        let (year, month, day) = civil_from_days(days);
        Some(LocalMoment {
            year: u16::try_from(year)
                .ok()
                .filter(|y| (1..=9999).contains(y))?,
            month,
            day,
            hour: u8::try_from(in_day / 60).ok()?,
            minute: u8::try_from(in_day % 60).ok()?,
        })
    }

    /// The local calendar date.
    pub fn date(&self) -> Option<Date> {
        Date::from_ymd(self.year, self.month, self.day).ok()
    }
}

/// The date of a UTC moment where the person is, in words ("15. desember 2026"); the text
/// itself when it is not a UTC date-time.
pub fn long_local_date(language: Language, at: &str, offset_minutes: i32) -> String {
    LocalMoment::from_utc(at, offset_minutes)
        .and_then(|m| long_ymd(language, m.year, m.month, m.day))
        .unwrap_or_else(|| at.to_owned())
}

/// A UTC moment where the person is, in words with the time of day: "15. desember 2026 kl.
/// 14:05" (nb, nn), "15 December 2026 at 14:05" (en). Never says "UTC"; the text itself when
/// it is not a UTC date-time.
pub fn long_local_date_time(language: Language, at: &str, offset_minutes: i32) -> String {
    let Some(moment) = LocalMoment::from_utc(at, offset_minutes) else {
        return at.to_owned();
    };
    let Some(date) = long_ymd(language, moment.year, moment.month, moment.day) else {
        return at.to_owned();
    };
    let (hour, minute) = (moment.hour, moment.minute);
    match language {
        Language::NorwegianBokmal | Language::NorwegianNynorsk => {
            format!("{date} kl. {hour:02}:{minute:02}")
        }
        Language::English => format!("{date} at {hour:02}:{minute:02}"),
    }
}

/// Whether a plan date's year is worth a gentle question: more than
/// [`YEARS_AHEAD_BEFORE_ASKING`] years after `today` or more than [`YEARS_BACK_BEFORE_ASKING`]
/// years before it. Returns the year to show ("Is the year right? 3012"); `None` when the date
/// looks fine or is not a date (the field's own validation speaks of that).
pub fn questionable_year(date: &str, today: &Date) -> Option<u16> {
    let (year, month, day) = Date::parse(date).ok()?.year_month_day()?;
    let (this_year, this_month, this_day) = today.year_month_day()?;
    let latest = (
        this_year.saturating_add(YEARS_AHEAD_BEFORE_ASKING),
        this_month,
        this_day,
    );
    let earliest = (
        this_year.saturating_sub(YEARS_BACK_BEFORE_ASKING),
        this_month,
        this_day,
    );
    let date = (year, month, day);
    (date > latest || date < earliest).then_some(year)
}

// Days since 1970-01-01 for a proleptic Gregorian date, and back: the well-known "days from
// civil" arithmetic, with eras of 400 years so it is exact for every year the plan allows.
fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let month = i64::from(month);
    let day = i64::from(day);
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    // Month and day are within 1–12 and 1–31 by construction.
    (
        year,
        u8::try_from(month).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const NB: Language = Language::NorwegianBokmal;
    const NN: Language = Language::NorwegianNynorsk;
    const EN: Language = Language::English;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn check_date(language: Language, iso: &str, expected: &str) {
        assert_eq!(
            long_date(language, &date(iso)),
            expected,
            "{language:?} {iso}"
        );
        assert_eq!(
            long_date_text(language, iso),
            expected,
            "{language:?} {iso}"
        );
    }

    #[test]
    fn dates_read_as_words_in_each_language() {
        check_date(NB, "2026-12-15", "15. desember 2026");
        check_date(NN, "2026-12-15", "15. desember 2026");
        check_date(EN, "2026-12-15", "15 December 2026");
        check_date(NB, "2027-01-05", "5. januar 2027");
        check_date(NN, "2027-05-17", "17. mai 2027");
        check_date(EN, "2028-02-29", "29 February 2028");
        check_date(EN, "0999-03-01", "1 March 999");
    }

    #[test]
    fn every_month_has_a_name_in_every_language() {
        for language in Language::ALL {
            for month in 1..=12 {
                let name = month_name(language, month).unwrap();
                assert!(!name.is_empty());
            }
            assert_eq!(month_name(language, 0), None);
            assert_eq!(month_name(language, 13), None);
        }
    }

    #[test]
    fn text_that_is_not_a_date_is_shown_as_written() {
        assert_eq!(long_date_text(NB, "snart"), "snart");
        assert_eq!(long_date_text(EN, "2026-02-30"), "2026-02-30");
        assert_eq!(long_date_text(EN, ""), "");
    }

    fn check_moment(language: Language, at: &str, offset: i32, expected: &str) {
        let text = long_local_date_time(language, at, offset);
        assert_eq!(text, expected, "{language:?} {at} {offset}");
        assert!(!text.contains("UTC"), "{text}");
    }

    #[test]
    fn moments_read_in_local_time_without_utc() {
        // Oslo in winter is one hour east of UTC.
        check_moment(
            NB,
            "2026-12-15T13:05:00Z",
            60,
            "15. desember 2026 kl. 14:05",
        );
        check_moment(
            NN,
            "2026-12-15T13:05:00Z",
            60,
            "15. desember 2026 kl. 14:05",
        );
        check_moment(EN, "2026-12-15T13:05:00Z", 60, "15 December 2026 at 14:05");
        // Summer time, and fractions of a second.
        check_moment(
            NB,
            "2026-07-01T08:30:59.123Z",
            120,
            "1. juli 2026 kl. 10:30",
        );
        // Late in the evening in UTC is already the next day in Oslo, and the next year.
        check_moment(NB, "2026-12-31T23:30:00Z", 60, "1. januar 2027 kl. 00:30");
        // West of UTC the day can go back, across a leap day.
        check_moment(
            EN,
            "2028-03-01T02:00:00Z",
            -300,
            "29 February 2028 at 21:00",
        );
        check_moment(EN, "2026-12-15T13:05:00Z", 0, "15 December 2026 at 13:05");
        // Half-hour offsets.
        check_moment(EN, "2026-12-15T20:00:00Z", 330, "16 December 2026 at 01:30");
    }

    #[test]
    fn a_local_date_follows_the_local_day() {
        assert_eq!(
            long_local_date(NB, "2026-12-31T23:30:00Z", 60),
            "1. januar 2027"
        );
        assert_eq!(
            long_local_date(EN, "2026-12-31T23:30:00Z", 0),
            "31 December 2026"
        );
        let moment = LocalMoment::from_utc("2026-12-31T23:30:00Z", 60).unwrap();
        assert_eq!(moment.date(), Some(date("2027-01-01")));
    }

    #[test]
    fn text_that_is_not_a_moment_is_shown_as_written() {
        assert_eq!(long_local_date_time(NB, "i går", 60), "i går");
        assert_eq!(
            long_local_date_time(EN, "2026-12-15T13:05:00+01:00", 60),
            "2026-12-15T13:05:00+01:00"
        );
        assert_eq!(LocalMoment::from_utc("9999-12-31T23:30:00Z", 60), None);
    }

    #[test]
    fn civil_days_round_trip_over_four_centuries() {
        for days in (-800_000..800_000).step_by(97) {
            let (year, month, day) = civil_from_days(days);
            assert_eq!(days_from_civil(year, month, day), days);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(20_802), (2026, 12, 15));
    }

    fn check_year(value: &str, today: &str, expected: Option<u16>) {
        assert_eq!(
            questionable_year(value, &date(today)),
            expected,
            "{value} on {today}"
        );
    }

    #[test]
    fn a_year_far_ahead_or_far_back_is_questioned() {
        check_year("3012-12-15", "2026-12-01", Some(3012));
        check_year("2032-01-01", "2026-12-01", Some(2032));
        check_year("2031-12-01", "2026-12-01", None);
        check_year("2027-03-01", "2026-12-01", None);
        check_year("2016-12-01", "2026-12-01", None);
        check_year("2016-11-30", "2026-12-01", Some(2016));
        check_year("1026-12-15", "2026-12-01", Some(1026));
        // Not a date: the field's own check speaks of it.
        check_year("3012-02-30", "2026-12-01", None);
        check_year("", "2026-12-01", None);
    }
}
