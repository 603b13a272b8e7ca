## Peer-worker mode and embedding
page-finish-title = Finish and hand over
page-finish-intro = Give the person everything they wrote, then clear this computer.
local-services-label = Services in your area
local-services-label-named = Services from { $portal }

## The banner on every view in helping (peer-worker) mode
peer-banner-mode = Helping mode:
peer-banner-text = nothing is kept on this computer. Press Finish before you leave.
peer-banner-finish = Finish
save-saved-peer = Kept in this window only.
footer-privacy-peer = Helping mode: nothing is kept on this computer after Finish. Nothing is sent anywhere.

## The inactivity warning
idle-title = Are you still here?
idle-text = Nobody has used this page for a while. To keep the plan safe, everything is cleared from this computer when the time runs out. Anything not downloaded will be gone.
idle-countdown = Cleared in { $time }
idle-still-here = I'm still here

## Choosing helping mode on the home view
home-intro-peer = Here you write your own individual plan and crisis plan, in your own words. In helping mode nothing is kept on this computer: when you are done, you take the plan with you as a file.
home-peer-title = Helping someone on a shared computer?
home-peer-explain = Choose this at a drop-in centre or anywhere others use the same computer. The plan is kept only in this browser window. When you are done, the person takes everything with them and the window is cleared.
home-peer-existing = The plan already saved on this computer is left as it is. Helping mode starts a new, empty plan.
home-peer-start = I am helping someone on a shared computer
home-peer-start-failed = Helping mode could not start, so nothing was changed.

## Finish: who helped
finish-helper-heading = Who helped (if you want)
finish-helper-explain = The plan can say who helped you write it, for example a peer worker. This is only written if you say yes.
finish-helper-consent = Yes, I want the plan to say who helped me
finish-helper-name = Name of the person who helped
finish-helper-role = Role
finish-helper-organisation = Organisation
finish-helper-organisation-hint = For example the name of the drop-in centre.
finish-helper-add = Add to the plan
finish-helper-recorded = Added. The plan now says who helped you.
finish-helper-remove = Remove { $name } from the plan
finish-helper-error-consent = Tick the box first if you want this in the plan.
finish-helper-error-name = Write the name of the person who helped.
finish-helper-error-role = Choose a role from the list.

## Finish: take it with you
finish-take-heading = Take it with you
finish-take-explain = Download the plan as a file. Then you can keep working on it later on your own phone or computer: open the file under Backup and restore.
finish-take-downloads-folder = The file lands in this computer's Downloads folder first. Move it to your own memory stick or phone, or send it to yourself, and then delete it from this computer.
finish-protect = Lock the file with a passphrase (strongly recommended on a shared computer)
finish-unprotected-warning = Without a passphrase, anyone who finds the file on this computer can read the plan.
finish-download = Download the plan
finish-download-done = The file is downloaded. Remember to move it and delete it from this computer.
finish-download-done-protected = The locked file is downloaded. Remember the passphrase, move the file and delete it from this computer.
finish-share-heading = Signed copies for the people who help you
finish-share-explain = If you want, make signed copies of the plan for chosen professionals now, for example your GP or coordinator. They are downloaded as files too.
finish-share-link = Make signed copies

## Finish: clear
finish-clear-heading = Finish and clear
finish-clear-explain = When you are done, clear everything from this computer. Anything not downloaded is then gone.
finish-clear = Finish and clear this computer
finish-clear-question = Clear everything now?
finish-clear-not-downloaded = You have not downloaded the plan yet. If you clear now, it is gone.
finish-clear-yes = Yes, clear everything
finish-clear-cancel = Not yet

## After clearing
finish-cleared-title = Everything is cleared from this browser window
finish-cleared-text = The plan, the key and everything written in helping mode are gone from this browser window. If you downloaded the plan, you have it in your file.
finish-cleared-close = You can close this window now. Thank you for today.
finish-cleared-home = Go to the start page
finish-not-peer = Helping mode is not on in this window. A plan written here is kept on this phone or computer as usual.

## Embedding
storage-error-namespace = The page gave the plan tool a storage name it cannot use (1–40 characters: a–z, 0–9 and -).

## issue15-peer
finish-share-before-backup = Do this before you download the backup: making signed copies also makes your key and a new version of the plan, and the backup must hold both.
finish-backup-complete = The backup you downloaded holds the plan and the key as they are now.
finish-backup-out-of-date = The file you downloaded earlier is out of date: the plan or the key has changed since (for example when you made signed copies). Download the backup again, and delete the older file.
finish-clear-removed = Removed from this browser window: the plan, the key and everything written here.
finish-clear-not-removed-intro = Not removed, because this page cannot reach them. Delete them yourself before you leave:
finish-clear-not-removed-files = files downloaded from this page to the Downloads folder (so far in helping mode: { $count })
finish-clear-not-removed-print = PDF files you saved when printing
finish-clear-not-removed-history = the browser's list of downloads (the download history), which shows the file names
finish-clear-out-of-date = The backup you downloaded is out of date: it does not hold the latest plan or key. Download it again first.
finish-cleared-files-count = Files downloaded to this computer in helping mode: { $count }.
finish-cleared-files-delete = Files are not cleared with the window. Delete the downloaded files from the Downloads folder (and from the bin), and any PDF saved when printing. Then remove them from the browser's download history: open it with Ctrl+J (Cmd+Shift+J on a Mac) and remove each line.
home-peer-jump = Helping someone on a shared computer? Start helping mode
