# ownplan: sikkerhetsstegene i kriseplanen (det som gjør livet verdt å leve, tryggere omgivelser,
# en melding som ber om hjelp) og opplesning (norsk bokmål).
# Alle id-er her må finnes i alle språk (en test sjekker det).

## Sections (what a recipient can get).

choice-section-reasons-for-living = Det som gjør livet verdt å leve
choice-section-safer-surroundings = Tryggere omgivelser
choice-section-help-message = Meldingen som ber om hjelp

## Det som gjør livet verdt å leve.

page-reasons-title = Det som gjør livet verdt å leve
page-reasons-intro = Det som betyr noe for deg, og som er godt å bli minnet på når alt føles tungt. Det står øverst på krisekortet ditt.
page-reasons-example = «Datteren min, Emma.» «Hunden min, som venter på turen vår.» «Sommeren på hytta.»
reasons-explain = Skriv med dine egne ord: mennesker, dyr, steder, noe du gleder deg til. Små ting teller også. Dette deles ikke med noen, med mindre du selv krysser det av når du deler planen.
list-reasons-add = Legg til noe
list-reasons-empty = Du har ikke skrevet noe her ennå.
item-new-reasons = Noe nytt
field-reasons-reason = Med mine ord
hint-reasons-reason = En person, et dyr, et sted, noe du gleder deg til.

## Tryggere omgivelser.

page-safer-title = Tryggere omgivelser
page-safer-intro = Det du og andre kan gjøre for at ting du kan skade deg med, er vanskeligere å få tak i når det blir vanskelig.
page-safer-example = Blir verre: «Søsteren min Linn tar vare på medisinene mine, og jeg får én ukedosett av gangen.»
safer-explain = Hvorfor det hjelper: vonde tanker går ofte over etter en stund, og litt avstand til for eksempel medisiner eller alkohol gir deg den tiden. Skriv hva du eller andre kan gjøre, og fra når.
list-safer-add = Legg til noe som gjør det tryggere
list-safer-empty = Du har ikke skrevet noe her ennå.
item-new-safer = Nytt steg
field-safer-action = Det jeg eller andre gjør
hint-safer-action = For eksempel hvem som tar vare på medisinene, eller hva du gjør med alkohol i huset.
field-safer-stage = Fra når
field-safer-who = Hvem som kan hjelpe

## Meldingen som ber om hjelp.

page-message-title = Melding når jeg trenger hjelp
page-message-intro = En kort melding du skriver én gang, og hvem som skal få den. På krisekortet åpner ett trykk meldingsappen på telefonen din med meldingen klar.
page-message-example = «Kan du ringe meg? Jeg har en tung dag.»
field-help-message-text = Meldingen
hint-help-message-text = Kort og enkel. Du trenger ikke forklare noe.
help-message-suggestion = Jeg har det ikke bra nå. Kan du ringe meg?
help-message-suggestion-offer = Et forslag:
help-message-use-suggestion = Bruk forslaget
heading-help-recipients = Hvem som får meldingen
list-help-recipients-add = Legg til en person
list-help-recipients-empty = Du har ikke valgt noen ennå.
item-new-help-recipients = Ny mottaker
field-help-recipients-who = Hvem
field-help-recipients-phone = Mobilnummer
hint-help-recipients-phone = La feltet stå tomt for å bruke nummeret fra nettverket ditt.
heading-help-message-on-card = Slik ser det ut på krisekortet
help-message-how-it-works = Knappen åpner meldingsappen på telefonen din med meldingen og numrene fylt inn. Ingenting sendes før du selv trykker «Send» der. Denne siden sender ingenting selv.
help-message-missing-text = Skriv meldingen først, så kommer knappen på krisekortet ditt.
help-message-missing-number = Velg minst én person med mobilnummer, så kommer knappen på krisekortet ditt.
help-message-send = Send meldingen til { $names }
help-message-says = Meldingen: «{ $text }»
help-message-no-number = Får ikke meldingen, fordi mobilnummeret mangler: { $names }
help-message-nothing-opened = Åpnet ingenting seg? Da kan denne enheten ikke sende tekstmeldinger herfra. Send meldingen fra en telefon, eller ring i stedet:
help-message-names = { $first } og { $last }

## På krisekortet.

card-reasons = Det som gjør livet mitt verdt å leve
card-safer = Det som gjør det tryggere rundt meg
card-safer-who = { $name } hjelper
card-help-message = Be om hjelp med en melding

## Veiviseren.

guide-safer-question = Hva kan gjøre det tryggere rundt deg når det blir vanskelig?
guide-safer-explain = Det hjelper å ha litt avstand til ting du kan skade deg med, for eksempel medisiner eller alkohol. Skriv hva du eller andre kan gjøre, og hvem som kan hjelpe.
guide-safer-example = «Søsteren min Linn tar vare på medisinene mine når jeg har det vondt.»
guide-safer-short = Det som gjør det tryggere
guide-safer-add = Legg til noe mer
guide-safer-item = Steg { $number }
guide-reasons-question = Hva gjør livet verdt å leve for deg?
guide-reasons-explain = Mennesker, dyr, steder eller noe du gleder deg til. Det står øverst på krisekortet ditt, så du blir minnet på det når det er tungt.
guide-reasons-example = «Datteren min, Emma. Turene med hunden.»
guide-reasons-short = Det som gjør livet verdt å leve
guide-reasons-add = Legg til noe mer
guide-reasons-item = { $number }

## Read aloud.

read-aloud-start = Les opp
read-aloud-pause = Pause
read-aloud-resume = Fortsett
read-aloud-stop = Stopp
read-aloud-reading = Opplesningen er i gang.
read-aloud-paused = Opplesningen er satt på pause.
read-aloud-stopped = Opplesningen er stoppet.
read-aloud-finished = Opplesningen er ferdig.
