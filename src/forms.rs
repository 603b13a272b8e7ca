//! What the person fills in for each list, as data: the fields of an item, their kind and their
//! translated label and hint. The generic list editor renders any of these, so adding a field
//! is one line here and its messages in the locales.
//!
//! Message ids follow a pattern: `field-<list>-<key>` for labels, `hint-<list>-<key>` for
//! hints, `choice-<group>-<value>` for the names of choices.

use ownplan_core::plan::{
    AgreementStatus, GoalStatus, LifeArea, MeasureStatus, Section, WarningStage,
};

use crate::state::plan_fields::{ListKind, ObjectKind};

/// The kind of control a field gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    Line,
    /// The person's own words, several lines.
    Paragraph,
    /// A phone number (becomes a tap-to-call link where shown).
    Phone,
    /// An e-mail address.
    Email,
    /// A date.
    Date,
    /// A time of day.
    Time,
    /// One of a fixed set: (JSON value, message id of its name).
    Choice(&'static [(&'static str, &'static str)]),
    /// Me, someone from my network, or a name typed in.
    Person,
    /// Someone from my network or a name typed in, never me: where "myself" makes no sense
    /// (who to call in a crisis, who an appointment is with, who gets to see the plan).
    OtherPerson,
    /// A role from the field's list, or typed in.
    Role,
    /// Yes or no.
    Check,
    /// Several parts of the plan (for consent to share): a group of check boxes.
    Sections,
    /// A whole number (the nights of a user-controlled admission).
    Number,
}

/// One field of a list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    /// The JSON key in the document format.
    pub key: &'static str,
    /// The control.
    pub kind: FieldKind,
    /// The label's message id.
    pub label_id: &'static str,
    /// An optional hint's message id.
    pub hint_id: Option<&'static str>,
}

const fn field(key: &'static str, kind: FieldKind, label_id: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        kind,
        label_id,
        hint_id: None,
    }
}

const fn hinted(
    key: &'static str,
    kind: FieldKind,
    label_id: &'static str,
    hint_id: &'static str,
) -> FieldSpec {
    FieldSpec {
        key,
        kind,
        label_id,
        hint_id: Some(hint_id),
    }
}

/// A list the person edits: which list, its fields (the first names the item in summaries) and
/// its messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListSpec {
    /// Which list of the plan.
    pub list: ListKind,
    /// The fields of one item; the first is the item's title.
    pub fields: &'static [FieldSpec],
    /// The message id of the "add" button ("Add a goal").
    pub add_id: &'static str,
    /// The message id shown when the list is empty.
    pub empty_id: &'static str,
    /// The message id that names an item nothing has been written into yet ("New goal").
    pub new_id: &'static str,
    /// Whether the order is the point (who to call first): the cards show "1.", "2.".
    pub numbered: bool,
}

/// A choice table, `(JSON name, label message id)` for every variant of a core term, built at
/// compile time from the term's `ALL` list, `as_str()` and `label_id()`: the names and labels
/// are written once, in the core.
macro_rules! choices {
    ($term:ty, $all:expr) => {{
        const ALL: &[$term] = &$all;
        const TABLE: [(&str, &str); ALL.len()] = {
            let mut table = [("", ""); ALL.len()];
            let mut i = 0;
            while i < ALL.len() {
                table[i] = (ALL[i].as_str(), ALL[i].label_id());
                i += 1;
            }
            table
        };
        &TABLE
    }};
}

/// The life areas, in the order the field uses them.
pub const LIFE_AREAS: &[(&str, &str)] = choices!(LifeArea, LifeArea::ALL);

/// Where a goal stands.
pub const GOAL_STATUSES: &[(&str, &str)] = choices!(GoalStatus, GoalStatus::ALL);

/// Where a measure or service stands.
pub const MEASURE_STATUSES: &[(&str, &str)] = choices!(MeasureStatus, MeasureStatus::ALL);

/// Where an agreement stands.
pub const AGREEMENT_STATUSES: &[(&str, &str)] = choices!(AgreementStatus, AgreementStatus::ALL);

/// The roles people in the network have (the picked ones; a typed role is the person's words).
pub const ROLES: &[(&str, &str)] = {
    const ALL: &[ownplan_core::plan::Role] = &ownplan_core::plan::Role::CHOICES;
    const TABLE: [(&str, &str); ALL.len()] = {
        let mut table = [("", ""); ALL.len()];
        let mut i = 0;
        while i < ALL.len() {
            // A picked role always has a name and a label: a `None` here stops the build.
            table[i] = match (ALL[i].as_str(), ALL[i].label_id()) {
                (Some(name), Some(label_id)) => (name, label_id),
                _ => panic!("Role::CHOICES holds only picked roles"),
            };
            i += 1;
        }
        table
    };
    &TABLE
};

/// The parts of the plan that can be shared, in the order they are offered.
pub const SECTIONS: &[(&str, &str)] = choices!(Section, Section::ALL);

/// The stages of warning signs.
pub const STAGES: &[(&str, &str)] = choices!(WarningStage, WarningStage::ALL);

use FieldKind::{
    Check, Choice, Date, Email, Line, Number, OtherPerson, Paragraph, Person, Phone, Role,
    Sections, Time,
};

/// Goals by life area.
pub const GOALS: ListSpec = ListSpec {
    list: ListKind::Goals,
    fields: &[
        hinted("text", Paragraph, "field-goals-text", "hint-goals-text"),
        field("lifeArea", Choice(LIFE_AREAS), "field-goals-life-area"),
        field("why", Paragraph, "field-goals-why"),
        hinted("steps", Paragraph, "field-goals-steps", "hint-goals-steps"),
        field("targetDate", Date, "field-goals-target-date"),
        field("status", Choice(GOAL_STATUSES), "field-goals-status"),
    ],
    add_id: "list-goals-add",
    empty_id: "list-goals-empty",
    new_id: "item-new-goals",
    numbered: false,
};

/// My resources and strengths.
pub const RESOURCES: ListSpec = ListSpec {
    list: ListKind::Resources,
    fields: &[
        hinted(
            "text",
            Paragraph,
            "field-resources-text",
            "hint-resources-text",
        ),
        field("lifeArea", Choice(LIFE_AREAS), "field-resources-life-area"),
    ],
    add_id: "list-resources-add",
    empty_id: "list-resources-empty",
    new_id: "item-new-resources",
    numbered: false,
};

/// My needs.
pub const NEEDS: ListSpec = ListSpec {
    list: ListKind::Needs,
    fields: &[
        hinted("text", Paragraph, "field-needs-text", "hint-needs-text"),
        field("lifeArea", Choice(LIFE_AREAS), "field-needs-life-area"),
    ],
    add_id: "list-needs-add",
    empty_id: "list-needs-empty",
    new_id: "item-new-needs",
    numbered: false,
};

/// Measures and services.
pub const MEASURES: ListSpec = ListSpec {
    list: ListKind::Measures,
    fields: &[
        hinted("what", Line, "field-measures-what", "hint-measures-what"),
        field("lifeArea", Choice(LIFE_AREAS), "field-measures-life-area"),
        hinted(
            "extent",
            Line,
            "field-measures-extent",
            "hint-measures-extent",
        ),
        field("provider", Line, "field-measures-provider"),
        field("responsible", Person, "field-measures-responsible"),
        field("howCarriedOut", Paragraph, "field-measures-how"),
        field("from", Date, "field-measures-from"),
        field("to", Date, "field-measures-to"),
        field("status", Choice(MEASURE_STATUSES), "field-measures-status"),
        field("notes", Paragraph, "field-measures-notes"),
    ],
    add_id: "list-measures-add",
    empty_id: "list-measures-empty",
    new_id: "item-new-measures",
    numbered: false,
};

/// Agreements from meetings.
pub const AGREEMENTS: ListSpec = ListSpec {
    list: ListKind::Agreements,
    fields: &[
        hinted(
            "what",
            Paragraph,
            "field-agreements-what",
            "hint-agreements-what",
        ),
        field("who", Person, "field-agreements-who"),
        field("byWhen", Date, "field-agreements-by-when"),
        field(
            "status",
            Choice(AGREEMENT_STATUSES),
            "field-agreements-status",
        ),
        field("meeting", Line, "field-agreements-meeting"),
        field("agreedOn", Date, "field-agreements-agreed-on"),
    ],
    add_id: "list-agreements-add",
    empty_id: "list-agreements-empty",
    new_id: "item-new-agreements",
    numbered: false,
};

/// Appointments and meetings.
pub const APPOINTMENTS: ListSpec = ListSpec {
    list: ListKind::Appointments,
    fields: &[
        field("what", Line, "field-appointments-what"),
        field("date", Date, "field-appointments-date"),
        field("time", Time, "field-appointments-time"),
        field("withWhom", OtherPerson, "field-appointments-with-whom"),
        field("place", Line, "field-appointments-place"),
        hinted(
            "toRaise",
            Paragraph,
            "field-appointments-to-raise",
            "hint-appointments-to-raise",
        ),
    ],
    add_id: "list-appointments-add",
    empty_id: "list-appointments-empty",
    new_id: "item-new-appointments",
    numbered: false,
};

/// The people in my network.
pub const NETWORK: ListSpec = ListSpec {
    list: ListKind::Network,
    fields: &[
        field("name", Line, "field-network-name"),
        field("role", Role, "field-network-role"),
        field("organisation", Line, "field-network-organisation"),
        field("phone", Phone, "field-network-phone"),
        field("email", Email, "field-network-email"),
        hinted(
            "reachable",
            Line,
            "field-network-reachable",
            "hint-network-reachable",
        ),
        field("relation", Line, "field-network-relation"),
        field("isCoordinator", Check, "field-network-is-coordinator"),
        field("inResponsibilityGroup", Check, "field-network-in-group"),
        field("nextOfKin", Check, "field-network-next-of-kin"),
        field("notes", Paragraph, "field-network-notes"),
    ],
    add_id: "list-network-add",
    empty_id: "list-network-empty",
    new_id: "item-new-network",
    numbered: false,
};

/// My own notes in the revision log (entries for sharing are added by the widget).
pub const REVISIONS: ListSpec = ListSpec {
    list: ListKind::RevisionLog,
    fields: &[hinted(
        "text",
        Paragraph,
        "field-revisions-text",
        "hint-revisions-text",
    )],
    add_id: "list-revisions-add",
    empty_id: "list-revisions-empty",
    new_id: "item-new-revisions",
    numbered: false,
};

/// Consent to share, per person: who, which parts, until when.
pub const SHARING: ListSpec = ListSpec {
    list: ListKind::Sharing,
    fields: &[
        field("recipient", OtherPerson, "field-sharing-recipient"),
        hinted(
            "sections",
            Sections,
            "field-sharing-sections",
            "hint-sharing-sections",
        ),
        field("until", Date, "field-sharing-until"),
        field("note", Paragraph, "field-sharing-note"),
    ],
    add_id: "list-sharing-add",
    empty_id: "list-sharing-empty",
    new_id: "item-new-sharing",
    numbered: false,
};

/// Warning signs in my own words, staged, each with what I do, what others do, and who.
pub const WARNING_SIGNS: ListSpec = ListSpec {
    list: ListKind::WarningSigns,
    fields: &[
        hinted("sign", Paragraph, "field-signs-sign", "hint-signs-sign"),
        field("stage", Choice(STAGES), "field-signs-stage"),
        field("whatIDo", Paragraph, "field-signs-what-i-do"),
        field("whatOthersDo", Paragraph, "field-signs-what-others-do"),
        field("who", Person, "field-signs-who"),
    ],
    add_id: "list-signs-add",
    empty_id: "list-signs-empty",
    new_id: "item-new-signs",
    numbered: false,
};

/// What makes life worth living, in my own words.
pub const REASONS_FOR_LIVING: ListSpec = ListSpec {
    list: ListKind::ReasonsForLiving,
    fields: &[hinted(
        "reason",
        Paragraph,
        "field-reasons-reason",
        "hint-reasons-reason",
    )],
    add_id: "list-reasons-add",
    empty_id: "list-reasons-empty",
    new_id: "item-new-reasons",
    numbered: false,
};

/// Steps that make my surroundings safer, each from a warning-sign stage, and who can help.
pub const SAFER_SURROUNDINGS: ListSpec = ListSpec {
    list: ListKind::SaferSurroundings,
    fields: &[
        hinted(
            "action",
            Paragraph,
            "field-safer-action",
            "hint-safer-action",
        ),
        field("stage", Choice(STAGES), "field-safer-stage"),
        field("who", Person, "field-safer-who"),
    ],
    add_id: "list-safer-add",
    empty_id: "list-safer-empty",
    new_id: "item-new-safer",
    numbered: false,
};

/// Who gets the message that asks for help.
pub const HELP_RECIPIENTS: ListSpec = ListSpec {
    list: ListKind::HelpRecipients,
    fields: &[
        field("who", OtherPerson, "field-help-recipients-who"),
        hinted(
            "phone",
            Phone,
            "field-help-recipients-phone",
            "hint-help-recipients-phone",
        ),
    ],
    add_id: "list-help-recipients-add",
    empty_id: "list-help-recipients-empty",
    new_id: "item-new-help-recipients",
    numbered: false,
};

/// Who to call, in order.
pub const CRISIS_CONTACTS: ListSpec = ListSpec {
    list: ListKind::CrisisContacts,
    fields: &[
        field("who", OtherPerson, "field-contacts-who"),
        hinted(
            "phone",
            Phone,
            "field-contacts-phone",
            "hint-contacts-phone",
        ),
        field("whenToCall", Line, "field-contacts-when"),
        field("whatFor", Line, "field-contacts-what-for"),
    ],
    add_id: "list-contacts-add",
    empty_id: "list-contacts-empty",
    new_id: "item-new-contacts",
    numbered: true,
};

/// People who must not be contacted or informed.
pub const DO_NOT_CONTACT: ListSpec = ListSpec {
    list: ListKind::DoNotContact,
    fields: &[
        field("name", Line, "field-do-not-contact-name"),
        field("relation", Line, "field-do-not-contact-relation"),
        field("reason", Paragraph, "field-do-not-contact-reason"),
    ],
    add_id: "list-do-not-contact-add",
    empty_id: "list-do-not-contact-empty",
    new_id: "item-new-do-not-contact",
    numbered: false,
};

/// Services and crisis lines with their opening hours.
pub const CRISIS_SERVICES: ListSpec = ListSpec {
    list: ListKind::CrisisServices,
    fields: &[
        field("name", Line, "field-services-name"),
        field("phone", Phone, "field-services-phone"),
        field("openingHours", Line, "field-services-hours"),
        field("note", Paragraph, "field-services-note"),
    ],
    add_id: "list-services-add",
    empty_id: "list-services-empty",
    new_id: "item-new-services",
    numbered: false,
};

/// Medicines that help me.
pub const MEDICINES_THAT_HELP: ListSpec = ListSpec {
    list: ListKind::MedicinesThatHelp,
    fields: &[
        field("name", Line, "field-medicine-name"),
        field("why", Paragraph, "field-medicine-why-helps"),
    ],
    add_id: "list-medicines-help-add",
    empty_id: "list-medicines-help-empty",
    new_id: "item-new-medicines-help",
    numbered: false,
};

/// Medicines I must avoid.
pub const MEDICINES_TO_AVOID: ListSpec = ListSpec {
    list: ListKind::MedicinesToAvoid,
    fields: &[
        field("name", Line, "field-medicine-name"),
        field("why", Paragraph, "field-medicine-why-avoid"),
    ],
    add_id: "list-medicines-avoid-add",
    empty_id: "list-medicines-avoid-empty",
    new_id: "item-new-medicines-avoid",
    numbered: false,
};

/// The fields of a group that is not a list, with the group they belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObjectSpec {
    /// Which group of the plan.
    pub object: ObjectKind,
    /// Its fields.
    pub fields: &'static [FieldSpec],
}

/// How to meet me.
pub const HOW_TO_MEET_ME: ObjectSpec = ObjectSpec {
    object: ObjectKind::HowToMeetMe,
    fields: &[
        hinted("staff", Paragraph, "field-meet-staff", "hint-meet-staff"),
        hinted("police", Paragraph, "field-meet-police", "hint-meet-police"),
    ],
};

/// The user-controlled admission agreement.
pub const ADMISSION: ObjectSpec = ObjectSpec {
    object: ObjectKind::Admission,
    fields: &[
        field("unit", Line, "field-admission-unit"),
        field("phone", Phone, "field-admission-phone"),
        field("howToAsk", Paragraph, "field-admission-how-to-ask"),
        hinted(
            "maxNights",
            Number,
            "field-admission-max-nights",
            "hint-admission-max-nights",
        ),
        field("conditions", Paragraph, "field-admission-conditions"),
        field("validUntil", Date, "field-admission-valid-until"),
    ],
};

/// Treatment wishes (the texts).
pub const TREATMENT: ObjectSpec = ObjectSpec {
    object: ObjectKind::Treatment,
    fields: &[
        field("preferredPlace", Paragraph, "field-treatment-place"),
        field(
            "alternativesToAdmission",
            Paragraph,
            "field-treatment-alternatives",
        ),
        field("transport", Paragraph, "field-treatment-transport"),
        field("otherWishes", Paragraph, "field-treatment-other"),
    ],
};

const PRACTICAL_FIELDS: &[FieldSpec] = &[
    field("what", Paragraph, "field-practical-what"),
    field("who", Person, "field-practical-who"),
];

/// The practical matters, each with its heading's message id.
pub const PRACTICAL: [(ObjectSpec, &str); 6] = [
    (
        ObjectSpec {
            object: ObjectKind::PracticalChildren,
            fields: PRACTICAL_FIELDS,
        },
        "heading-practical-children",
    ),
    (
        ObjectSpec {
            object: ObjectKind::PracticalPets,
            fields: PRACTICAL_FIELDS,
        },
        "heading-practical-pets",
    ),
    (
        ObjectSpec {
            object: ObjectKind::PracticalHome,
            fields: PRACTICAL_FIELDS,
        },
        "heading-practical-home",
    ),
    (
        ObjectSpec {
            object: ObjectKind::PracticalBills,
            fields: PRACTICAL_FIELDS,
        },
        "heading-practical-bills",
    ),
    (
        ObjectSpec {
            object: ObjectKind::PracticalWork,
            fields: PRACTICAL_FIELDS,
        },
        "heading-practical-work",
    ),
    (
        ObjectSpec {
            object: ObjectKind::PracticalOther,
            fields: PRACTICAL_FIELDS,
        },
        "heading-practical-other",
    ),
];

/// After the crisis.
pub const AFTER_CRISIS: ObjectSpec = ObjectSpec {
    object: ObjectKind::AfterCrisis,
    fields: &[
        field("howIKnowIAmBetter", Paragraph, "field-after-better"),
        field("followUpWanted", Paragraph, "field-after-follow-up"),
    ],
};

/// Every list spec, for the tests that check their messages and keys.
pub const ALL_LISTS: [ListSpec; 18] = [
    GOALS,
    RESOURCES,
    NEEDS,
    MEASURES,
    AGREEMENTS,
    APPOINTMENTS,
    NETWORK,
    REVISIONS,
    SHARING,
    WARNING_SIGNS,
    REASONS_FOR_LIVING,
    SAFER_SURROUNDINGS,
    HELP_RECIPIENTS,
    CRISIS_CONTACTS,
    DO_NOT_CONTACT,
    CRISIS_SERVICES,
    MEDICINES_THAT_HELP,
    MEDICINES_TO_AVOID,
];

/// Every group spec, for the tests.
pub fn all_objects() -> Vec<ObjectSpec> {
    let mut all = vec![HOW_TO_MEET_ME, ADMISSION, TREATMENT, AFTER_CRISIS];
    all.extend(PRACTICAL.iter().map(|(spec, _)| *spec));
    all
}

/// Every message id the specs name (labels, hints, choices, buttons).
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = Vec::new();
    for spec in ALL_LISTS {
        ids.push(spec.add_id);
        ids.push(spec.empty_id);
        ids.push(spec.new_id);
        for field in spec.fields {
            ids.push(field.label_id);
            ids.extend(field.hint_id);
            if let Choice(choices) = field.kind {
                ids.extend(choices.iter().map(|(_, id)| *id));
            }
        }
    }
    for spec in all_objects() {
        for field in spec.fields {
            ids.push(field.label_id);
            ids.extend(field.hint_id);
        }
    }
    ids.extend(PRACTICAL.iter().map(|(_, id)| *id));
    for preset in NATIONAL_SERVICES {
        ids.push(preset.name_id);
        ids.push(preset.hours_id);
    }
    ids.extend(STAGES.iter().map(|(_, id)| *id));
    ids.extend(ROLES.iter().map(|(_, id)| *id));
    ids.extend(SECTIONS.iter().map(|(_, id)| *id));
    ids
}

/// A national service or crisis line offered as a ready choice: its name and opening hours as
/// message ids (stored in the person's language when picked), and its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServicePreset {
    /// A short stable key.
    pub key: &'static str,
    /// The service's name, as a message id.
    pub name_id: &'static str,
    /// The number to call.
    pub phone: &'static str,
    /// When it answers, as a message id.
    pub hours_id: &'static str,
}

/// Norwegian national emergency numbers and helplines. Checked (2026-11-22) against stored
/// copies of nkom.no (110, 112, 113), helsenorge.no (113, open day and night), municipal pages
/// (legevakt 116 117, day and night) and NRK and TV 2 reporting (Mental Helse 116 123 and
/// Kirkens SOS 22 40 00 40, both day and night); see the issue note.
pub const NATIONAL_SERVICES: [ServicePreset; 5] = [
    ServicePreset {
        key: "113",
        name_id: "preset-113",
        phone: "113",
        hours_id: "preset-hours-always",
    },
    ServicePreset {
        key: "112",
        name_id: "preset-112",
        phone: "112",
        hours_id: "preset-hours-always",
    },
    ServicePreset {
        key: "116117",
        name_id: "preset-legevakt",
        phone: "116 117",
        hours_id: "preset-hours-always",
    },
    ServicePreset {
        key: "116123",
        name_id: "preset-mental-helse",
        phone: "116 123",
        hours_id: "preset-hours-always",
    },
    ServicePreset {
        key: "22400040",
        name_id: "preset-kirkens-sos",
        phone: "22 40 00 40",
        hours_id: "preset-hours-always",
    },
];

/// The message id of a section's name (the core's [`Section::label_id`]).
pub const fn section_label_id(section: Section) -> &'static str {
    section.label_id()
}

/// A role in words: a picked role translated, a typed one as typed.
pub fn role_text(role: &ownplan_core::plan::Role, i18n: &crate::hooks::I18n) -> String {
    match role {
        ownplan_core::plan::Role::Typed(text) => text.as_str().to_owned(),
        picked => picked
            .label_id()
            .map_or_else(String::new, |label_id| i18n.t(label_id).to_string()),
    }
}

/// Whether `field` of a network member says something the member's role does not already
/// say. The network keeps one way to say "next of kin": the role. The document format has
/// both a role `nextOfKin` and a yes/no `nextOfKin`; the yes/no now follows the role (see
/// [`follows_from`]), so its check box is shown only where an older plan has it set for a
/// member whose role is something else, and it is never dropped from such a plan.
pub fn adds_to_role(
    field: &FieldSpec,
    values: &serde_json::Map<String, serde_json::Value>,
) -> bool {
    use serde_json::Value;
    if field.key != NEXT_OF_KIN_FLAG {
        return true;
    }
    let flagged = values.get(NEXT_OF_KIN_FLAG) == Some(&Value::Bool(true));
    let role_says_it = values.get("role").and_then(Value::as_str) == Some(NEXT_OF_KIN_ROLE);
    flagged && !role_says_it
}

/// The network member's yes/no "next of kin" in the document format.
const NEXT_OF_KIN_FLAG: &str = "nextOfKin";
/// The picked role "next of kin", as the core writes it.
const NEXT_OF_KIN_ROLE: &str = "nextOfKin";

/// The field that changes with `key` of an item of `list` when it is set to `value`, and its
/// new value: a network member's yes/no "next of kin" follows their role, so a document read
/// by a tool that only knows the yes/no says the same as the role.
pub fn follows_from(
    list: ListKind,
    key: &str,
    value: &serde_json::Value,
    values: &serde_json::Map<String, serde_json::Value>,
) -> Option<(&'static str, serde_json::Value)> {
    use serde_json::Value;
    if list != ListKind::Network || key != "role" {
        return None;
    }
    let was = values.get("role").and_then(Value::as_str) == Some(NEXT_OF_KIN_ROLE);
    let is = value.as_str() == Some(NEXT_OF_KIN_ROLE);
    match (was, is) {
        (_, true) => Some((NEXT_OF_KIN_FLAG, Value::Bool(true))),
        (true, false) => Some((NEXT_OF_KIN_FLAG, Value::Bool(false))),
        (false, false) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Map, Value, json};

    fn member(values: Value) -> Map<String, Value> {
        match values {
            Value::Object(map) => map,
            _ => Map::new(),
        }
    }

    fn next_of_kin_field() -> FieldSpec {
        NETWORK
            .fields
            .iter()
            .find(|f| f.key == "nextOfKin")
            .copied()
            .unwrap()
    }

    #[test]
    fn the_next_of_kin_check_box_shows_only_where_an_older_plan_says_more_than_the_role() {
        let field = next_of_kin_field();
        let check = |values| adds_to_role(&field, &member(values));
        assert!(!check(json!({"id": "a"})), "a new member: the role says it");
        assert!(!check(
            json!({"id": "a", "role": "nextOfKin", "nextOfKin": true})
        ));
        assert!(
            check(json!({"id": "a", "role": "friend", "nextOfKin": true})),
            "kept visible"
        );
        assert!(check(json!({"id": "a", "nextOfKin": true})));
        let name = NETWORK.fields[0];
        assert!(adds_to_role(&name, &member(json!({"id": "a"}))));
    }

    #[test]
    fn the_next_of_kin_yes_no_follows_the_role() {
        let none = member(json!({"id": "a"}));
        let kin = member(json!({"id": "a", "role": "nextOfKin", "nextOfKin": true}));
        let older = member(json!({"id": "a", "role": "friend", "nextOfKin": true}));
        let set = |values: &Map<String, Value>, role: Value| {
            follows_from(ListKind::Network, "role", &role, values)
        };
        assert_eq!(
            set(&none, json!("nextOfKin")),
            Some(("nextOfKin", json!(true)))
        );
        assert_eq!(set(&kin, json!("gp")), Some(("nextOfKin", json!(false))));
        assert_eq!(set(&kin, Value::Null), Some(("nextOfKin", json!(false))));
        // A role changed from another role leaves an older plan's yes/no as it was.
        assert_eq!(set(&older, json!("gp")), None);
        assert_eq!(set(&none, json!({"typed": "Tante"})), None);
        assert_eq!(
            follows_from(ListKind::Network, "name", &json!("Kari"), &none),
            None
        );
        assert_eq!(
            follows_from(ListKind::Measures, "role", &json!("nextOfKin"), &none),
            None
        );
    }

    #[test]
    fn only_the_lists_whose_order_is_the_point_are_numbered() {
        let numbered: Vec<_> = ALL_LISTS
            .iter()
            .filter(|s| s.numbered)
            .map(|s| s.list)
            .collect();
        assert_eq!(numbered, vec![ListKind::CrisisContacts]);
    }

    #[test]
    fn myself_is_not_offered_as_who_to_call_or_who_gets_the_plan() {
        let kind =
            |spec: ListSpec, key: &str| spec.fields.iter().find(|f| f.key == key).map(|f| f.kind);
        assert_eq!(kind(CRISIS_CONTACTS, "who"), Some(FieldKind::OtherPerson));
        assert_eq!(kind(SHARING, "recipient"), Some(FieldKind::OtherPerson));
        assert_eq!(kind(MEASURES, "responsible"), Some(FieldKind::Person));
    }
}
