## The person's key
page-key-title = My key
key-error-malformed = The key stored on this device cannot be read. Nothing has been changed. You can restore it from a backup, or make a new key.
key-error-newer = The key on this device was saved by a newer version of ownplan. Open ownplan in its newest version.
key-error-no-random = This browser cannot make a safe key (it has no secure random number generator). Try another, up-to-date browser.

## The key view.

key-intro = Your key lets you sign the plans you share, so the people who get them can trust them.
key-why-heading = Why your key matters
key-why-signed = A file signed with your key shows that it came from whoever holds this key, and that nobody has changed it since.
key-why-not-who = The key does not say who you are. So show your coordinator or GP the fingerprint or the QR code of your key once, in person. Then they can recognise your files later.
key-loading = Looking for your key …
key-missing = You have no key yet. One is made the first time you share your plan, or you can make it now.
key-make = Make my key now
key-unreadable-way-out = You can bring your key back from a backup, or make a new key below.
key-go-to-backup = Go to backup and restore
key-fingerprint-heading = Your key's fingerprint
key-fingerprint-explain = Read it aloud in groups of four, or let them scan the QR code. If the fingerprint they see on a file you sent is the same, the file is from you.
key-qr-label = QR code of your key
key-did-heading = Your key in full
key-did-explain = This is the same key written out in full (a did:key), for programs that check signatures.
key-made = Made on { $date }
key-new-heading = Make a new key
key-new-explain = Only if you think someone else has got hold of your key, or you want to start afresh.
key-new = Make a new key …
key-new-warning-title = Before you make a new key
key-new-warning-professionals = Professionals who know your current key will get a loud warning that your plan is signed by a different key. Show them the new fingerprint.
key-new-warning-old-files = Files you have already sent stay valid.
key-new-warning-backup = Your current key will be gone from this device. Download a backup first if you might need it.
key-new-confirm = Yes, make a new key
key-new-cancel = Keep my key
key-new-done = Your new key is ready. Show the new fingerprint to the people who check your plans.

## Backups that carry the key, and passphrases.

backup-includes-key = The backup includes your key. Its fingerprint:
backup-no-key = You have no key yet, so the backup holds only your plan.
backup-key-unreadable = The key on this device cannot be read, so the backup holds only your plan.
backup-protect = Protect the backup with a passphrase (recommended)
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
backup-error-protect-failed = This device did not have enough memory to lock it. Close other apps and try again.
backup-error-download-refused = The browser did not allow the download.
backup-error-encode-failed = The plan could not be written into a file, so nothing was downloaded.

## Bringing back a protected backup.

restore-error-malformed = The backup file is damaged: something in it is missing or not as it should be.
restore-error-invalid-key = The key in the backup is damaged.
restore-error-unknown-protection = It is locked in a way this version of the app does not know.
restore-error-unsafe-protection = It asks for so much memory or time to unlock that it could freeze this device. It was not opened.
restore-error-wrong-passphrase = The passphrase is wrong, or the file has been changed.
restore-error-unlock-failed = This device did not have enough memory to unlock it. Close other apps and try again.
restore-failed = The backup could not be brought back.
restore-locked-title = This backup is protected
restore-locked-explain = Type the passphrase you chose when you made the backup.
restore-passphrase-label = Passphrase
restore-unlock = Open the backup
restore-unlocking = Unlocking … this takes a moment.
restore-preview-made = Made on { $date }
restore-preview-no-key = This backup holds no key. The key on this device stays as it is.
restore-preview-key = This backup holds a key. Its fingerprint:
restore-preview-key-same = It is the same key as the one on this device.
restore-preview-key-different = It is a different key from the one on this device ({ $fingerprint }). The key on this device will be replaced, and people who know it will see your plans signed by a different key.
restore-preview-key-none-here = This device has no key yet: the key from the backup will be used.
restore-preview-key-unreadable-here = The key on this device cannot be read: the key from the backup will replace it.
restore-done-key = Your key from the backup is now on this device.
