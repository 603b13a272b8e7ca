//! Item ids and list lengths: every id well-formed and unique across the whole plan (so a
//! reference can never be ambiguous), and no list longer than [`MAX_LIST_ITEMS`].

use std::collections::BTreeSet;

use super::{Checker, MAX_LIST_ITEMS};
use crate::plan::{Identified, ItemId, List, Plan, ProblemKind};

pub(super) fn check(checker: &mut Checker<'_>, plan: &Plan) {
    let individual = &plan.individual_plan;
    let crisis = &plan.crisis_plan;
    let mut seen = BTreeSet::new();
    check_list(checker, &mut seen, "meta.helpers", ids(&plan.meta.helpers));
    check_list(
        checker,
        &mut seen,
        "individualPlan.goals",
        ids(&individual.goals),
    );
    check_list(
        checker,
        &mut seen,
        "individualPlan.resources",
        ids(&individual.resources),
    );
    check_list(
        checker,
        &mut seen,
        "individualPlan.needs",
        ids(&individual.needs),
    );
    check_list(
        checker,
        &mut seen,
        "individualPlan.measures",
        ids(&individual.measures),
    );
    check_list(
        checker,
        &mut seen,
        "individualPlan.agreements",
        ids(&individual.agreements),
    );
    check_list(
        checker,
        &mut seen,
        "individualPlan.appointments",
        ids(&individual.appointments),
    );
    check_list(
        checker,
        &mut seen,
        "individualPlan.revisionLog",
        ids(&individual.revision_log),
    );
    check_list(
        checker,
        &mut seen,
        "crisisPlan.warningSigns",
        ids(&crisis.warning_signs),
    );
    check_list(
        checker,
        &mut seen,
        "crisisPlan.reasonsForLiving",
        ids(&crisis.reasons_for_living),
    );
    check_list(
        checker,
        &mut seen,
        "crisisPlan.saferSurroundings",
        ids(&crisis.safer_surroundings),
    );
    check_list(
        checker,
        &mut seen,
        "crisisPlan.contacts",
        ids(&crisis.contacts),
    );
    check_list(
        checker,
        &mut seen,
        "crisisPlan.helpMessage.recipients",
        ids(&crisis.help_message.recipients),
    );
    check_list(
        checker,
        &mut seen,
        "crisisPlan.doNotContact",
        ids(&crisis.do_not_contact),
    );
    check_list(
        checker,
        &mut seen,
        "crisisPlan.services",
        ids(&crisis.services),
    );
    check_list(
        checker,
        &mut seen,
        "crisisPlan.treatment.medicinesThatHelp",
        ids(&crisis.treatment.medicines_that_help),
    );
    check_list(
        checker,
        &mut seen,
        "crisisPlan.treatment.medicinesToAvoid",
        ids(&crisis.treatment.medicines_to_avoid),
    );
    check_list(checker, &mut seen, "network", ids(&plan.network));
    check_list(
        checker,
        &mut seen,
        "consent.sharing",
        ids(&plan.consent.sharing),
    );
}

fn check_list<'p>(
    checker: &mut Checker<'_>,
    seen: &mut BTreeSet<&'p ItemId>,
    path: &str,
    items: Vec<&'p ItemId>,
) {
    if items.len() > MAX_LIST_ITEMS {
        checker.report(path, ProblemKind::ListTooLong);
    }
    for (index, id) in items.into_iter().enumerate() {
        let id_path = format!("{path}[{index}].id");
        if !id.is_well_formed() {
            checker.report(id_path, ProblemKind::IdInvalid);
        } else if !seen.insert(id) {
            checker.report(id_path, ProblemKind::IdDuplicate);
        }
    }
}

fn ids<T: Identified>(list: &List<T>) -> Vec<&ItemId> {
    list.ids().collect()
}
