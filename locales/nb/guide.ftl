## The guided mode
page-guide-title = Steg for steg
page-guide-intro = Ett spørsmål om gangen, med enkle ord. Hopp over det du vil, og kom tilbake senere. Det du skriver, blir lagret på denne telefonen eller PC-en med én gang.
guide-start = Start
guide-home-link = Steg for steg, ett spørsmål om gangen

## Ett spørsmål på skjermen
guide-progress = Spørsmål { $number } av { $total }
guide-example-label = For eksempel:
guide-next = Neste
guide-finish = Ferdig
guide-skip = Hopp over nå
guide-back = Tilbake

## Spørsmålene: spørsmålet, hvorfor vi spør, et eksempel, og et kort navn til oppsummeringen
guide-name-question = Hva heter du?
guide-name-explain = Navnet du vil ha på planen din. Det kan være navnet du liker å bli kalt.
guide-name-example = Sara Haugen, eller bare Sara.
guide-name-short = Navnet ditt
guide-matters-question = Hva er viktigst for deg akkurat nå?
guide-matters-explain = Det hjelper folk rundt deg å vite hva som bør komme først.
guide-matters-example = «Å se datteren min hver uke, og å ha et rolig sted å bo.»
guide-matters-short = Det som er viktigst
guide-story-question = Vil du fortelle litt om deg selv?
guide-story-explain = Noen få setninger, så du slipper å fortelle historien din om og om igjen. Skriv bare det du vil at andre skal vite.
guide-story-example = «Jeg er 34 år og vokste opp i Bergen. Jeg har hatt perioder med mye angst siden jeg var ung. Musikk og lange turer hjelper meg.»
guide-story-short = Historien din
guide-goal-question = Hva er én ting du vil nå?
guide-goal-explain = Et mål kan være stort eller lite. Skriv det slik du ville sagt det.
guide-goal-example = «Få min egen leilighet, så datteren min kan være hos meg annenhver helg.»
guide-goal-short = Et mål
guide-goal-add = Legg til ett mål til
guide-goal-item = Mål { $number }
guide-strength-question = Hva er du god til, eller hva fungerer allerede for deg?
guide-strength-explain = Det du får til, teller. Det kan være folk, ting du kan, vaner eller steder.
guide-strength-example = «Jeg er flink med dyr. Naboen og jeg fisker sammen på søndager.»
guide-strength-short = Det du er god til
guide-strength-add = Legg til en ting til
guide-strength-item = Styrke { $number }
guide-need-question = Hva trenger du hjelp til?
guide-need-explain = Skriv det som er vanskelig nå, med dine egne ord. Da ser tjenestene hvor de skal begynne.
guide-need-example = «Hjelp til skjemaer fra NAV. Noen å snakke med når jeg ikke får sove.»
guide-need-short = Det du trenger hjelp til
guide-need-add = Legg til noe mer du trenger hjelp til
guide-need-item = Behov { $number }
guide-helper-question = Hvem hjelper deg?
guide-helper-explain = Noen du stoler på: familie, en venn, en nabo eller noen i en tjeneste. Du kan legge til flere.
guide-helper-example = «Linn, søsteren min, 912 34 567.»
guide-helper-short = Folk som hjelper deg
guide-helper-add = Legg til en person til
guide-helper-item = Person { $number }
guide-sign-question = Hva er det første tegnet på at det begynner å bli tungt?
guide-sign-explain = Noe du eller andre merker tidlig, før det blir verre. Når tegnet blir sett tidlig, er det lettere å få hjelp i tide.
guide-sign-example = «Jeg slutter å ta telefonen, og jeg sover mindre enn fem timer om natta.»
guide-sign-short = Et tidlig varseltegn
guide-sign-add = Legg til et tegn til
guide-sign-item = Tegn { $number }
guide-helps-question = Hva hjelper deg når det er tungt?
guide-helps-explain = Det du kan gjøre selv, og det andre kan gjøre for deg.
guide-helps-example = «En tur med hunden. At noen snakker rolig og blir hos meg.»
guide-helps-short = Det som hjelper deg
guide-call-question = Hvem skal ringes først hvis du er i krise?
guide-call-explain = Den du vil at skal kontaktes først. Velg en du allerede har lagt til, eller skriv et navn. Legg så til telefonnummeret.
guide-call-example = «Søsteren min Linn, 912 34 567.»
guide-call-short = Hvem som skal ringes først
guide-call-add = Legg til den neste som skal ringes
guide-call-item = Nummer { $number } som skal ringes
guide-meet-question = Hvordan vil du at andre skal møte deg hvis du er i krise?
guide-meet-explain = Fortell helsepersonell og andre hva som gjør at du føler deg trygg, og hva de ikke bør gjøre.
guide-meet-example = «Snakk rolig og si hva som skal skje. Spør før du tar på meg.»
guide-meet-short = Hvordan du vil bli møtt
guide-review-question = Når skal planen din gås gjennom igjen?
guide-review-explain = Velg en dag for å gå gjennom planen sammen med noen som hjelper deg. Mange velger en dag om tre til seks måneder.
guide-review-example = en dag om tre måneder.
guide-review-short = Når planen skal gås gjennom igjen

## Slutten av veiledningen
guide-summary-title = Du er gjennom spørsmålene
guide-summary-intro = Bra jobbet. Alt du skrev, står allerede i planen din og er lagret på denne telefonen eller PC-en. Du kan endre det eller skrive mer når du vil.
guide-summary-answered-heading = Det du har svart på
guide-summary-answered-count = Du har svart på { $answered } av { $total } spørsmål. Trykk på et spørsmål for å endre svaret.
guide-summary-none-answered = Du har ikke svart på noen spørsmål ennå. Det er helt i orden: du kan begynne når du vil.
guide-summary-skipped-heading = Det du hoppet over
guide-summary-skipped-explain = Du kan svare på disse nå eller en annen dag. Trykk på et spørsmål for å gå dit.
guide-summary-none-skipped = Du har svart på alle spørsmålene.
guide-summary-next-heading = Hva nå?
guide-summary-plan = Se hele planen din
guide-summary-crisis = Se kriseplanen din
guide-summary-card = Krisekortet ditt
guide-summary-share = Del planen med noen som hjelper deg

## issue15-peer
page-guide-intro-peer = Ett spørsmål om gangen, med enkle ord. Hopp over det du vil, og kom tilbake senere. I hjelpemodus blir det du skriver, bare holdt i dette nettleservinduet, til du trykker på Avslutt og tar det med deg.
guide-summary-intro-peer = Bra jobbet. Alt du skrev, står allerede i planen din, bare i dette nettleservinduet. Før du går, trykker du på Avslutt øverst for å ta med deg planen og slette alt fra denne datamaskinen.
