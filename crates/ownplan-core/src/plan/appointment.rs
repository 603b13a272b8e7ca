//! [`Appointment`]: an upcoming appointment or meeting — when, with whom, where, and what the
//! person wants to raise.

use serde::{Deserialize, Serialize};

use super::{Date, Identified, ItemId, PersonRef, Text, TimeOfDay, is_default};

/// An appointment or meeting. Date and time are local wall-clock values (see
/// [`TimeOfDay`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Appointment {
    /// Stable id.
    pub id: ItemId,
    /// What it is ("Ansvarsgruppemøte").
    #[serde(default, skip_serializing_if = "is_default")]
    pub what: Text,
    /// The day.
    #[serde(default, skip_serializing_if = "is_default")]
    pub date: Option<Date>,
    /// The time of day.
    #[serde(default, skip_serializing_if = "is_default")]
    pub time: Option<TimeOfDay>,
    /// With whom.
    #[serde(default, skip_serializing_if = "is_default")]
    pub with_whom: Option<PersonRef>,
    /// Where.
    #[serde(default, skip_serializing_if = "is_default")]
    pub place: Text,
    /// What the person wants to raise.
    #[serde(default, skip_serializing_if = "is_default")]
    pub to_raise: Text,
}

impl Identified for Appointment {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
