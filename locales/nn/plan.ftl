# ownplan: den individuelle planen, delane av han, lister, lagring, tryggingskopi og gjenoppretting (norsk nynorsk).
# Alle id-ane her må finnast i alle språk (ein test sjekkar det).

## Delane av planen: tittel, forklaring på éi linje, døme.

page-about-title = Om meg
page-about-intro = Kven du er og historia di, med dine eigne ord, så du slepp å fortelje ho om og om igjen.
page-about-example = «Eg er 34 år og har budd i Oslo i ti år. Det som betyr mest for meg, er å få sjå dottera mi.»
page-goals-title = Måla mine
page-goals-intro = Kva du vil oppnå på dei ulike områda i livet, og stega på vegen.
page-goals-example = «Få mi eiga leilegheit med fast kontrakt, så dottera mi kan vere hos meg annakvar helg.»
page-resources-title = Ressursar og behov
page-resources-intro = Kva du er god til og kva som allereie fungerer, og kva du treng hjelp til.
page-resources-example = Ressurs: «Syster mi stiller alltid opp.» Behov: «Hjelp til å få oversikt over gjelda mi.»
page-measures-title = Tiltak og tenester
page-measures-intro = Hjelpa og tenestene du har eller ønskjer deg: kva, kor mykje, kven som har ansvaret, og kor langt det har kome.
page-measures-example = «Oppfølging i heimen frå kommunen, to besøk i veka, kontakt: koordinatoren min.»
page-network-example = «Ingrid Solberg, fastlegen min, Sofienberg legesenter, 22 35 80 00, kvardagar 8–16.»
page-contributions-title = Kven gjer kva
page-contributions-intro = Kva du skal gjere sjølv, kva familien eller venene dine skal gjere, og kva tenestene skal gjere.
page-contributions-example = «Eg går til timane mine og seier frå når det byrjar å gå dårleg.»
page-agreements-title = Avtalar
page-agreements-intro = Det som blei avtalt på møte: kva, kven som gjer det, og innan når.
page-agreements-example = «Sende søknaden om kommunal bustad – koordinator – innan 1. desember.»
page-appointments-title = Timar og møte
page-appointments-intro = Når og kvar, med kven, og kva du vil ta opp.
page-appointments-example = «Møte i ansvarsgruppa 9. februar kl. 10.00. Eg vil spørje om arbeidstrening.»
page-period-title = Planperiode og gjennomgang
page-period-intro = Kor lenge planen gjeld, når han skal gåast gjennom igjen, og ei oversikt over endringar.
page-period-example = «Planen gjeld i eitt år. Vi går gjennom han i mars.»
page-consent-title = Samtykke
page-consent-intro = Samtykket ditt til å ha ein plan, og kven som får sjå kva delar av planen.
page-consent-example = «Fastlegen min får sjå heile planen min fram til september neste år.»

page-backup-title = Tryggingskopi og gjenoppretting
page-backup-intro = Planen din finst berre på denne telefonen eller PC-en. Med ein tryggingskopi er planen trygg om du mistar han eller byter telefon.

plan-any-order = Alt er frivillig. Fyll ut det du vil, i den rekkjefølgja du vil.
part-has-content = Påbyrja
part-empty = Ikkje påbyrja enno
example-label = Døme:

## Felt utanfor lister.

field-owner-name = Namnet ditt
field-owner-phone = Telefonnummeret ditt
field-owner-email = E-postadressa di
field-my-story = Historia mi
hint-my-story = Det du vil at dei som hjelper deg, skal vite om deg og livet ditt.
field-what-matters = Det som er viktig for meg
hint-what-matters = Det som er viktigast for deg no.
field-contrib-me = Det eg skal gjere
field-contrib-kin = Det familien min eller dei som står meg nær, skal gjere
field-contrib-services = Det tenestene skal gjere
field-cooperation = Samarbeid med andre tenester
hint-cooperation = Kva tenester og etatar som samarbeider, og korleis.
field-period-from = Planen gjeld frå
field-period-to = Planen gjeld til
field-review-date = Dato for gjennomgang
hint-review-date = Når du og koordinatoren din skal sjå på planen igjen.
field-consent-given = Eg seier ja til å ha ein individuell plan
field-consent-given-on = Dato for samtykket
field-consent-valid-until = Samtykket gjeld til
field-consent-statement = Med mine eigne ord
hint-consent-statement = Til dømes kva planen får brukast til, og kva du ikkje vil.
heading-resources = Ressursane mine
heading-needs = Behova mine
heading-revision-log = Endringar i planen
heading-sharing = Kven som får sjå kva
sharing-explain = Vel for kvar person kva delar av planen dei får sjå. Du vel dette på nytt kvar gong du deler.

## Lister.

list-goals-add = Legg til eit mål
list-goals-empty = Ingen mål enno.
field-goals-text = Målet, med mine ord
hint-goals-text = Kva vil du oppnå?
field-goals-life-area = Område i livet
field-goals-why = Kvifor det er viktig for meg
field-goals-steps = Steg på vegen
hint-goals-steps = Det er fint med små steg.
field-goals-target-date = Når eg vil ha nådd målet
field-goals-status = Kor langt eg har kome

list-resources-add = Legg til ein ressurs
list-resources-empty = Du har ikkje skrive nokon ressursar enno.
field-resources-text = Det eg er god til, eller det som allereie fungerer
hint-resources-text = Menneske, ting du kan, vanar eller stader som hjelper deg.
field-resources-life-area = Område i livet

list-needs-add = Legg til eit behov
list-needs-empty = Du har ikkje skrive nokon behov enno.
field-needs-text = Det eg treng hjelp til
hint-needs-text = Med dine eigne ord.
field-needs-life-area = Område i livet

list-measures-add = Legg til eit tiltak eller ei teneste
list-measures-empty = Ingen tiltak eller tenester enno.
field-measures-what = Kva
hint-measures-what = Tenesta eller hjelpa, til dømes «oppfølging i heimen».
field-measures-life-area = Område i livet
field-measures-extent = Kor mykje eller kor ofte
hint-measures-extent = Til dømes «to besøk i veka».
field-measures-provider = Kva teneste eller kva stad
field-measures-responsible = Kven som har ansvaret
field-measures-how = Korleis det blir gjort
field-measures-from = Frå
field-measures-to = Til
field-measures-status = Kor langt det har kome
field-measures-notes = Notat

list-agreements-add = Legg til ein avtale
list-agreements-empty = Ingen avtalar enno.
field-agreements-what = Kva som blei avtalt
hint-agreements-what = Éin ting som skal gjerast.
field-agreements-who = Kven som gjer det
field-agreements-by-when = Innan når
field-agreements-status = Kor langt det har kome
field-agreements-meeting = Avtalt på kva møte
field-agreements-agreed-on = Dato for avtalen

list-appointments-add = Legg til ein time eller eit møte
list-appointments-empty = Ingen timar eller møte enno.
field-appointments-what = Kva
field-appointments-date = Dato
field-appointments-time = Klokkeslett
field-appointments-with-whom = Med kven
field-appointments-place = Kvar
field-appointments-to-raise = Det eg vil ta opp
hint-appointments-to-raise = Skriv det ned no, så du ikkje gløymer det på møtet.

list-network-add = Legg til ein person
list-network-empty = Ingen personar i nettverket ditt enno.
field-network-name = Namn
field-network-role = Rolle
field-network-organisation = Teneste eller organisasjon
field-network-phone = Telefon
field-network-email = E-post
field-network-reachable = Når du kan nå dei
hint-network-reachable = Til dømes «kvardagar 8–16».
field-network-relation = Forhold til meg
field-network-is-coordinator = Dette er koordinatoren min
field-network-in-group = Er med i ansvarsgruppa mi
field-network-next-of-kin = Pårørande
field-network-notes = Notat

list-revisions-add = Legg til eit notat
list-revisions-empty = Det er ikkje notert nokon endringar enno. Når du deler planen, blir det notert her.
field-revisions-text = Kva som blei endra
hint-revisions-text = Til dømes «Nytt mål etter møtet i mars».

list-sharing-add = Legg til ein person som får sjå planen
list-sharing-empty = Ingen har fått tilgang enno.
field-sharing-recipient = Kven
field-sharing-sections = Kva delar dei får sjå
hint-sharing-sections = Kryss av for alle delane denne personen får sjå.
field-sharing-until = Fram til
field-sharing-note = Vilkår, med mine ord

field-typed-name = Skriv det her
choice-none = Ikkje valt
choice-typed = Noko anna (skriv det)
choice-person-me = Meg sjølv

choice-area-health = Helse
choice-area-mental-health = Psykisk helse
choice-area-substance-use = Alkohol og andre rusmiddel
choice-area-housing = Bustad
choice-area-money = Pengar
choice-area-work-and-education = Arbeid og utdanning
choice-area-family-and-relationships = Familie og relasjonar
choice-area-daily-living = Kvardagen
choice-area-leisure = Fritid
choice-area-other = Anna

choice-goal-not-started = Ikkje byrja
choice-goal-underway = I gang
choice-goal-reached = Nådd
choice-goal-paused = Sett på pause
choice-goal-let-go = Lagt bort

choice-measure-wanted = Ønskt
choice-measure-applied-for = Søkt om
choice-measure-granted = Fått ja
choice-measure-ongoing = I gang
choice-measure-ended = Avslutta
choice-measure-refused = Fått nei

choice-agreement-open = Ikkje gjort enno
choice-agreement-done = Gjort
choice-agreement-cancelled = Ikkje aktuelt lenger

choice-role-gp = Fastlege
choice-role-coordinator = Koordinator
choice-role-mental-health-nurse = Psykiatrisk sjukepleiar
choice-role-psychologist = Psykolog
choice-role-psychiatrist = Psykiater
choice-role-nav = NAV
choice-role-child-welfare = Barnevernet
choice-role-housing = Bustadkontoret
choice-role-peer-worker = Likeperson
choice-role-next-of-kin = Pårørande
choice-role-friend = Ven
choice-role-volunteer = Frivillig
choice-role-other = Anna

choice-section-about-me = Om meg
choice-section-goals = Mål
choice-section-resources-and-needs = Ressursar og behov
choice-section-contributions = Kven gjer kva
choice-section-measures = Tiltak og tenester
choice-section-agreements = Avtalar
choice-section-appointments = Timar og møte
choice-section-plan-period = Planperiode og gjennomgang
choice-section-revision-log = Endringar i planen
choice-section-network = Nettverket mitt
choice-section-crisis-signs = Varselteikn og kva som hjelper
choice-section-how-to-meet-me = Korleis eg vil bli møtt
choice-section-crisis-contacts = Kven som skal ringjast i ei krise
choice-section-admission = Brukarstyrt plass
choice-section-treatment-wishes = Ønske om behandling
choice-section-practical-matters = Praktiske ting
choice-section-after-crisis = Etter krisa

## Punkt i lister.

item-untitled = (utan namn enno)
item-position = Nummer { $position } av { $count }:
item-edit = Endre
item-close = Lukk
item-done = Ferdig
item-done-add = Ferdig, legg til ein til
item-move-up = Flytt opp
item-move-down = Flytt ned
item-delete = Slett
undo-deleted = Sletta.
undo-button = Angre
notice-ok = OK

## Oversikta på framsida.

home-start = Byrj med «Om meg»
home-part-backup = Ta vare på ein kopi av planen din, eller hent tilbake ein kopi.
home-where-am-i = Kvar eg står med planen min
home-next-appointment = Neste time eller møte: { $what }, { $when }
home-no-appointment = Ingen timar eller møte framover.
home-review-date = Planen skal gåast gjennom { $date }.
home-review-passed = Datoen for gjennomgang, { $date }, er passert. Snakk med koordinatoren din om å sjå på planen igjen.
home-no-review-date = Ingen dato for gjennomgang enno.
home-agreements = Avtalar
home-agreement-overdue = Skulle vore gjort innan { $date }: { $what }
home-agreement-due = Innan { $date }: { $what }
home-see-agreements = Sjå alle avtalane
home-still-empty = Ikkje påbyrja enno
home-still-empty-explain = Du kan fylle ut desse når du vil. Du treng ikkje fylle ut noko.

## Lagring på denne telefonen eller PC-en.

save-loading = Opnar planen din …
save-saved = Lagra på denne telefonen eller PC-en.
save-failed = Endringane dine kunne ikkje lagrast på denne telefonen eller PC-en.
save-failed-way-out = Du kan halde fram med å skrive: ingenting går tapt så lenge denne sida er open. Last ned ein tryggingskopi no, så du tek vare på det du har skrive.
save-download-backup = Last ned ein tryggingskopi
save-conflict = Planen blei endra i ein annan fane eller eit anna vindauge.
save-conflict-explain = Vel kva versjon du vil behalde. For å vere på den trygge sida kan du først laste ned denne versjonen som tryggingskopi.
save-conflict-keep-mine = Behald denne versjonen
save-conflict-use-other = Bruk den andre versjonen
save-updated-from-other-tab = Planen blei oppdatert frå ein annan fane eller eit anna vindauge.
storage-unreadable = Det som er lagra på denne telefonen eller PC-en, kunne ikkje lesast.
storage-unreadable-damaged = Det ser ut til å vere skadd.
storage-unreadable-newer = Det blei lagra av ein nyare versjon av denne appen.
storage-unreadable-invalid = Det er ikkje ein plan som denne versjonen kan lese.
storage-unreadable-kept = Det er lagt til side, ikkje sletta, og du har byrja på ein ny plan. Du kan laste ned det som var lagra.
storage-unreadable-not-kept = For å ta vare på det blir ingenting lagra oppå det. Last ned det som er lagra, og ta ein tryggingskopi av det du skriv.
storage-unreadable-download = Last ned det som er lagra

## Tryggingskopi og gjenoppretting.

backup-file-name = min-plan-tryggingskopi-{ $date }.json
backup-download-heading = Ta vare på ein kopi
backup-download-explain = Fila inneheld heile planen din, og nøkkelen din (den som lagar den digitale underskrifta di) om du har ein. Legg ho ein trygg stad: utan passordfrase kan alle som har fila, lese ho.
restore-heading = Hent tilbake ein tryggingskopi
restore-explain = Vel ei fil med tryggingskopi. Du får sjå kva ho inneheld før noko blir endra.
restore-choose-file = Fil med tryggingskopi
restore-reading = Les fila …
restore-refused = Denne fila kan ikkje brukast.
restore-nothing-changed = Ingenting blei endra.
restore-error-no-file = Du har ikkje valt noka fil.
restore-error-too-large = Fila er for stor til å vere ein plan.
restore-error-unreadable-file = Fila kunne ikkje lesast.
restore-error-not-json = Det er ikkje ei planfil.
restore-error-duplicate-key = Fila er skadd: eit felt står to gonger.
restore-error-not-a-backup = Det er ikkje ein tryggingskopi frå denne appen.
restore-error-newer = Fila blei laga av ein nyare versjon av denne appen.
restore-error-invalid-plan = Planen i fila er skadd eller manglar noko.
restore-preview-title = I denne tryggingskopien
restore-preview-owner = Planen til: { $name }
restore-preview-count-goals = Mål: { $count }
restore-preview-count-measures = Tiltak og tenester: { $count }
restore-preview-count-network = Personar i nettverket: { $count }
restore-preview-count-agreements = Avtalar: { $count }
restore-preview-count-appointments = Timar og møte: { $count }
restore-preview-warning = Om du hentar tilbake denne tryggingskopien, kjem han i staden for planen på denne telefonen eller PC-en, og for nøkkelen om tryggingskopien har ein. Last ned ein tryggingskopi av det du har no først, om du vil behalde det.
restore-confirm = Byt ut planen min med denne tryggingskopien
restore-cancel = Avbryt
restore-done = Tryggingskopien er henta tilbake.

## Merke på punkt som treng merksemd.

flag-agreements = Skulle vore gjort

## issue13-taps

item-new-goals = Nytt mål
item-new-resources = Ny ressurs
item-new-needs = Nytt behov
item-new-measures = Nytt tiltak
item-new-agreements = Ny avtale
item-new-appointments = Ny time
item-new-network = Ny person
item-new-revisions = Nytt notat
item-new-sharing = Ny person som får sjå planen
item-new-signs = Nytt varselteikn
item-new-contacts = Ny person å ringje
item-new-do-not-contact = Ny person som ikkje skal kontaktast
item-new-services = Ny teneste
item-new-medicines-help = Ny medisin som hjelper
item-new-medicines-avoid = Ny medisin eg må unngå
item-number = { $position }.
item-edit-named = Endre: { $item }
item-close-named = Lukk: { $item }
item-move-up-named = Flytt opp: { $item }
item-move-down-named = Flytt ned: { $item }
item-delete-named = Slett: { $item }
item-moved = Flytta til plass { $position } av { $count }.
choice-person-new = Ein ny person i nettverket mitt
person-new-legend = Ein ny person i nettverket ditt
person-new-hint = Personen blir lagd til i nettverket ditt, så nummeret står éin stad.
person-new-name = Namn
person-new-phone = Telefonnummer
person-new-add = Legg til og vel
person-new-cancel = Avbryt
person-new-missing = Skriv eit namn eller eit nummer først.

## issue13-words
plan-document-summary-from = Gjeld frå { $date }
plan-document-summary-to = Gjeld til { $date }
plan-document-summary-review = Skal gåast gjennom { $date }
date-year-question = Er året rett? { $year }
