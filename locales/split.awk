# Splits one language's Fluent messages (the files of locales/<code>/, concatenated, on standard
# input) into the files the widget fetches: `app` (everything the first load needs) and one file
# per view whose words are fetched only when that view first opens (`verify`, `guide`,
# `share`, `restore`). Comments
# are left out. The rule here must match `ownplan_web::i18n::MessagePart::of_message`
# (tests/locales.rs checks it, running this file).
#
# Usage: awk -v app=A.ftl -v verify=V.ftl -v guide=G.ftl -v share=S.ftl -v restore=R.ftl -f locales/split.awk < messages
BEGIN { out = app }
/^#/ { next }
/^[a-z][a-z0-9-]* *=/ {
    id = $0
    sub(/ *=.*/, "", id)
    out = app
    if (id ~ /^verify-/) out = verify
    else if (id ~ /^guide-/ && id != "guide-home-link") out = guide
    else if (id ~ /^share-/) out = share
    else if (id ~ /^restore-/) out = restore
}
{ print > out }
