//! [`IndividualPlan`]: the individual plan (*individuell plan*) — everything the Norwegian
//! regulation on individual plans (2022) requires, plus what the field adds.
//!
//! Where each of the regulation's nine items lives:
//! 1. goals, resources and needs — [`goals`](IndividualPlan::goals),
//!    [`resources`](IndividualPlan::resources), [`needs`](IndividualPlan::needs);
//! 2. who takes part — network members marked
//!    [`in_responsibility_group`](super::NetworkMember::in_responsibility_group);
//! 3. the coordinator — the network member marked
//!    [`is_coordinator`](super::NetworkMember::is_coordinator);
//! 4. contributions — [`contributions`](IndividualPlan::contributions);
//! 5. measures, extent, responsible — [`measures`](IndividualPlan::measures);
//! 6. how they are carried out — [`Measure::how_carried_out`](super::Measure::how_carried_out);
//! 7. plan period and review — [`period`](IndividualPlan::period);
//! 8. consent — [`Plan::consent`](super::Plan::consent);
//! 9. cooperation — [`cooperation`](IndividualPlan::cooperation).

use serde::{Deserialize, Serialize};

use super::{
    Agreement, Appointment, AreaNote, Date, Goal, List, Measure, RevisionEntry, Text, is_default,
};

/// The individual plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IndividualPlan {
    /// My story, in my own words, so I need not tell it again and again.
    #[serde(default, skip_serializing_if = "is_default")]
    pub my_story: Text,
    /// What matters to me.
    #[serde(default, skip_serializing_if = "is_default")]
    pub what_matters_to_me: Text,
    /// Goals by life area.
    #[serde(default, skip_serializing_if = "is_default")]
    pub goals: List<Goal>,
    /// Resources: strengths, what already works.
    #[serde(default, skip_serializing_if = "is_default")]
    pub resources: List<AreaNote>,
    /// Needs.
    #[serde(default, skip_serializing_if = "is_default")]
    pub needs: List<AreaNote>,
    /// What I, my next of kin and the services will contribute.
    #[serde(default, skip_serializing_if = "is_default")]
    pub contributions: Contributions,
    /// Measures and services.
    #[serde(default, skip_serializing_if = "is_default")]
    pub measures: List<Measure>,
    /// Cooperation with other services and agencies.
    #[serde(default, skip_serializing_if = "is_default")]
    pub cooperation: Text,
    /// Agreements from meetings.
    #[serde(default, skip_serializing_if = "is_default")]
    pub agreements: List<Agreement>,
    /// Appointments and meetings.
    #[serde(default, skip_serializing_if = "is_default")]
    pub appointments: List<Appointment>,
    /// Plan period and review date.
    #[serde(default, skip_serializing_if = "is_default")]
    pub period: PlanPeriod,
    /// The revision log.
    #[serde(default, skip_serializing_if = "is_default")]
    pub revision_log: List<RevisionEntry>,
}

/// What each party will contribute (item 4 of the regulation).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Contributions {
    /// What I will do.
    #[serde(default, skip_serializing_if = "is_default")]
    pub from_me: Text,
    /// What my next of kin will do.
    #[serde(default, skip_serializing_if = "is_default")]
    pub from_next_of_kin: Text,
    /// What the services will do.
    #[serde(default, skip_serializing_if = "is_default")]
    pub from_services: Text,
}

/// The plan period and when the plan is reviewed (item 7 of the regulation).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanPeriod {
    /// The plan applies from this day.
    #[serde(default, skip_serializing_if = "is_default")]
    pub from: Option<Date>,
    /// The plan applies until this day; not before `from`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub to: Option<Date>,
    /// The next review (*evaluering*). Validation warns once it has passed.
    #[serde(default, skip_serializing_if = "is_default")]
    pub review_date: Option<Date>,
}
