## Personens nøkkel
page-key-title = Min nøkkel
key-error-malformed = Nøkkelen som er lagret på denne enheten, kan ikke leses. Ingenting er endret. Du kan hente den tilbake fra en sikkerhetskopi, eller lage en ny nøkkel.
key-error-newer = Nøkkelen på denne enheten ble lagret av en nyere versjon av ownplan. Åpne ownplan i nyeste versjon.
key-error-no-random = Denne nettleseren kan ikke lage en trygg nøkkel (den mangler en sikker tilfeldighetsgenerator). Prøv en annen, oppdatert nettleser.

## Nøkkelvisningen.

key-intro = Med nøkkelen din kan du signere planene du deler, slik at de som får dem, kan stole på dem.
key-why-heading = Hvorfor nøkkelen er viktig
key-why-signed = En fil som er signert med nøkkelen din, viser at den kommer fra den som har denne nøkkelen, og at ingen har endret den siden.
key-why-not-who = Nøkkelen sier ikke hvem du er. Vis derfor koordinatoren eller fastlegen din fingeravtrykket eller QR-koden til nøkkelen én gang, ansikt til ansikt. Da kan de kjenne igjen filene dine senere.
key-loading = Ser etter nøkkelen din …
key-missing = Du har ingen nøkkel ennå. Den blir laget første gang du deler planen din, eller du kan lage den nå.
key-make = Lag nøkkelen min nå
key-unreadable-way-out = Du kan hente nøkkelen tilbake fra en sikkerhetskopi, eller lage en ny nøkkel nedenfor.
key-go-to-backup = Gå til sikkerhetskopi og gjenoppretting
key-fingerprint-heading = Fingeravtrykket til nøkkelen din
key-fingerprint-explain = Les det høyt, fire tegn om gangen, eller la dem skanne QR-koden. Hvis fingeravtrykket de ser på en fil du har sendt, er det samme, er filen fra deg.
key-qr-label = QR-kode for nøkkelen din
key-did-heading = Hele nøkkelen din
key-did-explain = Dette er den samme nøkkelen skrevet helt ut (en did:key), for programmer som sjekker signaturer.
key-made = Laget { $date }
key-new-heading = Lag en ny nøkkel
key-new-explain = Bare hvis du tror noen andre har fått tak i nøkkelen din, eller du vil begynne på nytt.
key-new = Lag en ny nøkkel …
key-new-warning-title = Før du lager en ny nøkkel
key-new-warning-professionals = Fagfolk som kjenner nøkkelen du har nå, får en tydelig advarsel om at planen din er signert med en annen nøkkel. Vis dem det nye fingeravtrykket.
key-new-warning-old-files = Filer du allerede har sendt, er fortsatt gyldige.
key-new-warning-backup = Nøkkelen du har nå, forsvinner fra denne enheten. Last ned en sikkerhetskopi først hvis du kan komme til å trenge den.
key-new-confirm = Ja, lag en ny nøkkel
key-new-cancel = Behold nøkkelen min
key-new-done = Den nye nøkkelen din er klar. Vis det nye fingeravtrykket til dem som sjekker planene dine.

## Sikkerhetskopier med nøkkelen, og passordfraser.

backup-includes-key = Sikkerhetskopien inneholder nøkkelen din. Fingeravtrykket:
backup-no-key = Du har ingen nøkkel ennå, så sikkerhetskopien inneholder bare planen din.
backup-key-unreadable = Nøkkelen på denne enheten kan ikke leses, så sikkerhetskopien inneholder bare planen din.
backup-protect = Beskytt sikkerhetskopien med en passordfrase (anbefalt)
backup-protect-explain = Ingen kan åpne filen uten passordfrasen. Velg noen ord du husker, og skriv dem ned et annet sted enn der filen ligger.
backup-protect-forgotten = Hvis du glemmer passordfrasen, kan ingen åpne sikkerhetskopien: ikke du, ikke vi, ikke noen andre.
backup-passphrase-label = Passordfrase
backup-passphrase-hint = Minst { $min } tegn. Noen vanlige ord er lette å huske og vanskelige å gjette.
backup-passphrase-repeat-label = Passordfrasen en gang til
backup-passphrase-too-short = Passordfrasen er for kort: bruk minst { $min } tegn.
backup-passphrase-different = De to passordfrasene er ikke like.
passphrase-show = Vis det jeg skriver
backup-unprotected-warning = Uten passordfrase kan alle som får tak i filen, lese planen din og signere filer som om de var deg.
backup-locking = Låser sikkerhetskopien med passordfrasen din …
backup-done = Filen med sikkerhetskopien er klar. Se etter den blant nedlastingene dine.
backup-done-protected = Den beskyttede sikkerhetskopien er klar. Se etter den blant nedlastingene dine, og ta godt vare på passordfrasen.
backup-failed = Sikkerhetskopien kunne ikke lages.
backup-error-no-random = Denne nettleseren kan ikke lage de tilfeldige tallene en passordfrase trenger. Prøv en annen, oppdatert nettleser.
backup-error-protect-failed = Enheten hadde ikke nok minne til å låse den. Lukk andre apper og prøv igjen.
backup-error-download-refused = Nettleseren tillot ikke nedlastingen.
backup-error-encode-failed = Planen kunne ikke skrives til en fil, så ingenting ble lastet ned.

## Hente tilbake en beskyttet sikkerhetskopi.

restore-error-malformed = Filen med sikkerhetskopien er skadet: noe i den mangler eller er ikke som det skal være.
restore-error-invalid-key = Nøkkelen i sikkerhetskopien er skadet.
restore-error-unknown-protection = Den er låst på en måte denne versjonen av appen ikke kjenner.
restore-error-unsafe-protection = Den krever så mye minne eller tid for å låses opp at den kunne fått enheten til å henge. Den ble ikke åpnet.
restore-error-wrong-passphrase = Passordfrasen er feil, eller filen er blitt endret.
restore-error-unlock-failed = Enheten hadde ikke nok minne til å låse den opp. Lukk andre apper og prøv igjen.
restore-failed = Sikkerhetskopien kunne ikke hentes tilbake.
restore-locked-title = Denne sikkerhetskopien er beskyttet
restore-locked-explain = Skriv passordfrasen du valgte da du laget sikkerhetskopien.
restore-passphrase-label = Passordfrase
restore-unlock = Åpne sikkerhetskopien
restore-unlocking = Låser opp … dette tar et øyeblikk.
restore-preview-made = Laget { $date }
restore-preview-no-key = Denne sikkerhetskopien inneholder ingen nøkkel. Nøkkelen på denne enheten blir som den er.
restore-preview-key = Denne sikkerhetskopien inneholder en nøkkel. Fingeravtrykket:
restore-preview-key-same = Det er den samme nøkkelen som den på denne enheten.
restore-preview-key-different = Det er en annen nøkkel enn den på denne enheten ({ $fingerprint }). Nøkkelen på denne enheten blir byttet ut, og de som kjenner den, vil se at planene dine er signert med en annen nøkkel.
restore-preview-key-none-here = Denne enheten har ingen nøkkel ennå: nøkkelen fra sikkerhetskopien blir brukt.
restore-preview-key-unreadable-here = Nøkkelen på denne enheten kan ikke leses: nøkkelen fra sikkerhetskopien kommer i stedet.
restore-done-key = Nøkkelen din fra sikkerhetskopien er nå på denne enheten.
