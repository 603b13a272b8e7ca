//! How a signed file reaches its recipient, by who they are: the printed copy handed over, the
//! PDF shown on the phone, or the PDF attached to a message through the service's own secure
//! messaging (never ordinary e-mail). Pure: the way is chosen from the recipient's role as the
//! signed document names it, or from the preset the person picked for them when the share view
//! knows it (crisis team, legevakt and police have no role of their own).

use ownplan_core::document::RecipientPreset;
use ownplan_core::plan::Role;
use ownplan_core::proof::DidKey;
use serde::Deserialize;

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

/// What the delivery advice needs from a signed document: the recipient's role and the signer's
/// key. Everything else in it is skipped while reading.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentFacts {
    /// The role of the (first) recipient the document names, if it names one.
    pub recipient_role: Option<Role>,
    /// The fingerprint of the key that signed it (`XXXX-XXXX-XXXX-XXXX`), if it is a did:key.
    pub fingerprint: Option<String>,
}

#[derive(Deserialize)]
struct Document {
    issuer: Option<String>,
    #[serde(rename = "credentialSubject")]
    subject: Option<Subject>,
}

#[derive(Deserialize)]
struct Subject {
    #[serde(default)]
    recipients: Vec<DocumentRecipient>,
}

#[derive(Deserialize)]
struct DocumentRecipient {
    role: Option<Role>,
}

impl DocumentFacts {
    /// Reads the facts from the text of a document this device just signed. A text that does
    /// not read gives no facts (the advice then falls back to the general way).
    pub fn read(signed_json: &str) -> DocumentFacts {
        let Ok(document) = serde_json::from_str::<Document>(signed_json) else {
            return DocumentFacts::default();
        };
        DocumentFacts {
            recipient_role: document
                .subject
                .and_then(|subject| subject.recipients.into_iter().next())
                .and_then(|recipient| recipient.role),
            fingerprint: document
                .issuer
                .and_then(|issuer| DidKey::parse(&issuer).ok())
                .map(|key| key.fingerprint().to_string()),
        }
    }

    /// How this file is best given to its recipient: from the preset the person picked when
    /// known, else from the role the document names.
    pub fn delivery_way(&self, preset: Option<RecipientPreset>) -> DeliveryWay {
        preset.map_or_else(
            || DeliveryWay::for_role(self.recipient_role.as_ref()),
            DeliveryWay::for_preset,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::Text;
    use ownplan_core::proof::SigningKey;

    fn document(recipients: &str, issuer: &str) -> String {
        format!(
            r#"{{"@context":[],"issuer":"{issuer}","credentialSubject":{{"planId":"x","recipients":{recipients},"individualPlan":{{"goals":[{{"id":"a"}}]}}}},"proof":{{}}}}"#
        )
    }

    #[test]
    fn a_gp_and_nav_are_told_different_ways() {
        let gp = DocumentFacts::read(&document(r#"[{"name":"A","role":"gp"}]"#, ""));
        let nav = DocumentFacts::read(&document(r#"[{"name":"B","role":"nav"}]"#, ""));
        assert_eq!(gp.delivery_way(None), DeliveryWay::Gp);
        assert_eq!(nav.delivery_way(None), DeliveryWay::Nav);
        assert_ne!(DeliveryWay::Gp.advice_id(), DeliveryWay::Nav.advice_id());
    }

    #[test]
    fn the_picked_preset_wins_over_a_missing_role() {
        let typed = DocumentFacts::read(&document(r#"[{"name":"Legevakta"}]"#, ""));
        assert_eq!(typed.recipient_role, None);
        assert_eq!(typed.delivery_way(None), DeliveryWay::Other);
        assert_eq!(
            typed.delivery_way(Some(RecipientPreset::EmergencyPrimaryCare)),
            DeliveryWay::Crisis
        );
        assert_eq!(
            typed.delivery_way(Some(RecipientPreset::Police)),
            DeliveryWay::Police
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
    fn the_fingerprint_is_the_signers() {
        let key = SigningKey::from_seed(&[9; 32]).did_key();
        let facts = DocumentFacts::read(&document("[]", &key.did()));
        assert_eq!(facts.fingerprint, Some(key.fingerprint().to_string()));
    }

    #[test]
    fn text_that_does_not_read_gives_no_facts() {
        for text in ["", "[]", "{", r#"{"issuer":5}"#] {
            assert_eq!(
                DocumentFacts::read(text),
                DocumentFacts::default(),
                "{text}"
            );
        }
        let other_did = DocumentFacts::read(&document("[]", "did:web:example.org"));
        assert_eq!(other_did.fingerprint, None);
    }
}
