# ownplan: kriseplanen, krisekortet og utskrift (norsk bokmål).
# Alle id-er her må finnes i alle språk (en test sjekker det).

## Kriseplanen og delene av den.

crisis-advisory = I Norge er en kriseplan et råd, ikke et bindende vedtak: den forteller andre hva du ønsker, og hva som hjelper deg.
crisis-card-open = Åpne krisekortet mitt
page-signs-title = Varseltegn
page-signs-intro = Tegnene på at du blir dårligere, med dine egne ord, fra tidlige tegn til akutt, og hva du og andre gjør da.
page-signs-example = Tidlig: «Jeg sover mindre enn fem timer flere netter på rad.» Det jeg gjør: «Går en kveldstur og legger bort telefonen kl. 23.»
page-helps-title = Hva som hjelper, og hva som ikke hjelper
page-helps-intro = Hva som kan utløse en krise, hva du gjør selv, og hva som hjelper eller ikke hjelper deg.
page-helps-example = Hjelper: «En rolig stemme, korte beskjeder, noen som blir hos meg.» Hjelper ikke: «Mange mennesker i rommet.»
page-meet-title = Hvordan jeg vil bli møtt
page-meet-intro = Hvordan fagfolk, og politiet hvis de kommer, skal møte deg når det er vanskelig.
page-meet-example = «Snakk rolig og rett fram. Fortell meg hva som skal skje. Spør før du tar på meg.»
page-contacts-title = Hvem som skal ringes
page-contacts-intro = Hvem som skal ringes først, som nummer to og så videre, hvem som ikke skal kontaktes, og tjenestene og krisetelefonene du bruker.
page-contacts-example = «1. Søsteren min, Linn, hvis jeg ikke har svart på to dager.»
page-admission-title = Brukerstyrt plass
page-admission-intro = Avtalen din om å legge deg inn selv i noen døgn uten henvisning: hvor, hvordan du ber om det, og hvor lenge.
page-admission-example = «Lovisenberg DPS, jeg ringer avdelingen selv, inntil 5 døgn.»
page-treatment-title = Ønsker om behandling
page-treatment-intro = Medisiner som hjelper eller som må unngås, hvor du vil være, alternativer til innleggelse, og hvordan du vil bli transportert.
page-treatment-example = «Unngå Haldol: jeg fikk sterke bivirkninger i 2024. Heller med taxi sammen med søsteren min enn i politibil.»
page-practical-title = Praktiske ting
page-practical-intro = Barn, kjæledyr, hjem og nøkler, regninger, jobb eller skole: hva som må ordnes, og hvem som gjør det.
page-practical-example = «Katten Mons må få mat to ganger om dagen – søsteren min Linn.»
page-after-title = Etter krisen
page-after-intro = Hvordan du merker at du blir bedre, og oppfølgingen du ønsker.
page-after-example = «Jeg sover seks timer og har lyst på frokost. En samtale med koordinatoren min innen en uke.»

## Felt.

field-triggers = Det som kan utløse en krise
hint-triggers = Situasjoner, tider av året, ord eller mennesker.
field-what-i-do-myself = Det jeg gjør selv
field-what-helps = Det som hjelper meg
field-what-does-not-help = Det som ikke hjelper meg
list-signs-add = Legg til et varseltegn
list-signs-empty = Du har ikke skrevet noen varseltegn ennå.
field-signs-sign = Tegnet, med mine ord
hint-signs-sign = Det du eller andre legger merke til.
field-signs-stage = Hvor alvorlig
choice-stage-early = Tidlig tegn
choice-stage-getting-worse = Blir verre
choice-stage-acute = Akutt
field-signs-what-i-do = Det jeg gjør da
field-signs-what-others-do = Det andre skal gjøre da
field-signs-who = Hvem
heading-contacts = Hvem som skal ringes, i rekkefølge
list-contacts-add = Legg til noen som skal ringes
list-contacts-empty = Du har ikke skrevet hvem som skal ringes ennå.
field-contacts-who = Hvem
field-contacts-phone = Telefonnummer
hint-contacts-phone = La feltet stå tomt for å bruke nummeret fra nettverket ditt.
field-contacts-when = Når de skal ringes
field-contacts-what-for = Hva de kan hjelpe med
heading-do-not-contact = Skal ikke kontaktes eller få vite noe
do-not-contact-explain = Personer som ikke skal ringes eller få vite noe om deg.
list-do-not-contact-add = Legg til en person
list-do-not-contact-empty = Du har ikke skrevet noen her.
field-do-not-contact-name = Navn
field-do-not-contact-relation = Hvem de er for meg
field-do-not-contact-reason = Hvorfor (hvis du vil si det)
heading-services = Tjenester og krisetelefoner
preset-label = Nasjonale numre du kan legge til
preset-add = Legg til
preset-113 = Medisinsk nødtelefon (ambulanse)
preset-112 = Politi
preset-legevakt = Legevakt
preset-mental-helse = Mental Helses hjelpetelefon
preset-kirkens-sos = Kirkens SOS
preset-hours-always = Døgnåpen
list-services-add = Legg til en tjeneste
list-services-empty = Du har ikke skrevet noen tjenester ennå.
field-services-name = Tjeneste
field-services-phone = Telefon
field-services-hours = Åpningstider
field-services-note = Notater
field-meet-staff = For fagfolk
hint-meet-staff = Hva du vil at helsepersonell og andre som hjelper deg, skal gjøre og ikke gjøre.
field-meet-police = For politiet
hint-meet-police = Hvis politiet kommer: hva som gjør det lettere for deg.
field-admission-unit = Avdeling
field-admission-phone = Telefon
field-admission-how-to-ask = Hvordan jeg ber om plass
field-admission-max-nights = Høyst antall døgn hver gang
hint-admission-max-nights = Et helt tall, for eksempel 5.
field-admission-conditions = Vilkår
field-admission-valid-until = Avtalen gjelder til
treatment-advisory = Dette er dine ønsker. Fagfolk vil ta hensyn til dem, men de er ikke bindende.
heading-medicines-help = Medisiner som hjelper meg
list-medicines-help-add = Legg til en medisin som hjelper
list-medicines-help-empty = Ingen ennå.
heading-medicines-avoid = Medisiner jeg må unngå
list-medicines-avoid-add = Legg til en medisin jeg må unngå
list-medicines-avoid-empty = Ingen ennå.
field-medicine-name = Medisin
field-medicine-why-helps = Hvordan den hjelper
field-medicine-why-avoid = Hvorfor den må unngås
heading-treatment-wishes = Andre ønsker
field-treatment-place = Hvor jeg vil få behandling
field-treatment-alternatives = Alternativer til innleggelse
field-treatment-transport = Hvordan jeg vil bli transportert
field-treatment-other = Andre ønsker
heading-practical-children = Barn
heading-practical-pets = Kjæledyr
heading-practical-home = Hjem og nøkler
heading-practical-bills = Regninger
heading-practical-work = Jobb eller skole
heading-practical-other = Annet
field-practical-what = Det som må ordnes
field-practical-who = Hvem som ordner det
field-after-better = Hvordan jeg merker at jeg blir bedre
field-after-follow-up = Oppfølgingen jeg ønsker
value-yes = Ja

## Krisekortet.

card-button = Krisekort
card-title = Mitt krisekort
card-title-of = Krisekort: { $name }
card-who-to-call = Ring
card-call = Ring { $name }: { $phone }
card-no-contacts = Du har ikke skrevet hvem som skal ringes ennå.
card-emergency = Nødsituasjon: ring 113
card-what-helps = Det som hjelper meg
card-what-i-do = Det jeg gjør selv
card-how-to-meet-me = Slik vil jeg bli møtt
card-print = Skriv ut krisekortet

## Utskrift av hele planen.

print-title = Hele planen min
print-whole-plan = Skriv ut hele planen
print-now = Skriv ut
print-running = { $name } · planversjon { $version } · skrevet ut { $date }
error-whole-number = Skriv et helt tall, for eksempel 5. Ingenting ble endret.
wallet-open = Kort til lommeboka
wallet-title = Krisekort til lommeboka
wallet-explain = Skriv ut denne siden, klipp langs den stiplede linjen og brett på midten: da passer kortet i lommeboka.
wallet-print = Skriv ut kortet til lommeboka

## issue13-words
card-name-missing = Navnet ditt står ikke på kortet ennå. Skriv det her, så de som hjelper deg, vet hvem kortet tilhører.

## issue14-deliver
print-running-key = { $name } · planversjon { $version } · skrevet ut { $date } · nøkkelens fingeravtrykk { $fingerprint }

## issue16-fit: a portal's services on the card; no printing inside a portal's page
card-service-hours = Åpningstider: { $hours }
print-in-page = Utskrift er ikke tilgjengelig her: da ville hele siden rundt planen blitt skrevet ut.
