## Nøkkelen til personen
page-key-title = Nøkkelen min
key-error-malformed = Nøkkelen som er lagra på denne eininga, kan ikkje lesast. Ingenting er endra. Du kan hente han tilbake frå ein tryggingskopi, eller lage ein ny nøkkel.
key-error-newer = Nøkkelen på denne eininga vart lagra av ein nyare versjon av ownplan. Opne ownplan i nyaste versjon.
key-error-no-random = Denne nettlesaren kan ikkje lage ein trygg nøkkel (han manglar ein sikker tilfeldigheitsgenerator). Prøv ein annan, oppdatert nettlesar.
