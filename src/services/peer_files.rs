//! Helping mode's files on the browser side: every file the widget offers for download in
//! helping mode gets a name without names (`plan-1-2026-12-01.json`) and is counted in the
//! tab's session storage, so the "cleared" screen can say how many files to delete; and the mark
//! of what the last backup held (so Finish can tell an out-of-date download). Outside helping
//! mode names pass through unchanged and nothing is counted.

use crate::services::{clock, storage};
use crate::state::peer_files::{extension_of, peer_safe_file_name};

/// Session storage key (helping mode only): how many files were made in this helping session.
const FILES_MADE_KEY: &str = "backup.files";

/// Session storage key (helping mode only): the mark of what the last backup held.
const HANDED_KEY: &str = "backup.handed";

fn in_helping_mode() -> bool {
    storage::backend() == storage::Backend::Session
}

/// How many files were offered for download in this helping session (0 outside it).
pub fn files_made() -> u32 {
    if !in_helping_mode() {
        return 0;
    }
    storage::read(FILES_MADE_KEY)
        .ok()
        .flatten()
        .and_then(|text| text.parse::<u32>().ok())
        .unwrap_or(0)
}

/// The name to download `file_name` under. In helping mode the file is counted and named
/// `plan-<n>-<date>.<extension>` whatever the caller asked for, so no name of the person or a
/// professional reaches the Downloads folder or the download history. Outside helping mode,
/// `file_name` as it is.
pub fn name_for_download(file_name: &str) -> String {
    if !in_helping_mode() {
        return file_name.to_owned();
    }
    let number = files_made().saturating_add(1);
    let _ = storage::write(FILES_MADE_KEY, &number.to_string());
    let date = clock::today()
        .map(|d| d.as_str().to_owned())
        .unwrap_or_default();
    peer_safe_file_name(number, &date, extension_of(file_name))
}

/// The mark of the backup downloaded last in this helping session, if any.
pub fn handed_over_mark() -> Option<String> {
    if !in_helping_mode() {
        return None;
    }
    storage::read(HANDED_KEY).ok().flatten()
}

/// Remembers `mark` as what the backup just downloaded holds (helping mode only).
pub fn note_handed_over(mark: &str) {
    if in_helping_mode() {
        let _ = storage::write(HANDED_KEY, mark);
    }
}
