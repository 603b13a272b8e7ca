//! Pure state: one reducer per concern. Nothing here touches the browser or storage; hooks
//! persist state after it changes.

pub mod backup;
pub mod guide;
pub mod overview;
pub mod peer;
pub mod person_key;
pub mod plan;
pub mod plan_fields;
pub mod preferences;
pub mod seen_keys;
pub mod share;
pub mod stored_plan;
pub mod verify;
