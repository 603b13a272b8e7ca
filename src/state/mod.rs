//! Pure state: one reducer per concern. Nothing here touches the browser or storage; hooks
//! persist state after it changes.

pub mod preferences;
