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
    /// What makes life worth living (format 4). No preset shares it: the person ticks it.
    ReasonsForLiving,
    /// Making my surroundings safer (format 4).
    SaferSurroundings,
    /// How to meet me.
    HowToMeetMe,
    /// Crisis contacts, people not to contact, services and crisis lines.
    CrisisContacts,
    /// The message that asks for help, and who gets it (format 4). No preset shares it.
    HelpMessage,
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
    pub const ALL: [Section; 20] = [
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
        Section::ReasonsForLiving,
        Section::SaferSurroundings,
        Section::HowToMeetMe,
        Section::CrisisContacts,
        Section::HelpMessage,
        Section::Admission,
        Section::TreatmentWishes,
        Section::PracticalMatters,
        Section::AfterCrisis,
    ];

    /// Whether the section is the person's own, shared only when they tick it for a recipient:
    /// no recipient preset starts with it (what makes life worth living, the help message).
    pub const fn is_personal(self) -> bool {
        matches!(self, Section::ReasonsForLiving | Section::HelpMessage)
    }

    /// Its name in JSON: the same string serde reads and writes.
    pub const fn as_str(self) -> &'static str {
        match self {
            Section::AboutMe => "aboutMe",
            Section::Goals => "goals",
            Section::ResourcesAndNeeds => "resourcesAndNeeds",
            Section::Contributions => "contributions",
            Section::Measures => "measures",
            Section::Agreements => "agreements",
            Section::Appointments => "appointments",
            Section::PlanPeriod => "planPeriod",
            Section::RevisionLog => "revisionLog",
            Section::Network => "network",
            Section::CrisisSigns => "crisisSigns",
            Section::ReasonsForLiving => "reasonsForLiving",
            Section::SaferSurroundings => "saferSurroundings",
            Section::HelpMessage => "helpMessage",
            Section::HowToMeetMe => "howToMeetMe",
            Section::CrisisContacts => "crisisContacts",
            Section::Admission => "admission",
            Section::TreatmentWishes => "treatmentWishes",
            Section::PracticalMatters => "practicalMatters",
            Section::AfterCrisis => "afterCrisis",
        }
    }

    /// The message id of its name in the widget's locales (`choice-section-…`). Exhaustive, so a new
    /// variant does not compile without its label.
    pub const fn label_id(self) -> &'static str {
        match self {
            Section::AboutMe => "choice-section-about-me",
            Section::Goals => "choice-section-goals",
            Section::ResourcesAndNeeds => "choice-section-resources-and-needs",
            Section::Contributions => "choice-section-contributions",
            Section::Measures => "choice-section-measures",
            Section::Agreements => "choice-section-agreements",
            Section::Appointments => "choice-section-appointments",
            Section::PlanPeriod => "choice-section-plan-period",
            Section::RevisionLog => "choice-section-revision-log",
            Section::Network => "choice-section-network",
            Section::CrisisSigns => "choice-section-crisis-signs",
            Section::ReasonsForLiving => "choice-section-reasons-for-living",
            Section::SaferSurroundings => "choice-section-safer-surroundings",
            Section::HelpMessage => "choice-section-help-message",
            Section::HowToMeetMe => "choice-section-how-to-meet-me",
            Section::CrisisContacts => "choice-section-crisis-contacts",
            Section::Admission => "choice-section-admission",
            Section::TreatmentWishes => "choice-section-treatment-wishes",
            Section::PracticalMatters => "choice-section-practical-matters",
            Section::AfterCrisis => "choice-section-after-crisis",
        }
    }
}

impl Identified for SharingConsent {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
