//! [`Labels`]: the words of the copy, supplied by the caller, so the widget can pass its own
//! translated strings and the command its built-in English, Bokmål or Nynorsk table.
//!
//! The copy is read by the recipient, so the labels speak about the person ("The person's name",
//! "What helps"), not to them ("Your name"). Keys:
//! - `field.<parent>.<key>`, then `field.<key>`: the label of a plan field (`field.owner.name`,
//!   `field.goals.text`, `field.phone`); `<parent>` is the object's member name, or for a list
//!   item the list's name;
//! - `value.<key>.<value>`: a choice shown as words (`value.lifeArea.workAndEducation`,
//!   `value.role.gp`, `value.who.me`), and `value.yes` / `value.no`;
//! - `section.<name>`: a section of the document (`section.crisisSigns`);
//! - `pdf.*`: the page chrome; `{name}`-style placeholders are filled in by the crate (see
//!   [`CHROME_KEYS`]);
//! - `date.*`: month names and the patterns of a date in words ([`Labels::date`]);
//! - `show.*` and `warning.<message id>`: the words of `ownplan show`, which reads a verified
//!   document to a professional with these same tables (one copy of the recipient's words).
//!
//! A key without a label falls back to the built-in English table, and a field or choice missing
//! there too to its name split into words (`whatIDoMyself` → "What I do myself").

use std::collections::BTreeMap;

/// The page chrome's keys and their placeholders, for callers that supply their own table.
pub const CHROME_KEYS: &[(&str, &str)] = &[
    ("pdf.title", "{name}: the person's name, or the plan id"),
    ("pdf.version", "{version}"),
    ("pdf.date", "{date}: the signing date"),
    ("pdf.for", "{recipients}"),
    ("pdf.consent", "{given}, {until}: dates"),
    ("pdf.consent-open", "{given}: when there is no end date"),
    ("pdf.fingerprint", "{fingerprint}"),
    ("pdf.page", "{page}, {pages}"),
    ("pdf.check-heading", ""),
    (
        "pdf.check-note",
        "{file}: the embedded file's name, {fingerprint}",
    ),
    ("pdf.missing-letters", ""),
    ("pdf.about-heading", ""),
    ("pdf.signed-by", ""),
    ("pdf.made", ""),
    ("pdf.sections", ""),
    ("pdf.conditions", ""),
    ("pdf.helpers", ""),
    ("pdf.selection", ""),
    ("pdf.file-description", ""),
];

/// The labels of a copy: a table of keys to words (see the module documentation).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Labels {
    entries: BTreeMap<String, String>,
}

impl Labels {
    /// A table with no labels of its own: everything falls back to the built-in English.
    pub fn new() -> Self {
        Self::default()
    }

    /// The built-in English labels.
    pub fn english() -> Self {
        Self::from_pairs(ENGLISH)
    }

    /// The built-in Norwegian (Bokmål) labels.
    pub fn norwegian_bokmaal() -> Self {
        Self::from_pairs(NORWEGIAN_BOKMAAL)
    }

    /// The built-in Norwegian (Nynorsk) labels.
    pub fn norwegian_nynorsk() -> Self {
        Self::from_pairs(NORWEGIAN_NYNORSK)
    }

    /// The built-in labels for a plan language: Bokmål for `nb` and `no`, Nynorsk for `nn`,
    /// English for any other.
    pub fn for_language(language: &str) -> Self {
        let primary = language.split('-').next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "nb" | "no" => Self::norwegian_bokmaal(),
            "nn" => Self::norwegian_nynorsk(),
            _ => Self::english(),
        }
    }

    fn from_pairs(pairs: &[(&str, &str)]) -> Self {
        let mut labels = Self::new();
        for (key, text) in pairs {
            labels.set(key, *text);
        }
        labels
    }

    /// Sets the words for `key`, replacing any.
    pub fn set(&mut self, key: &str, text: impl Into<String>) -> &mut Self {
        self.entries.insert(key.to_owned(), text.into());
        self
    }

    /// The words for `key`: this table's, else the built-in English, else `None`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries.get(key).map(String::as_str).or_else(|| {
            ENGLISH
                .iter()
                .find(|(english_key, _)| *english_key == key)
                .map(|(_, text)| *text)
        })
    }

    /// The words for `key` with each `{name}` placeholder replaced by its value.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.get(key).unwrap_or(key).to_owned();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    /// The label of the field `key` inside `parent`.
    pub fn field(&self, parent: &str, key: &str) -> String {
        self.get(&format!("field.{parent}.{key}"))
            .or_else(|| self.get(&format!("field.{key}")))
            .map_or_else(|| words(key), str::to_owned)
    }

    /// A choice `value` of the field `key`, as words.
    pub fn value(&self, key: &str, value: &str) -> String {
        self.get(&format!("value.{key}.{value}"))
            .map_or_else(|| words(value), str::to_owned)
    }

    /// A section's name, as words.
    pub fn section(&self, name: &str) -> String {
        self.get(&format!("section.{name}"))
            .map_or_else(|| words(name), str::to_owned)
    }

    /// A date `YYYY-MM-DD` in words ("15. desember 2026", "15 December 2026"); any other text
    /// as it is.
    pub fn date(&self, date: &str) -> String {
        let parts: Vec<&str> = date.split('-').collect();
        let [year, month, day] = parts.as_slice() else {
            return date.to_owned();
        };
        let all_digits = |text: &str, length: usize| {
            text.len() == length && text.bytes().all(|byte| byte.is_ascii_digit())
        };
        if !all_digits(year, 4) || !all_digits(month, 2) || !all_digits(day, 2) {
            return date.to_owned();
        }
        let month_number = month.trim_start_matches('0');
        let day_number = day.trim_start_matches('0');
        let Some(month_name) = self.get(&format!("date.month.{month_number}")) else {
            return date.to_owned();
        };
        if day_number.is_empty() {
            return date.to_owned();
        }
        self.fill(
            "date.day-month-year",
            &[("day", day_number), ("month", month_name), ("year", year)],
        )
    }

    /// A UTC date-time `YYYY-MM-DDTHH:MM:SS...Z` in words ("22. november 2026 kl. 10:00 UTC");
    /// a date alone as [`Labels::date`]; any other text as it is.
    pub fn date_time(&self, date_time: &str) -> String {
        let Some((date, time)) = date_time.split_once('T') else {
            return self.date(date_time);
        };
        let in_words = self.date(date);
        let hours_minutes = time.get(..5).unwrap_or_default();
        let well_formed = hours_minutes.len() == 5
            && hours_minutes.as_bytes()[2] == b':'
            && time.ends_with('Z')
            && in_words != date;
        if !well_formed {
            return date_time.to_owned();
        }
        self.fill(
            "date.date-time",
            &[("date", &in_words), ("time", hours_minutes)],
        )
    }
}

/// `whatIDoMyself` → "What I do myself": a name split into words, the first capitalised.
pub(crate) fn words(key: &str) -> String {
    let mut text = String::new();
    for (index, character) in key.chars().enumerate() {
        if index == 0 {
            text.extend(character.to_uppercase());
        } else if character.is_uppercase() {
            text.push(' ');
            // "I" stays a capital, as in "What I do myself".
            if character == 'I' {
                text.push('I');
            } else {
                text.extend(character.to_lowercase());
            }
        } else if character == '-' || character == '_' {
            text.push(' ');
        } else {
            text.push(character);
        }
    }
    text
}

/// The built-in English labels, for the recipient.
const ENGLISH: &[(&str, &str)] = &[
    ("pdf.title", "Plan for {name}"),
    ("pdf.version", "Plan version {version}"),
    ("pdf.date", "signed {date}"),
    ("pdf.for", "for {recipients}"),
    (
        "pdf.consent",
        "Consent to share given {given}, valid until {until}",
    ),
    ("pdf.consent-open", "Consent to share given {given}"),
    ("pdf.fingerprint", "Key fingerprint {fingerprint}"),
    ("pdf.page", "Page {page} of {pages}"),
    ("pdf.check-heading", "How to check this copy"),
    (
        "pdf.check-note",
        "This PDF carries the signed plan document inside it, as the attached file {file}. The pages you read are a convenience: the signature covers only the attached document, not these pages. To check it, open this PDF with the ownplan verify view or run: ownplan verify THIS-FILE.pdf. Then compare the key fingerprint {fingerprint} with the person, in person or on their phone.",
    ),
    (
        "pdf.missing-letters",
        "Some letters in this plan cannot be shown on these pages and appear as \"?\". The attached signed document holds the exact text: open it in the ownplan verify view.",
    ),
    ("pdf.about-heading", "About this plan"),
    ("pdf.signed-by", "Signed with the key"),
    ("pdf.made", "Signed"),
    ("pdf.sections", "Parts of the plan in this copy"),
    ("pdf.conditions", "Conditions"),
    ("pdf.helpers", "Made with help from"),
    (
        "pdf.selection",
        "This is a selection: the person chose what this recipient gets.",
    ),
    (
        "pdf.file-description",
        "The signed plan document (W3C Verifiable Credential)",
    ),
    ("value.yes", "yes"),
    ("value.no", "no"),
    ("field.owner", "The person"),
    ("field.individualPlan", "Individual plan"),
    ("field.crisisPlan", "Crisis plan"),
    ("field.network", "Network and contacts"),
    ("field.owner.name", "The person's name"),
    ("field.owner.phone", "The person's phone"),
    ("field.owner.email", "The person's e-mail"),
    ("field.myStory", "Their story, in their own words"),
    ("field.whatMattersToMe", "What matters to them"),
    ("field.goals", "Goals"),
    ("field.goals.text", "Goal"),
    ("field.why", "Why it matters"),
    ("field.steps", "Steps"),
    ("field.targetDate", "Target date"),
    ("field.status", "Status"),
    ("field.lifeArea", "Life area"),
    ("field.resources", "Resources"),
    ("field.needs", "Needs"),
    ("field.contributions", "Who contributes what"),
    ("field.fromMe", "From the person"),
    ("field.fromNextOfKin", "From next of kin"),
    ("field.fromServices", "From the services"),
    ("field.measures", "Measures and services"),
    ("field.what", "What"),
    ("field.extent", "Extent"),
    ("field.provider", "Provider"),
    ("field.responsible", "Responsible"),
    ("field.howCarriedOut", "How it is carried out"),
    ("field.from", "From"),
    ("field.to", "To"),
    ("field.notes", "Notes"),
    ("field.note", "Note"),
    ("field.text", "Text"),
    ("field.cooperation", "Cooperation with other services"),
    ("field.agreements", "Agreements"),
    ("field.who", "Who"),
    ("field.byWhen", "By when"),
    ("field.meeting", "Meeting"),
    ("field.agreedOn", "Agreed on"),
    ("field.appointments", "Appointments and meetings"),
    ("field.date", "Date"),
    ("field.time", "Time"),
    ("field.withWhom", "With whom"),
    ("field.place", "Place"),
    ("field.toRaise", "What they want to raise"),
    ("field.period", "Plan period"),
    ("field.reviewDate", "Review date"),
    ("field.revisionLog", "Changes to the plan"),
    ("field.at", "When"),
    ("field.kind", "Kind"),
    ("field.planVersion", "Plan version"),
    ("field.warningSigns", "Warning signs"),
    ("field.stage", "Stage"),
    ("field.sign", "Sign"),
    ("field.whatIDo", "What the person does"),
    ("field.whatOthersDo", "What others do"),
    ("field.triggers", "What can set it off"),
    ("field.whatIDoMyself", "What the person does themselves"),
    ("field.whatHelps", "What helps"),
    ("field.whatDoesNotHelp", "What does not help"),
    ("field.reasonsForLiving", "What makes life worth living"),
    ("field.reasonsForLiving.reason", "In their own words"),
    ("field.saferSurroundings", "Making their surroundings safer"),
    ("field.saferSurroundings.who", "Who can help"),
    ("field.action", "What is done"),
    ("field.howToMeetMe", "How to meet the person"),
    ("field.staff", "For staff"),
    ("field.police", "For the police"),
    ("field.contacts", "Who to contact, in this order"),
    ("field.phone", "Phone"),
    ("field.email", "E-mail"),
    ("field.whenToCall", "When to call"),
    ("field.whatFor", "What for"),
    ("field.doNotContact", "Do not contact or inform"),
    ("field.relation", "Relation"),
    ("field.reason", "Reason"),
    ("field.services", "Services and crisis lines"),
    ("field.openingHours", "Opening hours"),
    ("field.helpMessage", "Their message asking for help"),
    ("field.helpMessage.text", "The message"),
    ("field.helpMessage.recipients", "Sent to"),
    ("field.admission", "User-controlled admission"),
    ("field.unit", "Unit"),
    ("field.howToAsk", "How to ask"),
    ("field.maxNights", "Most nights"),
    ("field.conditions", "Conditions"),
    ("field.validUntil", "Valid until"),
    ("field.treatment", "Treatment wishes"),
    ("field.medicinesThatHelp", "Medicines that help"),
    ("field.medicinesToAvoid", "Medicines to avoid"),
    ("field.preferredPlace", "Preferred place of treatment"),
    ("field.alternativesToAdmission", "Alternatives to admission"),
    ("field.transport", "Transport"),
    ("field.otherWishes", "Other wishes"),
    ("field.practical", "Practical matters"),
    ("field.children", "Children"),
    ("field.pets", "Pets"),
    ("field.homeAndKeys", "Home and keys"),
    ("field.bills", "Bills"),
    ("field.workOrSchool", "Work or school"),
    ("field.other", "Other"),
    ("field.afterCrisis", "After the crisis"),
    (
        "field.howIKnowIAmBetter",
        "How the person knows they are better",
    ),
    ("field.followUpWanted", "Follow-up they want"),
    ("field.name", "Name"),
    ("field.role", "Role"),
    ("field.organisation", "Organisation"),
    ("field.reachable", "When to reach them"),
    ("field.nextOfKin", "Next of kin"),
    ("field.isCoordinator", "Coordinator"),
    ("field.inResponsibilityGroup", "In the responsibility group"),
    ("value.who.me", "The person"),
    ("value.lifeArea.health", "Health"),
    ("value.lifeArea.mentalHealth", "Mental health"),
    ("value.lifeArea.substanceUse", "Substance use"),
    ("value.lifeArea.housing", "Housing"),
    ("value.lifeArea.money", "Money"),
    ("value.lifeArea.workAndEducation", "Work and education"),
    (
        "value.lifeArea.familyAndRelationships",
        "Family and relationships",
    ),
    ("value.lifeArea.dailyLiving", "Daily living"),
    ("value.lifeArea.leisure", "Leisure"),
    ("value.lifeArea.other", "Other"),
    ("value.role.gp", "GP"),
    ("value.role.coordinator", "Coordinator"),
    ("value.role.mentalHealthNurse", "Mental health nurse"),
    ("value.role.psychologist", "Psychologist"),
    ("value.role.psychiatrist", "Psychiatrist"),
    ("value.role.nav", "NAV"),
    ("value.role.childWelfare", "Child welfare"),
    ("value.role.housing", "Housing office"),
    ("value.role.peerWorker", "Peer worker"),
    ("value.role.nextOfKin", "Next of kin"),
    ("value.role.friend", "Friend"),
    ("value.role.volunteer", "Volunteer"),
    ("value.role.other", "Other"),
    ("value.status.notStarted", "Not started"),
    ("value.status.underway", "Underway"),
    ("value.status.reached", "Reached"),
    ("value.status.paused", "Paused"),
    ("value.status.letGo", "Let go"),
    ("value.status.wanted", "Wanted"),
    ("value.status.appliedFor", "Applied for"),
    ("value.status.granted", "Granted"),
    ("value.status.ongoing", "Ongoing"),
    ("value.status.ended", "Ended"),
    ("value.status.refused", "Refused"),
    ("value.status.open", "Open"),
    ("value.status.done", "Done"),
    ("value.status.cancelled", "Cancelled"),
    ("value.stage.early", "Early"),
    ("value.stage.gettingWorse", "Getting worse"),
    ("value.stage.acute", "Acute"),
    ("value.kind.note", "Note"),
    ("value.kind.reviewed", "Reviewed"),
    ("value.kind.shared", "Shared"),
    ("section.aboutMe", "About the person"),
    ("section.goals", "Goals"),
    ("section.measures", "Measures"),
    ("section.agreements", "Agreements"),
    ("section.appointments", "Appointments"),
    ("section.planPeriod", "Plan period"),
    ("section.crisisSigns", "Warning signs"),
    ("section.reasonsForLiving", "What makes life worth living"),
    ("section.saferSurroundings", "Safer surroundings"),
    ("section.howToMeetMe", "How to meet the person"),
    ("section.crisisContacts", "Crisis contacts"),
    ("section.helpMessage", "The message that asks for help"),
    ("section.treatmentWishes", "Treatment wishes"),
    ("section.admission", "User-controlled admission"),
    ("section.practicalMatters", "Practical matters"),
    ("section.resourcesAndNeeds", "Resources and needs"),
    ("section.contributions", "Who does what"),
    ("section.revisionLog", "Changes to the plan"),
    ("section.network", "Network"),
    ("section.afterCrisis", "After the crisis"),
    ("date.month.1", "January"),
    ("date.month.2", "February"),
    ("date.month.3", "March"),
    ("date.month.4", "April"),
    ("date.month.5", "May"),
    ("date.month.6", "June"),
    ("date.month.7", "July"),
    ("date.month.8", "August"),
    ("date.month.9", "September"),
    ("date.month.10", "October"),
    ("date.month.11", "November"),
    ("date.month.12", "December"),
    ("date.day-month-year", "{day} {month} {year}"),
    ("date.date-time", "{date} at {time} UTC"),
    (
        "show.verdict-valid",
        "Signed and unchanged: the signature and the content were checked.",
    ),
    (
        "show.verdict-warnings",
        "Signed and unchanged, but read the warnings below before you rely on it.",
    ),
    (
        "show.from-pdf",
        "Shown from the signed plan document embedded in the PDF, which was verified. The PDF's visible pages are a convenience and were not checked.",
    ),
    ("show.warning", "Warning"),
    ("show.signed-by", "Signed by"),
    ("show.fingerprint", "{fingerprint} (fingerprint of {did})"),
    ("show.plan", "Plan"),
    ("show.plan-value", "{id}, version {version}"),
    ("show.valid-until", "The document is valid until"),
    ("show.for", "For"),
    ("show.sections", "Parts of the plan"),
    ("show.holds", "Holds"),
    (
        "show.selection",
        "A selection: the person left out some items of these parts (the document does not say which).",
    ),
    ("show.consent", "Consent to share"),
    ("show.consent-given", "Consent given"),
    ("show.consent-until", "Consent valid until"),
    ("show.stage-none", "No stage given"),
    (
        "warning.problem-review-date-passed",
        "The date for reviewing the plan has passed: ask the person whether it still holds.",
    ),
    (
        "warning.problem-consent-expired",
        "The consent to share has run out: ask the person whether they still want to share this.",
    ),
    (
        "warning.problem-admission-expired",
        "The agreement on user-controlled admission has run out.",
    ),
    (
        "warning.warning-valid-until-passed",
        "The document's own end date has passed: ask the person for a newer version.",
    ),
    (
        "warning.problem-text-not-nfc",
        "Some text is stored in an unusual way: letters that look the same may compare differently.",
    ),
    (
        "warning.problem-text-control-character",
        "Some text holds control characters; they are shown escaped.",
    ),
    (
        "warning.problem-phone-unusual",
        "A phone number looks unusual: check it before you call.",
    ),
    (
        "warning.problem-email-unusual",
        "An e-mail address looks unusual: check it before you write.",
    ),
    (
        "warning.problem-coordinator-several",
        "More than one person is marked as coordinator.",
    ),
    (
        "warning.problem-section-duplicate",
        "A part of the plan is named twice in a consent to share.",
    ),
];

/// The built-in Norwegian (Bokmål) labels, for the recipient.
const NORWEGIAN_BOKMAAL: &[(&str, &str)] = &[
    ("pdf.title", "Plan for {name}"),
    ("pdf.version", "Planversjon {version}"),
    ("pdf.date", "signert {date}"),
    ("pdf.for", "til {recipients}"),
    (
        "pdf.consent",
        "Samtykke til deling gitt {given}, gjelder til {until}",
    ),
    ("pdf.consent-open", "Samtykke til deling gitt {given}"),
    ("pdf.fingerprint", "Nøkkelens fingeravtrykk {fingerprint}"),
    ("pdf.page", "Side {page} av {pages}"),
    ("pdf.check-heading", "Slik kontrollerer du denne kopien"),
    (
        "pdf.check-note",
        "Denne PDF-en har det signerte plandokumentet inni seg, som vedlegget {file}. Sidene du leser, er til hjelp: signaturen gjelder bare det vedlagte dokumentet, ikke disse sidene. Kontroller det ved å åpne PDF-en i ownplans kontrollvisning eller kjøre: ownplan verify DENNE-FILEN.pdf. Sammenlign så fingeravtrykket {fingerprint} med personen, ansikt til ansikt eller på telefonen deres.",
    ),
    (
        "pdf.missing-letters",
        "Noen bokstaver i denne planen kan ikke vises på disse sidene og står som «?». Det vedlagte signerte dokumentet har den nøyaktige teksten: åpne det i ownplans kontrollvisning.",
    ),
    ("pdf.about-heading", "Om denne planen"),
    ("pdf.signed-by", "Signert med nøkkelen"),
    ("pdf.made", "Signert"),
    ("pdf.sections", "Deler av planen i denne kopien"),
    ("pdf.conditions", "Vilkår"),
    ("pdf.helpers", "Laget med hjelp fra"),
    (
        "pdf.selection",
        "Dette er et utvalg: personen har valgt hva denne mottakeren får.",
    ),
    (
        "pdf.file-description",
        "Det signerte plandokumentet (W3C Verifiable Credential)",
    ),
    ("value.yes", "ja"),
    ("value.no", "nei"),
    ("field.owner", "Personen"),
    ("field.individualPlan", "Individuell plan"),
    ("field.crisisPlan", "Kriseplan"),
    ("field.network", "Nettverk og kontakter"),
    ("field.owner.name", "Personens navn"),
    ("field.owner.phone", "Personens telefon"),
    ("field.owner.email", "Personens e-post"),
    ("field.myStory", "Historien deres, med egne ord"),
    ("field.whatMattersToMe", "Det som er viktig for dem"),
    ("field.goals", "Mål"),
    ("field.goals.text", "Mål"),
    ("field.why", "Hvorfor det er viktig"),
    ("field.steps", "Steg"),
    ("field.targetDate", "Måldato"),
    ("field.status", "Status"),
    ("field.lifeArea", "Livsområde"),
    ("field.resources", "Ressurser"),
    ("field.needs", "Behov"),
    ("field.contributions", "Hvem bidrar med hva"),
    ("field.fromMe", "Fra personen"),
    ("field.fromNextOfKin", "Fra pårørende"),
    ("field.fromServices", "Fra tjenestene"),
    ("field.measures", "Tiltak og tjenester"),
    ("field.what", "Hva"),
    ("field.extent", "Omfang"),
    ("field.provider", "Tjenesteyter"),
    ("field.responsible", "Ansvarlig"),
    ("field.howCarriedOut", "Hvordan det gjennomføres"),
    ("field.from", "Fra"),
    ("field.to", "Til"),
    ("field.notes", "Merknader"),
    ("field.note", "Merknad"),
    ("field.text", "Tekst"),
    ("field.cooperation", "Samarbeid med andre tjenester"),
    ("field.agreements", "Avtaler"),
    ("field.who", "Hvem"),
    ("field.byWhen", "Innen"),
    ("field.meeting", "Møte"),
    ("field.agreedOn", "Avtalt"),
    ("field.appointments", "Timer og møter"),
    ("field.date", "Dato"),
    ("field.time", "Klokkeslett"),
    ("field.withWhom", "Med hvem"),
    ("field.place", "Sted"),
    ("field.toRaise", "Det de vil ta opp"),
    ("field.period", "Planperiode"),
    ("field.reviewDate", "Evalueres"),
    ("field.revisionLog", "Endringer i planen"),
    ("field.at", "Når"),
    ("field.kind", "Type"),
    ("field.planVersion", "Planversjon"),
    ("field.warningSigns", "Varseltegn"),
    ("field.stage", "Fase"),
    ("field.sign", "Tegn"),
    ("field.whatIDo", "Det personen gjør"),
    ("field.whatOthersDo", "Det andre gjør"),
    ("field.triggers", "Det som kan utløse en krise"),
    ("field.whatIDoMyself", "Det personen gjør selv"),
    ("field.whatHelps", "Det som hjelper"),
    ("field.whatDoesNotHelp", "Det som ikke hjelper"),
    ("field.reasonsForLiving", "Det som gjør livet verdt å leve"),
    ("field.reasonsForLiving.reason", "Med egne ord"),
    ("field.saferSurroundings", "Tryggere omgivelser"),
    ("field.saferSurroundings.who", "Hvem som kan hjelpe"),
    ("field.action", "Det som gjøres"),
    ("field.howToMeetMe", "Slik møter du personen"),
    ("field.staff", "For ansatte"),
    ("field.police", "For politiet"),
    (
        "field.contacts",
        "Hvem som skal kontaktes, i denne rekkefølgen",
    ),
    ("field.phone", "Telefon"),
    ("field.email", "E-post"),
    ("field.whenToCall", "Når de skal ringes"),
    ("field.whatFor", "Hva de kan hjelpe med"),
    ("field.doNotContact", "Skal ikke kontaktes eller informeres"),
    ("field.relation", "Relasjon"),
    ("field.reason", "Grunn"),
    ("field.services", "Tjenester og krisetelefoner"),
    ("field.openingHours", "Åpningstider"),
    ("field.helpMessage", "Melding når personen trenger hjelp"),
    ("field.helpMessage.text", "Meldingen"),
    ("field.helpMessage.recipients", "Mottakere"),
    ("field.admission", "Brukerstyrt plass"),
    ("field.unit", "Enhet"),
    ("field.howToAsk", "Slik ber personen om plass"),
    ("field.maxNights", "Flest netter"),
    ("field.conditions", "Vilkår"),
    ("field.validUntil", "Gjelder til"),
    ("field.treatment", "Ønsker for behandling"),
    ("field.medicinesThatHelp", "Medisiner som hjelper"),
    ("field.medicinesToAvoid", "Medisiner som bør unngås"),
    ("field.preferredPlace", "Foretrukket behandlingssted"),
    (
        "field.alternativesToAdmission",
        "Alternativer til innleggelse",
    ),
    ("field.transport", "Transport"),
    ("field.otherWishes", "Andre ønsker"),
    ("field.practical", "Praktiske ting"),
    ("field.children", "Barn"),
    ("field.pets", "Dyr"),
    ("field.homeAndKeys", "Hjem og nøkler"),
    ("field.bills", "Regninger"),
    ("field.workOrSchool", "Arbeid eller skole"),
    ("field.other", "Annet"),
    ("field.afterCrisis", "Etter krisen"),
    (
        "field.howIKnowIAmBetter",
        "Slik vet personen at det går bedre",
    ),
    ("field.followUpWanted", "Oppfølging de ønsker"),
    ("field.name", "Navn"),
    ("field.role", "Rolle"),
    ("field.organisation", "Organisasjon"),
    ("field.reachable", "Når de kan nås"),
    ("field.nextOfKin", "Pårørende"),
    ("field.isCoordinator", "Koordinator"),
    ("field.inResponsibilityGroup", "I ansvarsgruppa"),
    ("value.who.me", "Personen"),
    ("value.lifeArea.health", "Helse"),
    ("value.lifeArea.mentalHealth", "Psykisk helse"),
    ("value.lifeArea.substanceUse", "Rus"),
    ("value.lifeArea.housing", "Bolig"),
    ("value.lifeArea.money", "Økonomi"),
    ("value.lifeArea.workAndEducation", "Arbeid og utdanning"),
    (
        "value.lifeArea.familyAndRelationships",
        "Familie og relasjoner",
    ),
    ("value.lifeArea.dailyLiving", "Hverdagsliv"),
    ("value.lifeArea.leisure", "Fritid"),
    ("value.lifeArea.other", "Annet"),
    ("value.role.gp", "Fastlege"),
    ("value.role.coordinator", "Koordinator"),
    ("value.role.mentalHealthNurse", "Psykiatrisk sykepleier"),
    ("value.role.psychologist", "Psykolog"),
    ("value.role.psychiatrist", "Psykiater"),
    ("value.role.nav", "NAV"),
    ("value.role.childWelfare", "Barnevernet"),
    ("value.role.housing", "Boligkontoret"),
    ("value.role.peerWorker", "Likeperson"),
    ("value.role.nextOfKin", "Pårørende"),
    ("value.role.friend", "Venn"),
    ("value.role.volunteer", "Frivillig"),
    ("value.role.other", "Annet"),
    ("value.status.notStarted", "Ikke startet"),
    ("value.status.underway", "På vei"),
    ("value.status.reached", "Nådd"),
    ("value.status.paused", "På pause"),
    ("value.status.letGo", "Lagt bort"),
    ("value.status.wanted", "Ønsket"),
    ("value.status.appliedFor", "Søkt om"),
    ("value.status.granted", "Innvilget"),
    ("value.status.ongoing", "Pågår"),
    ("value.status.ended", "Avsluttet"),
    ("value.status.refused", "Avslått"),
    ("value.status.open", "Åpen"),
    ("value.status.done", "Gjort"),
    ("value.status.cancelled", "Avlyst"),
    ("value.stage.early", "Tidlig"),
    ("value.stage.gettingWorse", "Verre"),
    ("value.stage.acute", "Akutt"),
    ("value.kind.note", "Merknad"),
    ("value.kind.reviewed", "Evaluert"),
    ("value.kind.shared", "Delt"),
    ("section.aboutMe", "Om personen"),
    ("section.goals", "Mål"),
    ("section.measures", "Tiltak"),
    ("section.agreements", "Avtaler"),
    ("section.appointments", "Timer"),
    ("section.planPeriod", "Planperiode"),
    ("section.crisisSigns", "Varseltegn"),
    (
        "section.reasonsForLiving",
        "Det som gjør livet verdt å leve",
    ),
    ("section.saferSurroundings", "Tryggere omgivelser"),
    ("section.howToMeetMe", "Slik møter du personen"),
    ("section.crisisContacts", "Krisekontakter"),
    ("section.helpMessage", "Meldingen som ber om hjelp"),
    ("section.treatmentWishes", "Ønsker for behandling"),
    ("section.admission", "Brukerstyrt plass"),
    ("section.practicalMatters", "Praktiske ting"),
    ("section.resourcesAndNeeds", "Ressurser og behov"),
    ("section.contributions", "Hvem gjør hva"),
    ("section.revisionLog", "Endringer i planen"),
    ("section.network", "Nettverk"),
    ("section.afterCrisis", "Etter krisen"),
    ("date.month.1", "januar"),
    ("date.month.2", "februar"),
    ("date.month.3", "mars"),
    ("date.month.4", "april"),
    ("date.month.5", "mai"),
    ("date.month.6", "juni"),
    ("date.month.7", "juli"),
    ("date.month.8", "august"),
    ("date.month.9", "september"),
    ("date.month.10", "oktober"),
    ("date.month.11", "november"),
    ("date.month.12", "desember"),
    ("date.day-month-year", "{day}. {month} {year}"),
    ("date.date-time", "{date} kl. {time} UTC"),
    (
        "show.verdict-valid",
        "Signert og uendret: signaturen og innholdet er kontrollert.",
    ),
    (
        "show.verdict-warnings",
        "Signert og uendret, men les advarslene nedenfor før du stoler på det.",
    ),
    (
        "show.from-pdf",
        "Vist fra det signerte plandokumentet inni PDF-en, som er kontrollert. Sidene i PDF-en er til hjelp og er ikke kontrollert.",
    ),
    ("show.warning", "Advarsel"),
    ("show.signed-by", "Signert av"),
    (
        "show.fingerprint",
        "{fingerprint} (fingeravtrykket til {did})",
    ),
    ("show.plan", "Plan"),
    ("show.plan-value", "{id}, versjon {version}"),
    ("show.valid-until", "Dokumentet gjelder til"),
    ("show.for", "Til"),
    ("show.sections", "Deler av planen"),
    ("show.holds", "Inneholder"),
    (
        "show.selection",
        "Et utvalg: personen har holdt tilbake noen punkter i disse delene (dokumentet sier ikke hvilke).",
    ),
    ("show.consent", "Samtykke til deling"),
    ("show.consent-given", "Samtykke gitt"),
    ("show.consent-until", "Samtykket gjelder til"),
    ("show.stage-none", "Uten fase"),
    (
        "warning.problem-review-date-passed",
        "Datoen for å gå gjennom planen har passert: spør personen om den fortsatt gjelder.",
    ),
    (
        "warning.problem-consent-expired",
        "Samtykket til deling har gått ut: spør personen om de fortsatt vil dele dette.",
    ),
    (
        "warning.problem-admission-expired",
        "Avtalen om brukerstyrt plass har gått ut.",
    ),
    (
        "warning.warning-valid-until-passed",
        "Dokumentets egen sluttdato har passert: be personen om en nyere versjon.",
    ),
    (
        "warning.problem-text-not-nfc",
        "Noe tekst er lagret på en uvanlig måte: bokstaver som ser like ut, kan sammenlignes ulikt.",
    ),
    (
        "warning.problem-text-control-character",
        "Noe tekst har kontrolltegn; de vises som koder.",
    ),
    (
        "warning.problem-phone-unusual",
        "Et telefonnummer ser uvanlig ut: sjekk det før du ringer.",
    ),
    (
        "warning.problem-email-unusual",
        "En e-postadresse ser uvanlig ut: sjekk den før du skriver.",
    ),
    (
        "warning.problem-coordinator-several",
        "Mer enn én person er merket som koordinator.",
    ),
    (
        "warning.problem-section-duplicate",
        "En del av planen er nevnt to ganger i et samtykke til deling.",
    ),
];

/// The built-in Norwegian (Nynorsk) labels, for the recipient.
const NORWEGIAN_NYNORSK: &[(&str, &str)] = &[
    ("pdf.title", "Plan for {name}"),
    ("pdf.version", "Planversjon {version}"),
    ("pdf.date", "signert {date}"),
    ("pdf.for", "til {recipients}"),
    (
        "pdf.consent",
        "Samtykke til deling gitt {given}, gjeld til {until}",
    ),
    ("pdf.consent-open", "Samtykke til deling gitt {given}"),
    (
        "pdf.fingerprint",
        "Fingeravtrykket til nøkkelen {fingerprint}",
    ),
    ("pdf.page", "Side {page} av {pages}"),
    ("pdf.check-heading", "Slik kontrollerer du denne kopien"),
    (
        "pdf.check-note",
        "Denne PDF-en har det signerte plandokumentet inni seg, som vedlegget {file}. Sidene du les, er til hjelp: signaturen gjeld berre det vedlagde dokumentet, ikkje desse sidene. Kontroller det ved å opne PDF-en i kontrollvisinga til ownplan eller køyre: ownplan verify DENNE-FILA.pdf. Samanlikn så fingeravtrykket {fingerprint} med personen, andlet til andlet eller på telefonen deira.",
    ),
    (
        "pdf.missing-letters",
        "Nokre bokstavar i denne planen kan ikkje visast på desse sidene og står som «?». Det vedlagde signerte dokumentet har den nøyaktige teksten: opne det i kontrollvisinga til ownplan.",
    ),
    ("pdf.about-heading", "Om denne planen"),
    ("pdf.signed-by", "Signert med nøkkelen"),
    ("pdf.made", "Signert"),
    ("pdf.sections", "Delar av planen i denne kopien"),
    ("pdf.conditions", "Vilkår"),
    ("pdf.helpers", "Laga med hjelp frå"),
    (
        "pdf.selection",
        "Dette er eit utval: personen har valt kva denne mottakaren får.",
    ),
    (
        "pdf.file-description",
        "Det signerte plandokumentet (W3C Verifiable Credential)",
    ),
    ("value.yes", "ja"),
    ("value.no", "nei"),
    ("field.owner", "Personen"),
    ("field.individualPlan", "Individuell plan"),
    ("field.crisisPlan", "Kriseplan"),
    ("field.network", "Nettverk og kontaktar"),
    ("field.owner.name", "Namnet til personen"),
    ("field.owner.phone", "Telefonen til personen"),
    ("field.owner.email", "E-posten til personen"),
    ("field.myStory", "Historia deira, med eigne ord"),
    ("field.whatMattersToMe", "Det som er viktig for dei"),
    ("field.goals", "Mål"),
    ("field.goals.text", "Mål"),
    ("field.why", "Kvifor det er viktig"),
    ("field.steps", "Steg"),
    ("field.targetDate", "Måldato"),
    ("field.status", "Status"),
    ("field.lifeArea", "Livsområde"),
    ("field.resources", "Ressursar"),
    ("field.needs", "Behov"),
    ("field.contributions", "Kven bidreg med kva"),
    ("field.fromMe", "Frå personen"),
    ("field.fromNextOfKin", "Frå pårørande"),
    ("field.fromServices", "Frå tenestene"),
    ("field.measures", "Tiltak og tenester"),
    ("field.what", "Kva"),
    ("field.extent", "Omfang"),
    ("field.provider", "Tenesteytar"),
    ("field.responsible", "Ansvarleg"),
    ("field.howCarriedOut", "Korleis det blir gjennomført"),
    ("field.from", "Frå"),
    ("field.to", "Til"),
    ("field.notes", "Merknader"),
    ("field.note", "Merknad"),
    ("field.text", "Tekst"),
    ("field.cooperation", "Samarbeid med andre tenester"),
    ("field.agreements", "Avtalar"),
    ("field.who", "Kven"),
    ("field.byWhen", "Innan"),
    ("field.meeting", "Møte"),
    ("field.agreedOn", "Avtalt"),
    ("field.appointments", "Timar og møte"),
    ("field.date", "Dato"),
    ("field.time", "Klokkeslett"),
    ("field.withWhom", "Med kven"),
    ("field.place", "Stad"),
    ("field.toRaise", "Det dei vil ta opp"),
    ("field.period", "Planperiode"),
    ("field.reviewDate", "Skal gåast gjennom"),
    ("field.revisionLog", "Endringar i planen"),
    ("field.at", "Når"),
    ("field.kind", "Type"),
    ("field.planVersion", "Planversjon"),
    ("field.warningSigns", "Varselteikn"),
    ("field.stage", "Fase"),
    ("field.sign", "Teikn"),
    ("field.whatIDo", "Det personen gjer"),
    ("field.whatOthersDo", "Det andre gjer"),
    ("field.triggers", "Det som kan utløyse ei krise"),
    ("field.whatIDoMyself", "Det personen gjer sjølv"),
    ("field.whatHelps", "Det som hjelper"),
    ("field.whatDoesNotHelp", "Det som ikkje hjelper"),
    ("field.reasonsForLiving", "Det som gjer livet verdt å leve"),
    ("field.reasonsForLiving.reason", "Med eigne ord"),
    ("field.saferSurroundings", "Tryggare omgivnader"),
    ("field.saferSurroundings.who", "Kven som kan hjelpe"),
    ("field.action", "Det som blir gjort"),
    ("field.howToMeetMe", "Slik møter du personen"),
    ("field.staff", "For tilsette"),
    ("field.police", "For politiet"),
    (
        "field.contacts",
        "Kven som skal kontaktast, i denne rekkjefølgja",
    ),
    ("field.phone", "Telefon"),
    ("field.email", "E-post"),
    ("field.whenToCall", "Når dei skal ringjast"),
    ("field.whatFor", "Kva dei kan hjelpe med"),
    (
        "field.doNotContact",
        "Skal ikkje kontaktast eller informerast",
    ),
    ("field.relation", "Relasjon"),
    ("field.reason", "Grunn"),
    ("field.services", "Tenester og krisetelefonar"),
    ("field.openingHours", "Opningstider"),
    ("field.helpMessage", "Melding når personen treng hjelp"),
    ("field.helpMessage.text", "Meldinga"),
    ("field.helpMessage.recipients", "Mottakarar"),
    ("field.admission", "Brukarstyrt plass"),
    ("field.unit", "Eining"),
    ("field.howToAsk", "Slik ber personen om plass"),
    ("field.maxNights", "Flest netter"),
    ("field.conditions", "Vilkår"),
    ("field.validUntil", "Gjeld til"),
    ("field.treatment", "Ønske for behandling"),
    ("field.medicinesThatHelp", "Medisinar som hjelper"),
    ("field.medicinesToAvoid", "Medisinar som bør unngåast"),
    ("field.preferredPlace", "Føretrekt behandlingsstad"),
    ("field.alternativesToAdmission", "Alternativ til innlegging"),
    ("field.transport", "Transport"),
    ("field.otherWishes", "Andre ønske"),
    ("field.practical", "Praktiske ting"),
    ("field.children", "Barn"),
    ("field.pets", "Dyr"),
    ("field.homeAndKeys", "Heim og nøklar"),
    ("field.bills", "Rekningar"),
    ("field.workOrSchool", "Arbeid eller skule"),
    ("field.other", "Anna"),
    ("field.afterCrisis", "Etter krisa"),
    (
        "field.howIKnowIAmBetter",
        "Slik veit personen at det går betre",
    ),
    ("field.followUpWanted", "Oppfølging dei ønskjer"),
    ("field.name", "Namn"),
    ("field.role", "Rolle"),
    ("field.organisation", "Organisasjon"),
    ("field.reachable", "Når dei kan nåast"),
    ("field.nextOfKin", "Pårørande"),
    ("field.isCoordinator", "Koordinator"),
    ("field.inResponsibilityGroup", "I ansvarsgruppa"),
    ("value.who.me", "Personen"),
    ("value.lifeArea.health", "Helse"),
    ("value.lifeArea.mentalHealth", "Psykisk helse"),
    ("value.lifeArea.substanceUse", "Rus"),
    ("value.lifeArea.housing", "Bustad"),
    ("value.lifeArea.money", "Økonomi"),
    ("value.lifeArea.workAndEducation", "Arbeid og utdanning"),
    (
        "value.lifeArea.familyAndRelationships",
        "Familie og relasjonar",
    ),
    ("value.lifeArea.dailyLiving", "Kvardagsliv"),
    ("value.lifeArea.leisure", "Fritid"),
    ("value.lifeArea.other", "Anna"),
    ("value.role.gp", "Fastlege"),
    ("value.role.coordinator", "Koordinator"),
    ("value.role.mentalHealthNurse", "Psykiatrisk sjukepleiar"),
    ("value.role.psychologist", "Psykolog"),
    ("value.role.psychiatrist", "Psykiater"),
    ("value.role.nav", "NAV"),
    ("value.role.childWelfare", "Barnevernet"),
    ("value.role.housing", "Bustadkontoret"),
    ("value.role.peerWorker", "Likeperson"),
    ("value.role.nextOfKin", "Pårørande"),
    ("value.role.friend", "Ven"),
    ("value.role.volunteer", "Frivillig"),
    ("value.role.other", "Anna"),
    ("value.status.notStarted", "Ikkje starta"),
    ("value.status.underway", "På veg"),
    ("value.status.reached", "Nådd"),
    ("value.status.paused", "På pause"),
    ("value.status.letGo", "Lagt bort"),
    ("value.status.wanted", "Ønskt"),
    ("value.status.appliedFor", "Søkt om"),
    ("value.status.granted", "Innvilga"),
    ("value.status.ongoing", "Pågår"),
    ("value.status.ended", "Avslutta"),
    ("value.status.refused", "Avslått"),
    ("value.status.open", "Open"),
    ("value.status.done", "Gjort"),
    ("value.status.cancelled", "Avlyst"),
    ("value.stage.early", "Tidleg"),
    ("value.stage.gettingWorse", "Verre"),
    ("value.stage.acute", "Akutt"),
    ("value.kind.note", "Merknad"),
    ("value.kind.reviewed", "Gått gjennom"),
    ("value.kind.shared", "Delt"),
    ("section.aboutMe", "Om personen"),
    ("section.goals", "Mål"),
    ("section.measures", "Tiltak"),
    ("section.agreements", "Avtalar"),
    ("section.appointments", "Timar"),
    ("section.planPeriod", "Planperiode"),
    ("section.crisisSigns", "Varselteikn"),
    (
        "section.reasonsForLiving",
        "Det som gjer livet verdt å leve",
    ),
    ("section.saferSurroundings", "Tryggare omgivnader"),
    ("section.howToMeetMe", "Slik møter du personen"),
    ("section.crisisContacts", "Krisekontaktar"),
    ("section.helpMessage", "Meldinga som ber om hjelp"),
    ("section.treatmentWishes", "Ønske for behandling"),
    ("section.admission", "Brukarstyrt plass"),
    ("section.practicalMatters", "Praktiske ting"),
    ("section.resourcesAndNeeds", "Ressursar og behov"),
    ("section.contributions", "Kven gjer kva"),
    ("section.revisionLog", "Endringar i planen"),
    ("section.network", "Nettverk"),
    ("section.afterCrisis", "Etter krisa"),
    ("date.month.1", "januar"),
    ("date.month.2", "februar"),
    ("date.month.3", "mars"),
    ("date.month.4", "april"),
    ("date.month.5", "mai"),
    ("date.month.6", "juni"),
    ("date.month.7", "juli"),
    ("date.month.8", "august"),
    ("date.month.9", "september"),
    ("date.month.10", "oktober"),
    ("date.month.11", "november"),
    ("date.month.12", "desember"),
    ("date.day-month-year", "{day}. {month} {year}"),
    ("date.date-time", "{date} kl. {time} UTC"),
    (
        "show.verdict-valid",
        "Signert og uendra: signaturen og innhaldet er kontrollerte.",
    ),
    (
        "show.verdict-warnings",
        "Signert og uendra, men les åtvaringane nedanfor før du stolar på det.",
    ),
    (
        "show.from-pdf",
        "Vist frå det signerte plandokumentet inni PDF-en, som er kontrollert. Sidene i PDF-en er til hjelp og er ikkje kontrollerte.",
    ),
    ("show.warning", "Åtvaring"),
    ("show.signed-by", "Signert av"),
    (
        "show.fingerprint",
        "{fingerprint} (fingeravtrykket til {did})",
    ),
    ("show.plan", "Plan"),
    ("show.plan-value", "{id}, versjon {version}"),
    ("show.valid-until", "Dokumentet gjeld til"),
    ("show.for", "Til"),
    ("show.sections", "Delar av planen"),
    ("show.holds", "Inneheld"),
    (
        "show.selection",
        "Eit utval: personen har halde tilbake nokre punkt i desse delane (dokumentet seier ikkje kva for nokre).",
    ),
    ("show.consent", "Samtykke til deling"),
    ("show.consent-given", "Samtykke gitt"),
    ("show.consent-until", "Samtykket gjeld til"),
    ("show.stage-none", "Utan fase"),
    (
        "warning.problem-review-date-passed",
        "Datoen for å gå gjennom planen har passert: spør personen om han framleis gjeld.",
    ),
    (
        "warning.problem-consent-expired",
        "Samtykket til deling har gått ut: spør personen om dei framleis vil dele dette.",
    ),
    (
        "warning.problem-admission-expired",
        "Avtalen om brukarstyrt plass har gått ut.",
    ),
    (
        "warning.warning-valid-until-passed",
        "Sluttdatoen til sjølve dokumentet har passert: be personen om ein nyare versjon.",
    ),
    (
        "warning.problem-text-not-nfc",
        "Noko tekst er lagra på ein uvanleg måte: bokstavar som ser like ut, kan bli samanlikna ulikt.",
    ),
    (
        "warning.problem-text-control-character",
        "Noko tekst har kontrollteikn; dei blir viste som kodar.",
    ),
    (
        "warning.problem-phone-unusual",
        "Eit telefonnummer ser uvanleg ut: sjekk det før du ringjer.",
    ),
    (
        "warning.problem-email-unusual",
        "Ei e-postadresse ser uvanleg ut: sjekk ho før du skriv.",
    ),
    (
        "warning.problem-coordinator-several",
        "Meir enn éin person er merkt som koordinator.",
    ),
    (
        "warning.problem-section-duplicate",
        "Ein del av planen er nemnd to gonger i eit samtykke til deling.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_values_become_words() {
        let english = Labels::english();
        assert_eq!(english.field("owner", "name"), "The person's name");
        assert_eq!(english.field("network", "name"), "Name");
        assert_eq!(
            english.value("lifeArea", "workAndEducation"),
            "Work and education"
        );
        assert_eq!(english.value("role", "somethingNew"), "Something new");
        assert_eq!(words("whatIDoMyself"), "What I do myself");
        let norwegian = Labels::for_language("nb");
        assert_eq!(norwegian.value("lifeArea", "money"), "Økonomi");
        let mut own = Labels::new();
        own.set("field.owner.name", "Navnet");
        assert_eq!(own.field("owner", "name"), "Navnet");
        assert_eq!(own.field("goals", "why"), "Why it matters");
    }

    #[test]
    fn every_language_has_every_label() {
        for (language, table) in [("nb", NORWEGIAN_BOKMAAL), ("nn", NORWEGIAN_NYNORSK)] {
            for (key, _) in ENGLISH {
                assert!(
                    table.iter().any(|(own, _)| own == key),
                    "{language} has no label {key}"
                );
            }
            assert_eq!(
                table.len(),
                ENGLISH.len(),
                "{language}: a key twice or unknown"
            );
        }
    }

    #[test]
    fn every_section_has_a_name_in_every_language() {
        for section in ownplan_core::plan::Section::ALL {
            let key = format!("section.{}", section.as_str());
            assert!(
                ENGLISH.iter().any(|(own, _)| *own == key),
                "no label {key} (a Norwegian copy would fall back to English words)"
            );
        }
    }

    #[test]
    fn nynorsk_plans_get_nynorsk_labels() {
        let nynorsk = Labels::for_language("nn");
        assert_eq!(nynorsk.value("lifeArea", "housing"), "Bustad");
        assert_eq!(nynorsk.field("owner", "name"), "Namnet til personen");
        assert_eq!(
            Labels::for_language("nb").value("lifeArea", "housing"),
            "Bolig"
        );
        assert_eq!(Labels::for_language("nn-NO"), nynorsk);
    }

    #[test]
    fn dates_in_words_in_each_language() {
        for (language, date, expected) in [
            ("nb", "2026-12-15", "15. desember 2026"),
            ("nn", "2027-01-05", "5. januar 2027"),
            ("en", "2026-12-15", "15 December 2026"),
            ("nb", "2026-13-01", "2026-13-01"),
            ("nb", "desember", "desember"),
            ("nb", "2026-12-00", "2026-12-00"),
        ] {
            assert_eq!(
                Labels::for_language(language).date(date),
                expected,
                "{date}"
            );
        }
        assert_eq!(
            Labels::for_language("nb").date_time("2026-11-22T10:00:00Z"),
            "22. november 2026 kl. 10:00 UTC"
        );
        assert_eq!(
            Labels::english().date_time("2026-11-22T10:00:00.5Z"),
            "22 November 2026 at 10:00 UTC"
        );
        assert_eq!(
            Labels::english().date_time("2026-11-22T10"),
            "2026-11-22T10"
        );
    }
}
