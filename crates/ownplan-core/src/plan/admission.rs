//! [`AdmissionAgreement`]: the user-controlled admission agreement (*brukerstyrt plass*) that lets
//! the person admit themselves for a few nights without a referral.

use serde::{Deserialize, Serialize};

use super::{Date, Text, is_default};

/// The fewest nights an agreement can allow.
pub const MIN_ADMISSION_NIGHTS: u32 = 1;
/// The most nights validation accepts. Agreements usually allow 3–5 nights; anything past a
/// month is almost certainly a typo, not a *brukerstyrt plass*.
pub const MAX_ADMISSION_NIGHTS: u32 = 31;

/// A user-controlled admission agreement. All empty means "no agreement".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AdmissionAgreement {
    /// The unit ("DPS Nordre Aasen, døgnavdeling").
    #[serde(default, skip_serializing_if = "is_default")]
    pub unit: Text,
    /// Phone number, free text.
    #[serde(default, skip_serializing_if = "is_default")]
    pub phone: Text,
    /// How to ask for a place.
    #[serde(default, skip_serializing_if = "is_default")]
    pub how_to_ask: Text,
    /// The most nights per stay, a whole number from 1 to [`MAX_ADMISSION_NIGHTS`].
    #[serde(default, skip_serializing_if = "is_default")]
    pub max_nights: Option<u32>,
    /// Conditions of the agreement.
    #[serde(default, skip_serializing_if = "is_default")]
    pub conditions: Text,
    /// The last day the agreement holds. Validation warns once it has passed.
    #[serde(default, skip_serializing_if = "is_default")]
    pub valid_until: Option<Date>,
}
