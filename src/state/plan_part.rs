//! [`PlanPart`]: the parts of the individual plan that the plan view lists and the home view
//! reports as still empty, each with its messages and whether a plan has anything in it.
//!
//! These are the widget's views, not the format's sections (the core's `Section`): "about"
//! holds the owner's name as well as their story, "period" holds the revision log, the network
//! and consent have views of their own. So the enum lives here, next to the views; `app.rs` maps
//! each part to its route with an exhaustive `match`.

use ownplan_core::plan::Plan;

/// A part of the individual plan, as the plan view lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanPart {
    /// About me: name, my story, what matters to me.
    About,
    /// Goals.
    Goals,
    /// Resources and needs.
    Resources,
    /// Measures and services.
    Measures,
    /// The network.
    Network,
    /// Contributions and cooperation.
    Contributions,
    /// Agreements from meetings.
    Agreements,
    /// Appointments and meetings.
    Appointments,
    /// Plan period, review date and revision log.
    Period,
    /// Consent to the plan and to sharing.
    Consent,
}

impl PlanPart {
    /// Every part, in the order the plan view lists them.
    pub const ALL: [PlanPart; 10] = [
        PlanPart::About,
        PlanPart::Goals,
        PlanPart::Resources,
        PlanPart::Measures,
        PlanPart::Network,
        PlanPart::Contributions,
        PlanPart::Agreements,
        PlanPart::Appointments,
        PlanPart::Period,
        PlanPart::Consent,
    ];

    /// A short stable name, the `<key>` of its messages (`page-<key>-title`, `-intro`,
    /// `-example`) and of its `PartLayout`.
    pub const fn key(self) -> &'static str {
        match self {
            PlanPart::About => "about",
            PlanPart::Goals => "goals",
            PlanPart::Resources => "resources",
            PlanPart::Measures => "measures",
            PlanPart::Network => "network",
            PlanPart::Contributions => "contributions",
            PlanPart::Agreements => "agreements",
            PlanPart::Appointments => "appointments",
            PlanPart::Period => "period",
            PlanPart::Consent => "consent",
        }
    }

    /// The message id of its title (the heading of its view and its name in lists).
    pub const fn title_id(self) -> &'static str {
        match self {
            PlanPart::About => "page-about-title",
            PlanPart::Goals => "page-goals-title",
            PlanPart::Resources => "page-resources-title",
            PlanPart::Measures => "page-measures-title",
            PlanPart::Network => "page-network-title",
            PlanPart::Contributions => "page-contributions-title",
            PlanPart::Agreements => "page-agreements-title",
            PlanPart::Appointments => "page-appointments-title",
            PlanPart::Period => "page-period-title",
            PlanPart::Consent => "page-consent-title",
        }
    }

    /// The message id of the one-line explanation under its title.
    pub const fn intro_id(self) -> &'static str {
        match self {
            PlanPart::About => "page-about-intro",
            PlanPart::Goals => "page-goals-intro",
            PlanPart::Resources => "page-resources-intro",
            PlanPart::Measures => "page-measures-intro",
            PlanPart::Network => "page-network-intro",
            PlanPart::Contributions => "page-contributions-intro",
            PlanPart::Agreements => "page-agreements-intro",
            PlanPart::Appointments => "page-appointments-intro",
            PlanPart::Period => "page-period-intro",
            PlanPart::Consent => "page-consent-intro",
        }
    }

    /// Whether this part of `plan` has anything written in it.
    pub fn has_content(self, plan: &Plan) -> bool {
        let ip = &plan.individual_plan;
        match self {
            PlanPart::About => {
                !(plan.owner.name.is_blank()
                    && ip.my_story.is_blank()
                    && ip.what_matters_to_me.is_blank())
            }
            PlanPart::Goals => !ip.goals.is_empty(),
            PlanPart::Resources => !(ip.resources.is_empty() && ip.needs.is_empty()),
            PlanPart::Measures => !ip.measures.is_empty(),
            PlanPart::Network => !plan.network.is_empty(),
            PlanPart::Contributions => {
                !(ip.contributions.from_me.is_blank()
                    && ip.contributions.from_next_of_kin.is_blank()
                    && ip.contributions.from_services.is_blank()
                    && ip.cooperation.is_blank())
            }
            PlanPart::Agreements => !ip.agreements.is_empty(),
            PlanPart::Appointments => !ip.appointments.is_empty(),
            PlanPart::Period => {
                ip.period.from.is_some()
                    || ip.period.to.is_some()
                    || ip.period.review_date.is_some()
                    || !ip.revision_log.is_empty()
            }
            PlanPart::Consent => plan.consent.to_plan.given || !plan.consent.sharing.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::{PlanId, Text};

    #[test]
    fn message_ids_follow_the_key() {
        for part in PlanPart::ALL {
            assert_eq!(part.title_id(), format!("page-{}-title", part.key()));
            assert_eq!(part.intro_id(), format!("page-{}-intro", part.key()));
        }
    }

    #[test]
    fn a_part_has_content_once_something_is_written_in_it() {
        let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "nb");
        assert!(PlanPart::ALL.iter().all(|part| !part.has_content(&plan)));
        plan.individual_plan.cooperation = Text::from_nfc("Vi møtes hver måned.".to_owned());
        let filled: Vec<_> = PlanPart::ALL
            .into_iter()
            .filter(|part| part.has_content(&plan))
            .collect();
        assert_eq!(filled, [PlanPart::Contributions]);
    }
}
