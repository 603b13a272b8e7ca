## The person's key
page-key-title = My key
key-error-malformed = The key stored on this phone or computer cannot be read. Nothing has been changed. You can restore it from a backup, or make a new key.
key-error-newer = The key on this phone or computer was saved by a newer version of ownplan. Open ownplan in its newest version.
key-error-no-random = This browser cannot make a safe key (it has no secure random number generator). Try another, up-to-date browser.

## The key view.

key-intro = Your key is what makes your digital signature. With it you sign the plans you share, so the people who get them can trust that they are from you.
key-why-heading = Why your key matters
key-why-signed = A file with your signature shows that it came from whoever holds this key, and that nobody has changed it since.
key-why-not-who = The key does not say who you are. So show your coordinator or GP the check code or the QR code of your key once, in person. Then they can recognise your files later.
key-loading = Looking for your key …
key-missing = You have no key yet. One is made the first time you share your plan, or you can make it now.
key-make = Make my key now
key-unreadable-way-out = You can bring your key back from a backup, or make a new key below.
key-go-to-backup = Go to backup and restore
key-fingerprint-heading = Your key's check code
key-fingerprint-explain = A short code that only your key has (professionals call it the fingerprint). Read it aloud in groups of four, or let them scan the QR code. If they see the same code on a file you sent, the file is from you.
key-qr-label = QR code of your key
key-did-heading = Your key in full
key-did-explain = The same key written out in full (a did:key), for programs that check signatures. You do not need to do anything with it.
key-made = Made on { $date }
key-new-heading = Make a new key
key-new-explain = Only if you think someone else has got hold of your key, or you want to start afresh.
key-new = Make a new key …
key-new-warning-title = Before you make a new key
key-new-warning-professionals = Professionals who know your current key will get a clear warning that your plan has a different signature. Show them the new check code.
key-new-warning-old-files = Files you have already sent stay valid.
key-new-warning-backup = Your current key will be gone from this phone or computer. Download a backup first if you might need it.
key-new-confirm = Yes, make a new key
key-new-cancel = Keep my key
key-new-done = Your new key is ready. Show the new check code to the people who check your plans.

## Backups that carry the key, and passphrases.

backup-includes-key = The backup includes your key. Its check code:
backup-no-key = You have no key yet, so the backup holds only your plan.
backup-key-unreadable = The key on this phone or computer cannot be read, so the backup holds only your plan.
backup-protect = Lock the backup with a passphrase, a password of several words (recommended)
backup-protect-explain = Nobody can open the file without the passphrase. Choose a few words you will remember, and write them down somewhere other than the file.
backup-protect-forgotten = If you forget the passphrase, nobody can open the backup: not you, not us, not anyone.
backup-passphrase-label = Passphrase
backup-passphrase-hint = At least { $min } characters. A few ordinary words are easy to remember and hard to guess.
backup-passphrase-repeat-label = The passphrase again
backup-passphrase-too-short = The passphrase is too short: use at least { $min } characters.
backup-passphrase-different = The two passphrases are not the same.
passphrase-show = Show what I type
backup-unprotected-warning = Without a passphrase, anyone who gets hold of the file can read your plan and sign files as you.
backup-locking = Locking the backup with your passphrase …
backup-done = Your backup file is ready. Check your downloads.
backup-done-protected = Your protected backup file is ready. Check your downloads, and keep the passphrase safe.
backup-failed = The backup could not be made.
backup-error-no-random = This browser cannot make the random numbers a passphrase needs. Try another, up-to-date browser.
backup-error-protect-failed = This phone or computer did not have enough memory to lock it. Close other apps and try again.
backup-error-download-refused = The browser did not allow the download.
backup-error-encode-failed = The plan could not be written into a file, so nothing was downloaded.

## Bringing back a protected backup.

restore-error-malformed = The backup file is damaged: something in it is missing or not as it should be.
restore-error-invalid-key = The key in the backup is damaged.
restore-error-unknown-protection = It is locked in a way this version of the app does not know.
restore-error-unsafe-protection = It asks for so much memory or time to unlock that it could freeze this phone or computer. It was not opened.
restore-error-wrong-passphrase = The passphrase is wrong, or the file has been changed.
restore-error-unlock-failed = This phone or computer did not have enough memory to unlock it. Close other apps and try again.
restore-failed = The backup could not be brought back.
restore-locked-title = This backup is protected
restore-locked-explain = Type the passphrase you chose when you made the backup.
restore-passphrase-label = Passphrase
restore-unlock = Open the backup
restore-unlocking = Unlocking … this takes a moment.
restore-preview-made = Made on { $date }
restore-preview-no-key = This backup holds no key. The key on this phone or computer stays as it is.
restore-preview-key = This backup holds a key. Its check code:
restore-preview-key-same = It is the same key as the one on this phone or computer.
restore-preview-key-different = It is a different key from the one on this phone or computer ({ $fingerprint }). The key here will be replaced, and people who know it will see that your plans have a different signature.
restore-preview-key-none-here = This phone or computer has no key yet: the key from the backup will be used.
restore-preview-key-unreadable-here = The key on this phone or computer cannot be read: the key from the backup will replace it.
restore-done-key = Your key from the backup is now on this phone or computer.

## issue14-deliver: the fingerprint beside the plan (printed plan, wallet card, printed copy)
key-fingerprint-compare = Key fingerprint, to compare with a signed copy:

## Locking and unlocking run in a part of the app loaded when first needed (kept offline after).
backup-error-module-unavailable = The backup could not be locked here: the part of the app that locks backups could not be loaded. Connect to the internet and try again. Your plan is safe on this device.
backup-error-module-outdated = A newer version of the app was installed while this page was open. Reload the page and make the backup again. Your plan is safe on this device.
backup-error-module-timeout = Locking the backup took too long. Try again. Your plan is safe on this device.
restore-error-module-unavailable = The backup could not be unlocked here: the part of the app that unlocks backups could not be loaded. Connect to the internet and try again.
restore-error-module-outdated = A newer version of the app was installed while this page was open. Reload the page and open the backup again.
restore-error-module-timeout = Unlocking the backup took too long. Try again.
