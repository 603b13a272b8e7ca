## The words of the PDF copy, read by the recipient: "The person's name", not "Your name".
## In the document's language (the plan's, not the interface's). Not part of the first load:
## only the PDF module reads this file (src/state/pdf_labels.rs maps each message to a key of
## ownplan_pdf::Labels). Each message is one line of text with { $name } placeholders only.

pdfcopy-pdf-title = Plan for { $name }
pdfcopy-pdf-version = Plan version { $version }
pdfcopy-pdf-date = signed { $date }
pdfcopy-pdf-for = for { $recipients }
pdfcopy-pdf-consent = Consent to share given { $given }, valid until { $until }
pdfcopy-pdf-consent-open = Consent to share given { $given }
pdfcopy-pdf-fingerprint = Key fingerprint { $fingerprint }
pdfcopy-pdf-page = Page { $page } of { $pages }
pdfcopy-pdf-check-heading = How to check this copy
pdfcopy-pdf-check-note = This PDF carries the signed plan document inside it, as the attached file { $file }. The pages you read are a convenience: the signature covers only the attached document, not these pages. To check it, open this PDF with the ownplan verify view or run: ownplan verify THIS-FILE.pdf. Then compare the key fingerprint { $fingerprint } with the person, in person or on their phone.
pdfcopy-pdf-missing-letters = Some letters in this plan cannot be shown on these pages and appear as "?". The attached signed document holds the exact text: open it in the ownplan verify view.
pdfcopy-pdf-about-heading = About this plan
pdfcopy-pdf-signed-by = Signed with the key
pdfcopy-pdf-made = Signed
pdfcopy-pdf-sections = Parts of the plan in this copy
pdfcopy-pdf-conditions = Conditions
pdfcopy-pdf-helpers = Made with help from
pdfcopy-pdf-selection = This is a selection: the person chose what this recipient gets.
pdfcopy-pdf-file-description = The signed plan document (W3C Verifiable Credential)
pdfcopy-value-yes = yes
pdfcopy-value-no = no
pdfcopy-field-owner = The person
pdfcopy-field-owner-name = The person's name
pdfcopy-field-owner-phone = The person's phone
pdfcopy-field-owner-email = The person's e-mail
pdfcopy-field-individual-plan = Individual plan
pdfcopy-field-crisis-plan = Crisis plan
pdfcopy-field-network = Network and contacts
pdfcopy-section-about-me = About the person
pdfcopy-section-goals = Goals
pdfcopy-section-measures = Measures
pdfcopy-section-agreements = Agreements
pdfcopy-section-appointments = Appointments
pdfcopy-section-plan-period = Plan period
pdfcopy-section-crisis-signs = Warning signs
pdfcopy-section-how-to-meet-me = How to meet the person
pdfcopy-section-crisis-contacts = Crisis contacts
pdfcopy-section-treatment-wishes = Treatment wishes
pdfcopy-section-admission = User-controlled admission
pdfcopy-section-practical-matters = Practical matters
pdfcopy-section-reasons-for-living = What makes life worth living
pdfcopy-section-safer-surroundings = Safer surroundings
pdfcopy-section-help-message = The message that asks for help
pdfcopy-value-life-area-health = Health
pdfcopy-value-life-area-mental-health = Mental health
pdfcopy-value-life-area-substance-use = Substance use
pdfcopy-value-life-area-housing = Housing
pdfcopy-value-life-area-money = Money
pdfcopy-value-life-area-work-and-education = Work and education
pdfcopy-value-life-area-family-and-relationships = Family and relationships
pdfcopy-value-life-area-daily-living = Daily living
pdfcopy-value-life-area-leisure = Leisure
pdfcopy-value-life-area-other = Other
