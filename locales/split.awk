# Splits one language's Fluent messages (the files of locales/<code>/, concatenated, on standard
# input) into the files the widget fetches: `app` (everything the first load needs) and one file
# per view whose words are fetched only when that view first opens (`verify`, `guide`,
# `share`, `restore`, `finish`, `checks`, `key`, `backup`). Comments
# are left out. The rule here must match `ownplan_web::i18n::MessagePart::of_message`
# (tests/locales.rs checks it, running this file).
#
# Usage: awk -v app=A.ftl -v verify=V.ftl -v guide=G.ftl -v share=S.ftl -v restore=R.ftl -v finish=F.ftl -v checks=C.ftl -v key=K.ftl -v backup=B.ftl -f locales/split.awk < messages
BEGIN { out = app }
/^#/ { next }
/^[a-z][a-z0-9-]* *=/ {
    id = $0
    sub(/ *=.*/, "", id)
    out = app
    if (id ~ /^(share|pdfcopy|error-pdf-module)-/) out = share
    else if (id ~ /^(verify|error-pdf|seen-error)-/) out = verify
    else if (id ~ /^guide-/ && id != "guide-home-link") out = guide
    else if (id ~ /^restore-/) out = restore
    else if (id ~ /^finish-/) out = finish
    else if (id ~ /^key-/ && id !~ /^key-error-/ && id != "key-fingerprint-compare") out = key
    else if (id ~ /^backup-/ && id !~ /^backup-(error|last|offer)/ && id != "backup-failed" && id != "backup-file-name") out = backup
    else if (id ~ /^(problem|document)-/) out = checks
    else if (id ~ /^error-/ && id !~ /^error-storage-/ && id != "error-whole-number") out = checks
}
{ print > out }
