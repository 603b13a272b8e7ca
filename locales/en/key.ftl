## The person's key
page-key-title = My key
key-error-malformed = The key stored on this device cannot be read. Nothing has been changed. You can restore it from a backup, or make a new key.
key-error-newer = The key on this device was saved by a newer version of ownplan. Open ownplan in its newest version.
key-error-no-random = This browser cannot make a safe key (it has no secure random number generator). Try another, up-to-date browser.
