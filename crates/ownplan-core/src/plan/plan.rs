//! [`Plan`]: the whole document the person owns — identity, versions, metadata, the individual
//! plan, the crisis plan, the network and consent.

use serde::{Deserialize, Serialize};

use super::{
    Consent, CrisisPlan, DateTime, FORMAT_VERSION, Identified, IndividualPlan, ItemId, List,
    NetworkMember, Owner, PersonRef, PlanId, Role, Text, is_default,
};

/// The language a new plan gets when the caller names none: Norwegian Bokmål.
pub const DEFAULT_LANGUAGE: &str = "nb";

/// A person's plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Plan {
    /// The format version of this document (see [`FORMAT_VERSION`]). Always written first.
    pub format_version: u32,
    /// The plan's stable id, the same in every version and export.
    pub plan_id: PlanId,
    /// A number that rises by at least one each time a changed plan is shared, so a recipient can
    /// tell an older copy from a newer one. Starts at 1.
    pub plan_version: u32,
    /// About the document itself.
    #[serde(default, skip_serializing_if = "is_default")]
    pub meta: PlanMeta,
    /// Whose plan it is.
    #[serde(default, skip_serializing_if = "is_default")]
    pub owner: Owner,
    /// The individual plan.
    #[serde(default, skip_serializing_if = "is_default")]
    pub individual_plan: IndividualPlan,
    /// The crisis plan.
    #[serde(default, skip_serializing_if = "is_default")]
    pub crisis_plan: CrisisPlan,
    /// The people in the network.
    #[serde(default, skip_serializing_if = "is_default")]
    pub network: List<NetworkMember>,
    /// Consent to the plan and to sharing.
    #[serde(default, skip_serializing_if = "is_default")]
    pub consent: Consent,
}

/// About the document: language, when it was made and changed, who helped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanMeta {
    /// The language the plan is written in, a BCP 47 tag such as `nb`, `nn` or `en`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub language: String,
    /// When the plan was first made.
    #[serde(default, skip_serializing_if = "is_default")]
    pub created: Option<DateTime>,
    /// When the plan was last changed.
    #[serde(default, skip_serializing_if = "is_default")]
    pub updated: Option<DateTime>,
    /// Who helped make it (for example a peer worker).
    #[serde(default, skip_serializing_if = "is_default")]
    pub helpers: List<Helper>,
}

/// Someone who helped make the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Helper {
    /// Stable id.
    pub id: ItemId,
    /// Name.
    #[serde(default, skip_serializing_if = "is_default")]
    pub name: Text,
    /// Role, for example [`Role::PeerWorker`].
    #[serde(default, skip_serializing_if = "is_default")]
    pub role: Option<Role>,
    /// Organisation ("Likepersonssenteret i Bergen").
    #[serde(default, skip_serializing_if = "is_default")]
    pub organisation: Text,
}

impl Identified for Helper {
    fn id(&self) -> &ItemId {
        &self.id
    }
}

impl Plan {
    /// A new, empty plan of the current format version, plan version 1.
    pub fn new(plan_id: PlanId, language: &str) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            plan_id,
            plan_version: 1,
            meta: PlanMeta {
                language: language.to_owned(),
                ..PlanMeta::default()
            },
            owner: Owner::default(),
            individual_plan: IndividualPlan::default(),
            crisis_plan: CrisisPlan::default(),
            network: List::new(),
            consent: Consent::default(),
        }
    }

    /// The network members marked as coordinator (normally exactly one).
    pub fn coordinators(&self) -> impl Iterator<Item = &NetworkMember> {
        self.network.iter().filter(|member| member.is_coordinator)
    }

    /// The network member with this id.
    pub fn member(&self, id: &ItemId) -> Option<&NetworkMember> {
        self.network.get(id)
    }

    /// The number to reach `who` on, by the format's rule for a crisis contact and a help-message
    /// recipient: the number written beside the reference (`own_number`) unless it is blank,
    /// else the network member's (blank when `who` is not a member, or has none).
    pub fn number_to_reach<'a>(&'a self, who: Option<&PersonRef>, own_number: &'a Text) -> &'a str {
        if !own_number.is_blank() {
            return own_number.as_str();
        }
        who.and_then(PersonRef::member_id)
            .and_then(|id| self.member(id))
            .map_or("", |member| member.phone.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(words: &str) -> Text {
        Text::from_nfc(words.to_owned())
    }

    #[test]
    fn the_number_beside_a_reference_comes_first_then_the_members() {
        let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "nb");
        let per = ItemId::from_random_bytes([2; 16]);
        plan.network.push(NetworkMember {
            id: per.clone(),
            phone: text("915 00 002"),
            ..NetworkMember::default()
        });
        let member = PersonRef::Member(per);
        let typed = PersonRef::Typed(text("Mamma"));
        assert_eq!(plan.number_to_reach(Some(&member), &text("")), "915 00 002");
        assert_eq!(
            plan.number_to_reach(Some(&member), &text("  ")),
            "915 00 002"
        );
        assert_eq!(plan.number_to_reach(Some(&member), &text("113")), "113");
        assert_eq!(plan.number_to_reach(Some(&typed), &text("")), "");
        assert_eq!(plan.number_to_reach(Some(&typed), &text("918")), "918");
        let gone = PersonRef::Member(ItemId::from_random_bytes([3; 16]));
        assert_eq!(plan.number_to_reach(Some(&gone), &text("")), "");
        assert_eq!(plan.number_to_reach(None, &text("")), "");
    }
}
