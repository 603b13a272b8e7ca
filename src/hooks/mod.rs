//! Hooks bridge pure state and the browser services. Components use these, never the
//! services directly.

pub mod use_backup_download;
pub mod use_full_module;
pub mod use_handed_over;
pub mod use_i18n;
pub mod use_key_fingerprint;
pub mod use_local_time;
pub mod use_message_part;
mod use_nothing_opened;
pub mod use_page;
pub mod use_pdf_copy;
pub mod use_peer_mode;
pub mod use_person_key;
pub mod use_plan;
pub mod use_plan_texts;
pub mod use_preferences;
pub mod use_read_aloud;
pub mod use_restore;
pub mod use_share;
pub mod use_today;
pub mod use_verify;

pub use use_backup_download::{
    BackupDownloadHandle, BackupRequest, DownloadStatus, use_backup_download,
};
pub use use_full_module::{FullModuleHandle, FullModuleStatus, use_full_module};
pub use use_handed_over::{HandedOverHandle, use_handed_over};
pub use use_i18n::{I18n, use_i18n};
pub use use_key_fingerprint::use_key_fingerprint;
pub use use_local_time::{LocalTime, use_local_time};
pub use use_message_part::{MessagePartHandle, PartStatus, use_message_parts};
pub use use_nothing_opened::use_nothing_opened;
pub use use_page::{
    TextDownload, use_deferred, use_focus, use_focus_on_new, use_print, use_text_download,
};
pub use use_pdf_copy::{PdfCopyHandle, PdfCopyStatus, use_pdf_copy};
pub use use_peer_mode::{IdleWatch, PeerModeHandle, use_idle_watch, use_peer_mode};
pub use use_person_key::{KeyState, PersonKeyHandle, use_person_key};
pub use use_plan::{
    BackupCommand, Persistence, PlanStore, Safety, SaveStatus, StorageCommand, new_item_id,
    use_plan, use_plan_actions, use_plan_store,
};
pub use use_plan_texts::{
    DEFAULT_STATEMENT_ID, PlanTexts, use_plan_texts, use_statement_in_plan_language,
};
pub use use_preferences::{PreferencesHandle, use_preferences};
pub use use_read_aloud::{ReadAloudHandle, ReadAloudIds, use_read_aloud};
pub use use_restore::{RestoreHandle, RestoreStep, use_restore};
pub use use_share::{
    ShareFileHandle, forget_share_draft, sign_and_record, use_add_typed_recipient, use_share_draft,
    use_share_file,
};
pub use use_today::use_today;
pub use use_verify::{SeenList, SeenOutcome, Verification, VerifyHandle, VerifyStep, use_verify};
