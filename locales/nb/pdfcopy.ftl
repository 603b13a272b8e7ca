## The words of the PDF copy, read by the recipient: "The person's name", not "Your name".
## In the document's language (the plan's, not the interface's). Not part of the first load:
## only the PDF module reads this file (src/state/pdf_labels.rs maps each message to a key of
## ownplan_pdf::Labels). Each message is one line of text with { $name } placeholders only.

pdfcopy-pdf-title = Plan for { $name }
pdfcopy-pdf-version = Planversjon { $version }
pdfcopy-pdf-date = signert { $date }
pdfcopy-pdf-for = til { $recipients }
pdfcopy-pdf-consent = Samtykke til deling gitt { $given }, gjelder til { $until }
pdfcopy-pdf-consent-open = Samtykke til deling gitt { $given }
pdfcopy-pdf-fingerprint = Nøkkelens fingeravtrykk { $fingerprint }
pdfcopy-pdf-page = Side { $page } av { $pages }
pdfcopy-pdf-check-heading = Slik kontrollerer du denne kopien
pdfcopy-pdf-check-note = Denne PDF-en har det signerte plandokumentet inni seg, som vedlegget { $file }. Sidene du leser, er til hjelp: signaturen gjelder bare det vedlagte dokumentet, ikke disse sidene. Kontroller det ved å åpne PDF-en i ownplans kontrollvisning eller kjøre: ownplan verify DENNE-FILEN.pdf. Sammenlign så fingeravtrykket { $fingerprint } med personen, ansikt til ansikt eller på telefonen deres.
pdfcopy-pdf-missing-letters = Noen bokstaver i denne planen kan ikke vises på disse sidene og står som «?». Det vedlagte signerte dokumentet har den nøyaktige teksten: åpne det i ownplans kontrollvisning.
pdfcopy-pdf-about-heading = Om denne planen
pdfcopy-pdf-signed-by = Signert med nøkkelen
pdfcopy-pdf-made = Signert
pdfcopy-pdf-sections = Deler av planen i denne kopien
pdfcopy-pdf-conditions = Vilkår
pdfcopy-pdf-helpers = Laget med hjelp fra
pdfcopy-pdf-selection = Dette er et utvalg: personen har valgt hva denne mottakeren får.
pdfcopy-pdf-file-description = Det signerte plandokumentet (W3C Verifiable Credential)
pdfcopy-value-yes = ja
pdfcopy-value-no = nei
pdfcopy-field-owner = Personen
pdfcopy-field-owner-name = Personens navn
pdfcopy-field-owner-phone = Personens telefon
pdfcopy-field-owner-email = Personens e-post
pdfcopy-field-individual-plan = Individuell plan
pdfcopy-field-crisis-plan = Kriseplan
pdfcopy-field-network = Nettverk og kontakter
pdfcopy-section-about-me = Om personen
pdfcopy-section-goals = Mål
pdfcopy-section-measures = Tiltak
pdfcopy-section-agreements = Avtaler
pdfcopy-section-appointments = Timer
pdfcopy-section-plan-period = Planperiode
pdfcopy-section-crisis-signs = Varseltegn
pdfcopy-section-how-to-meet-me = Slik møter du personen
pdfcopy-section-crisis-contacts = Krisekontakter
pdfcopy-section-treatment-wishes = Ønsker for behandling
pdfcopy-section-admission = Brukerstyrt plass
pdfcopy-section-practical-matters = Praktiske ting
pdfcopy-section-reasons-for-living = Det som gjør livet verdt å leve
pdfcopy-section-safer-surroundings = Tryggere omgivelser
pdfcopy-section-help-message = Meldingen som ber om hjelp
pdfcopy-value-life-area-health = Helse
pdfcopy-value-life-area-mental-health = Psykisk helse
pdfcopy-value-life-area-substance-use = Rus
pdfcopy-value-life-area-housing = Bolig
pdfcopy-value-life-area-money = Økonomi
pdfcopy-value-life-area-work-and-education = Arbeid og utdanning
pdfcopy-value-life-area-family-and-relationships = Familie og relasjoner
pdfcopy-value-life-area-daily-living = Hverdagsliv
pdfcopy-value-life-area-leisure = Fritid
pdfcopy-value-life-area-other = Annet
