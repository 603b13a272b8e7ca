//! Peer-worker mode as pure decisions: how long the tab may stay unused before the warning and
//! the wipe (with the centre's own times from the address), where the inactivity countdown
//! stands, whether a tab brought back after a long pause must be wiped at start, and the helper
//! the person agreed to record in the plan.

use ownplan_core::plan::{Helper, ItemId, Role, Text};

/// Unused this long (seconds), the tab warns that it will be cleared.
pub const DEFAULT_WARN_SECONDS: u32 = 10 * 60;
/// After the warning, this long (seconds) without "I'm still here" and the tab is cleared.
pub const DEFAULT_WIPE_SECONDS: u32 = 2 * 60;
/// The shortest time the address may set, for either wait (tests use it).
pub const MIN_SECONDS: u32 = 5;
/// The longest time before the warning the address may set: an hour.
pub const MAX_WARN_SECONDS: u32 = 60 * 60;
/// The longest countdown the address may set: half an hour.
pub const MAX_WIPE_SECONDS: u32 = 30 * 60;

/// The address's query names for the two times, in seconds: `?idle-warn=300&idle-wipe=60`.
pub const WARN_PARAMETER: &str = "idle-warn";
/// See [`WARN_PARAMETER`].
pub const WIPE_PARAMETER: &str = "idle-wipe";

/// How long the tab may stay unused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdleTimes {
    /// Seconds without any use before the warning.
    pub warn_after: u32,
    /// Seconds of warning before everything is cleared.
    pub wipe_after: u32,
}

impl Default for IdleTimes {
    fn default() -> Self {
        IdleTimes {
            warn_after: DEFAULT_WARN_SECONDS,
            wipe_after: DEFAULT_WIPE_SECONDS,
        }
    }
}

impl IdleTimes {
    /// The times from the address's query (`?idle-warn=300&idle-wipe=60`, with or without the
    /// leading `?`), each clamped to sane bounds; a missing or unreadable value keeps its
    /// default.
    pub fn from_query(query: &str) -> IdleTimes {
        let mut times = IdleTimes::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let Ok(seconds) = value.trim().parse::<u64>() else {
                continue;
            };
            let clamp = |max: u32| {
                u32::try_from(seconds)
                    .unwrap_or(max)
                    .clamp(MIN_SECONDS, max)
            };
            match name {
                WARN_PARAMETER => times.warn_after = clamp(MAX_WARN_SECONDS),
                WIPE_PARAMETER => times.wipe_after = clamp(MAX_WIPE_SECONDS),
                _ => {}
            }
        }
        times
    }

    /// Where the countdown stands after `idle_ms` milliseconds without use.
    pub fn phase(self, idle_ms: u64) -> IdlePhase {
        let warn_ms = u64::from(self.warn_after) * 1000;
        let wipe_ms = warn_ms + u64::from(self.wipe_after) * 1000;
        if idle_ms < warn_ms {
            IdlePhase::Active
        } else if idle_ms < wipe_ms {
            // Rounded up: "1 second left" until the very end, never "0".
            let seconds_left = (wipe_ms - idle_ms).div_ceil(1000);
            IdlePhase::Warning {
                seconds_left: u32::try_from(seconds_left).unwrap_or(u32::MAX),
            }
        } else {
            IdlePhase::Wipe
        }
    }

    /// Whether a tab last used at `last_used_ms` (`None`: not known), started again at
    /// `now_ms` (both milliseconds since 1970), was left unused longer than the warning and the
    /// countdown together: a closed tab the browser brought back, or a computer that slept. Then
    /// it is cleared at start. A time in the future (a clock set back) counts as now; an unknown
    /// time does not wipe (the countdown starts from now instead).
    pub fn left_too_long(self, last_used_ms: Option<u64>, now_ms: u64) -> bool {
        last_used_ms.is_some_and(|last| self.phase(now_ms.saturating_sub(last)) == IdlePhase::Wipe)
    }
}

/// Where the inactivity countdown stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdlePhase {
    /// In use: nothing shown.
    Active,
    /// The warning is shown; everything is cleared in this many seconds.
    Warning {
        /// Seconds until the wipe.
        seconds_left: u32,
    },
    /// Time is up: clear everything now.
    Wipe,
}

impl IdlePhase {
    /// Whether ordinary use (a key, the pointer, scrolling) starts the wait again. While the
    /// warning is shown only "I'm still here" does: someone passing by who moves the mouse
    /// should not keep another person's plan on the screen.
    pub fn use_resets(self) -> bool {
        self == IdlePhase::Active
    }
}

/// `seconds` as `m:ss` for the countdown.
pub fn minutes_and_seconds(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// How often (milliseconds) the moment of last use is written to session storage while the
/// tab is used: often enough for the start check, rarely enough to cost nothing.
pub const ACTIVITY_WRITE_INTERVAL_MS: u64 = 15_000;

/// What the person filled in about who helped them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelperDraft {
    /// The person ticked "yes, record who helped me" themselves.
    pub consent: bool,
    /// The helper's name.
    pub name: String,
    /// The role's JSON value (`"peerWorker"`), or `""` for none.
    pub role: String,
    /// The organisation (the drop-in centre).
    pub organisation: String,
}

/// Why a helper cannot be recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelperProblem {
    /// The person has not agreed.
    NoConsent,
    /// No name was written.
    NoName,
    /// The role is not one of the choices.
    UnknownRole,
}

impl HelperProblem {
    /// One value of every kind.
    pub const ALL: [HelperProblem; 3] = [
        HelperProblem::NoConsent,
        HelperProblem::NoName,
        HelperProblem::UnknownRole,
    ];

    /// The translated message.
    pub fn message_id(self) -> &'static str {
        match self {
            HelperProblem::NoConsent => "finish-helper-error-consent",
            HelperProblem::NoName => "finish-helper-error-name",
            HelperProblem::UnknownRole => "finish-helper-error-role",
        }
    }
}

impl HelperDraft {
    /// A draft with the role a peer worker usually has.
    pub fn peer_worker() -> HelperDraft {
        HelperDraft {
            role: "peerWorker".to_owned(),
            ..HelperDraft::default()
        }
    }

    /// The helper to record under `id`, only with the person's consent and a name. The text is
    /// kept as written (the plan store normalizes it on the way in).
    pub fn to_helper(&self, id: ItemId) -> Result<Helper, HelperProblem> {
        if !self.consent {
            return Err(HelperProblem::NoConsent);
        }
        if self.name.trim().is_empty() {
            return Err(HelperProblem::NoName);
        }
        let role = match self.role.as_str() {
            "" => None,
            value => Some(
                serde_json::from_value::<Role>(serde_json::Value::String(value.to_owned()))
                    .map_err(|_| HelperProblem::UnknownRole)?,
            ),
        };
        Ok(Helper {
            id,
            name: Text::from_nfc(self.name.clone()),
            role,
            organisation: Text::from_nfc(self.organisation.clone()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_ten_minutes_then_two() {
        assert_eq!(
            IdleTimes::from_query(""),
            IdleTimes {
                warn_after: 600,
                wipe_after: 120
            }
        );
    }

    #[test]
    fn the_address_sets_the_times_in_seconds_within_bounds() {
        assert_eq!(
            IdleTimes::from_query("?idle-warn=5&idle-wipe=5"),
            IdleTimes {
                warn_after: 5,
                wipe_after: 5
            }
        );
        assert_eq!(
            IdleTimes::from_query("lang=nb&idle-wipe=90"),
            IdleTimes {
                warn_after: 600,
                wipe_after: 90
            }
        );
        // Too short, too long, far too long, unreadable, negative, empty.
        assert_eq!(
            IdleTimes::from_query("idle-warn=1&idle-wipe=100000"),
            IdleTimes {
                warn_after: MIN_SECONDS,
                wipe_after: MAX_WIPE_SECONDS
            }
        );
        assert_eq!(
            IdleTimes::from_query("idle-warn=99999999999999"),
            IdleTimes {
                warn_after: MAX_WARN_SECONDS,
                wipe_after: 120
            }
        );
        for odd in ["idle-warn=ten", "idle-warn=-5", "idle-warn=", "idle-warn"] {
            assert_eq!(IdleTimes::from_query(odd), IdleTimes::default(), "{odd}");
        }
    }

    #[test]
    fn the_countdown_warns_then_wipes() {
        let times = IdleTimes {
            warn_after: 600,
            wipe_after: 120,
        };
        assert_eq!(times.phase(0), IdlePhase::Active);
        assert_eq!(times.phase(599_999), IdlePhase::Active);
        assert_eq!(
            times.phase(600_000),
            IdlePhase::Warning { seconds_left: 120 }
        );
        assert_eq!(
            times.phase(600_001),
            IdlePhase::Warning { seconds_left: 120 }
        );
        assert_eq!(times.phase(719_999), IdlePhase::Warning { seconds_left: 1 });
        assert_eq!(times.phase(720_000), IdlePhase::Wipe);
        assert_eq!(times.phase(u64::MAX), IdlePhase::Wipe);
    }

    #[test]
    fn only_still_here_counts_once_the_warning_shows() {
        assert!(IdlePhase::Active.use_resets());
        assert!(!IdlePhase::Warning { seconds_left: 3 }.use_resets());
        assert!(!IdlePhase::Wipe.use_resets());
        assert_eq!(minutes_and_seconds(120), "2:00");
        assert_eq!(minutes_and_seconds(65), "1:05");
        assert_eq!(minutes_and_seconds(9), "0:09");
    }

    #[test]
    fn a_tab_brought_back_after_the_wipe_time_is_cleared_at_start() {
        let times = IdleTimes {
            warn_after: 600,
            wipe_after: 120,
        };
        let now = 1_800_000_000_000;
        assert!(times.left_too_long(Some(now - 720_000), now));
        assert!(!times.left_too_long(Some(now - 719_000), now));
        // A clock set back: the last use seems to be in the future, which counts as now.
        assert!(!times.left_too_long(Some(now + 60_000), now));
        assert!(!times.left_too_long(None, now));
    }

    fn id() -> ItemId {
        ItemId::from_random_bytes([7; 16])
    }

    #[test]
    fn a_helper_is_recorded_only_with_consent_and_a_name() {
        let mut draft = HelperDraft::peer_worker();
        draft.name = "Ola Hansen".into();
        draft.organisation = "Likepersonssenteret".into();
        assert_eq!(draft.to_helper(id()), Err(HelperProblem::NoConsent));
        draft.consent = true;
        let helper = draft.to_helper(id()).unwrap();
        assert_eq!(helper.name.as_str(), "Ola Hansen");
        assert_eq!(helper.role, Some(Role::PeerWorker));
        assert_eq!(helper.organisation.as_str(), "Likepersonssenteret");
        assert_eq!(helper.id, id());

        draft.name = "  ".into();
        assert_eq!(draft.to_helper(id()), Err(HelperProblem::NoName));
        draft.name = "Ola".into();
        draft.role = String::new();
        assert_eq!(draft.to_helper(id()).unwrap().role, None);
        draft.role = "wizard".into();
        assert_eq!(draft.to_helper(id()), Err(HelperProblem::UnknownRole));
        for problem in [
            HelperProblem::NoConsent,
            HelperProblem::NoName,
            HelperProblem::UnknownRole,
        ] {
            assert!(problem.message_id().starts_with("finish-helper-error-"));
        }
    }
}
