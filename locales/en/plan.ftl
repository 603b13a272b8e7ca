# ownplan: the individual plan, its parts, lists, saving, backup and restore (English).
# Every id here must exist in every locale (a test checks).

## The parts of the plan: title, one-line explanation, example.

page-about-title = About me
page-about-intro = Who you are and your story, in your own words, so you do not have to tell it again and again.
page-about-example = “I am 34 and have lived in Oslo for ten years. What matters most to me is seeing my daughter.”
page-goals-title = My goals
page-goals-intro = What you want to achieve, in each part of life, and the steps on the way.
page-goals-example = “Have my own flat with a permanent contract, so my daughter can stay every other weekend.”
page-resources-title = Resources and needs
page-resources-intro = What you are good at and what already works, and where you need help.
page-resources-example = Resource: “My sister always turns up.” Need: “Help to get an overview of my debts.”
page-measures-title = Measures and services
page-measures-intro = The help and services you have or want: what, how much, who is responsible, and where it stands.
page-measures-example = “Home follow-up from the municipality, two visits a week, contact: my coordinator.”
page-network-example = “Ingrid Solberg, my GP, Sofienberg health centre, 22 35 80 00, weekdays 8–16.”
page-contributions-title = Who does what
page-contributions-intro = What you will do yourself, what your family or friends will do, and what the services will do.
page-contributions-example = “I go to my appointments and say so when things start to go badly.”
page-agreements-title = Agreements
page-agreements-intro = What was agreed at meetings: what, who does it, and by when.
page-agreements-example = “Send the application for municipal housing — coordinator — by 1 December.”
page-appointments-title = Appointments and meetings
page-appointments-intro = When and where, with whom, and what you want to bring up.
page-appointments-example = “Responsibility group meeting, 9 February at 10:00. I want to ask about work training.”
page-period-title = Plan period and review
page-period-intro = How long the plan runs, when it is to be looked at again, and a log of changes.
page-period-example = “The plan runs for a year and is reviewed in March.”
page-consent-title = Consent
page-consent-intro = Your consent to having a plan, and who may see which parts of it.
page-consent-example = “My GP may see my whole plan until next September.”

page-backup-title = Backup and restore
page-backup-intro = Your plan is kept only on this phone or computer. A backup file keeps it safe if you lose it or change phone.

plan-any-order = Everything is optional. Fill in what you want, in any order.
part-has-content = Started
part-empty = Not started yet
example-label = Example:

## Fields outside lists.

field-owner-name = Your name
field-owner-phone = Your phone number
field-owner-email = Your e-mail
field-my-story = My story
hint-my-story = What you want the people who help you to know about you and your life.
field-what-matters = What matters to me
hint-what-matters = What is most important to you now.
field-contrib-me = What I will do
field-contrib-kin = What my family or people close to me will do
field-contrib-services = What the services will do
field-cooperation = Cooperation with other services
hint-cooperation = Which services and agencies work together, and how.
field-period-from = The plan runs from
field-period-to = The plan runs until
field-review-date = Review date
hint-review-date = When you and your coordinator will look at the plan again.
field-consent-given = I agree to having an individual plan
field-consent-given-on = Consent given on
field-consent-valid-until = Consent valid until
field-consent-statement = In my own words
hint-consent-statement = For example what the plan may be used for, and what you do not want.
heading-resources = My resources
heading-needs = My needs
heading-revision-log = Changes to the plan
heading-sharing = Who may see what
sharing-explain = For each person, choose the parts of the plan they may see. You decide this again each time you share.

## Lists.

list-goals-add = Add a goal
list-goals-empty = No goals yet.
field-goals-text = The goal, in my words
hint-goals-text = What do you want to achieve?
field-goals-life-area = Part of life
field-goals-why = Why it matters to me
field-goals-steps = Steps on the way
hint-goals-steps = Small steps are fine.
field-goals-target-date = When I want to get there
field-goals-status = Where it stands

list-resources-add = Add a resource
list-resources-empty = No resources written yet.
field-resources-text = What I am good at, or what already works
hint-resources-text = People, skills, habits or places that help you.
field-resources-life-area = Part of life

list-needs-add = Add a need
list-needs-empty = No needs written yet.
field-needs-text = What I need help with
hint-needs-text = In your own words.
field-needs-life-area = Part of life

list-measures-add = Add a measure or service
list-measures-empty = No measures or services yet.
field-measures-what = What
hint-measures-what = The service or help, for example “home follow-up”.
field-measures-life-area = Part of life
field-measures-extent = How much or how often
hint-measures-extent = For example “two visits a week”.
field-measures-provider = Which service or place
field-measures-responsible = Who is responsible
field-measures-how = How it is carried out
field-measures-from = From
field-measures-to = Until
field-measures-status = Where it stands
field-measures-notes = Notes

list-agreements-add = Add an agreement
list-agreements-empty = No agreements yet.
field-agreements-what = What was agreed
hint-agreements-what = One thing that is to be done.
field-agreements-who = Who does it
field-agreements-by-when = By when
field-agreements-status = Where it stands
field-agreements-meeting = Agreed at which meeting
field-agreements-agreed-on = Agreed on

list-appointments-add = Add an appointment
list-appointments-empty = No appointments yet.
field-appointments-what = What
field-appointments-date = Date
field-appointments-time = Time
field-appointments-with-whom = With whom
field-appointments-place = Where
field-appointments-to-raise = What I want to bring up
hint-appointments-to-raise = Write it down now so it is not forgotten at the meeting.

list-network-add = Add a person
list-network-empty = No people in your network yet.
field-network-name = Name
field-network-role = Role
field-network-organisation = Service or organisation
field-network-phone = Phone
field-network-email = E-mail
field-network-reachable = When they can be reached
hint-network-reachable = For example “weekdays 8–16”.
field-network-relation = Relation to me
field-network-is-coordinator = This is my coordinator
field-network-in-group = Takes part in my responsibility group
field-network-next-of-kin = Next of kin
field-network-notes = Notes

list-revisions-add = Add a note
list-revisions-empty = No changes noted yet. When you share the plan, it is noted here.
field-revisions-text = What changed
hint-revisions-text = For example “New goal after the meeting in March”.

list-sharing-add = Add a person who may see the plan
list-sharing-empty = Nobody has been given access yet.
field-sharing-recipient = Who
field-sharing-sections = Which parts they may see
hint-sharing-sections = Tick every part this person may see.
field-sharing-until = Until
field-sharing-note = Conditions, in my words

field-typed-name = Write it here
choice-none = Not chosen
choice-typed = Something else (write it)
choice-person-me = Me

choice-area-health = Health
choice-area-mental-health = Mental health
choice-area-substance-use = Alcohol and drugs
choice-area-housing = Housing
choice-area-money = Money
choice-area-work-and-education = Work and education
choice-area-family-and-relationships = Family and relationships
choice-area-daily-living = Daily living
choice-area-leisure = Leisure
choice-area-other = Other

choice-goal-not-started = Not started
choice-goal-underway = Underway
choice-goal-reached = Reached
choice-goal-paused = Paused
choice-goal-let-go = Let go

choice-measure-wanted = Wanted
choice-measure-applied-for = Applied for
choice-measure-granted = Granted
choice-measure-ongoing = Ongoing
choice-measure-ended = Ended
choice-measure-refused = Refused

choice-agreement-open = Not done yet
choice-agreement-done = Done
choice-agreement-cancelled = Cancelled

choice-role-gp = GP (regular doctor)
choice-role-coordinator = Coordinator
choice-role-mental-health-nurse = Mental health nurse
choice-role-psychologist = Psychologist
choice-role-psychiatrist = Psychiatrist
choice-role-nav = NAV
choice-role-child-welfare = Child welfare
choice-role-housing = Housing office
choice-role-peer-worker = Peer worker
choice-role-next-of-kin = Next of kin
choice-role-friend = Friend
choice-role-volunteer = Volunteer
choice-role-other = Other

choice-section-about-me = About me
choice-section-goals = Goals
choice-section-resources-and-needs = Resources and needs
choice-section-contributions = Who does what
choice-section-measures = Measures and services
choice-section-agreements = Agreements
choice-section-appointments = Appointments and meetings
choice-section-plan-period = Plan period and review
choice-section-revision-log = Changes to the plan
choice-section-network = My network
choice-section-crisis-signs = Warning signs and what helps
choice-section-how-to-meet-me = How to meet me
choice-section-crisis-contacts = Who to call in a crisis
choice-section-admission = User-controlled admission
choice-section-treatment-wishes = Treatment wishes
choice-section-practical-matters = Practical matters
choice-section-after-crisis = After the crisis

## Items in lists.

item-untitled = (not named yet)
item-position = Number { $position } of { $count }:
item-edit = Edit
item-close = Close
item-done = Done
item-done-add = Done, add another
item-move-up = Move up
item-move-down = Move down
item-delete = Delete
undo-deleted = Deleted.
undo-button = Undo
notice-ok = OK

## Home overview.

home-start = Start with “About me”
home-part-backup = Keep a copy of your plan safe, or bring one back.
home-where-am-i = Where I am with my plan
home-next-appointment = Next appointment: { $what }, { $when }
home-no-appointment = No appointments coming up.
home-review-date = The plan is to be reviewed on { $date }.
home-review-passed = The review date { $date } has passed. Talk to your coordinator about looking at the plan again.
home-no-review-date = No review date set yet.
home-agreements = Agreements
home-agreement-overdue = Overdue since { $date }: { $what }
home-agreement-due = By { $date }: { $what }
home-see-agreements = See all agreements
home-still-empty = Not started yet
home-still-empty-explain = You can fill these in whenever you want. Nothing has to be filled in.

## Saving on this phone or computer.

save-loading = Opening your plan …
save-saved = Saved on this phone or computer.
save-failed = Your changes could not be saved on this phone or computer.
save-failed-way-out = You can keep writing: nothing is lost while this page is open. Download a backup now to keep what you have written.
save-download-backup = Download a backup
save-conflict = The plan was changed in another tab or window.
save-conflict-explain = Choose which version to keep. To be safe, you can download this version as a backup first.
save-conflict-keep-mine = Keep this version
save-conflict-use-other = Use the other version
save-updated-from-other-tab = The plan was updated from another tab or window.
storage-unreadable = Stored data on this phone or computer could not be read.
storage-unreadable-damaged = It seems to be damaged.
storage-unreadable-newer = It was saved by a newer version of this app.
storage-unreadable-invalid = It is not a plan this version can read.
storage-unreadable-kept = It has been kept aside, not deleted, and you have started a new plan. You can download the stored data.
storage-unreadable-not-kept = To protect it, nothing will be saved over it. Download the stored data and keep a backup of what you write.
storage-unreadable-download = Download the stored data

## Backup and restore.

backup-file-name = my-plan-backup-{ $date }.json
backup-download-heading = Keep a copy
backup-download-explain = The file holds your whole plan, and your key (what makes your digital signature) if you have one. Keep it somewhere safe: without a passphrase, anyone who has the file can read it.
restore-heading = Bring back a backup
restore-explain = Choose a backup file. You will see what is in it before anything changes.
restore-choose-file = Backup file
restore-reading = Reading the file …
restore-refused = This file cannot be used.
restore-nothing-changed = Nothing was changed.
restore-error-no-file = No file was chosen.
restore-error-too-large = The file is too large to be a plan.
restore-error-unreadable-file = The file could not be read.
restore-error-not-json = It is not a plan file.
restore-error-duplicate-key = The file is damaged: a field appears twice.
restore-error-not-a-backup = It is not a backup from this app.
restore-error-newer = It was made by a newer version of this app.
restore-error-invalid-plan = The plan in the file is damaged or incomplete.
restore-preview-title = In this backup
restore-preview-owner = Plan of: { $name }
restore-preview-count-goals = Goals: { $count }
restore-preview-count-measures = Measures and services: { $count }
restore-preview-count-network = People in the network: { $count }
restore-preview-count-agreements = Agreements: { $count }
restore-preview-count-appointments = Appointments: { $count }
restore-preview-warning = Bringing back this backup replaces the plan on this phone or computer, and the key if the backup holds one. Download a backup of what you have now first if you want to keep it.
restore-confirm = Replace my plan with this backup
restore-cancel = Cancel
restore-done = The backup has been brought back.

## Marks on items that need attention.

flag-agreements = Overdue

## issue13-taps

item-new-goals = New goal
item-new-resources = New resource
item-new-needs = New need
item-new-measures = New measure
item-new-agreements = New agreement
item-new-appointments = New appointment
item-new-network = New person
item-new-revisions = New note
item-new-sharing = New person who may see the plan
item-new-signs = New warning sign
item-new-contacts = New person to call
item-new-do-not-contact = New person not to contact
item-new-services = New service
item-new-medicines-help = New medicine that helps
item-new-medicines-avoid = New medicine to avoid
item-number = { $position }.
item-edit-named = Edit: { $item }
item-close-named = Close: { $item }
item-move-up-named = Move up: { $item }
item-move-down-named = Move down: { $item }
item-delete-named = Delete: { $item }
item-moved = Moved to place { $position } of { $count }.
choice-person-new = A new person in my network
person-new-legend = A new person in your network
person-new-hint = They are added to your network, so their number is kept in one place.
person-new-name = Name
person-new-phone = Phone number
person-new-add = Add and choose
person-new-cancel = Cancel
person-new-missing = Write a name or a number first.

## issue13-words
plan-document-summary-from = Runs from { $date }
plan-document-summary-to = Runs until { $date }
plan-document-summary-review = To be looked at again { $date }
date-year-question = Is the year right? { $year }
