# ownplan: meldingar på nynorsk. Alle id-ane her må finnast i alle språk (ein test sjekkar det).

app-title = Min plan
language-label = Språk
# Namnet på dette språket, skrive på dette språket, til språkveljaren.
language-name = Norsk nynorsk
language-autonym-nb = Norsk bokmål
language-autonym-nn = Norsk nynorsk
language-autonym-en = English

nav-label = Hovudmeny
nav-home = Oversikt
nav-plan = Individuell plan
nav-crisis = Kriseplan
nav-network = Nettverket mitt
nav-share = Del
nav-verify = Kontroller ein plan

home-title = Planen din, med dine ord
home-intro = Her skriv du din eigen individuelle plan og kriseplan, med dine eigne ord. Alt du skriv, blir verande på denne telefonen eller PC-en, og ingenting blir sendt nokon stad utan at du sjølv vel å dele det.
home-parts-heading = Delane av planen din
home-part-plan = Måla dine, kva som hjelper deg, og kven som gjer kva.
home-part-crisis = Kva som skal skje når det blir verre, og kven som skal ringjast.
home-part-network = Menneska og tenestene rundt deg.
home-part-share = Vel kven som får kva delar, som ei fil med den digitale underskrifta di.
home-part-verify = For fagfolk: kontroller at ein plan du har fått, er ekte.

page-plan-title = Individuell plan
page-plan-intro = Måla dine, ressursane og behova dine, tiltaka og tenestene som hjelper deg, og kven som har ansvar for kva.
page-crisis-title = Kriseplan
page-crisis-intro = Teikna på at du blir dårlegare, kva som hjelper og kva som ikkje hjelper, korleis du vil bli møtt, og kven som skal ringjast.
page-network-title = Nettverket mitt
page-network-intro = Menneska rundt deg: familie, vener, koordinatoren din og tenestene du bruker.
page-share-title = Del planen din
page-share-intro = Vel kven som får kva delar av planen din. Kvar av dei får ei fil med den digitale underskrifta di, så dei kan sjå at ho verkeleg er frå deg og ikkje er endra.
page-verify-title = Kontroller ein plan
page-verify-intro = For fagfolk: opne ei planfil du har fått, og sjå om ho er ekte og uendra.
page-coming = Denne delen er under arbeid og kjem snart.

not-found-title = Fann ikkje sida
not-found-body = Denne sida finst ikkje. Planen din er trygg.
not-found-home-link = Gå til oversikta

footer-privacy = Alt du skriv blir verande på denne telefonen eller PC-en. Ingenting blir sendt nokon stad.
footer-version = Versjon { $version }
# Before the link to checking a plan, in the footer.
footer-professionals = For fagfolk:

notice-language-not-remembered = Språkvalet ditt kunne ikkje lagrast på denne telefonen eller PC-en.
error-storage-unavailable = Denne nettlesaren tillèt ikkje lagring her.
error-storage-refused = Innstillingane i nettlesaren hindrar lagring på denne telefonen eller PC-en.
error-storage-write-failed = Lagringsplassen på denne telefonen eller PC-en kan vere full.
error-storage-encode-failed = Det kunne ikkje gjerast klart for lagring, så ingenting vart lagra.

panic-title = Noko gjekk gale
panic-body = Sida stoppa på grunn av ein feil i programmet. Det er ikkje din skuld. Last inn sida på nytt for å halde fram.
panic-reload = Last inn sida på nytt
plan-document-empty = Det står ingenting i denne planen enno.

## issue13-kept
reminder-title = Ein tryggingskopi tek vare på planen din
reminder-first-crisis = Du har skrive kriseplanen din. Ein tryggingskopi er ei fil med ein kopi av han, i tilfelle noko skjer med denne telefonen eller nettlesaren.
reminder-many-changes = Planen din er endra mykje sidan førre tryggingskopi. Ein ny tryggingskopi tek vare på endringane.
reminder-make-backup = Lag ein tryggingskopi
reminder-not-now = Ikkje no
backup-last-date = Siste tryggingskopi: { $date }
backup-last-never = Ingen tryggingskopi er laga på denne eininga enno.
storage-kept-granted = Nettlesaren din har lova å ta vare på planen din.
storage-kept-not-title = Nettlesaren har ikkje lova å ta vare på planen din
storage-kept-not-explain = Planen er lagra i denne nettlesaren. Viss det blir lite plass på eininga, eller du ikkje brukar denne sida på ei stund, kan nettlesaren slette han.
storage-kept-not-advice = Ein tryggingskopi er ein kopi du sjølv har kontroll over. På ein telefon kan det òg hjelpe å leggje denne sida til på startskjermen.
vanished-title = Planen din finst ikkje lenger i denne nettlesaren
vanished-explain = Denne eininga laga ein tryggingskopi av planen din { $date }, men planen er ikkje lagra her lenger. Han kan ha blitt sletta saman med dataa til nettlesaren. Du kan hente han tilbake frå tryggingskopien.
vanished-restore = Hent tilbake ein tryggingskopi

## issue13-words
technical-details = Tekniske detaljar

## issue13-focus
# Tittelen i nettlesarfana for ei vising: namnet på visinga, så namnet på appen.
view-title = { $view } – Min plan
# Lenkjene nedst i kvar del av ein plan, til neste og førre del.
part-steps-label = Delar av planen
part-next = Neste: { $part }
part-previous = Førre: { $part }

notice-language-not-loaded = Språket kunne ikkje lastast inn. Sjekk tilkoplinga og prøv igjen.

## issue14-deliver
home-part-key = Fingeravtrykket til nøkkelen din: fagfolk kan samanlikne det med ei fil du har signert.

## A view whose words are fetched when it first opens (the verify view, the guided mode).
view-opening = Opnar …
view-not-loaded = Denne delen av appen kunne ikkje lastast. Kopla til internett og prøv igjen. Alt du har skrive, er trygt.
view-not-loaded-outdated = Ein nyare versjon av appen er komen. Last inn sida på nytt for å opne denne delen. Alt du har skrive, er trygt.
view-load-retry = Prøv igjen
