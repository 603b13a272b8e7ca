# ownplan: English messages. Every id here must exist in every locale (a test checks).

app-title = My plan
language-label = Language
# The name of this language, written in this language, for the language picker.
language-name = English

nav-label = Main
nav-home = Overview
nav-plan = Individual plan
nav-crisis = Crisis plan
nav-network = My network
nav-share = Share
nav-verify = Check a plan

home-title = Your plan, in your words
home-intro = Here you write your own individual plan and crisis plan, in your own words. Everything you write stays on this device, and nothing is sent anywhere unless you choose to share it.
home-parts-heading = The parts of your plan
home-part-plan = Your goals, what helps you, and who does what.
home-part-crisis = What to do when things get worse, and who to call.
home-part-network = The people and services around you.
home-part-share = Choose who gets which parts, as a signed file.
home-part-verify = For professionals: check that a plan you received is genuine.

page-plan-title = Individual plan
page-plan-intro = Your goals, your resources and needs, the measures and services that help you, and who is responsible for each.
page-crisis-title = Crisis plan
page-crisis-intro = The signs that you are getting worse, what helps and what does not, how to meet you, and who to call.
page-network-title = My network
page-network-intro = The people around you: family, friends, your coordinator and the services you use.
page-share-title = Share your plan
page-share-intro = Choose who gets which parts of your plan. Each person gets a file signed by you, so they can see that it is really from you.
page-verify-title = Check a plan
page-verify-intro = For professionals: open a plan file you received to see whether it is genuine and unchanged.
page-coming = This part is being built and will come soon.

not-found-title = Page not found
not-found-body = This page does not exist. Your plan is safe.
not-found-home-link = Go to the overview

footer-privacy = Everything you write stays on this device. Nothing is sent anywhere.
footer-version = Version { $version }
# Before the link to checking a plan, in the footer.
footer-professionals = For professionals:

notice-language-not-remembered = Your choice of language could not be saved on this device.
error-storage-unavailable = This browser does not allow saving here.
error-storage-refused = The browser's settings block saving on this device.
error-storage-write-failed = The storage on this device may be full.
error-storage-encode-failed = It could not be prepared for saving, so nothing was saved.

panic-title = Something went wrong
panic-body = The page stopped because of an error in the program. This is not your fault. Reload the page to go on.
panic-reload = Reload the page
plan-document-empty = There is nothing in this plan yet.

## issue13-focus
# The browser tab's title of a view: the view's name, then the app's name.
view-title = { $view } – My plan
# The links at the end of each part of a plan, to the next and the previous part.
part-steps-label = Parts of the plan
part-next = Next: { $part }
part-previous = Previous: { $part }
