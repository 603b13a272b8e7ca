//! The safety steps of the crisis plan (format 4), from the safety-plan model the Norwegian
//! Directorate of Health's guidance on self-harm and suicide builds on (*sikkerhetsplan*):
//! [`ReasonForLiving`] (what makes life worth living, in the person's words),
//! [`SaferStep`] (making my surroundings safer, linked to a warning-sign stage) and
//! [`HelpMessage`] (a short text asking for help, and who gets it).

use serde::{Deserialize, Serialize};

use super::{Identified, ItemId, List, PersonRef, Text, WarningStage, is_default};

/// Something that makes life worth living, in the person's own words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReasonForLiving {
    /// Stable id.
    pub id: ItemId,
    /// The reason ("my daughter", "the dog needs me", "summer at the cabin").
    #[serde(default, skip_serializing_if = "is_default")]
    pub reason: Text,
}

/// One step that makes the person's surroundings safer when things get bad: what is done (for
/// example, medicines kept by someone else, no alcohol at home), from which stage, and who helps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SaferStep {
    /// Stable id.
    pub id: ItemId,
    /// From which warning-sign stage this step is taken. Always written out in JSON.
    pub stage: WarningStage,
    /// What I, or someone with me, do.
    #[serde(default, skip_serializing_if = "is_default")]
    pub action: Text,
    /// Who can help.
    #[serde(default, skip_serializing_if = "is_default")]
    pub who: Option<PersonRef>,
}

/// A short message asking for help, written once, and the people it goes to. The widget opens
/// the device's own messaging app with it (an `sms:` link); nothing is sent by the widget.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HelpMessage {
    /// The message ("I'm not doing well. Can you call me?").
    #[serde(default, skip_serializing_if = "is_default")]
    pub text: Text,
    /// Who gets it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub recipients: List<HelpRecipient>,
}

/// Someone who gets the help message.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HelpRecipient {
    /// Stable id.
    pub id: ItemId,
    /// Who: a network member (whose phone is used unless `phone` is set) or a typed name.
    #[serde(default, skip_serializing_if = "is_default")]
    pub who: Option<PersonRef>,
    /// Mobile number, free text; overrides the network member's.
    #[serde(default, skip_serializing_if = "is_default")]
    pub phone: Text,
}

impl Identified for ReasonForLiving {
    fn id(&self) -> &ItemId {
        &self.id
    }
}

impl Identified for SaferStep {
    fn id(&self) -> &ItemId {
        &self.id
    }
}

impl Identified for HelpRecipient {
    fn id(&self) -> &ItemId {
        &self.id
    }
}
