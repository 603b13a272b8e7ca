## Personens nøkkel
page-key-title = Min nøkkel
key-error-malformed = Nøkkelen som er lagret på denne enheten, kan ikke leses. Ingenting er endret. Du kan hente den tilbake fra en sikkerhetskopi, eller lage en ny nøkkel.
key-error-newer = Nøkkelen på denne enheten ble lagret av en nyere versjon av ownplan. Åpne ownplan i nyeste versjon.
key-error-no-random = Denne nettleseren kan ikke lage en trygg nøkkel (den mangler en sikker tilfeldighetsgenerator). Prøv en annen, oppdatert nettleser.
