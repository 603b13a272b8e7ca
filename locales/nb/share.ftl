## Deling: velg mottakere og deler, forhåndsvis, samtykke, signer og send

share-key-ready = Filene dine får den digitale underskriften din. Kjennetegnet på nøkkelen din er { $fingerprint }.
share-key-missing = Første gang du deler, lages det en nøkkel til deg på denne telefonen eller PC-en. Den setter din digitale underskrift på filene, så de som får dem, kan se at de kommer fra deg og ikke er endret.
share-key-link = Om nøkkelen min
share-step-who = 1. Hvem skal få planen din?
share-members-legend = Personer i nettverket ditt
share-members-empty = Det er ingen i nettverket ditt ennå. Du kan legge til personer der, eller skrive et navn nedenfor.
share-other-legend = Noen andre
share-other-name = Navn på personen eller tjenesten
share-other-kind = Hvilken rolle har de?
share-other-kind-none = Annen (jeg velger delene selv)
share-other-add = Legg til
share-step-what = 2. Hva skal hver av dem få?
share-what-empty = Velg minst én å dele med ovenfor.
share-start-consent = Krysset av slik du skrev i samtykket ditt.
share-start-preset = Krysset av slik { $kind } vanligvis får det. Du bestemmer: endre det som du vil.
share-start-empty = Kryss av for delene denne personen skal få.
share-preset-label = Start med det en i denne rollen vanligvis får
share-preset-choose = Velg …
share-preset-gp = Fastlege
share-preset-coordinator = Koordinator
share-preset-nav = NAV
share-preset-crisis-team = Kriseteam eller akutteam
share-preset-legevakt = Legevakt
share-preset-police = Politi
share-preset-next-of-kin = Pårørende
share-section-count = { $count ->
    [one] 1 del valgt
   *[other] { $count } deler valgt
}
share-conditions-label = Hva de kan bruke den til, og hvem de kan gi den videre til
share-conditions-hint = For eksempel: «Bare til behandlingen min. Ikke gi den videre uten å spørre meg.»
share-valid-until-for = Dette samtykket gjelder til og med { $date }.
share-valid-until-none = Dette samtykket har ingen sluttdato.
share-preview-show = Se det { $name } kommer til å se
share-preview-hide = Skjul forhåndsvisningen
share-preview-title = Dette er nøyaktig det { $name } kommer til å se
share-remove = Ikke denne gangen
share-warning-must-not-inform = Obs: I kriseplanen skrev du at { $name } ikke skal kontaktes eller informeres. Er du sikker på at du vil dele med dem?
share-warning-beyond-consent = I samtykket ditt sa du at { $name } kan få mindre. Nå er også krysset av: { $sections }.
share-warning-consent-ended = Samtykket ditt for { $name } gikk ut { $date }. Deler du nå, får de planen din igjen.
share-warning-not-in-consent = Samtykket ditt nevner ikke { $name }. Det er likevel ditt valg å dele.
share-step-consent = 3. Samtykket ditt
share-statement-label = Hva du samtykker til
share-statement-hint = Står i filen hver av dem får. Bruk dine egne ord.
share-default-statement = Jeg samtykker til at mottakeren av denne filen kan lese delene av planen min som står i den, og bruke dem til å hjelpe meg.
share-valid-until-label = Samtykket gjelder til og med
share-valid-until-hint = Etter denne dagen får den som har filen, beskjed om at samtykket ditt er utløpt. La feltet stå tomt hvis det ikke skal ha noen sluttdato.
share-step-sign = 4. Skriv under og send
share-sign-explain = Hver av dem får sin egen fil med bare sine deler og din digitale underskrift. Så laster du ned, deler eller skriver ut hver fil. Ingenting sendes av seg selv.
share-sign = { $count ->
    [one] Skriv under og lag 1 fil
   *[other] Skriv under og lag { $count } filer
}
share-block-no-recipients = Velg minst én å dele med.
share-block-no-sections = Hver av dem må få minst én del.
share-block-valid-until-invalid = Sluttdatoen for samtykket er ikke en gyldig dato.
share-block-valid-until-passed = Sluttdatoen for samtykket har allerede vært.
share-failed = Filene kunne ikke lages.
share-nothing-changed = Ingen filer ble laget, og planen din er uendret.
share-error-clock = Klokken på telefonen eller PC-en kunne ikke leses, så filene kan ikke dateres.
share-error-failed = Noe gikk galt da filen skulle lages.
share-signed-title = Filene dine er klare
share-signed-summary = { $count ->
    [one] 1 fil med din underskrift, som versjon { $version } av planen din. Under står det hvordan du gir den til mottakeren.
   *[other] { $count } filer med din underskrift, som versjon { $version } av planen din. Under står det, for hver av dem, hvordan du gir filen til mottakeren.
}
share-signed-log = Endringsloggen i planen viser hvem som fikk hvilken versjon i dag.
share-new-round = Del igjen med noen andre
share-download = Last ned filen
share-sheet = Del …
share-print = Skriv ut
share-downloaded = Filen er lastet ned.
share-download-failed = Nettleseren tillot ikke nedlastingen. Prøv igjen, eller bruk Skriv ut.
share-shared = Delt.
share-share-failed = Delingen virket ikke. Last ned filen i stedet.
share-print-title = Plan til { $name }
share-file-name = plan-{ $owner }-til-{ $recipient }-{ $date }.json
share-file-owner-unnamed = min-plan
share-revision-entry = Delt med { $recipient }: { $sections }

## issue13-words
share-dates-given = Samtykke gitt { $date }
share-dates-until = gjelder til { $date }

## issue14-lazypdf: the PDF copy (its buttons and errors); the copy's own words are in pdfcopy.ftl
pdfcopy-download = Last ned PDF-kopien
pdfcopy-making = Lager PDF-kopien …
pdfcopy-share = Del PDF-kopien
pdfcopy-done = PDF-kopien er klar: { $file }
pdfcopy-hint = En PDF som alle leseprogram kan åpne, med den signerte filen inni.
error-pdf-module-unavailable = PDF-kopien kunne ikke lages her: den delen av appen kunne ikke lastes. Koble til internett og prøv igjen. Den signerte filen (JSON) virker som før.
error-pdf-module-outdated = En nyere versjon av appen ble installert mens denne siden var åpen. Last inn siden på nytt for å lage PDF-kopien. Den signerte filen (JSON) virker som før.
error-pdf-module-timeout = Det tok for lang tid å lage PDF-kopien. Prøv igjen. Den signerte filen (JSON) virker som før.
error-pdf-module-failed = PDF-kopien kunne ikke lages av denne filen. Den signerte filen (JSON) virker som før.

## issue14-deliver: how each signed file reaches its recipient
share-deliver-how = Slik gir du den:
share-deliver-email = Ikke med vanlig e-post: det er ikke en trygg måte å sende helseopplysninger på.
share-deliver-gp = Ta med den utskrevne kopien til fastlegen, eller vis PDF-en på telefonen. Hvis legekontoret tar imot meldinger på Helsenorge (helsenorge.no), kan du legge ved PDF-en i en melding der.
share-deliver-health = Gi dem den utskrevne kopien på neste møte, eller vis PDF-en på telefonen. Hvis de tilbyr sikre meldinger, for eksempel på Helsenorge, kan du legge ved PDF-en der.
share-deliver-nav = Gi den utskrevne kopien til kontaktpersonen din i NAV, eller vis PDF-en på telefonen. Du kan også logge inn på nav.no og spørre i «Skriv til oss» hvordan de vil ha den.
share-deliver-crisis = Gi dem den utskrevne kopien når dere møtes, eller vis PDF-en på telefonen. Ha en utskrevet kopi hjemme der den er lett å finne.
share-deliver-police = Gi den utskrevne kopien ansikt til ansikt, eller vis PDF-en på telefonen.
share-deliver-close = Gi dem den utskrevne kopien, eller vis dem PDF-en på telefonen.
share-deliver-other = Gi dem den utskrevne kopien, eller vis PDF-en på telefonen. Hvis de tilbyr sikre meldinger, kan du legge ved PDF-en der. Spør dem hva de foretrekker.
share-deliver-json = Det er PDF-kopien du gir eller legger ved: den er lett å lese og har den signerte filen inni seg. Selve den signerte filen (JSON) er for et system som leser den.


## issue14-select2: choosing single items and life areas, and sensitive items
share-revision-entry-selection = Delt med { $recipient }: { $sections } (noe holdt utenfor)
share-sensitive-substance-use = { $name } får vanligvis ikke det du har skrevet om alkohol og andre rusmidler. Dette går til dem nå:
share-sensitive-mental-health = { $name } får vanligvis ikke det du har skrevet om psykisk helse. Dette går til dem nå:
share-sensitive-do-not-contact = { $name } trenger vanligvis ikke navnene på folk som ikke skal kontaktes. Dette går til dem nå:
share-sensitive-your-choice = Det er ditt valg. Du kan holde utenfor det du ikke vil at de skal få.
share-sensitive-leave-out = Hold utenfor
share-sensitive-leave-out-label = Hold utenfor «{ $item }» når du deler med { $name }
share-sensitive-leave-out-area = Hold alt om { $area } utenfor
share-sensitive-leave-out-area-label = Hold alt om { $area } utenfor når du deler med { $name }
share-choose-part = Velg hva i { $part } ({ $kept } av { $total })
share-choose-part-hint = Det som er krysset av, går til { $name }. Fjern krysset for det de ikke skal få.
share-choose-people = Personer som er nevnt i det som går ({ $kept } av { $total })
share-choose-areas = Livsområder ({ $kept } av { $total })
share-choose-areas-hint = Mål, ressurser, behov og tiltak går bare når livsområdet deres er krysset av.
share-area-count = { $area } ({ $count })
share-item-for = til { $name }
share-item-unnamed = (ingenting skrevet ennå)
share-what-goes-all = { $name } får alt i { $count ->
    [one] delen
   *[other] de { $count } delene
} du valgte.
share-what-goes-some = { $name } får et utvalg fra { $count ->
    [one] 1 del
   *[other] { $count } deler
}.
share-what-goes-areas = Livsområder: { $areas }.
share-what-goes-no-areas = Livsområder: ingen.
share-what-goes-part = { $part }: { $kept } av { $total }

## issue16-fit: a portal's services on the card; no printing inside a portal's page
share-print-in-page = Utskrift er ikke tilgjengelig her: last ned PDF-kopien over og skriv ut den i stedet.
