//! [`validate`]: the pure check of a whole plan, returning field-level [`Problem`]s.
//!
//! Validation never changes the plan and never stops at the first problem: the widget shows every
//! problem beside its field, and the verifier lists them all. Errors mean "fix before sharing";
//! warnings mean "look at this". The checks are split by concern:
//! - [`text`]: every string in the document (length cap, NFC, control and bidi override
//!   characters), found by walking the plan's own JSON so no text field can be forgotten;
//!   [`text_problems`] applies the same rules to any JSON (a document's export members);
//! - [`ids`]: item ids (well-formed, unique across the whole plan) and list lengths;
//! - [`individual`], [`crisis`], [`people`]: dates, date ranges, references, phone numbers,
//!   e-mail addresses and the other typed rules of each part.

mod crisis;
mod ids;
mod individual;
mod people;
mod text;

use std::collections::BTreeSet;

pub use text::{is_forbidden_in_text, text_problems};

use super::{
    Date, DateTime, FORMAT_VERSION, ItemId, PersonRef, Plan, Problem, ProblemKind, Text,
    contact_check::{email_looks_valid, phone_looks_dialable},
};

/// The most items one list may hold before validation reports it. Far beyond any real plan; it
/// bounds the work a received document can cause.
pub const MAX_LIST_ITEMS: usize = 1_000;

/// Checks a plan and returns every problem found, in document order. `today` is the caller's
/// current date (the core has no clock); it decides whether review dates and consents have passed.
pub fn validate(plan: &Plan, today: &Date) -> Vec<Problem> {
    let mut checker = Checker {
        today,
        member_ids: plan.network.ids().collect(),
        problems: Vec::new(),
    };
    if plan.format_version != FORMAT_VERSION {
        checker.report("formatVersion", ProblemKind::FormatVersionUnsupported);
    }
    if plan.plan_version == 0 {
        checker.report("planVersion", ProblemKind::PlanVersionZero);
    }
    if !plan.plan_id.is_well_formed() {
        checker.report("planId", ProblemKind::IdInvalid);
    }
    ids::check(&mut checker, plan);
    people::check_meta(&mut checker, &plan.meta);
    people::check_owner(&mut checker, &plan.owner);
    individual::check(&mut checker, &plan.individual_plan);
    crisis::check(&mut checker, &plan.crisis_plan);
    people::check_network(&mut checker, &plan.network);
    people::check_consent(&mut checker, &plan.consent);
    text::check(&mut checker, &plan.to_json_value());
    checker.problems
}

/// Whether any of the problems is an error (as opposed to only warnings).
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(Problem::is_error)
}

/// Collects problems while the checks walk the plan.
struct Checker<'a> {
    today: &'a Date,
    member_ids: BTreeSet<&'a ItemId>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    /// Reports an invalid date; returns the date only if it is valid.
    fn date<'d>(&mut self, path: &str, date: Option<&'d Date>) -> Option<&'d Date> {
        let date = date?;
        if date.is_valid() {
            Some(date)
        } else {
            self.report(path, ProblemKind::DateInvalid);
            None
        }
    }

    /// Checks both ends of a period, and that the end is not before the start.
    fn date_range(&mut self, path: &str, from: Option<&Date>, to: Option<&Date>) {
        let from = self.date(&format!("{path}.from"), from);
        let to = self.date(&format!("{path}.to"), to);
        if let (Some(from), Some(to)) = (from, to)
            && to.is_before(from)
        {
            self.report(format!("{path}.to"), ProblemKind::DateRangeReversed);
        }
    }

    /// Checks a date that ends something; reports `kind` once it is before today.
    fn expiry(&mut self, path: &str, date: Option<&Date>, kind: ProblemKind) {
        if let Some(date) = self.date(path, date)
            && date.is_before(self.today)
        {
            self.report(path, kind);
        }
    }

    fn date_time(&mut self, path: &str, date_time: Option<&DateTime>) {
        if date_time.is_some_and(|moment| !moment.is_valid()) {
            self.report(path, ProblemKind::DateTimeInvalid);
        }
    }

    /// Reports a reference to a network member that does not exist.
    fn person(&mut self, path: &str, person: Option<&PersonRef>) {
        if let Some(id) = person.and_then(PersonRef::member_id)
            && !self.member_ids.contains(id)
        {
            self.report(format!("{path}.member"), ProblemKind::ReferenceDangling);
        }
    }

    fn phone(&mut self, path: &str, phone: &Text) {
        if !phone.is_blank() && !phone_looks_dialable(phone.as_str()) {
            self.report(path, ProblemKind::PhoneUnusual);
        }
    }

    fn email(&mut self, path: &str, email: &Text) {
        if !email.is_blank() && !email_looks_valid(email.as_str()) {
            self.report(path, ProblemKind::EmailUnusual);
        }
    }
}
