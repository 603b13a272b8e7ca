//! Pure state and rules, tested natively. Three concerns are reducers (`impl Reducible`): the
//! plan (`plan`), a share round (`share`) and the preferences (`preferences`). The other
//! modules are pure types and functions the hooks and views use: the storage and backup
//! formats, the person's key, names for the places in a plan, the guide's steps, the overview,
//! helping mode's rules and the remembered keys. Nothing here touches the browser or storage;
//! hooks persist state after it changes.

pub mod backup;
pub mod dates;
pub mod delivery;
pub mod guide;
pub mod help_message;
pub mod overview;
pub mod pdf_labels;
pub mod peer;
pub mod peer_files;
pub mod person_key;
pub mod plan;
pub mod plan_fields;
pub mod plan_language;
pub mod plan_part;
pub mod preferences;
pub mod reach;
pub mod read_aloud;
pub mod reminders;
pub mod seen_keys;
pub mod share;
pub mod stored_plan;
pub mod verify;
