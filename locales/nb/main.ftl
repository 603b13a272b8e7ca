# ownplan: meldinger på norsk bokmål. Alle id-er her må finnes i alle språk (en test sjekker det).

app-title = Min plan
language-label = Språk
# Navnet på dette språket, skrevet på dette språket, til språkvelgeren.
language-name = Norsk bokmål

nav-label = Hovedmeny
nav-home = Oversikt
nav-plan = Individuell plan
nav-crisis = Kriseplan
nav-network = Mitt nettverk
nav-share = Del
nav-verify = Kontroller en plan

home-title = Din plan, med dine ord
home-intro = Her skriver du din egen individuelle plan og kriseplan, med dine egne ord. Alt du skriver blir værende på denne enheten, og ingenting sendes noe sted uten at du selv velger å dele det.
home-parts-heading = Delene av planen din
home-part-plan = Målene dine, hva som hjelper deg, og hvem som gjør hva.
home-part-crisis = Hva som skal skje når det blir verre, og hvem som skal ringes.
home-part-network = Menneskene og tjenestene rundt deg.
home-part-share = Velg hvem som får hvilke deler, som en signert fil.
home-part-verify = For fagfolk: kontroller at en plan du har fått, er ekte.

page-plan-title = Individuell plan
page-plan-intro = Målene dine, ressursene og behovene dine, tiltakene og tjenestene som hjelper deg, og hvem som har ansvar for hva.
page-crisis-title = Kriseplan
page-crisis-intro = Tegnene på at du blir dårligere, hva som hjelper og hva som ikke hjelper, hvordan du vil bli møtt, og hvem som skal ringes.
page-network-title = Mitt nettverk
page-network-intro = Menneskene rundt deg: familie, venner, koordinatoren din og tjenestene du bruker.
page-share-title = Del planen din
page-share-intro = Velg hvem som får hvilke deler av planen din. Hver mottaker får en fil signert av deg, så de kan se at den virkelig er fra deg.
page-verify-title = Kontroller en plan
page-verify-intro = For fagfolk: åpne en planfil du har fått, og se om den er ekte og uendret.
page-coming = Denne delen er under arbeid og kommer snart.

not-found-title = Fant ikke siden
not-found-body = Denne siden finnes ikke. Planen din er trygg.
not-found-home-link = Gå til oversikten

footer-privacy = Alt du skriver blir værende på denne enheten. Ingenting sendes noe sted.
footer-version = Versjon { $version }
# Before the link to checking a plan, in the footer.
footer-professionals = For fagfolk:

notice-language-not-remembered = Språkvalget ditt kunne ikke lagres på denne enheten.
error-storage-unavailable = Denne nettleseren tillater ikke lagring her.
error-storage-refused = Innstillingene i nettleseren hindrer lagring på denne enheten.
error-storage-write-failed = Lagringsplassen på denne enheten kan være full.
error-storage-encode-failed = Det kunne ikke gjøres klart for lagring, så ingenting ble lagret.

panic-title = Noe gikk galt
panic-body = Siden stoppet på grunn av en feil i programmet. Det er ikke din skyld. Last inn siden på nytt for å fortsette.
panic-reload = Last inn siden på nytt
plan-document-empty = Det står ingenting i denne planen ennå.

## issue13-focus
# Tittelen i nettleserfanen for en visning: visningens navn, så appens navn.
view-title = { $view } – Min plan
# Lenkene nederst i hver del av en plan, til neste og forrige del.
part-steps-label = Deler av planen
part-next = Neste: { $part }
part-previous = Forrige: { $part }
