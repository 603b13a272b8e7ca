//! "Where am I with my plan": the facts the home view shows, computed from the plan and
//! today's date. Pure, so it is tested natively.

use ownplan_core::plan::{Agreement, AgreementStatus, Appointment, Date, Plan};

use crate::state::plan_part::PlanPart;

/// What the home view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Overview<'a> {
    /// The next appointment from today on (the earliest by date and time).
    pub next_appointment: Option<&'a Appointment>,
    /// The review date, and whether it has passed.
    pub review: Option<(&'a Date, bool)>,
    /// Open agreements whose date has passed, earliest first.
    pub overdue_agreements: Vec<&'a Agreement>,
    /// Open agreements due from today on, earliest first (at most three).
    pub upcoming_agreements: Vec<&'a Agreement>,
    /// The parts of the plan that are still empty, in plan order.
    pub empty_parts: Vec<PlanPart>,
    /// Nothing at all has been written yet.
    pub is_blank: bool,
}

/// The keys of the plan's parts, in plan order (derived from [`PlanPart::ALL`]).
pub const PART_KEYS: [&str; 10] = {
    let mut keys = [""; 10];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = PlanPart::ALL[i].key();
        i += 1;
    }
    keys
};

/// The overview of `plan` on `today`.
pub fn overview<'a>(plan: &'a Plan, today: &Date) -> Overview<'a> {
    let ip = &plan.individual_plan;
    let next_appointment = ip
        .appointments
        .iter()
        .filter(|a| {
            a.date
                .as_ref()
                .is_some_and(|d| d.is_valid() && !d.is_before(today))
        })
        .min_by(|a, b| {
            (a.date.as_ref(), a.time.as_ref().map(|t| t.as_str()))
                .cmp(&(b.date.as_ref(), b.time.as_ref().map(|t| t.as_str())))
        });
    let review = ip
        .period
        .review_date
        .as_ref()
        .filter(|d| d.is_valid())
        .map(|d| (d, d.is_before(today)));
    let mut open: Vec<&Agreement> = ip
        .agreements
        .iter()
        .filter(|a| a.status == AgreementStatus::Open)
        .filter(|a| a.by_when.as_ref().is_some_and(Date::is_valid))
        .collect();
    open.sort_by(|a, b| a.by_when.cmp(&b.by_when));
    let (overdue_agreements, upcoming): (Vec<_>, Vec<_>) =
        open.into_iter().partition(|a| a.is_overdue(today));
    let empty_parts: Vec<PlanPart> = PlanPart::ALL
        .into_iter()
        .filter(|part| !part.has_content(plan))
        .collect();
    Overview {
        next_appointment,
        review,
        overdue_agreements,
        upcoming_agreements: upcoming.into_iter().take(3).collect(),
        is_blank: empty_parts.len() == PlanPart::ALL.len(),
        empty_parts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::{ItemId, PlanId, Text, TimeOfDay};

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn appointment(n: u8, day: &str, time: Option<&str>) -> Appointment {
        Appointment {
            id: ItemId::from_random_bytes([n; 16]),
            what: Text::from_nfc(format!("møte {n}")),
            date: Some(date(day)),
            time: time.map(|t| TimeOfDay::parse(t).unwrap()),
            ..Default::default()
        }
    }

    fn agreement(n: u8, by: &str, status: AgreementStatus) -> Agreement {
        Agreement {
            id: ItemId::from_random_bytes([n; 16]),
            what: Text::from_nfc(format!("avtale {n}")),
            by_when: Some(date(by)),
            status,
            ..Default::default()
        }
    }

    #[test]
    fn a_new_plan_is_blank_with_every_part_empty() {
        let plan = Plan::new(PlanId::from_random_bytes([1; 16]), "nb");
        let o = overview(&plan, &date("2026-11-22"));
        assert!(o.is_blank);
        assert_eq!(o.empty_parts, PlanPart::ALL.to_vec());
        assert_eq!(o.next_appointment, None);
        assert_eq!(o.review, None);
    }

    #[test]
    fn the_next_appointment_is_the_earliest_from_today() {
        let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "nb");
        for a in [
            appointment(1, "2026-11-21", None),
            appointment(2, "2026-12-01", Some("10:00")),
            appointment(3, "2026-11-22", Some("14:00")),
            appointment(4, "2026-11-22", Some("09:30")),
        ] {
            plan.individual_plan.appointments.push(a);
        }
        let o = overview(&plan, &date("2026-11-22"));
        assert_eq!(o.next_appointment.unwrap().what.as_str(), "møte 4");
        assert!(!o.is_blank);
        assert!(!o.empty_parts.contains(&PlanPart::Appointments));
    }

    #[test]
    fn open_agreements_are_split_into_overdue_and_upcoming() {
        let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "nb");
        for a in [
            agreement(1, "2026-11-01", AgreementStatus::Open),
            agreement(2, "2026-11-10", AgreementStatus::Done),
            agreement(3, "2026-12-24", AgreementStatus::Open),
            agreement(4, "2026-11-22", AgreementStatus::Open),
        ] {
            plan.individual_plan.agreements.push(a);
        }
        let o = overview(&plan, &date("2026-11-22"));
        let names = |list: &[&Agreement]| {
            list.iter()
                .map(|a| a.what.as_str().to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&o.overdue_agreements), ["avtale 1"]);
        assert_eq!(names(&o.upcoming_agreements), ["avtale 4", "avtale 3"]);
    }

    #[test]
    fn a_passed_review_date_is_flagged() {
        let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "nb");
        plan.individual_plan.period.review_date = Some(date("2026-11-01"));
        let o = overview(&plan, &date("2026-11-22"));
        assert_eq!(o.review, Some((&date("2026-11-01"), true)));
    }
}
