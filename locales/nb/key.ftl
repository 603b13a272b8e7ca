## Personens nøkkel
page-key-title = Min nøkkel
key-error-malformed = Nøkkelen som er lagret på denne telefonen eller PC-en, kan ikke leses. Ingenting er endret. Du kan hente den tilbake fra en sikkerhetskopi, eller lage en ny nøkkel.
key-error-newer = Nøkkelen på denne telefonen eller PC-en ble lagret av en nyere versjon av ownplan. Åpne ownplan i nyeste versjon.
key-error-no-random = Denne nettleseren kan ikke lage en trygg nøkkel (den mangler en sikker tilfeldighetsgenerator). Prøv en annen, oppdatert nettleser.

## Nøkkelvisningen.

key-intro = Nøkkelen din er det som lager den digitale underskriften din. Med den skriver du under på planene du deler, så de som får dem, kan stole på at de er fra deg.
key-why-heading = Hvorfor nøkkelen er viktig
key-why-signed = En fil med underskriften din viser at den kommer fra den som har denne nøkkelen, og at ingen har endret den siden.
key-why-not-who = Nøkkelen sier ikke hvem du er. Vis derfor koordinatoren eller fastlegen din kjennetegnet eller QR-koden til nøkkelen én gang, ansikt til ansikt. Da kan de kjenne igjen filene dine senere.
key-loading = Ser etter nøkkelen din …
key-missing = Du har ingen nøkkel ennå. Den blir laget første gang du deler planen din, eller du kan lage den nå.
key-make = Lag nøkkelen min nå
key-unreadable-way-out = Du kan hente nøkkelen tilbake fra en sikkerhetskopi, eller lage en ny nøkkel nedenfor.
key-go-to-backup = Gå til sikkerhetskopi og gjenoppretting
key-fingerprint-heading = Kjennetegnet på nøkkelen din
key-fingerprint-explain = En kort kode som bare din nøkkel har (fagfolk kaller den fingeravtrykket). Les den høyt, fire tegn om gangen, eller la dem skanne QR-koden. Hvis de ser den samme koden på en fil du har sendt, er filen fra deg.
key-qr-label = QR-kode for nøkkelen din
key-did-heading = Hele nøkkelen din
key-did-explain = Den samme nøkkelen skrevet helt ut (en did:key), for programmer som sjekker underskrifter. Du trenger ikke gjøre noe med den.
key-made = Laget { $date }
key-new-heading = Lag en ny nøkkel
key-new-explain = Bare hvis du tror noen andre har fått tak i nøkkelen din, eller du vil begynne på nytt.
key-new = Lag en ny nøkkel …
key-new-warning-title = Før du lager en ny nøkkel
key-new-warning-professionals = Fagfolk som kjenner nøkkelen du har nå, får en tydelig advarsel om at planen din har en annen underskrift. Vis dem det nye kjennetegnet.
key-new-warning-old-files = Filer du allerede har sendt, er fortsatt gyldige.
key-new-warning-backup = Nøkkelen du har nå, forsvinner fra denne telefonen eller PC-en. Last ned en sikkerhetskopi først hvis du kan komme til å trenge den.
key-new-confirm = Ja, lag en ny nøkkel
key-new-cancel = Behold nøkkelen min
key-new-done = Den nye nøkkelen din er klar. Vis det nye kjennetegnet til dem som sjekker planene dine.

## Sikkerhetskopier med nøkkelen, og passordfraser.

backup-includes-key = Sikkerhetskopien inneholder nøkkelen din. Kjennetegnet:
backup-no-key = Du har ingen nøkkel ennå, så sikkerhetskopien inneholder bare planen din.
backup-key-unreadable = Nøkkelen på denne telefonen eller PC-en kan ikke leses, så sikkerhetskopien inneholder bare planen din.
backup-protect = Lås sikkerhetskopien med en passordfrase, et passord på flere ord (anbefalt)
backup-protect-explain = Ingen kan åpne filen uten passordfrasen. Velg noen ord du husker, og skriv dem ned et annet sted enn der filen ligger.
backup-protect-forgotten = Hvis du glemmer passordfrasen, kan ingen åpne sikkerhetskopien: ikke du, ikke vi, ikke noen andre.
backup-passphrase-label = Passordfrase
backup-passphrase-hint = Minst { $min } tegn. Noen vanlige ord er lette å huske og vanskelige å gjette.
backup-passphrase-repeat-label = Passordfrasen en gang til
backup-passphrase-too-short = Passordfrasen er for kort: bruk minst { $min } tegn.
backup-passphrase-different = De to passordfrasene er ikke like.
passphrase-show = Vis det jeg skriver
backup-unprotected-warning = Uten passordfrase kan alle som får tak i filen, lese planen din og skrive under på filer som om de var deg.
backup-locking = Låser sikkerhetskopien med passordfrasen din …
backup-done = Filen med sikkerhetskopien er klar. Se etter den blant nedlastingene dine.
backup-done-protected = Den beskyttede sikkerhetskopien er klar. Se etter den blant nedlastingene dine, og ta godt vare på passordfrasen.
backup-failed = Sikkerhetskopien kunne ikke lages.
backup-error-no-random = Denne nettleseren kan ikke lage de tilfeldige tallene en passordfrase trenger. Prøv en annen, oppdatert nettleser.
backup-error-protect-failed = Telefonen eller PC-en hadde ikke nok minne til å låse den. Lukk andre apper og prøv igjen.
backup-error-download-refused = Nettleseren tillot ikke nedlastingen.
backup-error-encode-failed = Planen kunne ikke skrives til en fil, så ingenting ble lastet ned.

## Hente tilbake en beskyttet sikkerhetskopi.

restore-error-malformed = Filen med sikkerhetskopien er skadet: noe i den mangler eller er ikke som det skal være.
restore-error-invalid-key = Nøkkelen i sikkerhetskopien er skadet.
restore-error-unknown-protection = Den er låst på en måte denne versjonen av appen ikke kjenner.
restore-error-unsafe-protection = Den krever så mye minne eller tid for å låses opp at den kunne fått telefonen eller PC-en til å henge. Den ble ikke åpnet.
restore-error-wrong-passphrase = Passordfrasen er feil, eller filen er blitt endret.
restore-error-unlock-failed = Telefonen eller PC-en hadde ikke nok minne til å låse den opp. Lukk andre apper og prøv igjen.
restore-failed = Sikkerhetskopien kunne ikke hentes tilbake.
restore-locked-title = Denne sikkerhetskopien er beskyttet
restore-locked-explain = Skriv passordfrasen du valgte da du laget sikkerhetskopien.
restore-passphrase-label = Passordfrase
restore-unlock = Åpne sikkerhetskopien
restore-unlocking = Låser opp … dette tar et øyeblikk.
restore-preview-made = Laget { $date }
restore-preview-no-key = Denne sikkerhetskopien inneholder ingen nøkkel. Nøkkelen på denne telefonen eller PC-en blir som den er.
restore-preview-key = Denne sikkerhetskopien inneholder en nøkkel. Kjennetegnet:
restore-preview-key-same = Det er den samme nøkkelen som den på denne telefonen eller PC-en.
restore-preview-key-different = Det er en annen nøkkel enn den på denne telefonen eller PC-en ({ $fingerprint }). Nøkkelen her blir byttet ut, og de som kjenner den, vil se at planene dine har en annen underskrift.
restore-preview-key-none-here = Denne telefonen eller PC-en har ingen nøkkel ennå: nøkkelen fra sikkerhetskopien blir brukt.
restore-preview-key-unreadable-here = Nøkkelen på denne telefonen eller PC-en kan ikke leses: nøkkelen fra sikkerhetskopien kommer i stedet.
restore-done-key = Nøkkelen din fra sikkerhetskopien er nå på denne telefonen eller PC-en.

## issue14-deliver: the fingerprint beside the plan (printed plan, wallet card, printed copy)
key-fingerprint-compare = Nøkkelens fingeravtrykk, til å sammenligne med en signert kopi:

## Locking and unlocking run in a part of the app loaded when first needed (kept offline after).
backup-error-module-unavailable = Sikkerhetskopien kunne ikke låses her: den delen av appen som låser sikkerhetskopier, kunne ikke lastes. Koble til internett og prøv igjen. Planen din er trygg på denne enheten.
backup-error-module-outdated = En nyere versjon av appen ble installert mens denne siden var åpen. Last inn siden på nytt og lag sikkerhetskopien igjen. Planen din er trygg på denne enheten.
backup-error-module-timeout = Det tok for lang tid å låse sikkerhetskopien. Prøv igjen. Planen din er trygg på denne enheten.
restore-error-module-unavailable = Sikkerhetskopien kunne ikke låses opp her: den delen av appen som låser opp sikkerhetskopier, kunne ikke lastes. Koble til internett og prøv igjen.
restore-error-module-outdated = En nyere versjon av appen ble installert mens denne siden var åpen. Last inn siden på nytt og åpne sikkerhetskopien igjen.
restore-error-module-timeout = Det tok for lang tid å låse opp sikkerhetskopien. Prøv igjen.
