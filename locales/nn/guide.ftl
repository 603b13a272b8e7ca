## The guided mode
page-guide-title = Steg for steg
page-guide-intro = Eitt spørsmål om gongen, med enkle ord. Hopp over det du vil, og kom tilbake seinare. Det du skriv, blir lagra på denne telefonen eller PC-en med ein gong.
guide-start = Start
guide-home-link = Steg for steg, eitt spørsmål om gongen

## Eitt spørsmål på skjermen
guide-progress = Spørsmål { $number } av { $total }
guide-example-label = Til dømes:
guide-next = Neste
guide-finish = Ferdig
guide-skip = Hopp over no
guide-back = Tilbake

## Spørsmåla: spørsmålet, kvifor vi spør, eit døme, og eit kort namn til oppsummeringa
guide-name-question = Kva heiter du?
guide-name-explain = Namnet du vil ha på planen din. Det kan vere namnet du likar å bli kalla.
guide-name-example = Sara Haugen, eller berre Sara.
guide-name-short = Namnet ditt
guide-matters-question = Kva er viktigast for deg akkurat no?
guide-matters-explain = Det hjelper folk rundt deg å vite kva som bør kome først.
guide-matters-example = «Å sjå dottera mi kvar veke, og å ha ein roleg stad å bu.»
guide-matters-short = Det som er viktigast
guide-story-question = Vil du fortelje litt om deg sjølv?
guide-story-explain = Nokre få setningar, så slepp du å fortelje historia di om og om igjen. Skriv berre det du vil at andre skal vite.
guide-story-example = «Eg er 34 år og vaks opp i Bergen. Eg har hatt periodar med mykje angst sidan eg var ung. Musikk og lange turar hjelper meg.»
guide-story-short = Historia di
guide-goal-question = Kva er éin ting du vil nå?
guide-goal-explain = Eit mål kan vere stort eller lite. Skriv det slik du ville sagt det.
guide-goal-example = «Få mi eiga leilegheit, så dottera mi kan vere hos meg annakvar helg.»
guide-goal-short = Eit mål
guide-goal-add = Legg til eitt mål til
guide-goal-item = Mål { $number }
guide-strength-question = Kva er du god til, eller kva fungerer allereie for deg?
guide-strength-explain = Det du får til, tel. Det kan vere folk, ting du kan, vanar eller stader.
guide-strength-example = «Eg er flink med dyr. Naboen og eg fiskar saman på søndagar.»
guide-strength-short = Det du er god til
guide-strength-add = Legg til ein ting til
guide-strength-item = Styrke { $number }
guide-need-question = Kva treng du hjelp til?
guide-need-explain = Skriv det som er vanskeleg no, med dine eigne ord. Då ser tenestene kvar dei skal byrje.
guide-need-example = «Hjelp til skjema frå NAV. Nokon å snakke med når eg ikkje får sove.»
guide-need-short = Det du treng hjelp til
guide-need-add = Legg til noko meir du treng hjelp til
guide-need-item = Behov { $number }
guide-helper-question = Kven hjelper deg?
guide-helper-explain = Nokon du stolar på: familie, ein ven, ein nabo eller nokon i ei teneste. Du kan leggje til fleire.
guide-helper-example = «Linn, syster mi, 912 34 567.»
guide-helper-short = Folk som hjelper deg
guide-helper-add = Legg til ein person til
guide-helper-item = Person { $number }
guide-sign-question = Kva er det første teiknet på at det byrjar å bli tungt?
guide-sign-explain = Noko du eller andre merkar tidleg, før det blir verre. Når teiknet blir sett tidleg, er det lettare å få hjelp i tide.
guide-sign-example = «Eg sluttar å ta telefonen, og eg søv mindre enn fem timar om natta.»
guide-sign-short = Eit tidleg varselteikn
guide-sign-add = Legg til eitt teikn til
guide-sign-item = Teikn { $number }
guide-helps-question = Kva hjelper deg når det er tungt?
guide-helps-explain = Det du kan gjere sjølv, og det andre kan gjere for deg.
guide-helps-example = «Ein tur med hunden. At nokon snakkar roleg og blir hos meg.»
guide-helps-short = Det som hjelper deg
guide-call-question = Kven skal ringjast først viss du er i krise?
guide-call-explain = Den du vil skal kontaktast først. Vel nokon du alt har lagt til, eller skriv eit namn. Legg så til telefonnummeret.
guide-call-example = «Syster mi Linn, 912 34 567.»
guide-call-short = Kven som skal ringjast først
guide-call-add = Legg til den neste som skal ringjast
guide-call-item = Nummer { $number } som skal ringjast
guide-meet-question = Korleis vil du at andre skal møte deg viss du er i krise?
guide-meet-explain = Fortel helsepersonell og andre kva som gjer at du kjenner deg trygg, og kva dei ikkje bør gjere.
guide-meet-example = «Snakk roleg og sei kva som skal skje. Spør før du tek på meg.»
guide-meet-short = Korleis du vil bli møtt
guide-review-question = Når skal planen din gåast gjennom igjen?
guide-review-explain = Vel ein dag for å gå gjennom planen saman med nokon som hjelper deg. Mange vel ein dag om tre til seks månader.
guide-review-example = ein dag om tre månader.
guide-review-short = Når planen skal gåast gjennom igjen

## Slutten av rettleiinga
guide-summary-title = Du er gjennom spørsmåla
guide-summary-intro = Bra jobba. Alt du skreiv, står allereie i planen din og er lagra på denne telefonen eller PC-en. Du kan endre det eller skrive meir når du vil.
guide-summary-answered-heading = Det du har svart på
guide-summary-answered-count = Du har svart på { $answered } av { $total } spørsmål. Trykk på eit spørsmål for å endre svaret.
guide-summary-none-answered = Du har ikkje svart på nokon spørsmål enno. Det er heilt i orden: du kan byrje når du vil.
guide-summary-skipped-heading = Det du hoppa over
guide-summary-skipped-explain = Du kan svare på desse no eller ein annan dag. Trykk på eit spørsmål for å gå dit.
guide-summary-none-skipped = Du har svart på alle spørsmåla.
guide-summary-next-heading = Kva no?
guide-summary-plan = Sjå heile planen din
guide-summary-crisis = Sjå kriseplanen din
guide-summary-card = Krisekortet ditt
guide-summary-share = Del planen med nokon som hjelper deg

## issue15-peer
page-guide-intro-peer = Eitt spørsmål om gongen, med enkle ord. Hopp over det du vil, og kom tilbake seinare. I hjelpemodus blir det du skriv, berre halde i dette nettlesarvindauget, til du trykkjer på Avslutt og tek det med deg.
guide-summary-intro-peer = Bra jobba. Alt du skreiv, står allereie i planen din, berre i dette nettlesarvindauget. Før du går, trykkjer du på Avslutt øvst for å ta med deg planen og slette alt frå denne datamaskina.
