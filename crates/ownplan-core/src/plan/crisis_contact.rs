//! The people and services of the crisis plan: [`CrisisContact`] (who to call, in priority order),
//! [`DoNotContact`] (who must not be contacted or informed) and [`CrisisService`] (services and
//! crisis lines with their opening hours).

use serde::{Deserialize, Serialize};

use super::{Identified, ItemId, PersonRef, Text, is_default};

/// Someone to call in a crisis. The list order is the priority: first is called first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CrisisContact {
    /// Stable id.
    pub id: ItemId,
    /// Who: a network member (whose phone is used unless `phone` is set) or a typed name.
    #[serde(default, skip_serializing_if = "is_default")]
    pub who: Option<PersonRef>,
    /// Phone number, free text; overrides the network member's.
    #[serde(default, skip_serializing_if = "is_default")]
    pub phone: Text,
    /// When to call them.
    #[serde(default, skip_serializing_if = "is_default")]
    pub when_to_call: Text,
    /// What for.
    #[serde(default, skip_serializing_if = "is_default")]
    pub what_for: Text,
}

/// Someone who must **not** be contacted or informed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DoNotContact {
    /// Stable id.
    pub id: ItemId,
    /// Their name.
    #[serde(default, skip_serializing_if = "is_default")]
    pub name: Text,
    /// Who they are to me.
    #[serde(default, skip_serializing_if = "is_default")]
    pub relation: Text,
    /// Why, if I want to say.
    #[serde(default, skip_serializing_if = "is_default")]
    pub reason: Text,
}

/// A service or crisis line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CrisisService {
    /// Stable id.
    pub id: ItemId,
    /// The service ("Legevakt").
    #[serde(default, skip_serializing_if = "is_default")]
    pub name: Text,
    /// Phone number, free text.
    #[serde(default, skip_serializing_if = "is_default")]
    pub phone: Text,
    /// Opening hours, free text ("Døgnåpent").
    #[serde(default, skip_serializing_if = "is_default")]
    pub opening_hours: Text,
    /// Anything else.
    #[serde(default, skip_serializing_if = "is_default")]
    pub note: Text,
}

impl Identified for CrisisContact {
    fn id(&self) -> &ItemId {
        &self.id
    }
}

impl Identified for DoNotContact {
    fn id(&self) -> &ItemId {
        &self.id
    }
}

impl Identified for CrisisService {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
