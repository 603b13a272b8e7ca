//! Helping mode's files, as pure rules: the names the files made in helping mode get (no
//! person's or professional's name, only a number and the date), how many were made (carried to
//! the "cleared" screen in the address as a bare number), and the mark of what the last backup
//! handed over held, so an earlier download can be told apart from the plan and key as they are
//! now (signing makes the key and raises the plan's version after an early backup).

/// The name of the `number`th file made in this helping session on `date` (`YYYY-MM-DD`), with
/// `extension` (`json`, `pdf`): `plan-1-2026-12-01.json`. Nothing in it names anyone, so the
/// Downloads folder and the browser's download history show no names.
pub fn peer_safe_file_name(number: u32, date: &str, extension: &str) -> String {
    let date: String = date
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let extension: String = extension
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let extension = if extension.is_empty() {
        "json".to_owned()
    } else {
        extension.to_ascii_lowercase()
    };
    if date.is_empty() {
        format!("plan-{number}.{extension}")
    } else {
        format!("plan-{number}-{date}.{extension}")
    }
}

/// The extension of `file_name` (`json` for `a.b.json`), or `""`.
pub fn extension_of(file_name: &str) -> &str {
    file_name
        .rsplit_once('.')
        .map(|(_, extension)| extension)
        .unwrap_or_default()
}

/// The query name that carries, on the "cleared" screen, how many files were made:
/// `#/finish?cleared&files=3`. A bare count, nothing about anyone.
pub const FILES_PARAMETER: &str = "files";

/// How many files the "cleared" address (`?cleared&files=3`) says were made; 0 when it says
/// nothing readable.
pub fn files_from_query(query: &str) -> u32 {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == FILES_PARAMETER)
        .and_then(|(_, value)| value.parse::<u32>().ok())
        .unwrap_or(0)
}

/// A mark of what a backup holds: the plan (as its JSON text, which carries its version and
/// every change) and the key's fingerprint (`None`: no key went along). Only a 64-bit checksum
/// in hex is kept, so the mark says nothing about the plan; it tells only whether the plan or
/// the key changed since the backup was downloaded.
pub fn handed_over_mark(plan_json: &str, key_fingerprint: Option<&str>) -> String {
    // FNV-1a: small, stable, and enough to notice a change (this guards against a mistake,
    // not an attacker).
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let key = key_fingerprint.unwrap_or("-");
    for byte in plan_json
        .bytes()
        .chain(std::iter::once(0))
        .chain(key.bytes())
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Whether the backup downloaded last (`stored`, its mark) holds the plan and key as they are
/// now (`current`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandedOver {
    /// No backup was downloaded in this helping session.
    Nothing,
    /// The last backup holds the plan and key as they are now.
    Complete,
    /// A backup was downloaded, but the plan or the key changed since (for example signing made
    /// the key and a new version): that file is out of date.
    OutOfDate,
}

impl HandedOver {
    /// What the stored mark says against the current one.
    pub fn compare(stored: Option<&str>, current: &str) -> HandedOver {
        match stored {
            None => HandedOver::Nothing,
            Some(stored) if stored == current => HandedOver::Complete,
            Some(_) => HandedOver::OutOfDate,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helping_mode_file_names_carry_no_names() {
        assert_eq!(
            peer_safe_file_name(1, "2026-12-01", "json"),
            "plan-1-2026-12-01.json"
        );
        assert_eq!(
            peer_safe_file_name(12, "2026-12-01", "PDF"),
            "plan-12-2026-12-01.pdf"
        );
        // Whatever comes in, only digits, dashes and the plain extension go out.
        assert_eq!(
            peer_safe_file_name(2, "Kari/2026", "../js on"),
            "plan-2-2026.json"
        );
        assert_eq!(peer_safe_file_name(3, "", "txt"), "plan-3.txt");
        assert_eq!(extension_of("plan-Kari-til-NAV-2026-11-22.json"), "json");
        assert_eq!(extension_of("plan"), "");
    }

    #[test]
    fn the_cleared_address_carries_only_a_count() {
        assert_eq!(files_from_query("?cleared&files=3"), 3);
        assert_eq!(files_from_query("?cleared"), 0);
        assert_eq!(files_from_query("?cleared&files=many"), 0);
        assert_eq!(files_from_query("files=-1"), 0);
    }

    #[test]
    fn a_backup_made_before_signing_is_out_of_date() {
        let early = handed_over_mark(r#"{"planVersion":1}"#, None);
        assert_eq!(early.len(), 16);
        let signed = handed_over_mark(r#"{"planVersion":2}"#, Some("z6Mk"));
        let same_plan_new_key = handed_over_mark(r#"{"planVersion":1}"#, Some("z6Mk"));
        assert_ne!(early, signed);
        assert_ne!(early, same_plan_new_key);
        assert_eq!(
            HandedOver::compare(Some(&early), &signed),
            HandedOver::OutOfDate
        );
        assert_eq!(
            HandedOver::compare(Some(&signed), &signed),
            HandedOver::Complete
        );
        assert_eq!(HandedOver::compare(None, &signed), HandedOver::Nothing);
    }
}
