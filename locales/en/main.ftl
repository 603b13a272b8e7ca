# ownplan: English messages. Every id here must exist in every locale (a test checks).

app-title = My plan
language-label = Language
# The name of this language, written in this language, for the language picker.
language-name = English
language-autonym-nb = Norsk bokmål
language-autonym-nn = Norsk nynorsk
language-autonym-en = English

nav-label = Main
nav-home = Overview
nav-plan = Individual plan
nav-crisis = Crisis plan
nav-network = My network
nav-share = Share
nav-verify = Check a plan

home-title = Your plan, in your words
home-intro = Here you write your own individual plan and crisis plan, in your own words. Everything you write stays on this phone or computer, and nothing is sent anywhere unless you choose to share it.
home-parts-heading = The parts of your plan
home-part-plan = Your goals, what helps you, and who does what.
home-part-crisis = What to do when things get worse, and who to call.
home-part-network = The people and services around you.
home-part-share = Choose who gets which parts, as a file with your digital signature.
home-part-verify = For professionals: check that a plan you received is genuine.

page-plan-title = Individual plan
page-plan-intro = Your goals, your resources and needs, the measures and services that help you, and who is responsible for each.
page-crisis-title = Crisis plan
page-crisis-intro = The signs that you are getting worse, what helps and what does not, how to meet you, and who to call.
page-network-title = My network
page-network-intro = The people around you: family, friends, your coordinator and the services you use.
page-share-title = Share your plan
page-share-intro = Choose who gets which parts of your plan. Each of them gets a file with your digital signature, so they can see that it is really from you and has not been changed.
page-verify-title = Check a plan
page-verify-intro = For professionals: open a plan file you received to see whether it is genuine and unchanged.
page-coming = This part is being built and will come soon.

not-found-title = Page not found
not-found-body = This page does not exist. Your plan is safe.
not-found-home-link = Go to the overview

footer-privacy = Everything you write stays on this phone or computer. Nothing is sent anywhere.
footer-version = Version { $version }
# Before the link to checking a plan, in the footer.
footer-professionals = For professionals:

notice-language-not-remembered = Your choice of language could not be saved on this phone or computer.
error-storage-unavailable = This browser does not allow saving here.
error-storage-refused = The browser's settings block saving on this phone or computer.
error-storage-write-failed = The storage on this phone or computer may be full.
error-storage-encode-failed = It could not be prepared for saving, so nothing was saved.

panic-title = Something went wrong
panic-body = The page stopped because of an error in the program. This is not your fault. Reload the page to go on.
panic-reload = Reload the page
plan-document-empty = There is nothing in this plan yet.

## issue13-kept
reminder-title = A backup keeps your plan safe
reminder-first-crisis = You have written your crisis plan. A backup file keeps a copy of it if something happens to this phone or browser.
reminder-many-changes = Your plan has changed a lot since your last backup. A new backup file keeps the changes safe.
reminder-make-backup = Make a backup
reminder-not-now = Not now
backup-last-date = Last backup: { $date }
backup-last-never = No backup made on this device yet.
storage-kept-granted = Your browser has promised to keep your plan.
storage-kept-not-title = Your browser has not promised to keep your plan
storage-kept-not-explain = The plan is stored in this browser. If space runs low on this device, or if you do not use this page for a while, the browser may delete it.
storage-kept-not-advice = A backup file keeps a copy that you control. On a phone, adding this page to the home screen can also help the browser keep it.
vanished-title = Your plan is no longer in this browser
vanished-explain = This device made a backup of your plan on { $date }, but the plan is no longer stored here. It may have been removed with the browser's data. You can bring it back from your backup file.
vanished-restore = Bring back a backup

## issue13-words
technical-details = Technical details

## issue13-focus
# The browser tab's title of a view: the view's name, then the app's name.
view-title = { $view } – My plan
# The links at the end of each part of a plan, to the next and the previous part.
part-steps-label = Parts of the plan
part-next = Next: { $part }
part-previous = Previous: { $part }

notice-language-not-loaded = The language could not be loaded. Check the connection and try again.

## issue14-deliver
home-part-key = Your key's fingerprint: a professional can compare it with a file you signed.

## A view whose words are fetched when it first opens (the verify view, the guided mode).
view-opening = Opening …
view-not-loaded = This part of the app could not be loaded. Connect to the internet and try again. Everything you wrote is safe.
view-not-loaded-outdated = A newer version of the app is here. Reload the page to open this part. Everything you wrote is safe.
view-load-retry = Try again
