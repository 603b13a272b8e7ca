//! [`Measure`]: a service or action (*tiltak*) — what, how much, who is responsible, how it is
//! carried out, from when to when, and where it stands (items 5 and 6 of the regulation).

use serde::{Deserialize, Serialize};

use super::{Date, Identified, ItemId, LifeArea, PersonRef, Text, is_default};

/// A measure or service.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Measure {
    /// Stable id.
    pub id: ItemId,
    /// What the measure is.
    #[serde(default, skip_serializing_if = "is_default")]
    pub what: Text,
    /// The life area it serves.
    #[serde(default, skip_serializing_if = "is_default")]
    pub life_area: Option<LifeArea>,
    /// How much or how often ("2 timer i uka").
    #[serde(default, skip_serializing_if = "is_default")]
    pub extent: Text,
    /// The service or agency that provides it ("NAV Grünerløkka").
    #[serde(default, skip_serializing_if = "is_default")]
    pub provider: Text,
    /// Who is responsible: a network member or a typed name.
    #[serde(default, skip_serializing_if = "is_default")]
    pub responsible: Option<PersonRef>,
    /// How it is carried out.
    #[serde(default, skip_serializing_if = "is_default")]
    pub how_carried_out: Text,
    /// First day.
    #[serde(default, skip_serializing_if = "is_default")]
    pub from: Option<Date>,
    /// Last day; not before `from`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub to: Option<Date>,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: Option<MeasureStatus>,
    /// Anything else.
    #[serde(default, skip_serializing_if = "is_default")]
    pub notes: Text,
}

/// Where a measure stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum MeasureStatus {
    /// The person wants it.
    Wanted,
    /// Applied for.
    AppliedFor,
    /// Granted (*innvilget*), not started yet.
    Granted,
    /// Going on.
    Ongoing,
    /// Finished.
    Ended,
    /// Refused (*avslått*).
    Refused,
}

impl MeasureStatus {
    /// Every variant, in the order the widget offers them.
    pub const ALL: [MeasureStatus; 6] = [
        MeasureStatus::Wanted,
        MeasureStatus::AppliedFor,
        MeasureStatus::Granted,
        MeasureStatus::Ongoing,
        MeasureStatus::Ended,
        MeasureStatus::Refused,
    ];

    /// Its name in JSON: the same string serde reads and writes.
    pub const fn as_str(self) -> &'static str {
        match self {
            MeasureStatus::Wanted => "wanted",
            MeasureStatus::AppliedFor => "appliedFor",
            MeasureStatus::Granted => "granted",
            MeasureStatus::Ongoing => "ongoing",
            MeasureStatus::Ended => "ended",
            MeasureStatus::Refused => "refused",
        }
    }

    /// The message id of its name in the widget's locales (`choice-measure-…`). Exhaustive, so a new
    /// variant does not compile without its label.
    pub const fn label_id(self) -> &'static str {
        match self {
            MeasureStatus::Wanted => "choice-measure-wanted",
            MeasureStatus::AppliedFor => "choice-measure-applied-for",
            MeasureStatus::Granted => "choice-measure-granted",
            MeasureStatus::Ongoing => "choice-measure-ongoing",
            MeasureStatus::Ended => "choice-measure-ended",
            MeasureStatus::Refused => "choice-measure-refused",
        }
    }
}

impl Identified for Measure {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
