# ownplan: tryggleiksstega i kriseplanen (det som gjer livet verdt å leve, tryggare omgivnader,
# ei melding som ber om hjelp) og opplesing (nynorsk).
# Alle id-ane her må finnast i alle språk (ein test sjekkar det).

## Sections (what a recipient can get).

choice-section-reasons-for-living = Det som gjer livet verdt å leve
choice-section-safer-surroundings = Tryggare omgivnader
choice-section-help-message = Meldinga som ber om hjelp

## Read aloud.

