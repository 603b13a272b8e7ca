//! ownplan-web: the Yew widget in which a person writes and owns their individual plan and
//! crisis plan, kept only on their own device.
//!
//! `main.rs` only installs the panic hook and renders [`app::App`]; everything lives here so
//! tests can import the components. See ARCHITECTURE.md for the code map and invariants.

pub mod app;
pub mod components;
pub mod embed;
pub mod error;
pub mod forms;
pub mod hooks;
pub mod i18n;
pub mod pages;
pub mod services;
pub mod state;
