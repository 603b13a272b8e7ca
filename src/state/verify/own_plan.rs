//! "Use this as my plan on this device", as pure steps: offered, a preview the person reads,
//! and done once they confirm. Confirming is the only step that changes the plan: it hands back
//! the [`PlanAction::Replace`] to dispatch.
//!
//! When it is offered ([`offer_for`]): the verify view is mostly a professional's, and a
//! professional must never be one tap away from replacing a plan with a patient's. So the button
//! is shown openly only when the file was signed by this device's own key (the person opened
//! their own export on the device that made it, say after losing their plan there). Otherwise it
//! sits behind a closed disclosure, "Is this your own plan?", which a professional has no reason
//! to open and a person on a new device (with no key yet, or another one) still finds. Neither
//! path changes anything before the preview is confirmed.

use std::rc::Rc;

use ownplan_core::plan::Plan;

use crate::state::plan::PlanAction;

/// How "use as my plan" is offered for a verified file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnPlanOffer {
    /// Openly: the file was signed by this device's own key.
    Open,
    /// Behind a closed "this is my own plan" disclosure: any other file, and whenever this
    /// device's key is missing, unreadable or not read yet.
    Disclosure,
}

/// How "use as my plan" is offered for a file signed by `signer_did`, when this device's own
/// key is `device_did` (`None` when it has no key, or it cannot be read).
pub fn offer_for(signer_did: &str, device_did: Option<&str>) -> OwnPlanOffer {
    if device_did == Some(signer_did) {
        OwnPlanOffer::Open
    } else {
        OwnPlanOffer::Disclosure
    }
}

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
    fn the_offer_is_open_only_for_a_file_signed_by_this_devices_key() {
        let own = "did:key:z6MkOwn";
        assert_eq!(offer_for(own, Some(own)), OwnPlanOffer::Open);
        assert_eq!(
            offer_for(own, Some("did:key:z6MkOther")),
            OwnPlanOffer::Disclosure,
            "a professional's browser, or the person's other device"
        );
        assert_eq!(
            offer_for(own, None),
            OwnPlanOffer::Disclosure,
            "no key on this device (a new phone, or a professional)"
        );
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
