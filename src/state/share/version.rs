//! The plan version a round signs and how the round is recorded: what a device remembers of its
//! last round, a digest of the plan's content, and the revision log entry for each recipient.

use ownplan_core::plan::{ItemId, Plan, RevisionEntry, RevisionKind, Text};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// What a device remembers of its last share round, to decide the next plan version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LastShared {
    /// The plan that was shared.
    pub plan_id: String,
    /// The version it was shared as.
    pub version: u32,
    /// [`content_digest`] of the plan as shared.
    pub digest: String,
}

impl LastShared {
    /// As stored (local storage `ownplan.shared`).
    pub fn to_text(&self) -> String {
        json!({"planId": self.plan_id, "version": self.version, "digest": self.digest}).to_string()
    }

    /// Reads what [`to_text`](Self::to_text) wrote; anything else is `None` (the version then
    /// simply rises, which is always safe).
    pub fn parse(text: &str) -> Option<Self> {
        let value: Value = serde_json::from_str(text).ok()?;
        Some(LastShared {
            plan_id: value.get("planId")?.as_str()?.to_owned(),
            version: u32::try_from(value.get("version")?.as_u64()?).ok()?,
            digest: value.get("digest")?.as_str()?.to_owned(),
        })
    }
}

/// A digest of what the plan says, leaving out its revision log and timestamps, so sharing the
/// same content twice is recognised as the same version. `None` when the plan cannot be
/// serialized: never the digest of nothing, which every such plan would share.
pub fn content_digest(plan: &Plan) -> Option<String> {
    let mut content = plan.clone();
    content.individual_plan.revision_log = Default::default();
    content.meta.created = None;
    content.meta.updated = None;
    content.plan_version = 0;
    // Through the plan's JSON value (keys in sorted order), whose serializer the widget already
    // carries for storing the plan: a second, direct serializer of the whole plan cost the first
    // load about 5 KB. (Digests stored before 2026-12 were of the direct form; such a plan's
    // next share counts as changed once, which only raises its version by one.)
    let bytes = serde_json::to_vec(&content.to_json_value()).ok()?;
    Some(hex::encode(Sha256::digest(&bytes)))
}

/// The plan version this round signs: the same as the last round when nothing was changed
/// since, else one more. A plan never shared keeps its version, unless its revision log says it
/// was shared as this version already (on another device).
pub fn version_for_round(plan: &Plan, last: Option<&LastShared>) -> u32 {
    let current = plan.plan_version.max(1);
    match last {
        Some(last) if last.plan_id == plan.plan_id.as_str() && last.version == current => {
            // Without a digest the content counts as changed: a new version is always safe.
            if content_digest(plan).is_some_and(|digest| digest == last.digest) {
                current
            } else {
                current.saturating_add(1)
            }
        }
        Some(last) if last.plan_id == plan.plan_id.as_str() && last.version > current => {
            last.version.saturating_add(1)
        }
        _ => {
            let shared_as_current = plan.individual_plan.revision_log.iter().any(|entry| {
                entry.kind == RevisionKind::Shared && entry.plan_version == Some(current)
            });
            if shared_as_current {
                current.saturating_add(1)
            } else {
                current
            }
        }
    }
}

/// The revision log entry recording that `recipient` got `version`.
pub fn revision_entry(
    id: ItemId,
    at: Option<ownplan_core::plan::DateTime>,
    version: u32,
    text: String,
) -> RevisionEntry {
    RevisionEntry {
        id,
        at,
        kind: RevisionKind::Shared,
        plan_version: Some(version),
        text: Text::from_nfc(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::share::tests::{id, plan};

    #[test]
    fn the_version_rises_only_when_the_content_changed() {
        let mut plan = (*plan()).clone();
        plan.plan_version = 1;
        assert_eq!(version_for_round(&plan, None), 1, "never shared");
        let last = LastShared {
            plan_id: plan.plan_id.as_str().to_owned(),
            version: 1,
            digest: content_digest(&plan).unwrap(),
        };
        assert_eq!(LastShared::parse(&last.to_text()), Some(last.clone()));
        assert_eq!(version_for_round(&plan, Some(&last)), 1, "unchanged");
        plan.individual_plan
            .revision_log
            .push(revision_entry(id(8), None, 1, "Shared".into()));
        assert_eq!(
            version_for_round(&plan, Some(&last)),
            1,
            "the log is not content"
        );
        plan.owner.name = Text::from_nfc("Kari".to_owned());
        assert_eq!(version_for_round(&plan, Some(&last)), 2, "changed");
        assert_eq!(version_for_round(&plan, None), 2, "shared as 1 elsewhere");
        let other = LastShared {
            plan_id: "other".into(),
            ..last
        };
        assert_eq!(version_for_round(&plan, Some(&other)), 2);
        assert_eq!(LastShared::parse("{"), None);
    }
}
