# ownplan: tryggleiksstega i kriseplanen (det som gjer livet verdt å leve, tryggare omgivnader,
# ei melding som ber om hjelp) og opplesing (nynorsk).
# Alle id-ane her må finnast i alle språk (ein test sjekkar det).

## Sections (what a recipient can get).

choice-section-reasons-for-living = Det som gjer livet verdt å leve
choice-section-safer-surroundings = Tryggare omgivnader
choice-section-help-message = Meldinga som ber om hjelp

## Det som gjer livet verdt å leve.

page-reasons-title = Det som gjer livet verdt å leve
page-reasons-intro = Det som betyr noko for deg, og som er godt å bli minna på når alt kjennest tungt. Det står øvst på krisekortet ditt.
page-reasons-example = «Dotter mi, Emma.» «Hunden min, som ventar på turen vår.» «Sommaren på hytta.»
reasons-explain = Skriv med dine eigne ord: menneske, dyr, stader, noko du gler deg til. Små ting tel òg. Dette blir ikkje delt med nokon, med mindre du sjølv kryssar det av når du deler planen.
list-reasons-add = Legg til noko
list-reasons-empty = Du har ikkje skrive noko her enno.
item-new-reasons = Noko nytt
field-reasons-reason = Med mine ord
hint-reasons-reason = Eit menneske, eit dyr, ein stad, noko du gler deg til.

## Tryggare omgivnader.

page-safer-title = Tryggare omgivnader
page-safer-intro = Det du og andre kan gjere for at ting du kan skade deg med, er vanskelegare å få tak i når det blir vanskeleg.
page-safer-example = Blir verre: «Syster mi Linn tek vare på medisinane mine, og eg får éin vekedosett om gongen.»
safer-explain = Kvifor det hjelper: vonde tankar går ofte over etter ei stund, og litt avstand til til dømes medisinar eller alkohol gir deg den tida. Skriv kva du eller andre kan gjere, og frå når.
list-safer-add = Legg til noko som gjer det tryggare
list-safer-empty = Du har ikkje skrive noko her enno.
item-new-safer = Nytt steg
field-safer-action = Det eg eller andre gjer
hint-safer-action = Til dømes kven som tek vare på medisinane, eller kva du gjer med alkohol i huset.
field-safer-stage = Frå når
field-safer-who = Kven som kan hjelpe

## Meldinga som ber om hjelp.

page-message-title = Melding når eg treng hjelp
page-message-intro = Ei kort melding du skriv éin gong, og kven som skal få ho. På krisekortet opnar eitt trykk meldingsappen på telefonen din med meldinga klar.
page-message-example = «Kan du ringje meg? Eg har ein tung dag.»
field-help-message-text = Meldinga
hint-help-message-text = Kort og enkel. Du treng ikkje forklare noko.
help-message-suggestion = Eg har det ikkje bra no. Kan du ringje meg?
help-message-suggestion-offer = Eit forslag:
help-message-use-suggestion = Bruk forslaget
heading-help-recipients = Kven som får meldinga
list-help-recipients-add = Legg til ein person
list-help-recipients-empty = Du har ikkje valt nokon enno.
item-new-help-recipients = Ny mottakar
field-help-recipients-who = Kven
field-help-recipients-phone = Mobilnummer
hint-help-recipients-phone = La feltet stå tomt for å bruke nummeret frå nettverket ditt.
heading-help-message-on-card = Slik ser det ut på krisekortet
help-message-how-it-works = Knappen opnar meldingsappen på telefonen din med meldinga og numra fylte inn. Ingenting blir sendt før du sjølv trykkjer «Send» der. Denne sida sender ingenting sjølv.
help-message-missing-text = Skriv meldinga først, så kjem knappen på krisekortet ditt.
help-message-missing-number = Vel minst éin person med mobilnummer, så kjem knappen på krisekortet ditt.
help-message-send = Send meldinga til { $names }
help-message-says = Meldinga: «{ $text }»
help-message-no-number = Får ikkje meldinga, fordi mobilnummeret manglar: { $names }
help-message-nothing-opened = Opna ingenting seg? Då kan ikkje denne eininga sende tekstmeldingar herifrå. Send meldinga frå ein telefon, eller ring i staden:
help-message-names = { $first } og { $last }

## På krisekortet.

card-reasons = Det som gjer livet mitt verdt å leve
card-safer = Det som gjer det tryggare rundt meg
card-safer-who = { $name } hjelper
card-help-message = Be om hjelp med ei melding

## Vegvisaren.

guide-safer-question = Kva kan gjere det tryggare rundt deg når det blir vanskeleg?
guide-safer-explain = Det hjelper å ha litt avstand til ting du kan skade deg med, til dømes medisinar eller alkohol. Skriv kva du eller andre kan gjere, og kven som kan hjelpe.
guide-safer-example = «Syster mi Linn tek vare på medisinane mine når eg har det vondt.»
guide-safer-short = Det som gjer det tryggare
guide-safer-add = Legg til noko meir
guide-safer-item = Steg { $number }
guide-reasons-question = Kva gjer livet verdt å leve for deg?
guide-reasons-explain = Menneske, dyr, stader eller noko du gler deg til. Det står øvst på krisekortet ditt, så du blir minna på det når det er tungt.
guide-reasons-example = «Dotter mi, Emma. Turane med hunden.»
guide-reasons-short = Det som gjer livet verdt å leve
guide-reasons-add = Legg til noko meir
guide-reasons-item = { $number }

## Read aloud.

read-aloud-start = Les opp
read-aloud-pause = Pause
read-aloud-resume = Hald fram
read-aloud-stop = Stopp
read-aloud-reading = Opplesinga er i gang.
read-aloud-paused = Opplesinga har pause.
read-aloud-stopped = Opplesinga er stoppa.
read-aloud-finished = Opplesinga er ferdig.
