//! The generic layer of the command is generic: `ownplan canon` canonicalizes any JSON document
//! as RFC 8785 says, fractions and exponents included (issue 12: two of the six RFC 8785 vector
//! files were refused because "no floats" was wrongly a rule of the generic layer).

mod common;

use std::path::PathBuf;

use common::{run, scratch, write};

fn vectors() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ownplan-core/tests/vectors/jcs")
}

#[test]
fn canon_accepts_every_rfc8785_vector_including_numbers_with_fractions() {
    let mut checked = 0;
    for entry in std::fs::read_dir(vectors().join("input")).expect("the vectors are there") {
        let input = entry.expect("a vector file").path();
        let name = input.file_name().expect("a name").to_owned();
        let expected =
            std::fs::read_to_string(vectors().join("output").join(&name)).expect("its output");
        let result = run(&["canon", input.to_str().expect("a UTF-8 path")]);
        assert_eq!(
            result.code, 0,
            "{name:?}: {}{}",
            result.stdout, result.stderr
        );
        assert_eq!(result.stdout, expected, "{name:?}");
        checked += 1;
    }
    assert_eq!(checked, 6, "all six RFC 8785 vector files");
}

#[test]
fn canon_still_refuses_duplicate_keys_and_numbers_out_of_range() {
    let dir = scratch("generic");
    let duplicate = write(&dir, "duplicate.json", br#"{"a": 1, "a": 2}"#);
    let huge = write(&dir, "huge.json", br#"{"a": 1e400}"#);
    for file in [duplicate, huge] {
        let result = run(&["canon", &file]);
        assert_ne!(result.code, 0, "{file}: {}", result.stdout);
    }
}
