## The words of the PDF copy, read by the recipient: "The person's name", not "Your name".
## In the document's language (the plan's, not the interface's). Not part of the first load:
## only the PDF module reads this file (src/state/pdf_labels.rs maps each message to a key of
## ownplan_pdf::Labels). Each message is one line of text with { $name } placeholders only.

pdfcopy-pdf-title = Plan for { $name }
pdfcopy-pdf-version = Planversjon { $version }
pdfcopy-pdf-date = signert { $date }
pdfcopy-pdf-for = til { $recipients }
pdfcopy-pdf-consent = Samtykke til deling gitt { $given }, gjeld til { $until }
pdfcopy-pdf-consent-open = Samtykke til deling gitt { $given }
pdfcopy-pdf-fingerprint = Fingeravtrykket til nøkkelen { $fingerprint }
pdfcopy-pdf-page = Side { $page } av { $pages }
pdfcopy-pdf-check-heading = Slik kontrollerer du denne kopien
pdfcopy-pdf-check-note = Denne PDF-en har det signerte plandokumentet inni seg, som vedlegget { $file }. Sidene du les, er til hjelp: signaturen gjeld berre det vedlagde dokumentet, ikkje desse sidene. Kontroller det ved å opne PDF-en i kontrollvisinga til ownplan eller køyre: ownplan verify DENNE-FILA.pdf. Samanlikn så fingeravtrykket { $fingerprint } med personen, andlet til andlet eller på telefonen deira.
pdfcopy-pdf-missing-letters = Nokre bokstavar i denne planen kan ikkje visast på desse sidene og står som «?». Det vedlagde signerte dokumentet har den nøyaktige teksten: opne det i kontrollvisinga til ownplan.
pdfcopy-pdf-about-heading = Om denne planen
pdfcopy-pdf-signed-by = Signert med nøkkelen
pdfcopy-pdf-made = Signert
pdfcopy-pdf-sections = Delar av planen i denne kopien
pdfcopy-pdf-conditions = Vilkår
pdfcopy-pdf-helpers = Laga med hjelp frå
pdfcopy-pdf-selection = Dette er eit utval: personen har valt kva denne mottakaren får.
pdfcopy-pdf-file-description = Det signerte plandokumentet (W3C Verifiable Credential)
pdfcopy-value-yes = ja
pdfcopy-value-no = nei
pdfcopy-field-owner = Personen
pdfcopy-field-owner-name = Namnet til personen
pdfcopy-field-owner-phone = Telefonen til personen
pdfcopy-field-owner-email = E-posten til personen
pdfcopy-field-individual-plan = Individuell plan
pdfcopy-field-crisis-plan = Kriseplan
pdfcopy-field-network = Nettverk og kontaktar
pdfcopy-section-about-me = Om personen
pdfcopy-section-goals = Mål
pdfcopy-section-measures = Tiltak
pdfcopy-section-agreements = Avtalar
pdfcopy-section-appointments = Timar
pdfcopy-section-plan-period = Planperiode
pdfcopy-section-crisis-signs = Varselteikn
pdfcopy-section-how-to-meet-me = Slik møter du personen
pdfcopy-section-crisis-contacts = Krisekontaktar
pdfcopy-section-treatment-wishes = Ønske for behandling
pdfcopy-section-admission = Brukarstyrt plass
pdfcopy-section-practical-matters = Praktiske ting
pdfcopy-section-reasons-for-living = Det som gjer livet verdt å leve
pdfcopy-section-safer-surroundings = Tryggare omgivnader
pdfcopy-section-help-message = Meldinga som ber om hjelp
pdfcopy-value-life-area-health = Helse
pdfcopy-value-life-area-mental-health = Psykisk helse
pdfcopy-value-life-area-substance-use = Rus
pdfcopy-value-life-area-housing = Bustad
pdfcopy-value-life-area-money = Økonomi
pdfcopy-value-life-area-work-and-education = Arbeid og utdanning
pdfcopy-value-life-area-family-and-relationships = Familie og relasjonar
pdfcopy-value-life-area-daily-living = Kvardagsliv
pdfcopy-value-life-area-leisure = Fritid
pdfcopy-value-life-area-other = Anna
