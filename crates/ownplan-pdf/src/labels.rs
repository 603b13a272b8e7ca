//! [`Labels`]: the words of the copy, supplied by the caller, so the widget can pass its own
//! translated strings and the command its built-in English or Norwegian table.
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
//!   [`CHROME_KEYS`]).
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

    /// The built-in labels for a plan language: Norwegian for `nb`, `nn` and `no` (Nynorsk readers
    /// read Bokmål labels; a caller with Nynorsk strings passes them), English for any other.
    pub fn for_language(language: &str) -> Self {
        let primary = language.split('-').next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "nb" | "nn" | "no" => Self::norwegian_bokmaal(),
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
    pub(crate) fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.get(key).unwrap_or(key).to_owned();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    /// The label of the field `key` inside `parent`.
    pub(crate) fn field(&self, parent: &str, key: &str) -> String {
        self.get(&format!("field.{parent}.{key}"))
            .or_else(|| self.get(&format!("field.{key}")))
            .map_or_else(|| words(key), str::to_owned)
    }

    /// A choice `value` of the field `key`, as words.
    pub(crate) fn value(&self, key: &str, value: &str) -> String {
        self.get(&format!("value.{key}.{value}"))
            .map_or_else(|| words(value), str::to_owned)
    }

    /// A section's name, as words.
    pub(crate) fn section(&self, name: &str) -> String {
        self.get(&format!("section.{name}"))
            .map_or_else(|| words(name), str::to_owned)
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
    ("section.howToMeetMe", "How to meet the person"),
    ("section.crisisContacts", "Crisis contacts"),
    ("section.treatmentWishes", "Treatment wishes"),
    ("section.admission", "User-controlled admission"),
    ("section.practicalMatters", "Practical matters"),
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
    ("section.howToMeetMe", "Slik møter du personen"),
    ("section.crisisContacts", "Krisekontakter"),
    ("section.treatmentWishes", "Ønsker for behandling"),
    ("section.admission", "Brukerstyrt plass"),
    ("section.practicalMatters", "Praktiske ting"),
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
}
