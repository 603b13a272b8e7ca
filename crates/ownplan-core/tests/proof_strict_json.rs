//! The strict parser: one test per error kind, with the JSON path where one applies.

use ownplan_core::document::PLAN_DOCUMENT_LIMITS;
use ownplan_core::proof::{
    MAX_DOCUMENT_BYTES, MAX_NESTING_DEPTH, ProofError, check_strict_value, check_value_with_limits,
    parse_strict, parse_with_limits,
};

/// Parses `input` and compares the outcome with `expected`: `Ok(())`, or the message id and the
/// JSON path (as text) of the error.
fn check(input: &[u8], expected: Result<(), (&str, Option<&str>)>) {
    check_outcome(input, parse_strict(input), expected);
}

/// The same, read with the plan format's limits (integers only, lists and texts capped).
fn check_plan(input: &[u8], expected: Result<(), (&str, Option<&str>)>) {
    check_outcome(
        input,
        parse_with_limits(input, &PLAN_DOCUMENT_LIMITS),
        expected,
    );
}

fn check_outcome(
    input: &[u8],
    outcome: Result<serde_json::Value, ProofError>,
    expected: Result<(), (&str, Option<&str>)>,
) {
    let shown = String::from_utf8_lossy(&input[..input.len().min(80)]).into_owned();
    match (&outcome, expected) {
        (Ok(_), Ok(())) => {}
        (Err(error), Err((message_id, path))) => {
            assert_eq!(error.message_id(), message_id, "{shown}: {error}");
            assert_eq!(
                error.path().map(ToString::to_string).as_deref(),
                path,
                "{shown}: {error}"
            );
        }
        _ => panic!("{shown}: got {outcome:?}, expected {expected:?}"),
    }
}

#[test]
fn ordinary_documents_parse() {
    check(br#"{"a":1}"#, Ok(()));
    check(b" \n\t[1, 2, {\"b\": [true, false, null]}] \r\n", Ok(()));
    check(br#""just a string""#, Ok(()));
    check(
        br#"{"a":"\u00e9\/\n","\u00e9":0,"b":-9007199254740991}"#,
        Ok(()),
    );
}

#[test]
fn too_large() {
    let mut big = vec![b' '; MAX_DOCUMENT_BYTES];
    big[0] = b'1';
    check(&big, Ok(()));
    big.push(b' ');
    check(&big, Err(("error-too-large", None)));
}

#[test]
fn invalid_utf8() {
    check(b"{\"a\":\"\xff\"}", Err(("error-invalid-utf8", None)));
    assert_eq!(
        parse_strict(b"{\"a\":\"\xc3\"}"),
        Err(ProofError::InvalidUtf8 { byte_offset: 6 })
    );
}

#[test]
fn not_json() {
    for input in [
        &b""[..],
        b"   ",
        b"{",
        b"{'a':1}",
        b"{\"a\":1,}",
        b"[1,]",
        b"NaN",
        b"Infinity",
        b"{\"a\":01}",
        b"\xef\xbb\xbf{}",
        b"\"\\ud800\"",
        b"{\"a\" 1}",
        b"undefined",
    ] {
        check(input, Err(("error-not-json", None)));
    }
}

#[test]
fn trailing_data() {
    check(b"{} {}", Err(("error-trailing-data", None)));
    check(b"{}x", Err(("error-trailing-data", None)));
    check(b"1 2", Err(("error-trailing-data", None)));
    assert!(matches!(
        parse_strict(b"{}\n\n  ]"),
        Err(ProofError::TrailingData { line: 3, column: 3 })
    ));
}

#[test]
fn too_deep() {
    let depth = MAX_NESTING_DEPTH;
    let deep_ok = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
    check(deep_ok.as_bytes(), Ok(()));
    let mut object = String::from("1");
    for _ in 0..depth {
        object = format!("{{\"a\":{object}}}");
    }
    check(object.as_bytes(), Ok(()));
    let too_deep = format!("{{\"a\":{object}}}");
    let expected_path = format!("${}", ".a".repeat(depth));
    check(
        too_deep.as_bytes(),
        Err(("error-too-deep", Some(&expected_path))),
    );
    // Far beyond serde_json's own recursion limit (128): still our error, not a crash.
    let very_deep = "[".repeat(100_000);
    check(
        very_deep.as_bytes(),
        Err(("error-too-deep", Some(&format!("${}", "[0]".repeat(depth))))),
    );
}

#[test]
fn duplicate_keys_at_any_depth_with_path() {
    check(
        br#"{"a":1,"a":2}"#,
        Err(("error-duplicate-key", Some("$.a"))),
    );
    check(
        br#"{"a":1,"\u0061":1}"#,
        Err(("error-duplicate-key", Some("$.a"))),
    );
    check(
        br#"{"credentialSubject":{"goals":[{},{},{},{"title":"x","note":"","title":"y"}]}}"#,
        Err((
            "error-duplicate-key",
            Some("$.credentialSubject.goals[3].title"),
        )),
    );
    check(
        br#"[{"@context":1,"@context":1}]"#,
        Err(("error-duplicate-key", Some("$[0][\"@context\"]"))),
    );
    // Equal after decoding escapes is a duplicate; different normalization forms are not.
    check(br#"{"\u00e9":1,"e\u0301":1}"#, Ok(()));
}

/// The generic layer reads numbers as RFC 8785 does (IEEE 754 doubles): fractions and exponents
/// are fine, as long as the number is finite and an integer written as one is a safe integer. "No
/// floats" is the plan format's rule (layer 2), with the same message id as before.
#[test]
fn numbers_must_be_safe_integers() {
    check(b"[0, -1, 9007199254740991, -9007199254740991]", Ok(()));
    check_plan(b"[0, -1, 9007199254740991, -9007199254740991]", Ok(()));
    for input in [
        &br#"{"a":1.5}"#[..],
        br#"{"a":1.0}"#,
        br#"{"a":[0,1e3]}"#,
        br#"{"a":-0.0}"#,
        br#"{"a":-0}"#,
        br#"{"a":1E-2}"#,
        br#"{"a":1e21}"#,
        br#"{"a":123456789012345678901234567890}"#,
    ] {
        check(input, Ok(()));
    }
    for (input, path) in [
        (&br#"{"a":1.5}"#[..], "$.a"),
        (br#"{"a":1.0}"#, "$.a"),
        (br#"{"a":[0,1e3]}"#, "$.a[1]"),
        (br#"{"a":-0.0}"#, "$.a"),
        // serde_json reads "-0" as the float negative zero; it is refused rather than rewritten.
        (br#"{"a":-0}"#, "$.a"),
        (br#"{"a":1E-2}"#, "$.a"),
    ] {
        check_plan(input, Err(("error-number-not-integer", Some(path))));
    }
    // A whole number beyond the safe range below 1e21 is out of range however it is written:
    // RFC 8785 would write it as plain digits, an integer no receiver can trust to be exact
    // (fuzz finding `fuzz_strict_json_whole_float_beyond_the_safe_range`).
    for (input, path) in [
        (&br#"{"a":9007199254740992}"#[..], "$.a"),
        (br#"{"a":-9007199254740992}"#, "$.a"),
        (br#"{"b":{"a":18446744073709551616}}"#, "$.b.a"),
        (br#"{"a":1e20}"#, "$.a"),
        (br#"{"a":1e400}"#, "$.a"),
        (br#"{"a":-1e400}"#, "$.a"),
    ] {
        check(input, Err(("error-number-out-of-range", Some(path))));
    }
    for (input, path) in [
        (&br#"{"a":9007199254740992}"#[..], "$.a"),
        (br#"{"a":-9007199254740992}"#, "$.a"),
        (br#"{"b":{"a":18446744073709551616}}"#, "$.b.a"),
        (br#"{"a":123456789012345678901234567890}"#, "$.a"),
        (br#"{"a":1e400}"#, "$.a"),
        (br#"{"a":-1e400}"#, "$.a"),
        (br#"{"a":1e20}"#, "$.a"),
    ] {
        check_plan(input, Err(("error-number-out-of-range", Some(path))));
    }
}

#[test]
fn values_in_memory_follow_the_same_rules() {
    assert_eq!(
        check_strict_value(&serde_json::json!({"a": [1, "x"]})),
        Ok(())
    );
    assert_eq!(
        check_strict_value(&serde_json::json!({"a": [1, 2.5]})),
        Ok(())
    );
    let float = check_value_with_limits(&serde_json::json!({"a": [1, 2.5]}), &PLAN_DOCUMENT_LIMITS);
    assert_eq!(
        float.map_err(|e| (e.message_id(), e.path().map(ToString::to_string))),
        Err(("error-number-not-integer", Some("$.a[1]".to_owned())))
    );
    let huge = check_strict_value(&serde_json::json!({"a": u64::MAX}));
    assert_eq!(
        huge.map_err(|e| e.message_id()),
        Err("error-number-out-of-range")
    );
    let mut deep = serde_json::json!(1);
    for _ in 0..=MAX_NESTING_DEPTH {
        deep = serde_json::json!([deep]);
    }
    assert_eq!(
        check_strict_value(&deep).map_err(|e| e.message_id()),
        Err("error-too-deep")
    );
}
