# ownplan: den individuelle planen, delene av den, lister, lagring, sikkerhetskopi og gjenoppretting (norsk bokmål).
# Alle id-er her må finnes i alle språk (en test sjekker det).

## Delene av planen: tittel, forklaring på én linje, eksempel.

page-about-title = Om meg
page-about-intro = Hvem du er og historien din, med dine egne ord, så du slipper å fortelle den om og om igjen.
page-about-example = «Jeg er 34 år og har bodd i Oslo i ti år. Det som betyr mest for meg, er å få se datteren min.»
page-goals-title = Mine mål
page-goals-intro = Hva du vil oppnå på de ulike områdene i livet, og stegene på veien.
page-goals-example = «Få min egen leilighet med fast kontrakt, så datteren min kan være hos meg annenhver helg.»
page-resources-title = Ressurser og behov
page-resources-intro = Hva du er god til og hva som allerede fungerer, og hva du trenger hjelp til.
page-resources-example = Ressurs: «Søsteren min stiller alltid opp.» Behov: «Hjelp til å få oversikt over gjelden min.»
page-measures-title = Tiltak og tjenester
page-measures-intro = Hjelpen og tjenestene du har eller ønsker deg: hva, hvor mye, hvem som har ansvaret, og hvor langt det har kommet.
page-measures-example = «Oppfølging i hjemmet fra kommunen, to besøk i uken, kontakt: koordinatoren min.»
page-network-example = «Ingrid Solberg, fastlegen min, Sofienberg legesenter, 22 35 80 00, hverdager 8–16.»
page-contributions-title = Hvem gjør hva
page-contributions-intro = Hva du skal gjøre selv, hva familien eller vennene dine skal gjøre, og hva tjenestene skal gjøre.
page-contributions-example = «Jeg går til timene mine og sier fra når det begynner å gå dårlig.»
page-agreements-title = Avtaler
page-agreements-intro = Det som ble avtalt på møter: hva, hvem som gjør det, og innen når.
page-agreements-example = «Sende søknaden om kommunal bolig – koordinator – innen 1. desember.»
page-appointments-title = Timer og møter
page-appointments-intro = Når og hvor, med hvem, og hva du vil ta opp.
page-appointments-example = «Møte i ansvarsgruppen 9. februar kl. 10.00. Jeg vil spørre om arbeidstrening.»
page-period-title = Planperiode og gjennomgang
page-period-intro = Hvor lenge planen gjelder, når den skal gås gjennom igjen, og en oversikt over endringer.
page-period-example = «Planen gjelder i ett år. Vi går gjennom den i mars.»
page-consent-title = Samtykke
page-consent-intro = Samtykket ditt til å ha en plan, og hvem som får se hvilke deler av planen.
page-consent-example = «Fastlegen min får se hele planen min fram til september neste år.»

page-backup-title = Sikkerhetskopi og gjenoppretting
page-backup-intro = Planen din finnes bare på denne telefonen eller PC-en. Med en sikkerhetskopi er planen trygg hvis du mister den eller bytter telefon.

plan-any-order = Alt er frivillig. Fyll ut det du vil, i den rekkefølgen du vil.
part-has-content = Påbegynt
part-empty = Ikke påbegynt ennå
example-label = Eksempel:

## Felt utenfor lister.

field-owner-name = Navnet ditt
field-owner-phone = Telefonnummeret ditt
field-owner-email = E-postadressen din
field-my-story = Min historie
hint-my-story = Det du vil at de som hjelper deg, skal vite om deg og livet ditt.
field-what-matters = Det som er viktig for meg
hint-what-matters = Det som er viktigst for deg nå.
field-contrib-me = Det jeg skal gjøre
field-contrib-kin = Det familien min eller de som står meg nær, skal gjøre
field-contrib-services = Det tjenestene skal gjøre
field-cooperation = Samarbeid med andre tjenester
hint-cooperation = Hvilke tjenester og etater som samarbeider, og hvordan.
field-period-from = Planen gjelder fra
field-period-to = Planen gjelder til
field-review-date = Dato for gjennomgang
hint-review-date = Når du og koordinatoren din skal se på planen igjen.
field-consent-given = Jeg sier ja til å ha en individuell plan
field-consent-given-on = Dato for samtykket
field-consent-valid-until = Samtykket gjelder til
field-consent-statement = Med mine egne ord
hint-consent-statement = For eksempel hva planen får brukes til, og hva du ikke vil.
heading-resources = Mine ressurser
heading-needs = Mine behov
heading-revision-log = Endringer i planen
heading-sharing = Hvem som får se hva
sharing-explain = Velg for hver person hvilke deler av planen de får se. Du velger dette på nytt hver gang du deler.

## Lister.

list-goals-add = Legg til et mål
list-goals-empty = Ingen mål ennå.
field-goals-text = Målet, med mine ord
hint-goals-text = Hva vil du oppnå?
field-goals-life-area = Område i livet
field-goals-why = Hvorfor det er viktig for meg
field-goals-steps = Steg på veien
hint-goals-steps = Det er fint med små steg.
field-goals-target-date = Når jeg vil ha nådd målet
field-goals-status = Hvor langt jeg har kommet

list-resources-add = Legg til en ressurs
list-resources-empty = Du har ikke skrevet noen ressurser ennå.
field-resources-text = Det jeg er god til, eller det som allerede fungerer
hint-resources-text = Mennesker, ting du kan, vaner eller steder som hjelper deg.
field-resources-life-area = Område i livet

list-needs-add = Legg til et behov
list-needs-empty = Du har ikke skrevet noen behov ennå.
field-needs-text = Det jeg trenger hjelp til
hint-needs-text = Med dine egne ord.
field-needs-life-area = Område i livet

list-measures-add = Legg til et tiltak eller en tjeneste
list-measures-empty = Ingen tiltak eller tjenester ennå.
field-measures-what = Hva
hint-measures-what = Tjenesten eller hjelpen, for eksempel «oppfølging i hjemmet».
field-measures-life-area = Område i livet
field-measures-extent = Hvor mye eller hvor ofte
hint-measures-extent = For eksempel «to besøk i uken».
field-measures-provider = Hvilken tjeneste eller hvilket sted
field-measures-responsible = Hvem som har ansvaret
field-measures-how = Hvordan det gjøres
field-measures-from = Fra
field-measures-to = Til
field-measures-status = Hvor langt det har kommet
field-measures-notes = Notater

list-agreements-add = Legg til en avtale
list-agreements-empty = Ingen avtaler ennå.
field-agreements-what = Hva som ble avtalt
hint-agreements-what = Én ting som skal gjøres.
field-agreements-who = Hvem som gjør det
field-agreements-by-when = Innen når
field-agreements-status = Hvor langt det har kommet
field-agreements-meeting = Avtalt på hvilket møte
field-agreements-agreed-on = Dato for avtalen

list-appointments-add = Legg til en time eller et møte
list-appointments-empty = Ingen timer eller møter ennå.
field-appointments-what = Hva
field-appointments-date = Dato
field-appointments-time = Klokkeslett
field-appointments-with-whom = Med hvem
field-appointments-place = Hvor
field-appointments-to-raise = Det jeg vil ta opp
hint-appointments-to-raise = Skriv det ned nå, så du ikke glemmer det på møtet.

list-network-add = Legg til en person
list-network-empty = Ingen personer i nettverket ditt ennå.
field-network-name = Navn
field-network-role = Rolle
field-network-organisation = Tjeneste eller organisasjon
field-network-phone = Telefon
field-network-email = E-post
field-network-reachable = Når du kan nå dem
hint-network-reachable = For eksempel «hverdager 8–16».
field-network-relation = Forhold til meg
field-network-is-coordinator = Dette er koordinatoren min
field-network-in-group = Er med i ansvarsgruppen min
field-network-next-of-kin = Pårørende
field-network-notes = Notater

list-revisions-add = Legg til et notat
list-revisions-empty = Det er ikke notert noen endringer ennå. Når du deler planen, blir det notert her.
field-revisions-text = Hva som ble endret
hint-revisions-text = For eksempel «Nytt mål etter møtet i mars».

list-sharing-add = Legg til en person som får se planen
list-sharing-empty = Ingen har fått tilgang ennå.
field-sharing-recipient = Hvem
field-sharing-sections = Hvilke deler de får se
hint-sharing-sections = Kryss av for alle delene denne personen får se.
field-sharing-until = Fram til
field-sharing-note = Vilkår, med mine ord

field-typed-name = Skriv det her
choice-none = Ikke valgt
choice-typed = Noe annet (skriv det)
choice-person-me = Meg selv

choice-area-health = Helse
choice-area-mental-health = Psykisk helse
choice-area-substance-use = Alkohol og andre rusmidler
choice-area-housing = Bolig
choice-area-money = Penger
choice-area-work-and-education = Arbeid og utdanning
choice-area-family-and-relationships = Familie og relasjoner
choice-area-daily-living = Hverdagen
choice-area-leisure = Fritid
choice-area-other = Annet

choice-goal-not-started = Ikke begynt
choice-goal-underway = I gang
choice-goal-reached = Nådd
choice-goal-paused = Satt på pause
choice-goal-let-go = Lagt bort

choice-measure-wanted = Ønsket
choice-measure-applied-for = Søkt om
choice-measure-granted = Fått ja
choice-measure-ongoing = I gang
choice-measure-ended = Avsluttet
choice-measure-refused = Fått nei

choice-agreement-open = Ikke gjort ennå
choice-agreement-done = Gjort
choice-agreement-cancelled = Ikke aktuelt lenger

choice-role-gp = Fastlege
choice-role-coordinator = Koordinator
choice-role-mental-health-nurse = Psykiatrisk sykepleier
choice-role-psychologist = Psykolog
choice-role-psychiatrist = Psykiater
choice-role-nav = NAV
choice-role-child-welfare = Barnevernet
choice-role-housing = Boligkontoret
choice-role-peer-worker = Likeperson
choice-role-next-of-kin = Pårørende
choice-role-friend = Venn
choice-role-volunteer = Frivillig
choice-role-other = Annet

choice-section-about-me = Om meg
choice-section-goals = Mål
choice-section-resources-and-needs = Ressurser og behov
choice-section-contributions = Hvem gjør hva
choice-section-measures = Tiltak og tjenester
choice-section-agreements = Avtaler
choice-section-appointments = Timer og møter
choice-section-plan-period = Planperiode og gjennomgang
choice-section-revision-log = Endringer i planen
choice-section-network = Mitt nettverk
choice-section-crisis-signs = Varseltegn og hva som hjelper
choice-section-how-to-meet-me = Hvordan jeg vil bli møtt
choice-section-crisis-contacts = Hvem som skal ringes i en krise
choice-section-admission = Brukerstyrt plass
choice-section-treatment-wishes = Ønsker om behandling
choice-section-practical-matters = Praktiske ting
choice-section-after-crisis = Etter krisen

## Punkter i lister.

item-untitled = (uten navn ennå)
item-position = Nummer { $position } av { $count }:
item-edit = Endre
item-close = Lukk
item-done = Ferdig
item-done-add = Ferdig, legg til en til
item-move-up = Flytt opp
item-move-down = Flytt ned
item-delete = Slett
undo-deleted = Slettet.
undo-button = Angre
notice-ok = OK

## Oversikten på forsiden.

home-start = Begynn med «Om meg»
home-part-backup = Ta vare på en kopi av planen din, eller hent tilbake en kopi.
home-where-am-i = Hvor jeg står med planen min
home-next-appointment = Neste time eller møte: { $what }, { $when }
home-no-appointment = Ingen timer eller møter framover.
home-review-date = Planen skal gås gjennom { $date }.
home-review-passed = Datoen for gjennomgang, { $date }, er passert. Snakk med koordinatoren din om å se på planen igjen.
home-no-review-date = Ingen dato for gjennomgang ennå.
home-agreements = Avtaler
home-agreement-overdue = Skulle vært gjort innen { $date }: { $what }
home-agreement-due = Innen { $date }: { $what }
home-see-agreements = Se alle avtalene
home-still-empty = Ikke påbegynt ennå
home-still-empty-explain = Du kan fylle ut disse når du vil. Du trenger ikke fylle ut noe.

## Lagring på denne telefonen eller PC-en.

save-loading = Åpner planen din …
save-saved = Lagret på denne telefonen eller PC-en.
save-failed = Endringene dine kunne ikke lagres på denne telefonen eller PC-en.
save-failed-way-out = Du kan fortsette å skrive: ingenting går tapt så lenge denne siden er åpen. Last ned en sikkerhetskopi nå, så du tar vare på det du har skrevet.
save-download-backup = Last ned en sikkerhetskopi
save-conflict = Planen ble endret i en annen fane eller et annet vindu.
save-conflict-explain = Velg hvilken versjon du vil beholde. For å være på den sikre siden kan du først laste ned denne versjonen som sikkerhetskopi.
save-conflict-keep-mine = Behold denne versjonen
save-conflict-use-other = Bruk den andre versjonen
save-updated-from-other-tab = Planen ble oppdatert fra en annen fane eller et annet vindu.
storage-unreadable = Det som er lagret på denne telefonen eller PC-en, kunne ikke leses.
storage-unreadable-damaged = Det ser ut til å være skadet.
storage-unreadable-newer = Det ble lagret av en nyere versjon av denne appen.
storage-unreadable-invalid = Det er ikke en plan som denne versjonen kan lese.
storage-unreadable-kept = Det er lagt til side, ikke slettet, og du har begynt på en ny plan. Du kan laste ned det som var lagret.
storage-unreadable-not-kept = For å ta vare på det blir ingenting lagret oppå det. Last ned det som er lagret, og ta en sikkerhetskopi av det du skriver.
storage-unreadable-download = Last ned det som er lagret

## Sikkerhetskopi og gjenoppretting.

backup-file-name = min-plan-sikkerhetskopi-{ $date }.json
backup-download-heading = Ta vare på en kopi
backup-download-explain = Filen inneholder hele planen din, og nøkkelen din (den som lager den digitale underskriften din) hvis du har en. Legg den et trygt sted: uten passordfrase kan alle som har filen, lese den.
restore-heading = Hent tilbake en sikkerhetskopi
restore-explain = Velg en fil med sikkerhetskopi. Du får se hva den inneholder før noe blir endret.
restore-choose-file = Fil med sikkerhetskopi
restore-reading = Leser filen …
restore-refused = Denne filen kan ikke brukes.
restore-nothing-changed = Ingenting ble endret.
restore-error-no-file = Du har ikke valgt noen fil.
restore-error-too-large = Filen er for stor til å være en plan.
restore-error-unreadable-file = Filen kunne ikke leses.
restore-error-not-json = Det er ikke en planfil.
restore-error-duplicate-key = Filen er skadet: et felt står to ganger.
restore-error-not-a-backup = Det er ikke en sikkerhetskopi fra denne appen.
restore-error-newer = Filen ble laget av en nyere versjon av denne appen.
restore-error-invalid-plan = Planen i filen er skadet eller mangler noe.
restore-preview-title = I denne sikkerhetskopien
restore-preview-owner = Planen til: { $name }
restore-preview-count-goals = Mål: { $count }
restore-preview-count-measures = Tiltak og tjenester: { $count }
restore-preview-count-network = Personer i nettverket: { $count }
restore-preview-count-agreements = Avtaler: { $count }
restore-preview-count-appointments = Timer og møter: { $count }
restore-preview-warning = Hvis du henter tilbake denne sikkerhetskopien, erstatter den planen på denne telefonen eller PC-en, og nøkkelen hvis sikkerhetskopien har en. Last ned en sikkerhetskopi av det du har nå først, hvis du vil beholde det.
restore-confirm = Bytt ut planen min med denne sikkerhetskopien
restore-cancel = Avbryt
restore-done = Sikkerhetskopien er hentet tilbake.

## Merker på punkter som trenger oppmerksomhet.

flag-agreements = Skulle vært gjort

## issue13-taps

item-new-goals = Nytt mål
item-new-resources = Ny ressurs
item-new-needs = Nytt behov
item-new-measures = Nytt tiltak
item-new-agreements = Ny avtale
item-new-appointments = Ny time
item-new-network = Ny person
item-new-revisions = Nytt notat
item-new-sharing = Ny person som får se planen
item-new-signs = Nytt varseltegn
item-new-contacts = Ny person å ringe
item-new-do-not-contact = Ny person som ikke skal kontaktes
item-new-services = Ny tjeneste
item-new-medicines-help = Ny medisin som hjelper
item-new-medicines-avoid = Ny medisin jeg må unngå
item-number = { $position }.
item-edit-named = Endre: { $item }
item-close-named = Lukk: { $item }
item-move-up-named = Flytt opp: { $item }
item-move-down-named = Flytt ned: { $item }
item-delete-named = Slett: { $item }
item-moved = Flyttet til plass { $position } av { $count }.
choice-person-new = En ny person i nettverket mitt
person-new-legend = En ny person i nettverket ditt
person-new-hint = Personen legges til i nettverket ditt, så nummeret står ett sted.
person-new-name = Navn
person-new-phone = Telefonnummer
person-new-add = Legg til og velg
person-new-cancel = Avbryt
person-new-missing = Skriv et navn eller et nummer først.

## issue13-words
plan-document-summary-from = Gjelder fra { $date }
plan-document-summary-to = Gjelder til { $date }
plan-document-summary-review = Skal gås gjennom { $date }
date-year-question = Er året riktig? { $year }
