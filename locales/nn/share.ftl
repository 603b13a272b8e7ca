## Deling: vel mottakarar og delar, førehandsvis, samtykke, signer og send

share-key-ready = Filene dine får den digitale underskrifta di. Kjenneteiknet på nøkkelen din er { $fingerprint }.
share-key-missing = Første gong du deler, blir det laga ein nøkkel til deg på denne telefonen eller PC-en. Han set den digitale underskrifta di på filene, så dei som får dei, kan sjå at dei kjem frå deg og ikkje er endra.
share-key-link = Om nøkkelen min
share-step-who = 1. Kven skal få planen din?
share-members-legend = Personar i nettverket ditt
share-members-empty = Det er ingen i nettverket ditt enno. Du kan leggje til personar der, eller skrive eit namn nedanfor.
share-other-legend = Nokon andre
share-other-name = Namn på personen eller tenesta
share-other-kind = Kva rolle har dei?
share-other-kind-none = Annan (eg vel delane sjølv)
share-other-add = Legg til
share-step-what = 2. Kva skal kvar av dei få?
share-what-empty = Vel minst éin å dele med ovanfor.
share-start-consent = Kryssa av slik du skreiv i samtykket ditt.
share-start-preset = Kryssa av slik { $kind } vanlegvis får det. Du bestemmer: endre det som du vil.
share-start-empty = Kryss av for delane denne personen skal få.
share-preset-label = Start med det ein i denne rolla vanlegvis får
share-preset-choose = Vel …
share-preset-gp = Fastlege
share-preset-coordinator = Koordinator
share-preset-nav = NAV
share-preset-crisis-team = Kriseteam eller akutteam
share-preset-legevakt = Legevakt
share-preset-police = Politi
share-preset-next-of-kin = Pårørande
share-section-count = { $count ->
    [one] 1 del vald
   *[other] { $count } delar valde
}
share-conditions-label = Kva dei kan bruke han til, og kven dei kan gje han vidare til
share-conditions-hint = Til dømes: «Berre til behandlinga mi. Ikkje gje han vidare utan å spørje meg.»
share-valid-until-for = Dette samtykket gjeld til og med { $date }.
share-valid-until-none = Dette samtykket har ingen sluttdato.
share-preview-show = Sjå det { $name } kjem til å sjå
share-preview-hide = Skjul førehandsvisinga
share-preview-title = Dette er nøyaktig det { $name } kjem til å sjå
share-remove = Ikkje denne gongen
share-warning-must-not-inform = Merk: I kriseplanen skreiv du at { $name } ikkje skal kontaktast eller informerast. Er du sikker på at du vil dele med dei?
share-warning-beyond-consent = I samtykket ditt sa du at { $name } kan få mindre. No er òg kryssa av: { $sections }.
share-warning-consent-ended = Samtykket ditt for { $name } gjekk ut { $date }. Deler du no, får dei planen din igjen.
share-warning-not-in-consent = Samtykket ditt nemner ikkje { $name }. Det er likevel ditt val å dele.
share-step-consent = 3. Samtykket ditt
share-statement-label = Kva du samtykkjer til
share-statement-hint = Står i fila kvar av dei får. Bruk dine eigne ord.
share-default-statement = Eg samtykkjer til at mottakaren av denne fila kan lese delane av planen min som står i ho, og bruke dei til å hjelpe meg.
share-valid-until-label = Samtykket gjeld til og med
share-valid-until-hint = Etter denne dagen får den som har fila, melding om at samtykket ditt er gått ut. La feltet stå tomt om det ikkje skal ha nokon sluttdato.
share-step-sign = 4. Skriv under og send
share-sign-explain = Kvar av dei får si eiga fil med berre sine delar og den digitale underskrifta di. Så lastar du ned, deler eller skriv ut kvar fil. Ingenting blir sendt av seg sjølv.
share-sign = { $count ->
    [one] Skriv under og lag 1 fil
   *[other] Skriv under og lag { $count } filer
}
share-block-no-recipients = Vel minst éin å dele med.
share-block-no-sections = Kvar av dei må få minst éin del.
share-block-valid-until-invalid = Sluttdatoen for samtykket er ikkje ein gyldig dato.
share-block-valid-until-passed = Sluttdatoen for samtykket har alt vore.
share-failed = Filene kunne ikkje lagast.
share-nothing-changed = Ingen filer vart laga, og planen din er uendra.
share-error-clock = Klokka på telefonen eller PC-en kunne ikkje lesast, så filene kan ikkje daterast.
share-error-failed = Noko gjekk gale då fila skulle lagast.
share-signed-title = Filene dine er klare
share-signed-summary = { $count ->
    [one] 1 fil med underskrifta di, som versjon { $version } av planen din. Under står det korleis du gir ho til mottakaren.
   *[other] { $count } filer med underskrifta di, som versjon { $version } av planen din. Under står det, for kvar av dei, korleis du gir fila til mottakaren.
}
share-signed-log = Endringsloggen i planen viser kven som fekk kva versjon i dag.
share-new-round = Del igjen med nokon andre
share-download = Last ned fila
share-sheet = Del …
share-print = Skriv ut
share-downloaded = Fila er lasta ned.
share-download-failed = Nettlesaren tillét ikkje nedlastinga. Prøv igjen, eller bruk Skriv ut.
share-shared = Delt.
share-share-failed = Delinga verka ikkje. Last ned fila i staden.
share-print-title = Plan til { $name }
share-file-name = plan-{ $owner }-til-{ $recipient }-{ $date }.json
share-file-owner-unnamed = min-plan
share-revision-entry = Delt med { $recipient }: { $sections }

## issue13-words
share-dates-given = Samtykke gitt { $date }
share-dates-until = gjeld til { $date }

## issue14-lazypdf: the PDF copy (its buttons and errors); the copy's own words are in pdfcopy.ftl
pdfcopy-download = Last ned PDF-kopien
pdfcopy-making = Lagar PDF-kopien …
pdfcopy-share = Del PDF-kopien
pdfcopy-done = PDF-kopien er klar: { $file }
pdfcopy-hint = Ein PDF som alle lesarprogram kan opne, med den signerte fila inni.
error-pdf-module-unavailable = PDF-kopien kunne ikkje lagast her: den delen av appen kunne ikkje lastast. Kopla til internett og prøv igjen. Den signerte fila (JSON) verkar som før.
error-pdf-module-outdated = Ein nyare versjon av appen vart installert medan denne sida var open. Last inn sida på nytt for å laga PDF-kopien. Den signerte fila (JSON) verkar som før.
error-pdf-module-timeout = Det tok for lang tid å laga PDF-kopien. Prøv igjen. Den signerte fila (JSON) verkar som før.
error-pdf-module-failed = PDF-kopien kunne ikkje lagast av denne fila. Den signerte fila (JSON) verkar som før.

## issue14-deliver: how each signed file reaches its recipient
share-deliver-how = Slik gir du ho:
share-deliver-email = Ikkje med vanleg e-post: det er ikkje ein trygg måte å sende helseopplysningar på.
share-deliver-gp = Ta med den utskrivne kopien til fastlegen, eller vis PDF-en på telefonen. Om legekontoret tek imot meldingar på Helsenorge (helsenorge.no), kan du leggje ved PDF-en i ei melding der.
share-deliver-health = Gi dei den utskrivne kopien på neste møte, eller vis PDF-en på telefonen. Om dei tilbyr sikre meldingar, til dømes på Helsenorge, kan du leggje ved PDF-en der.
share-deliver-nav = Gi den utskrivne kopien til kontaktpersonen din i NAV, eller vis PDF-en på telefonen. Du kan òg logge inn på nav.no og spørje i «Skriv til oss» korleis dei vil ha han.
share-deliver-crisis = Gi dei den utskrivne kopien når de møtest, eller vis PDF-en på telefonen. Ha ein utskriven kopi heime der han er lett å finne.
share-deliver-police = Gi den utskrivne kopien andlet til andlet, eller vis PDF-en på telefonen.
share-deliver-close = Gi dei den utskrivne kopien, eller vis dei PDF-en på telefonen.
share-deliver-other = Gi dei den utskrivne kopien, eller vis PDF-en på telefonen. Om dei tilbyr sikre meldingar, kan du leggje ved PDF-en der. Spør dei kva dei helst vil.
share-deliver-json = Det er PDF-kopien du gir eller legg ved: han er lett å lese og har den signerte fila inni seg. Sjølve den signerte fila (JSON) er for eit system som les ho.


## issue14-select2: choosing single items and life areas, and sensitive items
share-revision-entry-selection = Delt med { $recipient }: { $sections } (noko halde utanfor)
share-sensitive-substance-use = { $name } får vanlegvis ikkje det du har skrive om alkohol og andre rusmiddel. Dette går til dei no:
share-sensitive-mental-health = { $name } får vanlegvis ikkje det du har skrive om psykisk helse. Dette går til dei no:
share-sensitive-do-not-contact = { $name } treng vanlegvis ikkje namna på folk som ikkje skal kontaktast. Dette går til dei no:
share-sensitive-your-choice = Det er ditt val. Du kan halde utanfor det du ikkje vil at dei skal få.
share-sensitive-leave-out = Hald utanfor
share-sensitive-leave-out-label = Hald utanfor «{ $item }» når du deler med { $name }
share-sensitive-leave-out-area = Hald alt om { $area } utanfor
share-sensitive-leave-out-area-label = Hald alt om { $area } utanfor når du deler med { $name }
share-choose-part = Vel kva i { $part } ({ $kept } av { $total })
share-choose-part-hint = Det som er kryssa av, går til { $name }. Fjern krysset for det dei ikkje skal få.
share-choose-people = Personar som er nemnde i det som går ({ $kept } av { $total })
share-choose-areas = Livsområde ({ $kept } av { $total })
share-choose-areas-hint = Mål, ressursar, behov og tiltak går berre når livsområdet deira er kryssa av.
share-area-count = { $area } ({ $count })
share-item-for = til { $name }
share-item-unnamed = (ingenting skrive enno)
share-what-goes-all = { $name } får alt i { $count ->
    [one] delen
   *[other] dei { $count } delane
} du valde.
share-what-goes-some = { $name } får eit utval frå { $count ->
    [one] 1 del
   *[other] { $count } delar
}.
share-what-goes-areas = Livsområde: { $areas }.
share-what-goes-no-areas = Livsområde: ingen.
share-what-goes-part = { $part }: { $kept } av { $total }

## issue16-fit: a portal's services on the card; no printing inside a portal's page
share-print-in-page = Utskrift er ikkje tilgjengeleg her: last ned PDF-kopien over og skriv ut han i staden.
