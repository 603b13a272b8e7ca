//! [`CrisisPlan`]: what to do when things get worse (*kriseplan*).

use serde::{Deserialize, Serialize};

use super::{
    AdmissionAgreement, CrisisContact, CrisisService, DoNotContact, HelpMessage, List,
    PracticalMatters, ReasonForLiving, SaferStep, Text, TreatmentWishes, WarningSign, is_default,
};

/// The crisis plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CrisisPlan {
    /// Warning signs, staged, each with its response.
    #[serde(default, skip_serializing_if = "is_default")]
    pub warning_signs: List<WarningSign>,
    /// What sets things off.
    #[serde(default, skip_serializing_if = "is_default")]
    pub triggers: Text,
    /// What I do myself.
    #[serde(default, skip_serializing_if = "is_default")]
    pub what_i_do_myself: Text,
    /// What helps.
    #[serde(default, skip_serializing_if = "is_default")]
    pub what_helps: Text,
    /// What does not help.
    #[serde(default, skip_serializing_if = "is_default")]
    pub what_does_not_help: Text,
    /// What makes life worth living, in my words (format 4).
    #[serde(default, skip_serializing_if = "is_default")]
    pub reasons_for_living: List<ReasonForLiving>,
    /// Making my surroundings safer, step by step (format 4).
    #[serde(default, skip_serializing_if = "is_default")]
    pub safer_surroundings: List<SaferStep>,
    /// How to meet me.
    #[serde(default, skip_serializing_if = "is_default")]
    pub how_to_meet_me: HowToMeetMe,
    /// Who to call, first first.
    #[serde(default, skip_serializing_if = "is_default")]
    pub contacts: List<CrisisContact>,
    /// Who must not be contacted or informed.
    #[serde(default, skip_serializing_if = "is_default")]
    pub do_not_contact: List<DoNotContact>,
    /// Services and crisis lines.
    #[serde(default, skip_serializing_if = "is_default")]
    pub services: List<CrisisService>,
    /// A message that asks for help, and who gets it (format 4).
    #[serde(default, skip_serializing_if = "is_default")]
    pub help_message: HelpMessage,
    /// The user-controlled admission agreement.
    #[serde(default, skip_serializing_if = "is_default")]
    pub admission: AdmissionAgreement,
    /// Treatment wishes and refusals.
    #[serde(default, skip_serializing_if = "is_default")]
    pub treatment: TreatmentWishes,
    /// Practical matters.
    #[serde(default, skip_serializing_if = "is_default")]
    pub practical: PracticalMatters,
    /// After the crisis.
    #[serde(default, skip_serializing_if = "is_default")]
    pub after_crisis: AfterCrisis,
}

/// How to meet me, for staff and for the police.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HowToMeetMe {
    /// For health and care staff.
    #[serde(default, skip_serializing_if = "is_default")]
    pub staff: Text,
    /// For the police, if they come.
    #[serde(default, skip_serializing_if = "is_default")]
    pub police: Text,
}

/// After the crisis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AfterCrisis {
    /// How I know I am better.
    #[serde(default, skip_serializing_if = "is_default")]
    pub how_i_know_i_am_better: Text,
    /// The follow-up I want.
    #[serde(default, skip_serializing_if = "is_default")]
    pub follow_up_wanted: Text,
}
