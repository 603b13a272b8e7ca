//! The only code that touches browser APIs (`web_sys`, `js_sys`, `gloo`). Everything else reaches the
//! browser through these functions, by way of hooks or `main.rs`. Nothing here makes a network
//! request.

pub mod app_start;
pub mod clock;
pub mod file_input;
pub mod files;
pub mod full_module;
pub mod key_store;
pub mod lifecycle;
pub mod messages;
pub mod other_app;
pub mod page;
pub mod panic;
pub mod pdf_module;
pub mod pdf_worker;
pub mod peer_files;
pub mod peer_session;
pub mod persistence;
pub mod plan_store;
pub mod preferences;
pub mod random;
pub mod seen_store;
pub mod share_sheet;
pub mod speech;
pub mod storage;
pub mod text;
pub mod timers;
pub mod timing;
