## Sharing: choose recipients and parts, preview, consent, sign and send

share-key-ready = Your files get your digital signature. Your key's check code is { $fingerprint }.
share-key-missing = The first time you share, a key is made for you on this phone or computer. It puts your digital signature on the files, so the people who get them can see that they come from you and have not been changed.
share-key-link = About my key
share-step-who = 1. Who should get your plan?
share-members-legend = People in your network
share-members-empty = There is nobody in your network yet. You can add people there, or type a name below.
share-other-legend = Someone else
share-other-name = Name of the person or service
share-other-kind = What is their role?
share-other-kind-none = Other (I choose the parts myself)
share-other-add = Add
share-step-what = 2. What should each of them get?
share-what-empty = Choose at least one person to share with above.
share-start-consent = Ticked as you wrote in your consent.
share-start-preset = Ticked as { $kind } usually get it. You decide: change it as you like.
share-start-empty = Tick the parts this person should get.
share-preset-label = Start from what someone in this role usually gets
share-preset-choose = Choose…
share-preset-gp = GP (fastlege)
share-preset-coordinator = Coordinator
share-preset-nav = NAV
share-preset-crisis-team = Crisis team or acute team
share-preset-legevakt = Emergency primary care (legevakt)
share-preset-police = Police
share-preset-next-of-kin = Next of kin
share-section-count = { $count ->
    [one] 1 part chosen
   *[other] { $count } parts chosen
}
share-conditions-label = What they may do with it, and whom they may pass it on to
share-conditions-hint = For example: “Only for my treatment. Do not pass it on without asking me.”
share-valid-until-for = This consent holds until { $date }.
share-valid-until-none = This consent has no end date.
share-preview-show = See what { $name } will see
share-preview-hide = Hide the preview
share-preview-title = This is exactly what { $name } will see
share-remove = Not this time
share-warning-must-not-inform = Careful: in your crisis plan you wrote that { $name } must not be contacted or informed. Are you sure you want to share with them?
share-warning-beyond-consent = In your consent you said { $name } may get less. Also ticked now: { $sections }.
share-warning-consent-ended = Your consent for { $name } ended on { $date }. Sharing now gives them your plan again.
share-warning-not-in-consent = Your consent does not mention { $name }. Sharing is still your choice.
share-step-consent = 3. Your consent
share-statement-label = What you agree to
share-statement-hint = Written in the file each of them gets. Use your own words.
share-default-statement = I agree that the recipient of this file may read the parts of my plan in it and use them to help me.
share-valid-until-label = Consent holds until
share-valid-until-hint = After this day whoever has the file is told that your consent has ended. Leave it empty for no end date.
share-step-sign = 4. Sign and send
share-sign-explain = Each of them gets their own file, with only their parts and your digital signature. You then download, share or print each file. Nothing is sent by itself.
share-sign = { $count ->
    [one] Sign and make 1 file
   *[other] Sign and make { $count } files
}
share-block-no-recipients = Choose at least one person to share with.
share-block-no-sections = Each of them needs at least one part.
share-block-valid-until-invalid = The end date of the consent is not a real date.
share-block-valid-until-passed = The end date of the consent has already passed.
share-failed = The files could not be made.
share-nothing-changed = No files were made and your plan is unchanged.
share-error-clock = The clock on this phone or computer could not be read, so the files cannot be dated.
share-error-failed = Something went wrong while making the file.
share-signed-title = Your files are ready
share-signed-summary = { $count ->
    [one] 1 file with your signature, as version { $version } of your plan. Below: how to give it to them.
   *[other] { $count } files with your signature, as version { $version } of your plan. Below, for each: how to give it to them.
}
share-signed-log = The plan's change log records who got which version today.
share-new-round = Share again with someone else
share-download = Download the file
share-sheet = Share…
share-print = Print
share-downloaded = The file has been downloaded.
share-download-failed = The browser did not allow the download. Try again, or use Print.
share-shared = Shared.
share-share-failed = Sharing did not work. Download the file instead.
share-print-title = Plan for { $name }
share-file-name = plan-{ $owner }-to-{ $recipient }-{ $date }.json
share-file-owner-unnamed = my-plan
share-revision-entry = Shared with { $recipient }: { $sections }

## issue13-words
share-dates-given = Consent given { $date }
share-dates-until = holds until { $date }

## issue14-lazypdf: the PDF copy (its buttons and errors); the copy's own words are in pdfcopy.ftl
pdfcopy-download = Download the PDF copy
pdfcopy-making = Making the PDF copy …
pdfcopy-share = Share the PDF copy
pdfcopy-done = The PDF copy is ready: { $file }
pdfcopy-hint = A PDF any reader can open, with the signed file inside it.
error-pdf-module-unavailable = The PDF copy could not be made here: its part of the app could not be loaded. Connect to the internet and try again. The signed file (JSON) works as before.
error-pdf-module-outdated = A newer version of the app was installed while this page was open. Reload the page to make the PDF copy. The signed file (JSON) works as before.
error-pdf-module-timeout = Making the PDF copy took too long. Try again. The signed file (JSON) works as before.
error-pdf-module-failed = The PDF copy could not be made from this file. The signed file (JSON) works as before.

## issue14-deliver: how each signed file reaches its recipient
share-deliver-how = How to give it:
share-deliver-email = Not by ordinary e-mail: it is not a safe way to send health information.
share-deliver-gp = Bring the printed copy to your GP, or show the PDF on your phone. If your GP's office takes messages on Helsenorge (helsenorge.no), you can attach the PDF to a message there.
share-deliver-health = Hand over the printed copy at your next meeting, or show the PDF on your phone. If they offer secure messages, for example on Helsenorge, you can attach the PDF there.
share-deliver-nav = Give the printed copy to your contact person at NAV, or show the PDF on your phone. You can also log in on nav.no and ask through "Skriv til oss" how they want to receive it.
share-deliver-crisis = Hand over the printed copy when you meet them, or show the PDF on your phone. Keep a printed copy at home where it is easy to find.
share-deliver-police = Hand over the printed copy in person, or show the PDF on your phone.
share-deliver-close = Give them the printed copy, or show them the PDF on your phone.
share-deliver-other = Hand over the printed copy, or show the PDF on your phone. If they offer secure messages, you can attach the PDF there. Ask them which way they prefer.
share-deliver-json = The PDF copy is the one to give or attach: it is easy to read and holds the signed file. The signed file itself (JSON) is for a system that reads it.


## issue14-select2: choosing single items and life areas, and sensitive items
share-revision-entry-selection = Shared with { $recipient }: { $sections } (some items left out)
share-sensitive-substance-use = { $name } does not usually get what you wrote about alcohol and drugs. This goes to them now:
share-sensitive-mental-health = { $name } does not usually get what you wrote about mental health. This goes to them now:
share-sensitive-do-not-contact = { $name } does not usually need the names of people who must not be contacted. This goes to them now:
share-sensitive-your-choice = It is your choice. You can leave out what you do not want them to have.
share-sensitive-leave-out = Leave out
share-sensitive-leave-out-label = Leave out “{ $item }” for { $name }
share-sensitive-leave-out-area = Leave out all of { $area }
share-sensitive-leave-out-area-label = Leave out all of { $area } for { $name }
share-choose-part = Choose what in { $part } ({ $kept } of { $total })
share-choose-part-hint = Ticked goes to { $name }. Untick what they should not have.
share-choose-people = People named in what goes ({ $kept } of { $total })
share-choose-areas = Parts of life ({ $kept } of { $total })
share-choose-areas-hint = Goals, resources, needs and measures go only when their part of life is ticked.
share-area-count = { $area } ({ $count })
share-item-for = for { $name }
share-item-unnamed = (nothing written yet)
share-what-goes-all = { $name } gets everything in { $count ->
    [one] the part
   *[other] the { $count } parts
} you chose.
share-what-goes-some = { $name } gets a selection from { $count ->
    [one] 1 part
   *[other] { $count } parts
}.
share-what-goes-areas = Parts of life: { $areas }.
share-what-goes-no-areas = Parts of life: none.
share-what-goes-part = { $part }: { $kept } of { $total }

## issue16-fit: a portal's services on the card; no printing inside a portal's page
share-print-in-page = Printing is not offered here: download the PDF copy above and print that instead.
