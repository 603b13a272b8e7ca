//! Reusable pieces: properties in, callbacks out. Components never call services directly.

mod backup_form;
mod coming_soon;
pub mod fields;
mod language_picker;
pub mod list_editor;
mod main_nav;
mod part_layout;
mod passphrase_field;
mod peer_banner;
mod plan_document;
mod plan_fields;
mod plan_list;
mod plan_object;
pub mod qr_code;
mod restore_steps;
mod save_status;
mod site_footer;
mod status_notice;

pub use backup_form::{BackupForm, BackupFormWords};
pub use coming_soon::ComingSoon;
pub use language_picker::LanguagePicker;
pub use list_editor::ListEditor;
pub use main_nav::MainNav;
pub use part_layout::PartLayout;
pub use passphrase_field::PassphraseField;
pub use peer_banner::PeerBanner;
pub use plan_document::PlanDocument;
pub use plan_fields::{PlanDateField, PlanTextField};
pub use plan_list::PlanList;
pub use plan_object::PlanObject;
pub use qr_code::QrCode;
pub use restore_steps::RestoreSteps;
pub use save_status::{SaveStatusBar, UndoNotice};
pub use site_footer::SiteFooter;
pub use status_notice::StatusNotice;
