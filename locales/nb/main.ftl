# ownplan: meldinger på norsk bokmål. Alle id-er her må finnes i alle språk (en test sjekker det).

app-title = Min plan
language-label = Språk
# Navnet på dette språket, skrevet på dette språket, til språkvelgeren.
language-name = Norsk bokmål
language-autonym-nb = Norsk bokmål
language-autonym-nn = Norsk nynorsk
language-autonym-en = English

nav-label = Hovedmeny
nav-home = Oversikt
nav-plan = Individuell plan
nav-crisis = Kriseplan
nav-network = Mitt nettverk
nav-share = Del
nav-verify = Kontroller en plan

home-title = Din plan, med dine ord
home-intro = Her skriver du din egen individuelle plan og kriseplan, med dine egne ord. Alt du skriver, blir værende på denne telefonen eller PC-en, og ingenting sendes noe sted uten at du selv velger å dele det.
home-parts-heading = Delene av planen din
home-part-plan = Målene dine, hva som hjelper deg, og hvem som gjør hva.
home-part-crisis = Hva som skal skje når det blir verre, og hvem som skal ringes.
home-part-network = Menneskene og tjenestene rundt deg.
home-part-share = Velg hvem som får hvilke deler, som en fil med din digitale underskrift.
home-part-verify = For fagfolk: kontroller at en plan du har fått, er ekte.

page-plan-title = Individuell plan
page-plan-intro = Målene dine, ressursene og behovene dine, tiltakene og tjenestene som hjelper deg, og hvem som har ansvar for hva.
page-crisis-title = Kriseplan
page-crisis-intro = Tegnene på at du blir dårligere, hva som hjelper og hva som ikke hjelper, hvordan du vil bli møtt, og hvem som skal ringes.
page-network-title = Mitt nettverk
page-network-intro = Menneskene rundt deg: familie, venner, koordinatoren din og tjenestene du bruker.
page-share-title = Del planen din
page-share-intro = Velg hvem som får hvilke deler av planen din. Hver av dem får en fil med din digitale underskrift, så de kan se at den virkelig er fra deg og ikke er endret.
page-verify-title = Kontroller en plan
page-verify-intro = For fagfolk: åpne en planfil du har fått, og se om den er ekte og uendret.
page-coming = Denne delen er under arbeid og kommer snart.

not-found-title = Fant ikke siden
not-found-body = Denne siden finnes ikke. Planen din er trygg.
not-found-home-link = Gå til oversikten

footer-privacy = Alt du skriver blir værende på denne telefonen eller PC-en. Ingenting sendes noe sted.
footer-version = Versjon { $version }
# Before the link to checking a plan, in the footer.
footer-professionals = For fagfolk:

notice-language-not-remembered = Språkvalget ditt kunne ikke lagres på denne telefonen eller PC-en.
error-storage-unavailable = Denne nettleseren tillater ikke lagring her.
error-storage-refused = Innstillingene i nettleseren hindrer lagring på denne telefonen eller PC-en.
error-storage-write-failed = Lagringsplassen på denne telefonen eller PC-en kan være full.
error-storage-encode-failed = Det kunne ikke gjøres klart for lagring, så ingenting ble lagret.

panic-title = Noe gikk galt
panic-body = Siden stoppet på grunn av en feil i programmet. Det er ikke din skyld. Last inn siden på nytt for å fortsette.
panic-reload = Last inn siden på nytt
plan-document-empty = Det står ingenting i denne planen ennå.

## issue13-kept
reminder-title = En sikkerhetskopi tar vare på planen din
reminder-first-crisis = Du har skrevet kriseplanen din. En sikkerhetskopi er en fil med en kopi av den, i tilfelle noe skjer med denne telefonen eller nettleseren.
reminder-many-changes = Planen din er endret mye siden forrige sikkerhetskopi. En ny sikkerhetskopi tar vare på endringene.
reminder-make-backup = Lag en sikkerhetskopi
reminder-not-now = Ikke nå
backup-last-date = Siste sikkerhetskopi: { $date }
backup-last-never = Ingen sikkerhetskopi er laget på denne enheten ennå.
storage-kept-granted = Nettleseren din har lovet å ta vare på planen din.
storage-kept-not-title = Nettleseren har ikke lovet å ta vare på planen din
storage-kept-not-explain = Planen er lagret i denne nettleseren. Hvis det blir lite plass på enheten, eller du ikke bruker denne siden på en stund, kan nettleseren slette den.
storage-kept-not-advice = En sikkerhetskopi er en kopi du selv har kontroll over. På en telefon kan det også hjelpe å legge denne siden til på startskjermen.
vanished-title = Planen din finnes ikke lenger i denne nettleseren
vanished-explain = Denne enheten laget en sikkerhetskopi av planen din { $date }, men planen er ikke lagret her lenger. Den kan ha blitt slettet sammen med nettleserens data. Du kan hente den tilbake fra sikkerhetskopien.
vanished-restore = Hent tilbake en sikkerhetskopi

## issue13-words
technical-details = Tekniske detaljer

## issue13-focus
# Tittelen i nettleserfanen for en visning: visningens navn, så appens navn.
view-title = { $view } – Min plan
# Lenkene nederst i hver del av en plan, til neste og forrige del.
part-steps-label = Deler av planen
part-next = Neste: { $part }
part-previous = Forrige: { $part }

notice-language-not-loaded = Språket kunne ikke lastes inn. Sjekk tilkoblingen og prøv igjen.

## issue14-deliver
home-part-key = Fingeravtrykket til nøkkelen din: fagfolk kan sammenligne det med en fil du har signert.

## A view whose words are fetched when it first opens (the verify view, the guided mode).
view-opening = Åpner …
view-not-loaded = Denne delen av appen kunne ikke lastes. Koble til internett og prøv igjen. Alt du har skrevet, er trygt.
view-not-loaded-outdated = En nyere versjon av appen er kommet. Last inn siden på nytt for å åpne denne delen. Alt du har skrevet, er trygt.
view-load-retry = Prøv igjen
