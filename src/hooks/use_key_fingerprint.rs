//! The fingerprint of the person's key for views that show it beside the plan (the printed
//! plan, the wallet card), so a professional can compare it with a signed copy even when the
//! person has no phone with them.

use yew::prelude::*;

use crate::hooks::use_person_key;

/// The fingerprint of the person's key (`XXXX-XXXX-XXXX-XXXX`) when this device has one; none
/// while it is read, when there is none, or when it cannot be read. Never makes a key.
#[hook]
pub fn use_key_fingerprint() -> Option<String> {
    // Deriving the public key is a little work, but these views render rarely (no typing):
    // no memo, which would add to the download.
    use_person_key()
        .key()
        .map(|key| key.key.did_key().fingerprint().to_string())
}
