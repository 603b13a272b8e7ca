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

    /// Its name in JSON: the same string serde reads and writes.
    pub const fn as_str(self) -> &'static str {
        match self {
            LifeArea::Health => "health",
            LifeArea::MentalHealth => "mentalHealth",
            LifeArea::SubstanceUse => "substanceUse",
            LifeArea::Housing => "housing",
            LifeArea::Money => "money",
            LifeArea::WorkAndEducation => "workAndEducation",
            LifeArea::FamilyAndRelationships => "familyAndRelationships",
            LifeArea::DailyLiving => "dailyLiving",
            LifeArea::Leisure => "leisure",
            LifeArea::Other => "other",
        }
    }

    /// The message id of its name in the widget's locales (`choice-area-…`). Exhaustive, so a new
    /// variant does not compile without its label.
    pub const fn label_id(self) -> &'static str {
        match self {
            LifeArea::Health => "choice-area-health",
            LifeArea::MentalHealth => "choice-area-mental-health",
            LifeArea::SubstanceUse => "choice-area-substance-use",
            LifeArea::Housing => "choice-area-housing",
            LifeArea::Money => "choice-area-money",
            LifeArea::WorkAndEducation => "choice-area-work-and-education",
            LifeArea::FamilyAndRelationships => "choice-area-family-and-relationships",
            LifeArea::DailyLiving => "choice-area-daily-living",
            LifeArea::Leisure => "choice-area-leisure",
            LifeArea::Other => "choice-area-other",
        }
    }
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
