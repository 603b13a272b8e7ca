//! [`AreaNote`]: a resource (a strength, something that already works) or a need, noted under a
//! life area. The individual plan keeps one list of each.

use serde::{Deserialize, Serialize};

use super::{Identified, ItemId, LifeArea, Text, is_default};

/// One resource or one need, in the person's words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AreaNote {
    /// Stable id.
    pub id: ItemId,
    /// The life area it belongs to.
    #[serde(default, skip_serializing_if = "is_default")]
    pub life_area: Option<LifeArea>,
    /// The resource or need.
    #[serde(default, skip_serializing_if = "is_default")]
    pub text: Text,
}

impl Identified for AreaNote {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
