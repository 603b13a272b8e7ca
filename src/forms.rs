//! What the person fills in for each list, as data: the fields of an item, their kind and their
//! translated label and hint. The generic list editor renders any of these, so adding a field
//! is one line here and its messages in the locales.
//!
//! Message ids follow a pattern: `field-<list>-<key>` for labels, `hint-<list>-<key>` for
//! hints, `choice-<group>-<value>` for the names of choices.

use crate::state::plan_fields::ListKind;

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
    /// A role from the field's list, or typed in.
    Role,
    /// Yes or no.
    Check,
    /// Several parts of the plan (for consent to share): a group of check boxes.
    Sections,
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
}

/// The life areas, in the order the field uses them.
pub const LIFE_AREAS: &[(&str, &str)] = &[
    ("health", "choice-area-health"),
    ("mentalHealth", "choice-area-mental-health"),
    ("substanceUse", "choice-area-substance-use"),
    ("housing", "choice-area-housing"),
    ("money", "choice-area-money"),
    ("workAndEducation", "choice-area-work-and-education"),
    (
        "familyAndRelationships",
        "choice-area-family-and-relationships",
    ),
    ("dailyLiving", "choice-area-daily-living"),
    ("leisure", "choice-area-leisure"),
    ("other", "choice-area-other"),
];

/// Where a goal stands.
pub const GOAL_STATUSES: &[(&str, &str)] = &[
    ("notStarted", "choice-goal-not-started"),
    ("underway", "choice-goal-underway"),
    ("reached", "choice-goal-reached"),
    ("paused", "choice-goal-paused"),
    ("letGo", "choice-goal-let-go"),
];

/// Where a measure or service stands.
pub const MEASURE_STATUSES: &[(&str, &str)] = &[
    ("wanted", "choice-measure-wanted"),
    ("appliedFor", "choice-measure-applied-for"),
    ("granted", "choice-measure-granted"),
    ("ongoing", "choice-measure-ongoing"),
    ("ended", "choice-measure-ended"),
    ("refused", "choice-measure-refused"),
];

/// Where an agreement stands.
pub const AGREEMENT_STATUSES: &[(&str, &str)] = &[
    ("open", "choice-agreement-open"),
    ("done", "choice-agreement-done"),
    ("cancelled", "choice-agreement-cancelled"),
];

/// The roles people in the network have.
pub const ROLES: &[(&str, &str)] = &[
    ("gp", "choice-role-gp"),
    ("coordinator", "choice-role-coordinator"),
    ("mentalHealthNurse", "choice-role-mental-health-nurse"),
    ("psychologist", "choice-role-psychologist"),
    ("psychiatrist", "choice-role-psychiatrist"),
    ("nav", "choice-role-nav"),
    ("childWelfare", "choice-role-child-welfare"),
    ("housing", "choice-role-housing"),
    ("peerWorker", "choice-role-peer-worker"),
    ("nextOfKin", "choice-role-next-of-kin"),
    ("friend", "choice-role-friend"),
    ("volunteer", "choice-role-volunteer"),
    ("other", "choice-role-other"),
];

/// The parts of the plan that can be shared, in the order they are offered.
pub const SECTIONS: &[(&str, &str)] = &[
    ("aboutMe", "choice-section-about-me"),
    ("goals", "choice-section-goals"),
    ("resourcesAndNeeds", "choice-section-resources-and-needs"),
    ("contributions", "choice-section-contributions"),
    ("measures", "choice-section-measures"),
    ("agreements", "choice-section-agreements"),
    ("appointments", "choice-section-appointments"),
    ("planPeriod", "choice-section-plan-period"),
    ("revisionLog", "choice-section-revision-log"),
    ("network", "choice-section-network"),
    ("crisisSigns", "choice-section-crisis-signs"),
    ("howToMeetMe", "choice-section-how-to-meet-me"),
    ("crisisContacts", "choice-section-crisis-contacts"),
    ("admission", "choice-section-admission"),
    ("treatmentWishes", "choice-section-treatment-wishes"),
    ("practicalMatters", "choice-section-practical-matters"),
    ("afterCrisis", "choice-section-after-crisis"),
];

use FieldKind::{Check, Choice, Date, Email, Line, Paragraph, Person, Phone, Role, Sections, Time};

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
};

/// Appointments and meetings.
pub const APPOINTMENTS: ListSpec = ListSpec {
    list: ListKind::Appointments,
    fields: &[
        field("what", Line, "field-appointments-what"),
        field("date", Date, "field-appointments-date"),
        field("time", Time, "field-appointments-time"),
        field("withWhom", Person, "field-appointments-with-whom"),
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
};

/// Consent to share, per person: who, which parts, until when.
pub const SHARING: ListSpec = ListSpec {
    list: ListKind::Sharing,
    fields: &[
        field("recipient", Person, "field-sharing-recipient"),
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
};

/// Every list spec, for the tests that check their messages and keys.
pub const ALL_LISTS: [ListSpec; 9] = [
    GOALS,
    RESOURCES,
    NEEDS,
    MEASURES,
    AGREEMENTS,
    APPOINTMENTS,
    NETWORK,
    REVISIONS,
    SHARING,
];

/// Every message id the specs name (labels, hints, choices, buttons).
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = Vec::new();
    for spec in ALL_LISTS {
        ids.push(spec.add_id);
        ids.push(spec.empty_id);
        for field in spec.fields {
            ids.push(field.label_id);
            ids.extend(field.hint_id);
            if let Choice(choices) = field.kind {
                ids.extend(choices.iter().map(|(_, id)| *id));
            }
        }
    }
    ids.extend(ROLES.iter().map(|(_, id)| *id));
    ids.extend(SECTIONS.iter().map(|(_, id)| *id));
    ids
}
