//! [`NetworkMember`]: a person in the plan owner's network or responsibility group
//! (*ansvarsgruppe*). Other parts of the plan point at members by id.

use serde::{Deserialize, Serialize};

use super::{Identified, ItemId, Role, Text, is_default};

/// A person in the network.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NetworkMember {
    /// Stable id; measures, contacts and consents point here.
    pub id: ItemId,
    /// Name.
    #[serde(default, skip_serializing_if = "is_default")]
    pub name: Text,
    /// Role, picked or typed.
    #[serde(default, skip_serializing_if = "is_default")]
    pub role: Option<Role>,
    /// Organisation or workplace.
    #[serde(default, skip_serializing_if = "is_default")]
    pub organisation: Text,
    /// Phone number, free text ("ring etter kl 10" is allowed; validation only warns).
    #[serde(default, skip_serializing_if = "is_default")]
    pub phone: Text,
    /// E-mail address, free text (validation only warns).
    #[serde(default, skip_serializing_if = "is_default")]
    pub email: Text,
    /// When they can be reached.
    #[serde(default, skip_serializing_if = "is_default")]
    pub reachable: Text,
    /// What they are to me ("søster", "nabo").
    #[serde(default, skip_serializing_if = "is_default")]
    pub relation: Text,
    /// Whether they are my next of kin (*pårørende*).
    #[serde(default, skip_serializing_if = "is_default")]
    pub next_of_kin: bool,
    /// Whether they are the plan's coordinator. Validation warns when more than one is.
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_coordinator: bool,
    /// Whether they take part in the planning (the responsibility group).
    #[serde(default, skip_serializing_if = "is_default")]
    pub in_responsibility_group: bool,
    /// Notes.
    #[serde(default, skip_serializing_if = "is_default")]
    pub notes: Text,
}

impl Identified for NetworkMember {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
