//! [`Goal`]: something the person wants to reach, in their own words, under a life area.

use serde::{Deserialize, Serialize};

use super::{Date, Identified, ItemId, LifeArea, Text, is_default};

/// A goal (item 1 of the regulation: goals, resources and needs).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Goal {
    /// Stable id.
    pub id: ItemId,
    /// The life area it belongs to.
    #[serde(default, skip_serializing_if = "is_default")]
    pub life_area: Option<LifeArea>,
    /// The goal in the person's words.
    #[serde(default, skip_serializing_if = "is_default")]
    pub text: Text,
    /// Why it matters to them.
    #[serde(default, skip_serializing_if = "is_default")]
    pub why: Text,
    /// Steps on the way.
    #[serde(default, skip_serializing_if = "is_default")]
    pub steps: Text,
    /// When they hope to reach it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub target_date: Option<Date>,
    /// How it is going.
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: Option<GoalStatus>,
}

/// How a goal is going.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum GoalStatus {
    /// Not started yet.
    NotStarted,
    /// On the way.
    Underway,
    /// Reached.
    Reached,
    /// Resting for now.
    Paused,
    /// No longer a goal.
    LetGo,
}

impl Identified for Goal {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
