//! Reusable pieces: properties in, callbacks out. Components never call services directly.

mod coming_soon;
mod language_picker;
mod main_nav;
mod site_footer;
mod status_notice;

pub use coming_soon::ComingSoon;
pub use language_picker::LanguagePicker;
pub use main_nav::MainNav;
pub use site_footer::SiteFooter;
pub use status_notice::StatusNotice;
