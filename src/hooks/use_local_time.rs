//! The person's own time of day for moments the plan records in UTC (when a key was made, a
//! file signed, a backup taken): the device's offset is read after the first render, so
//! rendering itself never touches the browser (native render tests show UTC, without saying
//! so, which is what a device set to UTC would show too).

use yew::prelude::*;

use crate::i18n::Language;
use crate::services;
use crate::state::dates;

/// Shows recorded moments in the person's local time, in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    /// Whether the device's clock may be asked (after the first render, in a browser).
    ready: bool,
}

impl LocalTime {
    /// A clock that is never asked: moments are shown as at UTC (for native rendering).
    pub const UTC: LocalTime = LocalTime { ready: false };

    fn offset_at(self, at: &str) -> i32 {
        if self.ready {
            services::clock::local_offset_minutes_at(at).unwrap_or(0)
        } else {
            0
        }
    }

    /// The local date of the UTC moment `at`, in words ("15. desember 2026").
    pub fn date(self, language: Language, at: &str) -> String {
        dates::long_local_date(language, at, self.offset_at(at))
    }

    /// The local date and time of the UTC moment `at`, in words ("15. desember 2026 kl. 14:05").
    pub fn date_time(self, language: Language, at: &str) -> String {
        dates::long_local_date_time(language, at, self.offset_at(at))
    }
}

/// The person's local time, ready once the view has rendered once.
#[hook]
pub fn use_local_time() -> LocalTime {
    let ready = use_state_eq(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |()| ready.set(true));
    }
    LocalTime { ready: *ready }
}
