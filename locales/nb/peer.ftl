## Peer-worker mode and embedding
page-finish-title = Avslutt og gi videre
page-finish-intro = Gi personen alt som er skrevet, og tøm så denne datamaskinen.
local-services-label = Tjenester der du bor
local-services-label-named = Tjenester fra { $portal }

## The banner on every view in helping (peer-worker) mode
peer-banner-mode = Hjelpemodus:
peer-banner-text = ingenting blir lagret på denne datamaskinen. Trykk «Avslutt» før du går.
peer-banner-finish = Avslutt
save-saved-peer = Holdes bare i dette vinduet.
footer-privacy-peer = Hjelpemodus: ingenting blir igjen på denne datamaskinen etter «Avslutt». Ingenting sendes noe sted.

## The inactivity warning
idle-title = Er du her fortsatt?
idle-text = Ingen har brukt siden på en stund. For å passe på planen blir alt slettet fra denne datamaskinen når tiden er ute. Det som ikke er lastet ned, forsvinner.
idle-countdown = Slettes om { $time }
idle-still-here = Jeg er her fortsatt

## Choosing helping mode on the home view
home-intro-peer = Her skriver du din egen individuelle plan og kriseplan, med dine egne ord. I hjelpemodus blir ingenting lagret på denne datamaskinen: når dere er ferdige, tar du med deg planen som en fil.
home-peer-title = Hjelper du noen på en felles datamaskin?
home-peer-explain = Velg dette på et likepersonsenter eller andre steder der flere bruker samme datamaskin. Planen blir bare holdt i dette nettleservinduet. Når dere er ferdige, tar personen med seg alt, og vinduet blir tømt.
home-peer-existing = Planen som allerede er lagret på denne datamaskinen, blir ikke rørt. Hjelpemodus starter en ny, tom plan.
home-peer-start = Jeg hjelper noen på en felles datamaskin
home-peer-start-failed = Hjelpemodus kunne ikke starte, så ingenting ble endret.

## Finish: who helped
finish-helper-heading = Hvem som hjalp (hvis du vil)
finish-helper-explain = Planen kan vise hvem som hjalp deg å skrive den, for eksempel en likeperson. Dette blir bare skrevet inn hvis du sier ja.
finish-helper-consent = Ja, jeg vil at planen skal vise hvem som hjalp meg
finish-helper-name = Navnet til den som hjalp
finish-helper-role = Rolle
finish-helper-organisation = Organisasjon
finish-helper-organisation-hint = For eksempel navnet på likepersonsenteret.
finish-helper-add = Legg til i planen
finish-helper-recorded = Lagt til. Planen viser nå hvem som hjalp deg.
finish-helper-remove = Fjern { $name } fra planen
finish-helper-error-consent = Kryss av i boksen først hvis du vil ha dette i planen.
finish-helper-error-name = Skriv navnet til den som hjalp.
finish-helper-error-role = Velg en rolle fra listen.

## Finish: take it with you
finish-take-heading = Ta det med deg
finish-take-explain = Last ned planen som en fil. Da kan du jobbe videre med den senere på din egen telefon eller datamaskin: åpne filen under Sikkerhetskopi og gjenoppretting.
finish-take-downloads-folder = Filen havner først i mappen Nedlastinger på denne datamaskinen. Flytt den til din egen minnepinne eller telefon, eller send den til deg selv, og slett den så fra denne datamaskinen.
finish-protect = Lås filen med en passordfrase (sterkt anbefalt på en felles datamaskin)
finish-unprotected-warning = Uten passordfrase kan alle som finner filen på denne datamaskinen, lese planen.
finish-download = Last ned planen
finish-download-done = Filen er lastet ned. Husk å flytte den og slette den fra denne datamaskinen.
finish-download-done-protected = Den låste filen er lastet ned. Husk passordfrasen, flytt filen og slett den fra denne datamaskinen.
finish-share-heading = Signerte kopier til dem som hjelper deg
finish-share-explain = Hvis du vil, kan du lage signerte kopier av planen til utvalgte fagpersoner nå, for eksempel fastlegen eller koordinatoren din. Også de blir lastet ned som filer.
finish-share-link = Lag signerte kopier

## Finish: clear
finish-clear-heading = Avslutt og slett
finish-clear-explain = Når dere er ferdige, sletter du alt fra denne datamaskinen. Det som ikke er lastet ned, er da borte.
finish-clear = Avslutt og slett fra denne datamaskinen
finish-clear-question = Vil du slette alt nå?
finish-clear-not-downloaded = Du har ikke lastet ned planen ennå. Hvis du sletter nå, er den borte.
finish-clear-yes = Ja, slett alt
finish-clear-cancel = Ikke ennå

## After clearing
finish-cleared-title = Alt er slettet fra dette nettleservinduet
finish-cleared-text = Planen, nøkkelen og alt som ble skrevet i hjelpemodus, er borte fra dette nettleservinduet. Hvis du lastet ned planen, har du den i filen din.
finish-cleared-close = Du kan lukke dette vinduet nå. Takk for i dag.
finish-cleared-home = Gå til startsiden
finish-not-peer = Hjelpemodus er ikke slått på i dette vinduet. En plan som skrives her, blir lagret på denne telefonen eller PC-en som vanlig.

## Embedding
storage-error-namespace = Siden ga planverktøyet et lagringsnavn det ikke kan bruke (1–40 tegn: a–z, 0–9 og -).

## issue15-peer
finish-share-before-backup = Gjør dette før du laster ned sikkerhetskopien: Når du lager signerte kopier, lages også nøkkelen din og en ny versjon av planen, og sikkerhetskopien må ha med begge.
finish-backup-complete = Sikkerhetskopien du lastet ned, har med planen og nøkkelen slik de er nå.
finish-backup-out-of-date = Filen du lastet ned tidligere, er utdatert: Planen eller nøkkelen er endret siden (for eksempel da du lagde signerte kopier). Last ned sikkerhetskopien på nytt, og slett den eldre filen.
finish-clear-removed = Fjernes fra dette nettleservinduet: planen, nøkkelen og alt som er skrevet her.
finish-clear-not-removed-intro = Fjernes ikke, fordi denne siden ikke kommer til dem. Slett dem selv før du går:
finish-clear-not-removed-files = filer som er lastet ned fra denne siden til mappen Nedlastinger (så langt i hjelpemodus: { $count })
finish-clear-not-removed-print = PDF-filer du lagret da du skrev ut
finish-clear-not-removed-history = nettleserens liste over nedlastinger (nedlastingsloggen), som viser filnavnene
finish-clear-out-of-date = Sikkerhetskopien du lastet ned, er utdatert: Den har ikke med den nyeste planen eller nøkkelen. Last den ned på nytt først.
finish-cleared-files-count = Filer som ble lastet ned til denne datamaskinen i hjelpemodus: { $count }.
finish-cleared-files-delete = Filer blir ikke slettet sammen med vinduet. Slett de nedlastede filene fra mappen Nedlastinger (og fra papirkurven), og PDF-filer som ble lagret ved utskrift. Fjern dem så fra nettleserens nedlastingslogg: Åpne den med Ctrl+J (Cmd+Shift+J på Mac) og fjern hver linje.
home-peer-jump = Hjelper du noen på en delt datamaskin? Start hjelpemodus
