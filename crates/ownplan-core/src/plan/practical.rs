//! [`PracticalMatters`]: the practical things that must be taken care of in a crisis — children,
//! pets, home and keys, bills, work or school — and who takes care of each.

use serde::{Deserialize, Serialize};

use super::{PersonRef, Text, is_default};

/// Practical matters, one per kind.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PracticalMatters {
    /// Children.
    #[serde(default, skip_serializing_if = "is_default")]
    pub children: PracticalMatter,
    /// Pets.
    #[serde(default, skip_serializing_if = "is_default")]
    pub pets: PracticalMatter,
    /// Home and keys.
    #[serde(default, skip_serializing_if = "is_default")]
    pub home_and_keys: PracticalMatter,
    /// Bills.
    #[serde(default, skip_serializing_if = "is_default")]
    pub bills: PracticalMatter,
    /// Work or school.
    #[serde(default, skip_serializing_if = "is_default")]
    pub work_or_school: PracticalMatter,
    /// Anything else.
    #[serde(default, skip_serializing_if = "is_default")]
    pub other: PracticalMatter,
}

/// One practical matter: what must be done, and who does it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PracticalMatter {
    /// What must be done.
    #[serde(default, skip_serializing_if = "is_default")]
    pub what: Text,
    /// Who takes care of it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub who: Option<PersonRef>,
}
