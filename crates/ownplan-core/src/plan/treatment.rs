//! [`TreatmentWishes`]: the person's treatment wishes and refusals. In Norway a crisis plan is
//! advisory, so these are wishes, shown as such.

use serde::{Deserialize, Serialize};

use super::{Identified, ItemId, List, Text, is_default};

/// Treatment wishes and refusals.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TreatmentWishes {
    /// Medicines that help me.
    #[serde(default, skip_serializing_if = "is_default")]
    pub medicines_that_help: List<Medicine>,
    /// Medicines to avoid.
    #[serde(default, skip_serializing_if = "is_default")]
    pub medicines_to_avoid: List<Medicine>,
    /// Where I would prefer to be treated.
    #[serde(default, skip_serializing_if = "is_default")]
    pub preferred_place: Text,
    /// Alternatives to admission that I would like tried first.
    #[serde(default, skip_serializing_if = "is_default")]
    pub alternatives_to_admission: Text,
    /// How I want to be transported.
    #[serde(default, skip_serializing_if = "is_default")]
    pub transport: Text,
    /// Other wishes.
    #[serde(default, skip_serializing_if = "is_default")]
    pub other_wishes: Text,
}

/// A medicine, and why it helps or must be avoided.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Medicine {
    /// Stable id.
    pub id: ItemId,
    /// The medicine's name.
    #[serde(default, skip_serializing_if = "is_default")]
    pub name: Text,
    /// Why.
    #[serde(default, skip_serializing_if = "is_default")]
    pub why: Text,
}

impl Identified for Medicine {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
