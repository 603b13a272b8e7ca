//! The device's clock: today's date and the current time, for the parts of the plan that
//! depend on them (overdue agreements, the next appointment, file names), and the device's
//! offset from UTC, so recorded moments are shown in the person's own time.

use ownplan_core::plan::{Date, DateTime};

/// Today's date where the person is (local time of the device); `None` only if the device's
/// clock gives something that is not a date.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::from_ymd(year, month, day).ok()
}

/// The current moment in UTC, as the plan records times (`2026-11-22T10:00:00Z`).
pub fn now_utc() -> Option<DateTime> {
    let iso = js_sys::Date::new_0().to_iso_string().as_string()?;
    // `toISOString` gives milliseconds ("…:00.000Z"); the plan keeps whole seconds.
    let whole_seconds = format!("{}Z", iso.get(..19)?);
    DateTime::parse(&whole_seconds).ok()
}

/// How many minutes the device's local time is ahead of UTC at the moment `at` (Norway: 60 in
/// winter, 120 in summer), so a time is shown as the person's clock showed it then, summer time
/// included. `None` when `at` is not a moment the browser can read.
pub fn local_offset_minutes_at(at: &str) -> Option<i32> {
    let moment = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(at));
    let behind = moment.get_timezone_offset();
    // `getTimezoneOffset` is UTC minus local time, in minutes, and NaN for an invalid date.
    if behind.is_nan() {
        return None;
    }
    // Offsets are whole minutes within a day, so the conversion is exact.
    Some(-(behind.round() as i32))
}
