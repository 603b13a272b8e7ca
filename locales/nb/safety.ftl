# ownplan: sikkerhetsstegene i kriseplanen (det som gjør livet verdt å leve, tryggere omgivelser,
# en melding som ber om hjelp) og opplesning (norsk bokmål).
# Alle id-er her må finnes i alle språk (en test sjekker det).

## Sections (what a recipient can get).

choice-section-reasons-for-living = Det som gjør livet verdt å leve
choice-section-safer-surroundings = Tryggere omgivelser
choice-section-help-message = Meldingen som ber om hjelp

## Read aloud.

