//! How a signed file reaches its recipient, by who they are: the printed copy handed over, the
//! PDF shown on the phone, or the PDF attached to a message through the service's own secure
//! messaging (never ordinary e-mail). Pure: the way is chosen from the preset the person picked
//! for the recipient when the share view knows it (crisis team, legevakt and police have no role
//! of their own), else from the role of the network member they are. Nothing is read back from
//! the signed text: the plan already says who they are, and a reader of its own would only grow
//! the download.

use ownplan_core::document::RecipientPreset;
use ownplan_core::plan::{ItemId, Plan, Role};
use ownplan_core::proof::DidKey;

/// How a file is best given to one kind of recipient.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeliveryWay {
    /// The GP (*fastlege*): printed copy, the phone, or Helsenorge's messages to the GP's office.
    Gp,
    /// The coordinator and other health and care services: printed copy at a meeting, the
    /// phone, or their own secure messaging where they offer it.
    HealthService,
    /// NAV: the printed copy to the contact person, or sent through nav.no when logged in.
    Nav,
    /// The crisis team or legevakt: the printed copy kept at hand and the PDF on the phone.
    Crisis,
    /// The police: the printed copy in person, or shown on the phone.
    Police,
    /// Next of kin and friends: the printed copy or the phone.
    Close,
    /// Anyone else: the printed copy, the phone, or the secure messaging they offer.
    Other,
}

impl DeliveryWay {
    /// Every way, for the translation test.
    pub const ALL: [DeliveryWay; 7] = [
        DeliveryWay::Gp,
        DeliveryWay::HealthService,
        DeliveryWay::Nav,
        DeliveryWay::Crisis,
        DeliveryWay::Police,
        DeliveryWay::Close,
        DeliveryWay::Other,
    ];

    /// The way for a recipient with `role` (or none).
    pub fn for_role(role: Option<&Role>) -> DeliveryWay {
        match role {
            Some(Role::Gp) => DeliveryWay::Gp,
            Some(
                Role::Coordinator
                | Role::MentalHealthNurse
                | Role::Psychologist
                | Role::Psychiatrist
                | Role::ChildWelfare
                | Role::Housing,
            ) => DeliveryWay::HealthService,
            Some(Role::Nav) => DeliveryWay::Nav,
            Some(Role::NextOfKin | Role::Friend) => DeliveryWay::Close,
            Some(Role::PeerWorker | Role::Volunteer | Role::Other | Role::Typed(_)) | None => {
                DeliveryWay::Other
            }
        }
    }

    /// The way for a recipient the person picked `preset` for.
    pub fn for_preset(preset: RecipientPreset) -> DeliveryWay {
        match preset {
            RecipientPreset::Gp => DeliveryWay::Gp,
            RecipientPreset::Coordinator => DeliveryWay::HealthService,
            RecipientPreset::Nav => DeliveryWay::Nav,
            RecipientPreset::CrisisTeam | RecipientPreset::EmergencyPrimaryCare => {
                DeliveryWay::Crisis
            }
            RecipientPreset::Police => DeliveryWay::Police,
            RecipientPreset::NextOfKin => DeliveryWay::Close,
        }
    }

    /// The id of the message saying how.
    pub fn advice_id(self) -> &'static str {
        match self {
            DeliveryWay::Gp => "share-deliver-gp",
            DeliveryWay::HealthService => "share-deliver-health",
            DeliveryWay::Nav => "share-deliver-nav",
            DeliveryWay::Crisis => "share-deliver-crisis",
            DeliveryWay::Police => "share-deliver-police",
            DeliveryWay::Close => "share-deliver-close",
            DeliveryWay::Other => "share-deliver-other",
        }
    }
}

/// How a file is best given to the recipient with `id` in `plan`'s network: from `preset` when
/// the person picked one, else from the member's role; someone typed in on the share view (not
/// in the network) without a preset gets the general way.
pub fn delivery_way(plan: &Plan, id: &ItemId, preset: Option<RecipientPreset>) -> DeliveryWay {
    preset.map_or_else(
        || DeliveryWay::for_role(plan.member(id).and_then(|member| member.role.as_ref())),
        DeliveryWay::for_preset,
    )
}

/// The fingerprint of the key that signed `signed_json` (a document this device has just
/// made), for the printed copy: the top-level `"issuer": "did:key:..."` member, found by a scan
/// rather than a JSON reader, which would add more to the download than everything else here.
/// A JSON text cannot hold the searched sequence inside a string (its quotes would be escaped),
/// and whatever is found must still read as a did:key, so the worst a surprise can do is show
/// no fingerprint.
pub fn signer_fingerprint(signed_json: &str) -> Option<String> {
    let start = signed_json.find("\"issuer\": \"")? + "\"issuer\": \"".len();
    let rest = signed_json.get(start..)?;
    let did = &rest[..rest.find('"')?];
    DidKey::parse(did)
        .ok()
        .map(|key| key.fingerprint().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::{NetworkMember, PlanId, Text};

    fn id(n: u8) -> ItemId {
        ItemId::from_random_bytes([n; 16])
    }

    fn plan() -> Plan {
        let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "nb");
        for (n, role) in [(2, Role::Gp), (3, Role::Friend), (4, Role::Nav)] {
            plan.network.push(NetworkMember {
                id: id(n),
                name: Text::from_nfc(format!("Member {n}")),
                role: Some(role),
                ..NetworkMember::default()
            });
        }
        plan
    }

    #[test]
    fn a_gp_and_nav_are_told_different_ways() {
        let plan = plan();
        assert_eq!(delivery_way(&plan, &id(2), None), DeliveryWay::Gp);
        assert_eq!(delivery_way(&plan, &id(4), None), DeliveryWay::Nav);
        assert_eq!(delivery_way(&plan, &id(3), None), DeliveryWay::Close);
        assert_ne!(DeliveryWay::Gp.advice_id(), DeliveryWay::Nav.advice_id());
    }

    #[test]
    fn the_picked_preset_wins_and_someone_typed_in_gets_the_general_way() {
        let plan = plan();
        let typed = id(99);
        assert_eq!(delivery_way(&plan, &typed, None), DeliveryWay::Other);
        assert_eq!(
            delivery_way(&plan, &typed, Some(RecipientPreset::EmergencyPrimaryCare)),
            DeliveryWay::Crisis
        );
        assert_eq!(
            delivery_way(&plan, &typed, Some(RecipientPreset::Police)),
            DeliveryWay::Police
        );
        assert_eq!(
            delivery_way(&plan, &id(2), Some(RecipientPreset::CrisisTeam)),
            DeliveryWay::Crisis
        );
    }

    #[test]
    fn every_role_has_a_way() {
        let check = |role: Role, way: DeliveryWay| {
            assert_eq!(DeliveryWay::for_role(Some(&role)), way, "{role:?}");
        };
        check(Role::Coordinator, DeliveryWay::HealthService);
        check(Role::Psychiatrist, DeliveryWay::HealthService);
        check(Role::NextOfKin, DeliveryWay::Close);
        check(Role::Friend, DeliveryWay::Close);
        check(
            Role::Typed(Text::from_nfc("Miljøterapeut".into())),
            DeliveryWay::Other,
        );
        assert_eq!(DeliveryWay::for_role(None), DeliveryWay::Other);
        for preset in RecipientPreset::ALL {
            // A preset with a role is told the same way as that role.
            if let Some(role) = preset.role() {
                assert_eq!(
                    DeliveryWay::for_preset(preset),
                    DeliveryWay::for_role(Some(&role)),
                    "{preset:?}"
                );
            }
        }
    }

    #[test]
    fn the_printed_copy_names_the_signers_fingerprint() {
        let key = ownplan_core::proof::SigningKey::from_seed(&[9; 32]).did_key();
        let document = serde_json::to_string_pretty(&serde_json::json!({
            "credentialSubject": {"owner": {"name": "\"issuer\": \"did:key:z6Mkfake\""}},
            "issuer": key.did(),
        }))
        .unwrap();
        assert_eq!(
            signer_fingerprint(&document),
            Some(key.fingerprint().to_string())
        );
        for text in [
            "",
            "{}",
            r#"{"issuer": "did:web:example.org"}"#,
            r#"{"issuer": "did:key:z6Mk"#,
            r#"{"issuer": 5}"#,
        ] {
            assert_eq!(signer_fingerprint(text), None, "{text}");
        }
    }
}
