//! [`WarningSign`]: a sign that things are getting worse, in the person's words, staged early /
//! getting worse / acute, each linked to what the person does, what others should do, and who.

use serde::{Deserialize, Serialize};

use super::{Identified, ItemId, PersonRef, Text, is_default};

/// A warning sign and the response to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WarningSign {
    /// Stable id.
    pub id: ItemId,
    /// How far things have gone. Always written out in JSON.
    pub stage: WarningStage,
    /// The sign, in the person's words.
    #[serde(default, skip_serializing_if = "is_default")]
    pub sign: Text,
    /// What I do then.
    #[serde(default, skip_serializing_if = "is_default")]
    pub what_i_do: Text,
    /// What others should do then.
    #[serde(default, skip_serializing_if = "is_default")]
    pub what_others_do: Text,
    /// Who should act.
    #[serde(default, skip_serializing_if = "is_default")]
    pub who: Option<PersonRef>,
}

/// The stage of a warning sign.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum WarningStage {
    /// Early signs.
    #[default]
    Early,
    /// Getting worse.
    GettingWorse,
    /// Acute.
    Acute,
}

impl WarningStage {
    /// The stages in order.
    pub const ALL: [WarningStage; 3] = [
        WarningStage::Early,
        WarningStage::GettingWorse,
        WarningStage::Acute,
    ];

    /// Its name in JSON: the same string serde reads and writes.
    pub const fn as_str(self) -> &'static str {
        match self {
            WarningStage::Early => "early",
            WarningStage::GettingWorse => "gettingWorse",
            WarningStage::Acute => "acute",
        }
    }

    /// The message id of its name in the widget's locales (`choice-stage-…`). Exhaustive, so a new
    /// variant does not compile without its label.
    pub const fn label_id(self) -> &'static str {
        match self {
            WarningStage::Early => "choice-stage-early",
            WarningStage::GettingWorse => "choice-stage-getting-worse",
            WarningStage::Acute => "choice-stage-acute",
        }
    }
}

impl Identified for WarningSign {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
