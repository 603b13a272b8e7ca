# ownplan: kriseplanen, krisekortet og utskrift (norsk nynorsk).
# Alle id-ane her må finnast i alle språk (ein test sjekkar det).

## Kriseplanen og delane av han.

crisis-advisory = I Noreg er ein kriseplan eit råd, ikkje eit bindande vedtak: han fortel andre kva du ønskjer, og kva som hjelper deg.
crisis-card-open = Opne krisekortet mitt
page-signs-title = Varselteikn
page-signs-intro = Teikna på at du blir dårlegare, med dine eigne ord, frå tidlege teikn til akutt, og kva du og andre gjer då.
page-signs-example = Tidleg: «Eg søv mindre enn fem timar fleire netter på rad.» Det eg gjer: «Går ein kveldstur og legg bort telefonen kl. 23.»
page-helps-title = Kva som hjelper, og kva som ikkje hjelper
page-helps-intro = Kva som kan utløyse ei krise, kva du gjer sjølv, og kva som hjelper eller ikkje hjelper deg.
page-helps-example = Hjelper: «Ei roleg stemme, korte beskjedar, nokon som blir verande hos meg.» Hjelper ikkje: «Mange folk i rommet.»
page-meet-title = Korleis eg vil bli møtt
page-meet-intro = Korleis fagfolk, og politiet om dei kjem, skal møte deg når det er vanskeleg.
page-meet-example = «Snakk roleg og rett fram. Fortel meg kva som skal skje. Spør før du tek på meg.»
page-contacts-title = Kven som skal ringjast
page-contacts-intro = Kven som skal ringjast først, som nummer to og så vidare, kven som ikkje skal kontaktast, og tenestene og krisetelefonane du bruker.
page-contacts-example = «1. Syster mi, Linn, om eg ikkje har svart på to dagar.»
page-admission-title = Brukarstyrt plass
page-admission-intro = Avtalen din om å leggje deg inn sjølv i nokre døgn utan tilvising: kvar, korleis du ber om det, og kor lenge.
page-admission-example = «Lovisenberg DPS, eg ringjer avdelinga sjølv, inntil 5 døgn.»
page-treatment-title = Ønske om behandling
page-treatment-intro = Medisinar som hjelper eller som må unngåast, kvar du vil vere, alternativ til innlegging, og korleis du vil bli transportert.
page-treatment-example = «Unngå Haldol: eg fekk sterke biverknader i 2024. Heller med taxi saman med syster mi enn i politibil.»
page-practical-title = Praktiske ting
page-practical-intro = Barn, kjæledyr, heim og nøklar, rekningar, jobb eller skule: kva som må ordnast, og kven som gjer det.
page-practical-example = «Katten Mons må få mat to gonger om dagen – syster mi Linn.»
page-after-title = Etter krisa
page-after-intro = Korleis du merkar at du blir betre, og oppfølginga du ønskjer.
page-after-example = «Eg søv seks timar og har lyst på frukost. Ein samtale med koordinatoren min innan ei veke.»

## Felt.

field-triggers = Det som kan utløyse ei krise
hint-triggers = Situasjonar, tider av året, ord eller menneske.
field-what-i-do-myself = Det eg gjer sjølv
field-what-helps = Det som hjelper meg
field-what-does-not-help = Det som ikkje hjelper meg
list-signs-add = Legg til eit varselteikn
list-signs-empty = Du har ikkje skrive nokon varselteikn enno.
field-signs-sign = Teiknet, med mine ord
hint-signs-sign = Det du eller andre legg merke til.
field-signs-stage = Kor alvorleg
choice-stage-early = Tidleg teikn
choice-stage-getting-worse = Blir verre
choice-stage-acute = Akutt
field-signs-what-i-do = Det eg gjer då
field-signs-what-others-do = Det andre skal gjere då
field-signs-who = Kven
heading-contacts = Kven som skal ringjast, i rekkjefølgje
list-contacts-add = Legg til nokon som skal ringjast
list-contacts-empty = Du har ikkje skrive kven som skal ringjast enno.
field-contacts-who = Kven
field-contacts-phone = Telefonnummer
hint-contacts-phone = La feltet stå tomt for å bruke nummeret frå nettverket ditt.
field-contacts-when = Når dei skal ringjast
field-contacts-what-for = Kva dei kan hjelpe med
heading-do-not-contact = Skal ikkje kontaktast eller få vite noko
do-not-contact-explain = Personar som ikkje skal ringjast eller få vite noko om deg.
list-do-not-contact-add = Legg til ein person
list-do-not-contact-empty = Du har ikkje skrive nokon her.
field-do-not-contact-name = Namn
field-do-not-contact-relation = Kven dei er for meg
field-do-not-contact-reason = Kvifor (om du vil seie det)
heading-services = Tenester og krisetelefonar
preset-label = Nasjonale nummer du kan leggje til
preset-add = Legg til
preset-113 = Medisinsk naudtelefon (ambulanse)
preset-112 = Politi
preset-legevakt = Legevakt
preset-mental-helse = Mental Helses hjelpetelefon
preset-kirkens-sos = Kirkens SOS
preset-hours-always = Døgnope
list-services-add = Legg til ei teneste
list-services-empty = Du har ikkje skrive nokon tenester enno.
field-services-name = Teneste
field-services-phone = Telefon
field-services-hours = Opningstider
field-services-note = Notat
field-meet-staff = For fagfolk
hint-meet-staff = Kva du vil at helsepersonell og andre som hjelper deg, skal gjere og ikkje gjere.
field-meet-police = For politiet
hint-meet-police = Om politiet kjem: kva som gjer det lettare for deg.
field-admission-unit = Avdeling
field-admission-phone = Telefon
field-admission-how-to-ask = Korleis eg ber om plass
field-admission-max-nights = Høgst tal på døgn kvar gong
hint-admission-max-nights = Eit heilt tal, til dømes 5.
field-admission-conditions = Vilkår
field-admission-valid-until = Avtalen gjeld til
treatment-advisory = Dette er ønska dine. Fagfolk vil ta omsyn til dei, men dei er ikkje bindande.
heading-medicines-help = Medisinar som hjelper meg
list-medicines-help-add = Legg til ein medisin som hjelper
list-medicines-help-empty = Ingen enno.
heading-medicines-avoid = Medisinar eg må unngå
list-medicines-avoid-add = Legg til ein medisin eg må unngå
list-medicines-avoid-empty = Ingen enno.
field-medicine-name = Medisin
field-medicine-why-helps = Korleis han hjelper
field-medicine-why-avoid = Kvifor han må unngåast
heading-treatment-wishes = Andre ønske
field-treatment-place = Kvar eg vil få behandling
field-treatment-alternatives = Alternativ til innlegging
field-treatment-transport = Korleis eg vil bli transportert
field-treatment-other = Andre ønske
heading-practical-children = Barn
heading-practical-pets = Kjæledyr
heading-practical-home = Heim og nøklar
heading-practical-bills = Rekningar
heading-practical-work = Jobb eller skule
heading-practical-other = Anna
field-practical-what = Det som må ordnast
field-practical-who = Kven som ordnar det
field-after-better = Korleis eg merkar at eg blir betre
field-after-follow-up = Oppfølginga eg ønskjer
value-yes = Ja

## Krisekortet.

card-button = Krisekort
card-title = Krisekortet mitt
card-title-of = Krisekort: { $name }
card-who-to-call = Ring
card-call = Ring { $name }: { $phone }
card-no-contacts = Du har ikkje skrive kven som skal ringjast enno.
card-emergency = Naudsituasjon: ring 113
card-what-helps = Det som hjelper meg
card-what-i-do = Det eg gjer sjølv
card-how-to-meet-me = Slik vil eg bli møtt
card-print = Skriv ut krisekortet

## Utskrift av heile planen.

print-title = Heile planen min
print-whole-plan = Skriv ut heile planen
print-now = Skriv ut
print-running = { $name } · planversjon { $version } · utskrift { $date }
error-whole-number = Skriv eit heilt tal, til dømes 5. Ingenting blei endra.
wallet-open = Kort til lommeboka
wallet-title = Krisekort til lommeboka
wallet-explain = Skriv ut denne sida, klipp langs den stipla linja og brett på midten: då passar kortet i lommeboka.
wallet-print = Skriv ut kortet til lommeboka

## issue13-words
card-name-missing = Namnet ditt står ikkje på kortet enno. Skriv det her, så dei som hjelper deg, veit kven kortet høyrer til.

## issue14-deliver
print-running-key = { $name } · planversjon { $version } · utskrift { $date } · fingeravtrykket til nøkkelen { $fingerprint }

## issue16-fit: a portal's services on the card; no printing inside a portal's page
card-service-hours = Opningstider: { $hours }
print-in-page = Utskrift er ikkje tilgjengeleg her: då ville heile sida rundt planen blitt skriven ut.
