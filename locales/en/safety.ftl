# ownplan: the crisis plan's safety steps (what makes life worth living, safer surroundings, a
# message that asks for help) and read aloud (English).
# Every id here must exist in every language (a test checks it).

## Sections (what a recipient can get).

choice-section-reasons-for-living = What makes life worth living
choice-section-safer-surroundings = Safer surroundings
choice-section-help-message = The message that asks for help

## What makes life worth living.

page-reasons-title = What makes life worth living
page-reasons-intro = What matters to you, and what is good to be reminded of when everything feels heavy. It is at the top of your crisis card.
page-reasons-example = “My daughter, Emma.” “My dog, who waits for our walk.” “Summers at the cabin.”
reasons-explain = Write in your own words: people, animals, places, something you look forward to. Small things count too. This is not shared with anyone unless you tick it yourself when you share your plan.
list-reasons-add = Add something
list-reasons-empty = You have not written anything here yet.
item-new-reasons = Something new
field-reasons-reason = In my own words
hint-reasons-reason = A person, an animal, a place, something you look forward to.

## Safer surroundings.

page-safer-title = Safer surroundings
page-safer-intro = What you and others can do so that things you could hurt yourself with are harder to reach when things get hard.
page-safer-example = Getting worse: “My sister Linn keeps my medicines, and I get one week's pill box at a time.”
safer-explain = Why it helps: painful thoughts often pass after a while, and some distance from, for example, medicines or alcohol gives you that time. Write what you or others can do, and from when.
list-safer-add = Add something that makes it safer
list-safer-empty = You have not written anything here yet.
item-new-safer = New step
field-safer-action = What I or others do
hint-safer-action = For example who keeps your medicines, or what you do about alcohol at home.
field-safer-stage = From when
field-safer-who = Who can help

## The message that asks for help.

page-message-title = My message asking for help
page-message-intro = A short message you write once, and who gets it. On your crisis card, one tap opens the messaging app on your phone with the message ready.
page-message-example = “Can you call me? I'm having a hard day.”
field-help-message-text = The message
hint-help-message-text = Short and simple. You don't need to explain anything.
help-message-suggestion = I'm not doing well right now. Can you call me?
help-message-suggestion-offer = A suggestion:
help-message-use-suggestion = Use the suggestion
heading-help-recipients = Who gets the message
list-help-recipients-add = Add a person
list-help-recipients-empty = You have not chosen anyone yet.
item-new-help-recipients = New recipient
field-help-recipients-who = Who
field-help-recipients-phone = Mobile number
hint-help-recipients-phone = Leave it empty to use the number from your network.
heading-help-message-on-card = How it looks on your crisis card
help-message-how-it-works = The button opens the messaging app on your phone with the message and the numbers filled in. Nothing is sent until you press “Send” there yourself. This page sends nothing itself.
help-message-missing-text = Write the message first; then the button appears on your crisis card.
help-message-missing-number = Choose at least one person with a mobile number; then the button appears on your crisis card.
help-message-send = Send the message to { $names }
help-message-says = The message: “{ $text }”
help-message-no-number = Will not get the message, because the mobile number is missing: { $names }
help-message-nothing-opened = Did nothing open? Then this device cannot send text messages from here. Send the message from a phone, or call instead:
help-message-names = { $first } and { $last }

## On the crisis card.

card-reasons = What makes my life worth living
card-safer = What makes things safer around me
card-safer-who = { $name } helps
card-help-message = Ask for help with a message

## The guided mode.

guide-safer-question = What can make things safer around you when it gets hard?
guide-safer-explain = It helps to have some distance from things you could hurt yourself with, such as medicines or alcohol. Write what you or others can do, and who can help.
guide-safer-example = “My sister Linn keeps my medicines when I'm having a hard time.”
guide-safer-short = What makes things safer
guide-safer-add = Add something more
guide-safer-item = Step { $number }
guide-reasons-question = What makes life worth living for you?
guide-reasons-explain = People, animals, places or something you look forward to. It is at the top of your crisis card, so you are reminded of it when things are hard.
guide-reasons-example = “My daughter, Emma. Walks with the dog.”
guide-reasons-short = What makes life worth living
guide-reasons-add = Add something more
guide-reasons-item = { $number }

## Read aloud.

read-aloud-start = Read aloud
read-aloud-pause = Pause
read-aloud-resume = Continue
read-aloud-stop = Stop
read-aloud-reading = Reading aloud.
read-aloud-paused = Paused.
read-aloud-stopped = Stopped.
read-aloud-finished = Finished reading.
