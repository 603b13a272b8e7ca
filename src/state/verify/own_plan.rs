//! "Use this as my plan on this device", as pure steps: offered, a preview the person reads,
//! and done once they confirm. Confirming is the only step that changes the plan: it hands back
//! the [`PlanAction::Replace`] to dispatch.

use std::rc::Rc;

use ownplan_core::plan::Plan;

use crate::state::plan::PlanAction;

/// Where "use as my plan" stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnPlanStep {
    /// The button is offered.
    Offered,
    /// The preview and its confirmation are shown.
    Preview,
    /// The plan on this device was replaced.
    Done,
}

/// What the person did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnPlanAction {
    /// Asked to use the file as their plan: show the preview.
    Preview,
    /// Changed their mind.
    Cancel,
    /// Confirmed in the preview.
    Confirm,
}

impl OwnPlanStep {
    /// The step after `action`, and the change to the plan it makes (only confirming a preview
    /// does, replacing the plan with `plan`).
    pub fn next(self, action: OwnPlanAction, plan: &Rc<Plan>) -> (OwnPlanStep, Option<PlanAction>) {
        match (self, action) {
            (OwnPlanStep::Offered, OwnPlanAction::Preview) => (OwnPlanStep::Preview, None),
            (OwnPlanStep::Preview, OwnPlanAction::Cancel) => (OwnPlanStep::Offered, None),
            (OwnPlanStep::Preview, OwnPlanAction::Confirm) => {
                (OwnPlanStep::Done, Some(PlanAction::Replace(plan.clone())))
            }
            (step, _) => (step, None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::PlanId;

    fn plan() -> Rc<Plan> {
        Rc::new(Plan::new(PlanId::from_random_bytes([1; 16]), "nb"))
    }

    #[test]
    fn the_plan_is_replaced_only_after_the_preview_is_confirmed() {
        let plan = plan();
        let (step, action) = OwnPlanStep::Offered.next(OwnPlanAction::Confirm, &plan);
        assert_eq!(
            (step, action),
            (OwnPlanStep::Offered, None),
            "no preview yet"
        );
        let (step, action) = OwnPlanStep::Offered.next(OwnPlanAction::Preview, &plan);
        assert_eq!((step, action), (OwnPlanStep::Preview, None));
        let (step, action) = step.next(OwnPlanAction::Confirm, &plan);
        assert_eq!(step, OwnPlanStep::Done);
        assert!(
            matches!(action, Some(PlanAction::Replace(replaced)) if Rc::ptr_eq(&replaced, &plan))
        );
    }

    #[test]
    fn cancelling_the_preview_changes_nothing() {
        let plan = plan();
        let (step, action) = OwnPlanStep::Preview.next(OwnPlanAction::Cancel, &plan);
        assert_eq!((step, action), (OwnPlanStep::Offered, None));
    }

    #[test]
    fn done_stays_done() {
        let plan = plan();
        for action in [
            OwnPlanAction::Preview,
            OwnPlanAction::Cancel,
            OwnPlanAction::Confirm,
        ] {
            assert_eq!(
                OwnPlanStep::Done.next(action, &plan),
                (OwnPlanStep::Done, None)
            );
        }
    }
}
