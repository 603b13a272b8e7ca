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

impl GoalStatus {
    /// Every variant, in the order the widget offers them.
    pub const ALL: [GoalStatus; 5] = [
        GoalStatus::NotStarted,
        GoalStatus::Underway,
        GoalStatus::Reached,
        GoalStatus::Paused,
        GoalStatus::LetGo,
    ];

    /// Its name in JSON: the same string serde reads and writes.
    pub const fn as_str(self) -> &'static str {
        match self {
            GoalStatus::NotStarted => "notStarted",
            GoalStatus::Underway => "underway",
            GoalStatus::Reached => "reached",
            GoalStatus::Paused => "paused",
            GoalStatus::LetGo => "letGo",
        }
    }

    /// The message id of its name in the widget's locales (`choice-goal-…`). Exhaustive, so a new
    /// variant does not compile without its label.
    pub const fn label_id(self) -> &'static str {
        match self {
            GoalStatus::NotStarted => "choice-goal-not-started",
            GoalStatus::Underway => "choice-goal-underway",
            GoalStatus::Reached => "choice-goal-reached",
            GoalStatus::Paused => "choice-goal-paused",
            GoalStatus::LetGo => "choice-goal-let-go",
        }
    }
}

impl Identified for Goal {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
