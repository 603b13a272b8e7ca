//! The typed rules of the individual plan: dates, periods, the review date, references.

use super::Checker;
use crate::plan::{IndividualPlan, ProblemKind};

pub(super) fn check(checker: &mut Checker<'_>, plan: &IndividualPlan) {
    let base = "individualPlan";
    for (index, goal) in plan.goals.iter().enumerate() {
        checker.date(
            &format!("{base}.goals[{index}].targetDate"),
            goal.target_date.as_ref(),
        );
    }
    for (index, measure) in plan.measures.iter().enumerate() {
        let path = format!("{base}.measures[{index}]");
        checker.date_range(&path, measure.from.as_ref(), measure.to.as_ref());
        checker.person(&format!("{path}.responsible"), measure.responsible.as_ref());
    }
    for (index, agreement) in plan.agreements.iter().enumerate() {
        let path = format!("{base}.agreements[{index}]");
        checker.date(&format!("{path}.byWhen"), agreement.by_when.as_ref());
        checker.date(&format!("{path}.agreedOn"), agreement.agreed_on.as_ref());
        checker.person(&format!("{path}.who"), agreement.who.as_ref());
    }
    for (index, appointment) in plan.appointments.iter().enumerate() {
        let path = format!("{base}.appointments[{index}]");
        checker.date(&format!("{path}.date"), appointment.date.as_ref());
        if appointment
            .time
            .as_ref()
            .is_some_and(|time| !time.is_valid())
        {
            checker.report(format!("{path}.time"), ProblemKind::TimeInvalid);
        }
        checker.person(&format!("{path}.withWhom"), appointment.with_whom.as_ref());
    }
    let period = &plan.period;
    checker.date_range(
        &format!("{base}.period"),
        period.from.as_ref(),
        period.to.as_ref(),
    );
    checker.expiry(
        &format!("{base}.period.reviewDate"),
        period.review_date.as_ref(),
        ProblemKind::ReviewDatePassed,
    );
    for (index, entry) in plan.revision_log.iter().enumerate() {
        checker.date_time(
            &format!("{base}.revisionLog[{index}].at"),
            entry.at.as_ref(),
        );
    }
}
