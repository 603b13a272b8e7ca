//! [`Owner`]: the person the plan belongs to — how they are named and reached. Kept small on
//! purpose: no national identity number or birth date, which a plan that travels does not need.

use serde::{Deserialize, Serialize};

use super::{Text, is_default};

/// The plan's owner.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Owner {
    /// Name, as the person wants it written.
    #[serde(default, skip_serializing_if = "is_default")]
    pub name: Text,
    /// Phone number, free text.
    #[serde(default, skip_serializing_if = "is_default")]
    pub phone: Text,
    /// E-mail address, free text.
    #[serde(default, skip_serializing_if = "is_default")]
    pub email: Text,
}
