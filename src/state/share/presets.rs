//! The recipient presets (the usual sections of a role) as the share view offers them: the
//! preset for a role, its name's message id and a stable short key for form values.

use ownplan_core::document::RecipientPreset;
use ownplan_core::plan::Role;

/// The preset whose recipients have `role`.
pub fn preset_for_role(role: &Role) -> Option<RecipientPreset> {
    RecipientPreset::ALL
        .into_iter()
        .find(|preset| preset.role().as_ref() == Some(role))
}

/// The message id of a preset's name.
pub fn preset_label_id(preset: RecipientPreset) -> &'static str {
    match preset {
        RecipientPreset::Gp => "share-preset-gp",
        RecipientPreset::Coordinator => "share-preset-coordinator",
        RecipientPreset::Nav => "share-preset-nav",
        RecipientPreset::CrisisTeam => "share-preset-crisis-team",
        RecipientPreset::EmergencyPrimaryCare => "share-preset-legevakt",
        RecipientPreset::Police => "share-preset-police",
        RecipientPreset::NextOfKin => "share-preset-next-of-kin",
    }
}

/// A stable short key for a preset (form values, test ids).
pub fn preset_key(preset: RecipientPreset) -> &'static str {
    match preset {
        RecipientPreset::Gp => "gp",
        RecipientPreset::Coordinator => "coordinator",
        RecipientPreset::Nav => "nav",
        RecipientPreset::CrisisTeam => "crisis-team",
        RecipientPreset::EmergencyPrimaryCare => "legevakt",
        RecipientPreset::Police => "police",
        RecipientPreset::NextOfKin => "next-of-kin",
    }
}

/// The preset with this [`preset_key`].
pub fn preset_from_key(key: &str) -> Option<RecipientPreset> {
    RecipientPreset::ALL
        .into_iter()
        .find(|preset| preset_key(*preset) == key)
}
