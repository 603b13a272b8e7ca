//! Safe, readable file names for signed documents.

/// A file name from a translated pattern: letters and digits of any script kept, everything
/// else a single `-`, no Unicode isolation marks, always ending in `.json`.
pub fn file_name(pattern_result: &str) -> String {
    let stem = pattern_result
        .trim_end_matches(".json")
        .replace(['\u{2068}', '\u{2069}'], "");
    let mut name = String::new();
    for c in stem.chars() {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        "plan.json".to_owned()
    } else {
        format!("{name}.json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_and_readable() {
        assert_eq!(
            file_name(
                "plan-\u{2068}Kari Nordmann\u{2069}-til-\u{2068}Dr. Ingrid Solberg\u{2069}-2026-11-22.json"
            ),
            "plan-Kari-Nordmann-til-Dr-Ingrid-Solberg-2026-11-22.json"
        );
        assert_eq!(file_name("plan-Åse/../ØY:*-x.json"), "plan-Åse-ØY-x.json");
        assert_eq!(file_name("///"), "plan.json");
    }
}
