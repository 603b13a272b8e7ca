//! [`LifeArea`]: the areas of life that goals, resources, needs and measures are sorted under.

use serde::{Deserialize, Serialize};

/// An area of life, as the field sorts an individual plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum LifeArea {
    /// Physical health.
    Health,
    /// Mental health.
    MentalHealth,
    /// Alcohol and drugs.
    SubstanceUse,
    /// A place to live.
    Housing,
    /// Income, debt, benefits.
    Money,
    /// Work, school, training.
    WorkAndEducation,
    /// Family, children, friends, relationships.
    FamilyAndRelationships,
    /// Everyday life: meals, sleep, cleaning, getting about.
    DailyLiving,
    /// Free time, activities, meaning.
    Leisure,
    /// Anything else.
    Other,
}

impl LifeArea {
    /// Every life area, in the order the widget offers them.
    pub const ALL: [LifeArea; 10] = [
        LifeArea::Health,
        LifeArea::MentalHealth,
        LifeArea::SubstanceUse,
        LifeArea::Housing,
        LifeArea::Money,
        LifeArea::WorkAndEducation,
        LifeArea::FamilyAndRelationships,
        LifeArea::DailyLiving,
        LifeArea::Leisure,
        LifeArea::Other,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_names_are_camel_case() {
        let names: Vec<String> = LifeArea::ALL
            .iter()
            .map(|area| serde_json::to_value(area).expect("serializes").to_string())
            .collect();
        assert_eq!(
            names.join(","),
            r#""health","mentalHealth","substanceUse","housing","money","workAndEducation","familyAndRelationships","dailyLiving","leisure","other""#
        );
    }
}
