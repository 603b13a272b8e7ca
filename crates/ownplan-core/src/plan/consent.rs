//! [`Consent`]: the person's consent to the plan, and per recipient which sections may be shared
//! and until when (item 8 of the regulation).

use serde::{Deserialize, Serialize};

use super::{Date, Identified, ItemId, List, PersonRef, Text, is_default};

/// Consent to the plan and to sharing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Consent {
    /// Consent to having an individual plan.
    #[serde(default, skip_serializing_if = "is_default")]
    pub to_plan: PlanConsent,
    /// What each recipient may see.
    #[serde(default, skip_serializing_if = "is_default")]
    pub sharing: List<SharingConsent>,
}

/// Consent to the plan itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanConsent {
    /// Whether consent is given.
    #[serde(default, skip_serializing_if = "is_default")]
    pub given: bool,
    /// The day it was given.
    #[serde(default, skip_serializing_if = "is_default")]
    pub given_on: Option<Date>,
    /// The last day it holds. Validation warns once it has passed.
    #[serde(default, skip_serializing_if = "is_default")]
    pub valid_until: Option<Date>,
    /// The consent statement, in words.
    #[serde(default, skip_serializing_if = "is_default")]
    pub statement: Text,
}

/// Consent to share some sections with one recipient.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SharingConsent {
    /// Stable id.
    pub id: ItemId,
    /// Who may see them: usually a network member, or a typed service ("Legevakten").
    #[serde(default, skip_serializing_if = "is_default")]
    pub recipient: Option<PersonRef>,
    /// Which sections.
    #[serde(default, skip_serializing_if = "is_default")]
    pub sections: Vec<Section>,
    /// The last day the consent holds. Validation warns once it has passed.
    #[serde(default, skip_serializing_if = "is_default")]
    pub until: Option<Date>,
    /// Anything else.
    #[serde(default, skip_serializing_if = "is_default")]
    pub note: Text,
}

/// A part of the plan that can be shared on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Section {
    /// My story and what matters to me.
    AboutMe,
    /// Goals.
    Goals,
    /// Resources and needs.
    ResourcesAndNeeds,
    /// Contributions.
    Contributions,
    /// Measures and services, and cooperation with other services.
    Measures,
    /// Agreements from meetings.
    Agreements,
    /// Appointments and meetings.
    Appointments,
    /// Plan period and review date.
    PlanPeriod,
    /// The revision log.
    RevisionLog,
    /// The network.
    Network,
    /// Warning signs, triggers, what I do, what helps and does not help.
    CrisisSigns,
    /// How to meet me.
    HowToMeetMe,
    /// Crisis contacts, people not to contact, services and crisis lines.
    CrisisContacts,
    /// The user-controlled admission agreement.
    Admission,
    /// Treatment wishes and refusals.
    TreatmentWishes,
    /// Practical matters.
    PracticalMatters,
    /// After the crisis.
    AfterCrisis,
}

impl Section {
    /// Every section, in the order the widget lists them.
    pub const ALL: [Section; 17] = [
        Section::AboutMe,
        Section::Goals,
        Section::ResourcesAndNeeds,
        Section::Contributions,
        Section::Measures,
        Section::Agreements,
        Section::Appointments,
        Section::PlanPeriod,
        Section::RevisionLog,
        Section::Network,
        Section::CrisisSigns,
        Section::HowToMeetMe,
        Section::CrisisContacts,
        Section::Admission,
        Section::TreatmentWishes,
        Section::PracticalMatters,
        Section::AfterCrisis,
    ];
}

impl Identified for SharingConsent {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
