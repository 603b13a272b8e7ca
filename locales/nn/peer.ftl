## Peer-worker mode and embedding
page-finish-title = Avslutt og gje vidare
page-finish-intro = Gje personen alt som er skrive, og tøm så denne datamaskina.
local-services-label = Tenester der du bur
local-services-label-named = Tenester frå { $portal }

## The banner on every view in helping (peer-worker) mode
peer-banner-mode = Hjelpemodus:
peer-banner-text = ingenting blir lagra på denne datamaskina. Trykk «Avslutt» før du går.
peer-banner-finish = Avslutt
save-saved-peer = Blir berre halde i dette vindauget.
footer-privacy-peer = Hjelpemodus: ingenting blir att på denne datamaskina etter «Avslutt». Ingenting blir sendt nokon stad.

## The inactivity warning
idle-title = Er du her framleis?
idle-text = Ingen har brukt sida på ei stund. For å passe på planen blir alt sletta frå denne datamaskina når tida er ute. Det som ikkje er lasta ned, forsvinn.
idle-countdown = Blir sletta om { $time }
idle-still-here = Eg er her framleis

## Choosing helping mode on the home view
home-intro-peer = Her skriv du din eigen individuelle plan og kriseplan, med dine eigne ord. I hjelpemodus blir ingenting lagra på denne datamaskina: når de er ferdige, tek du med deg planen som ei fil.
home-peer-title = Hjelper du nokon på ei felles datamaskin?
home-peer-explain = Vel dette på eit likepersonsenter eller andre stader der fleire brukar same datamaskin. Planen blir berre halden i dette nettlesarvindauget. Når de er ferdige, tek personen med seg alt, og vindauget blir tømt.
home-peer-existing = Planen som alt er lagra på denne datamaskina, blir ikkje rørt. Hjelpemodus startar ein ny, tom plan.
home-peer-start = Eg hjelper nokon på ei felles datamaskin
home-peer-start-failed = Hjelpemodus kunne ikkje starte, så ingenting vart endra.

## Finish: who helped
finish-helper-heading = Kven som hjelpte (om du vil)
finish-helper-explain = Planen kan vise kven som hjelpte deg å skrive han, til dømes ein likeperson. Dette blir berre skrive inn om du seier ja.
finish-helper-consent = Ja, eg vil at planen skal vise kven som hjelpte meg
finish-helper-name = Namnet til den som hjelpte
finish-helper-role = Rolle
finish-helper-organisation = Organisasjon
finish-helper-organisation-hint = Til dømes namnet på likepersonsenteret.
finish-helper-add = Legg til i planen
finish-helper-recorded = Lagt til. Planen viser no kven som hjelpte deg.
finish-helper-remove = Fjern { $name } frå planen
finish-helper-error-consent = Kryss av i boksen først om du vil ha dette i planen.
finish-helper-error-name = Skriv namnet til den som hjelpte.
finish-helper-error-role = Vel ei rolle frå lista.

## Finish: take it with you
finish-take-heading = Ta det med deg
finish-take-explain = Last ned planen som ei fil. Då kan du arbeide vidare med han seinare på din eigen telefon eller datamaskin: opne fila under Tryggingskopi og gjenoppretting.
finish-take-downloads-folder = Fila hamnar først i mappa Nedlastingar på denne datamaskina. Flytt ho til din eigen minnepinne eller telefon, eller send ho til deg sjølv, og slett ho så frå denne datamaskina.
finish-protect = Lås fila med ein passordfrase (sterkt tilrådd på ei felles datamaskin)
finish-unprotected-warning = Utan passordfrase kan alle som finn fila på denne datamaskina, lese planen.
finish-download = Last ned planen
finish-download-done = Fila er lasta ned. Hugs å flytte ho og slette ho frå denne datamaskina.
finish-download-done-protected = Den låste fila er lasta ned. Hugs passordfrasen, flytt fila og slett ho frå denne datamaskina.
finish-share-heading = Signerte kopiar til dei som hjelper deg
finish-share-explain = Om du vil, kan du lage signerte kopiar av planen til utvalde fagpersonar no, til dømes fastlegen eller koordinatoren din. Også dei blir lasta ned som filer.
finish-share-link = Lag signerte kopiar

## Finish: clear
finish-clear-heading = Avslutt og slett
finish-clear-explain = Når de er ferdige, slettar du alt frå denne datamaskina. Det som ikkje er lasta ned, er då borte.
finish-clear = Avslutt og slett frå denne datamaskina
finish-clear-question = Vil du slette alt no?
finish-clear-not-downloaded = Du har ikkje lasta ned planen enno. Om du slettar no, er han borte.
finish-clear-yes = Ja, slett alt
finish-clear-cancel = Ikkje enno

## After clearing
finish-cleared-title = Alt er sletta frå dette nettlesarvindauget
finish-cleared-text = Planen, nøkkelen og alt som vart skrive i hjelpemodus, er borte frå dette nettlesarvindauget. Om du lasta ned planen, har du han i fila di.
finish-cleared-close = Du kan lukke dette vindauget no. Takk for i dag.
finish-cleared-home = Gå til startsida
finish-not-peer = Hjelpemodus er ikkje slått på i dette vindauget. Ein plan som blir skriven her, blir lagra på denne telefonen eller PC-en som vanleg.

## Embedding
storage-error-namespace = Sida gav planverktøyet eit lagringsnamn det ikkje kan bruke (1–40 teikn: a–z, 0–9 og -).

## issue15-peer
finish-share-before-backup = Gjer dette før du lastar ned tryggingskopien: Når du lagar signerte kopiar, blir òg nøkkelen din og ein ny versjon av planen laga, og tryggingskopien må ha med begge.
finish-backup-complete = Tryggingskopien du lasta ned, har med planen og nøkkelen slik dei er no.
finish-backup-out-of-date = Fila du lasta ned tidlegare, er utdatert: Planen eller nøkkelen er endra sidan (til dømes då du laga signerte kopiar). Last ned tryggingskopien på nytt, og slett den eldre fila.
finish-clear-removed = Blir fjerna frå dette nettlesarvindauget: planen, nøkkelen og alt som er skrive her.
finish-clear-not-removed-intro = Blir ikkje fjerna, fordi denne sida ikkje kjem til dei. Slett dei sjølv før du går:
finish-clear-not-removed-files = filer som er lasta ned frå denne sida til mappa Nedlastingar (så langt i hjelpemodus: { $count })
finish-clear-not-removed-print = PDF-filer du lagra då du skreiv ut
finish-clear-not-removed-history = lista til nettlesaren over nedlastingar (nedlastingsloggen), som viser filnamna
finish-clear-out-of-date = Tryggingskopien du lasta ned, er utdatert: Han har ikkje med den nyaste planen eller nøkkelen. Last han ned på nytt først.
finish-cleared-files-count = Filer som vart lasta ned til denne datamaskina i hjelpemodus: { $count }.
finish-cleared-files-delete = Filer blir ikkje sletta saman med vindauget. Slett dei nedlasta filene frå mappa Nedlastingar (og frå papirkorga), og PDF-filer som vart lagra ved utskrift. Fjern dei så frå nedlastingsloggen i nettlesaren: Opne han med Ctrl+J (Cmd+Shift+J på Mac) og fjern kvar linje.
home-peer-jump = Hjelper du nokon på ei delt datamaskin? Start hjelpemodus
