# ownplan: the crisis plan, the crisis card and printing (en). Every id here must exist in every locale.

## The crisis plan and its parts.

crisis-advisory = In Norway a crisis plan is advice, not a binding decision: it tells others what you want and what helps you.
crisis-card-open = Open my crisis card
page-signs-title = Warning signs
page-signs-intro = The signs that you are getting worse, in your own words, from early to acute, and what you and others do then.
page-signs-example = Early: “I sleep less than five hours several nights in a row.” What I do: “Go for an evening walk and put my phone away at 23.”
page-helps-title = What helps and what does not
page-helps-intro = What can set things off, what you do yourself, and what helps or does not help you.
page-helps-example = Helps: “A calm voice, short messages, someone who stays with me.” Does not help: “Many people in the room.”
page-meet-title = How to meet me
page-meet-intro = How staff, and the police if they come, should meet you when things are hard.
page-meet-example = “Speak calmly and directly. Tell me what is going to happen. Ask before you touch me.”
page-contacts-title = Who to call
page-contacts-intro = Who to call first, second and so on, who must not be contacted, and the services and crisis lines you use.
page-contacts-example = “1. My sister Linn, when I have not answered for two days.”
page-admission-title = User-controlled admission
page-admission-intro = Your agreement to admit yourself for a few days without a referral (brukerstyrt plass): where, how to ask, and for how long.
page-admission-example = “Lovisenberg DPS, call the ward yourself, up to 5 nights.”
page-treatment-title = Treatment wishes
page-treatment-intro = Medicines that help or must be avoided, where you want to be, alternatives to admission, and how you want to be transported.
page-treatment-example = “Avoid Haldol: I got strong side effects in 2024. Rather by taxi with my sister than in a police car.”
page-practical-title = Practical matters
page-practical-intro = Children, pets, home and keys, bills, work or school: what must be taken care of, and who does it.
page-practical-example = “The cat Mons must be fed twice a day — my sister Linn.”
page-after-title = After the crisis
page-after-intro = How you know you are getting better, and the follow-up you want.
page-after-example = “I sleep six hours and want to eat breakfast. A talk with my coordinator within a week.”

## Fields.

field-triggers = What can set things off
hint-triggers = Situations, times of year, words or people.
field-what-i-do-myself = What I do myself
field-what-helps = What helps me
field-what-does-not-help = What does not help me
list-signs-add = Add a warning sign
list-signs-empty = No warning signs written yet.
field-signs-sign = The sign, in my words
hint-signs-sign = What you or others notice.
field-signs-stage = How serious
choice-stage-early = Early sign
choice-stage-getting-worse = Getting worse
choice-stage-acute = Acute
field-signs-what-i-do = What I do then
field-signs-what-others-do = What others should do then
field-signs-who = Who
heading-contacts = Who to call, in order
list-contacts-add = Add someone to call
list-contacts-empty = Nobody to call written yet.
field-contacts-who = Who
field-contacts-phone = Phone number
hint-contacts-phone = Leave empty to use the number from your network.
field-contacts-when = When to call
field-contacts-what-for = What for
heading-do-not-contact = Must not be contacted or informed
do-not-contact-explain = People who must not be called or told anything about you.
list-do-not-contact-add = Add a person
list-do-not-contact-empty = Nobody written here.
field-do-not-contact-name = Name
field-do-not-contact-relation = Who they are to me
field-do-not-contact-reason = Why (if you want to say)
heading-services = Services and crisis lines
preset-label = National numbers you can add
preset-add = Add
preset-113 = Medical emergency (ambulance)
preset-112 = Police
preset-legevakt = Emergency primary care (legevakt)
preset-mental-helse = Mental Helse helpline
preset-kirkens-sos = Kirkens SOS crisis line
preset-hours-always = Open day and night
list-services-add = Add a service
list-services-empty = No services written yet.
field-services-name = Service
field-services-phone = Phone
field-services-hours = Opening hours
field-services-note = Notes
field-meet-staff = For staff
hint-meet-staff = What you want health and social care staff to do, and not do.
field-meet-police = For the police
hint-meet-police = If the police come: what makes it easier for you.
field-admission-unit = Unit
field-admission-phone = Phone
field-admission-how-to-ask = How to ask for it
field-admission-max-nights = Most nights each time
hint-admission-max-nights = A whole number, for example 5.
field-admission-conditions = Conditions
field-admission-valid-until = The agreement is valid until
treatment-advisory = These are your wishes. Professionals will take them into account, but they are not binding.
heading-medicines-help = Medicines that help me
list-medicines-help-add = Add a medicine that helps
list-medicines-help-empty = None written yet.
heading-medicines-avoid = Medicines I must avoid
list-medicines-avoid-add = Add a medicine to avoid
list-medicines-avoid-empty = None written yet.
field-medicine-name = Medicine
field-medicine-why-helps = How it helps
field-medicine-why-avoid = Why it must be avoided
heading-treatment-wishes = Other wishes
field-treatment-place = Where I want to be treated
field-treatment-alternatives = Alternatives to admission
field-treatment-transport = How I want to be transported
field-treatment-other = Other wishes
heading-practical-children = Children
heading-practical-pets = Pets
heading-practical-home = Home and keys
heading-practical-bills = Bills
heading-practical-work = Work or school
heading-practical-other = Other
field-practical-what = What must be taken care of
field-practical-who = Who takes care of it
field-after-better = How I know I am getting better
field-after-follow-up = The follow-up I want
value-yes = Yes

## The crisis card.

card-button = Crisis card
card-title = My crisis card
card-title-of = Crisis card: { $name }
card-who-to-call = Call
card-call = Call { $name }: { $phone }
card-no-contacts = You have not written who to call yet.
card-emergency = Emergency: call 113
card-what-helps = What helps me
card-what-i-do = What I do myself
card-how-to-meet-me = How to meet me
card-print = Print the crisis card

## Printing the whole plan.

print-title = My whole plan
print-whole-plan = Print the whole plan
print-now = Print
print-running = { $name } · plan version { $version } · printed { $date }
error-whole-number = Write a whole number, for example 5. Nothing was changed.
wallet-open = Wallet card
wallet-title = Crisis card for the wallet
wallet-explain = Print this page, cut along the dashed line and fold in the middle: it fits in a wallet.
wallet-print = Print the wallet card

## issue13-words
card-name-missing = Your name is not on the card yet. Write it here so those who help you know whose card it is.

## issue14-deliver
print-running-key = { $name } · plan version { $version } · printed { $date } · key fingerprint { $fingerprint }

## issue16-fit: a portal's services on the card; no printing inside a portal's page
card-service-hours = Opening hours: { $hours }
print-in-page = Printing is not offered here: it would print the whole page around your plan.
