# ownplan: the crisis plan's safety steps (what makes life worth living, safer surroundings, a
# message that asks for help) and read aloud (English).
# Every id here must exist in every language (a test checks it).

## Sections (what a recipient can get).

choice-section-reasons-for-living = What makes life worth living
choice-section-safer-surroundings = Safer surroundings
choice-section-help-message = The message that asks for help

## Read aloud.

