//! The typed rules of the crisis plan: references, phone numbers, the admission agreement.

use super::Checker;
use crate::plan::{
    CrisisPlan, MAX_ADMISSION_NIGHTS, MIN_ADMISSION_NIGHTS, PracticalMatter, ProblemKind,
};

pub(super) fn check(checker: &mut Checker<'_>, plan: &CrisisPlan) {
    let base = "crisisPlan";
    for (index, sign) in plan.warning_signs.iter().enumerate() {
        checker.person(
            &format!("{base}.warningSigns[{index}].who"),
            sign.who.as_ref(),
        );
    }
    for (index, contact) in plan.contacts.iter().enumerate() {
        let path = format!("{base}.contacts[{index}]");
        checker.person(&format!("{path}.who"), contact.who.as_ref());
        checker.phone(&format!("{path}.phone"), &contact.phone);
    }
    for (index, step) in plan.safer_surroundings.iter().enumerate() {
        checker.person(
            &format!("{base}.saferSurroundings[{index}].who"),
            step.who.as_ref(),
        );
    }
    for (index, recipient) in plan.help_message.recipients.iter().enumerate() {
        let path = format!("{base}.helpMessage.recipients[{index}]");
        checker.person(&format!("{path}.who"), recipient.who.as_ref());
        checker.phone(&format!("{path}.phone"), &recipient.phone);
    }
    for (index, service) in plan.services.iter().enumerate() {
        checker.phone(&format!("{base}.services[{index}].phone"), &service.phone);
    }
    let admission = &plan.admission;
    checker.phone(&format!("{base}.admission.phone"), &admission.phone);
    if admission
        .max_nights
        .is_some_and(|nights| !(MIN_ADMISSION_NIGHTS..=MAX_ADMISSION_NIGHTS).contains(&nights))
    {
        checker.report(
            format!("{base}.admission.maxNights"),
            ProblemKind::MaxNightsOutOfRange,
        );
    }
    checker.expiry(
        &format!("{base}.admission.validUntil"),
        admission.valid_until.as_ref(),
        ProblemKind::AdmissionExpired,
    );
    let practical = &plan.practical;
    let matters: [(&str, &PracticalMatter); 6] = [
        ("children", &practical.children),
        ("pets", &practical.pets),
        ("homeAndKeys", &practical.home_and_keys),
        ("bills", &practical.bills),
        ("workOrSchool", &practical.work_or_school),
        ("other", &practical.other),
    ];
    for (name, matter) in matters {
        checker.person(&format!("{base}.practical.{name}.who"), matter.who.as_ref());
    }
}
