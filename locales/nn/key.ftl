## Nøkkelen til personen
page-key-title = Nøkkelen min
key-error-malformed = Nøkkelen som er lagra på denne telefonen eller PC-en, kan ikkje lesast. Ingenting er endra. Du kan hente han tilbake frå ein tryggingskopi, eller lage ein ny nøkkel.
key-error-newer = Nøkkelen på denne telefonen eller PC-en vart lagra av ein nyare versjon av ownplan. Opne ownplan i nyaste versjon.
key-error-no-random = Denne nettlesaren kan ikkje lage ein trygg nøkkel (han manglar ein sikker tilfeldigheitsgenerator). Prøv ein annan, oppdatert nettlesar.

## Nøkkelvisinga.

key-intro = Nøkkelen din er det som lagar den digitale underskrifta di. Med han skriv du under på planane du deler, så dei som får dei, kan stole på at dei er frå deg.
key-why-heading = Kvifor nøkkelen er viktig
key-why-signed = Ei fil med underskrifta di viser at ho kjem frå den som har denne nøkkelen, og at ingen har endra ho sidan.
key-why-not-who = Nøkkelen seier ikkje kven du er. Vis difor koordinatoren eller fastlegen din kjenneteiknet eller QR-koden til nøkkelen éin gong, andlet til andlet. Då kan dei kjenne att filene dine seinare.
key-loading = Ser etter nøkkelen din …
key-missing = Du har ingen nøkkel enno. Han blir laga første gong du deler planen din, eller du kan lage han no.
key-make = Lag nøkkelen min no
key-unreadable-way-out = Du kan hente nøkkelen tilbake frå ein tryggingskopi, eller lage ein ny nøkkel nedanfor.
key-go-to-backup = Gå til tryggingskopi og gjenoppretting
key-fingerprint-heading = Kjenneteiknet på nøkkelen din
key-fingerprint-explain = Ein kort kode som berre nøkkelen din har (fagfolk kallar han fingeravtrykket). Les han høgt, fire teikn om gongen, eller la dei skanne QR-koden. Om dei ser den same koden på ei fil du har sendt, er fila frå deg.
key-qr-label = QR-kode for nøkkelen din
key-did-heading = Heile nøkkelen din
key-did-explain = Den same nøkkelen skriven heilt ut (ein did:key), for program som sjekkar underskrifter. Du treng ikkje gjere noko med han.
key-made = Laga { $date }
key-new-heading = Lag ein ny nøkkel
key-new-explain = Berre om du trur nokon andre har fått tak i nøkkelen din, eller du vil byrje på nytt.
key-new = Lag ein ny nøkkel …
key-new-warning-title = Før du lagar ein ny nøkkel
key-new-warning-professionals = Fagfolk som kjenner nøkkelen du har no, får ei tydeleg åtvaring om at planen din har ei anna underskrift. Vis dei det nye kjenneteiknet.
key-new-warning-old-files = Filer du alt har sendt, er framleis gyldige.
key-new-warning-backup = Nøkkelen du har no, forsvinn frå denne telefonen eller PC-en. Last ned ein tryggingskopi først om du kan kome til å trenge han.
key-new-confirm = Ja, lag ein ny nøkkel
key-new-cancel = Behald nøkkelen min
key-new-done = Den nye nøkkelen din er klar. Vis det nye kjenneteiknet til dei som sjekkar planane dine.

## Tryggingskopiar med nøkkelen, og passordfrasar.

backup-includes-key = Tryggingskopien inneheld nøkkelen din. Kjenneteiknet:
backup-no-key = Du har ingen nøkkel enno, så tryggingskopien inneheld berre planen din.
backup-key-unreadable = Nøkkelen på denne telefonen eller PC-en kan ikkje lesast, så tryggingskopien inneheld berre planen din.
backup-protect = Lås tryggingskopien med ein passordfrase, eit passord på fleire ord (tilrådd)
backup-protect-explain = Ingen kan opne fila utan passordfrasen. Vel nokre ord du hugsar, og skriv dei ned ein annan stad enn der fila ligg.
backup-protect-forgotten = Om du gløymer passordfrasen, kan ingen opne tryggingskopien: ikkje du, ikkje vi, ikkje nokon andre.
backup-passphrase-label = Passordfrase
backup-passphrase-hint = Minst { $min } teikn. Nokre vanlege ord er lette å hugse og vanskelege å gjette.
backup-passphrase-repeat-label = Passordfrasen ein gong til
backup-passphrase-too-short = Passordfrasen er for kort: bruk minst { $min } teikn.
backup-passphrase-different = Dei to passordfrasane er ikkje like.
passphrase-show = Vis det eg skriv
backup-unprotected-warning = Utan passordfrase kan alle som får tak i fila, lese planen din og skrive under på filer som om dei var deg.
backup-locking = Låser tryggingskopien med passordfrasen din …
backup-done = Fila med tryggingskopien er klar. Sjå etter ho blant nedlastingane dine.
backup-done-protected = Den verna tryggingskopien er klar. Sjå etter han blant nedlastingane dine, og ta godt vare på passordfrasen.
backup-failed = Tryggingskopien kunne ikkje lagast.
backup-error-no-random = Denne nettlesaren kan ikkje lage dei tilfeldige tala ein passordfrase treng. Prøv ein annan, oppdatert nettlesar.
backup-error-protect-failed = Telefonen eller PC-en hadde ikkje nok minne til å låse han. Lukk andre appar og prøv igjen.
backup-error-download-refused = Nettlesaren tillét ikkje nedlastinga.
backup-error-encode-failed = Planen kunne ikkje skrivast til ei fil, så ingenting vart lasta ned.

## Hente tilbake ein verna tryggingskopi.

restore-error-malformed = Fila med tryggingskopien er skadd: noko i ho manglar eller er ikkje som det skal vere.
restore-error-invalid-key = Nøkkelen i tryggingskopien er skadd.
restore-error-unknown-protection = Han er låst på ein måte denne versjonen av appen ikkje kjenner.
restore-error-unsafe-protection = Han krev så mykje minne eller tid for å låsast opp at han kunne fått telefonen eller PC-en til å henge. Han blei ikkje opna.
restore-error-wrong-passphrase = Passordfrasen er feil, eller fila er blitt endra.
restore-error-unlock-failed = Telefonen eller PC-en hadde ikkje nok minne til å låse han opp. Lukk andre appar og prøv igjen.
restore-failed = Tryggingskopien kunne ikkje hentast tilbake.
restore-locked-title = Denne tryggingskopien er verna
restore-locked-explain = Skriv passordfrasen du valde då du laga tryggingskopien.
restore-passphrase-label = Passordfrase
restore-unlock = Opne tryggingskopien
restore-unlocking = Låser opp … dette tek eit augneblink.
restore-preview-made = Laga { $date }
restore-preview-no-key = Denne tryggingskopien inneheld ingen nøkkel. Nøkkelen på denne telefonen eller PC-en blir som han er.
restore-preview-key = Denne tryggingskopien inneheld ein nøkkel. Kjenneteiknet:
restore-preview-key-same = Det er den same nøkkelen som den på denne telefonen eller PC-en.
restore-preview-key-different = Det er ein annan nøkkel enn den på denne telefonen eller PC-en ({ $fingerprint }). Nøkkelen her blir bytt ut, og dei som kjenner han, vil sjå at planane dine har ei anna underskrift.
restore-preview-key-none-here = Denne telefonen eller PC-en har ingen nøkkel enno: nøkkelen frå tryggingskopien blir brukt.
restore-preview-key-unreadable-here = Nøkkelen på denne telefonen eller PC-en kan ikkje lesast: nøkkelen frå tryggingskopien kjem i staden.
restore-done-key = Nøkkelen din frå tryggingskopien er no på denne telefonen eller PC-en.

## issue14-deliver: the fingerprint beside the plan (printed plan, wallet card, printed copy)
key-fingerprint-compare = Fingeravtrykket til nøkkelen, til å samanlikne med ein signert kopi:

## Locking and unlocking run in a part of the app loaded when first needed (kept offline after).
backup-error-module-unavailable = Tryggingskopien kunne ikkje låsast her: den delen av appen som låser tryggingskopiar, kunne ikkje lastast. Kopla til internett og prøv igjen. Planen din er trygg på denne eininga.
backup-error-module-outdated = Ein nyare versjon av appen vart installert medan denne sida var open. Last inn sida på nytt og lag tryggingskopien igjen. Planen din er trygg på denne eininga.
backup-error-module-timeout = Det tok for lang tid å låse tryggingskopien. Prøv igjen. Planen din er trygg på denne eininga.
restore-error-module-unavailable = Tryggingskopien kunne ikkje låsast opp her: den delen av appen som låser opp tryggingskopiar, kunne ikkje lastast. Kopla til internett og prøv igjen.
restore-error-module-outdated = Ein nyare versjon av appen vart installert medan denne sida var open. Last inn sida på nytt og opna tryggingskopien igjen.
restore-error-module-timeout = Det tok for lang tid å låse opp tryggingskopien. Prøv igjen.
