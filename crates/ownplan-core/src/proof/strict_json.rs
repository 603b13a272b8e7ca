//! Strict JSON parsing: bytes to a `serde_json::Value`, refusing everything a signed format must
//! not tolerate.
//!
//! `serde_json` on its own silently keeps the *last* of two equal member names, accepts floats
//! and integers of any size, and allows 128 levels of nesting. A signature is only as strong as
//! the parser in front of it: two programs that read the same bytes differently can be made to
//! show different content under one valid signature. So documents are read here with these rules,
//! each failure being its own [`ProofError`] kind:
//!
//! - at most [`MAX_DOCUMENT_BYTES`] bytes ([`ProofError::TooLarge`]);
//! - valid UTF-8 ([`ProofError::InvalidUtf8`]), and JSON ([`ProofError::NotJson`]) with nothing
//!   but whitespace after the value ([`ProofError::TrailingData`]);
//! - arrays and objects nested at most [`MAX_NESTING_DEPTH`] levels ([`ProofError::TooDeep`]);
//! - no object with the same member name twice, at any depth, comparing names after escapes are
//!   decoded (so `"a"` and `"\u0061"` are the same name) ([`ProofError::DuplicateKey`]);
//! - numbers only as integers written without fraction or exponent
//!   ([`ProofError::NumberNotInteger`]; this includes `-0`, which `serde_json` reads as a float)
//!   within ±[`MAX_SAFE_INTEGER`], the range every JSON
//!   implementation (including JavaScript's) reads exactly ([`ProofError::NumberOutOfRange`]).
//!
//! Errors inside the document carry the [`JsonPath`] of the offending value.

use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use super::error::{JsonPath, PathSegment, ProofError};

/// The largest document accepted, in bytes (5 MiB). A full plan is a few tens of kilobytes.
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;

/// The deepest nesting of arrays and objects accepted. The top-level object is depth 1.
pub const MAX_NESTING_DEPTH: usize = 64;

/// The largest integer magnitude accepted: 2^53 − 1, the largest integer an IEEE 754 double
/// (and thus every JSON implementation) represents exactly.
pub const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;

/// Parses `bytes` as one JSON value under the strict rules described in the module docs.
pub fn parse_strict(bytes: &[u8]) -> Result<Value, ProofError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ProofError::TooLarge {
            size: bytes.len(),
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|error| ProofError::InvalidUtf8 {
        byte_offset: error.valid_up_to(),
    })?;
    let state = ParseState::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let seed = StrictValueSeed {
        state: &state,
        depth: 0,
    };
    let value = match seed.deserialize(&mut deserializer) {
        Ok(value) => value,
        Err(error) => return Err(state.into_error(error)),
    };
    deserializer
        .end()
        .map_err(|error| ProofError::TrailingData {
            line: error.line(),
            column: error.column(),
        })?;
    Ok(value)
}

/// Checks a value built in memory against the same depth and number rules as [`parse_strict`].
///
/// (A `Value` cannot hold duplicate member names, and its text is valid UTF-8 by construction.)
pub fn check_strict_value(value: &Value) -> Result<(), ProofError> {
    check_value_at(value, &mut Vec::new(), 0)
}

/// The same checks for the members of a top-level object (as if wrapped in that object).
pub(crate) fn check_strict_members(members: &Map<String, Value>) -> Result<(), ProofError> {
    let mut path = Vec::new();
    for (name, member) in members {
        path.push(PathSegment::Key(name.clone()));
        check_value_at(member, &mut path, 1)?;
        path.pop();
    }
    Ok(())
}

fn check_value_at(
    value: &Value,
    path: &mut Vec<PathSegment>,
    depth: usize,
) -> Result<(), ProofError> {
    match value {
        Value::Null | Value::Bool(_) | Value::String(_) => Ok(()),
        Value::Number(number) => check_number(number, path),
        Value::Array(elements) => {
            enter_container(path, depth)?;
            for (index, element) in elements.iter().enumerate() {
                path.push(PathSegment::Index(index));
                check_value_at(element, path, depth + 1)?;
                path.pop();
            }
            Ok(())
        }
        Value::Object(members) => {
            enter_container(path, depth)?;
            for (name, member) in members {
                path.push(PathSegment::Key(name.clone()));
                check_value_at(member, path, depth + 1)?;
                path.pop();
            }
            Ok(())
        }
    }
}

fn enter_container(path: &[PathSegment], depth: usize) -> Result<(), ProofError> {
    if depth + 1 > MAX_NESTING_DEPTH {
        return Err(ProofError::TooDeep {
            path: JsonPath::from_segments(path.to_vec()),
            limit: MAX_NESTING_DEPTH,
        });
    }
    Ok(())
}

fn check_number(number: &Number, path: &[PathSegment]) -> Result<(), ProofError> {
    if let Some(integer) = number.as_i64() {
        return check_integer_i64(integer, path);
    }
    if let Some(integer) = number.as_u64() {
        return check_integer_u64(integer, path);
    }
    Err(classify_float(number.as_f64().unwrap_or(f64::NAN), path))
}

fn check_integer_i64(integer: i64, path: &[PathSegment]) -> Result<(), ProofError> {
    if (-MAX_SAFE_INTEGER..=MAX_SAFE_INTEGER).contains(&integer) {
        Ok(())
    } else {
        Err(ProofError::NumberOutOfRange {
            path: JsonPath::from_segments(path.to_vec()),
        })
    }
}

fn check_integer_u64(integer: u64, path: &[PathSegment]) -> Result<(), ProofError> {
    match i64::try_from(integer) {
        Ok(integer) => check_integer_i64(integer, path),
        Err(_) => Err(ProofError::NumberOutOfRange {
            path: JsonPath::from_segments(path.to_vec()),
        }),
    }
}

/// `serde_json` reads every number written with a fraction or exponent, and every integer too
/// large for 64 bits, as a float. A float that holds a whole number beyond the safe range (or is
/// not finite) is "out of range"; every other float was written with a fraction or exponent.
fn classify_float(float: f64, path: &[PathSegment]) -> ProofError {
    let path = JsonPath::from_segments(path.to_vec());
    if !float.is_finite() || (float.fract() == 0.0 && float.abs() > MAX_SAFE_INTEGER as f64) {
        ProofError::NumberOutOfRange { path }
    } else {
        ProofError::NumberNotInteger { path }
    }
}

/// Shared by all the seeds of one parse: the path of the value being read, and the rule
/// violation that stopped the parse (serde only lets a visitor return an opaque error).
#[derive(Default)]
struct ParseState {
    path: RefCell<Vec<PathSegment>>,
    violation: RefCell<Option<ProofError>>,
}

impl ParseState {
    fn current_path(&self) -> Vec<PathSegment> {
        self.path.borrow().clone()
    }

    fn reject<E: serde::de::Error>(&self, violation: ProofError) -> E {
        *self.violation.borrow_mut() = Some(violation);
        E::custom("strict JSON rule violated")
    }

    /// Turns the error that stopped the parse into the precise error kind.
    fn into_error(self, error: serde_json::Error) -> ProofError {
        if let Some(violation) = self.violation.into_inner() {
            return violation;
        }
        let path = JsonPath::from_segments(self.path.into_inner());
        let suffix = format!(" at line {} column {}", error.line(), error.column());
        let full = error.to_string();
        let detail = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
        // serde_json reports numbers whose magnitude overflows a double (like 1e400) itself.
        if detail == "number out of range" {
            return ProofError::NumberOutOfRange { path };
        }
        ProofError::NotJson {
            detail,
            line: error.line(),
            column: error.column(),
        }
    }
}

struct StrictValueSeed<'s> {
    state: &'s ParseState,
    /// How many containers enclose the value about to be read.
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for StrictValueSeed<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl StrictValueSeed<'_> {
    fn enter_container<E: serde::de::Error>(&self) -> Result<usize, E> {
        let depth = self.depth + 1;
        if depth > MAX_NESTING_DEPTH {
            return Err(self.state.reject(ProofError::TooDeep {
                path: JsonPath::from_segments(self.state.current_path()),
                limit: MAX_NESTING_DEPTH,
            }));
        }
        Ok(depth)
    }

    fn child(&self, depth: usize) -> StrictValueSeed<'_> {
        StrictValueSeed {
            state: self.state,
            depth,
        }
    }
}

impl<'de> Visitor<'de> for StrictValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E: serde::de::Error>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Value, E> {
        check_integer_i64(value, &self.state.current_path())
            .map_err(|violation| self.state.reject(violation))?;
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Value, E> {
        check_integer_u64(value, &self.state.current_path())
            .map_err(|violation| self.state.reject(violation))?;
        Ok(Value::Number(value.into()))
    }

    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Value, E> {
        Err(self
            .state
            .reject(classify_float(value, &self.state.current_path())))
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let depth = self.enter_container()?;
        let mut elements = Vec::new();
        loop {
            self.state
                .path
                .borrow_mut()
                .push(PathSegment::Index(elements.len()));
            // On an error the path is left as it is, so it names the place of the failure.
            let Some(element) = access.next_element_seed(self.child(depth))? else {
                self.state.path.borrow_mut().pop();
                break;
            };
            self.state.path.borrow_mut().pop();
            elements.push(element);
        }
        Ok(Value::Array(elements))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let depth = self.enter_container()?;
        let mut members = Map::new();
        while let Some(name) = access.next_key::<String>()? {
            self.state
                .path
                .borrow_mut()
                .push(PathSegment::Key(name.clone()));
            if members.contains_key(&name) {
                return Err(self.state.reject(ProofError::DuplicateKey {
                    path: JsonPath::from_segments(self.state.current_path()),
                }));
            }
            let member = access.next_value_seed(self.child(depth))?;
            self.state.path.borrow_mut().pop();
            members.insert(name, member);
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_json() {
        let value = parse_strict(br#" {"a": [1, -2, true, null, "x\u00e9"], "b": {}} "#);
        assert_eq!(
            value,
            Ok(serde_json::json!({"a": [1, -2, true, null, "x\u{e9}"], "b": {}}))
        );
    }

    #[test]
    fn safe_integer_bounds_are_inclusive() {
        assert!(parse_strict(b"9007199254740991").is_ok());
        assert!(parse_strict(b"-9007199254740991").is_ok());
        assert!(matches!(
            parse_strict(b"9007199254740992"),
            Err(ProofError::NumberOutOfRange { .. })
        ));
        assert!(matches!(
            parse_strict(b"-9007199254740992"),
            Err(ProofError::NumberOutOfRange { .. })
        ));
    }

    #[test]
    fn depth_cap_is_inclusive() {
        let ok = format!(
            "{}{}",
            "[".repeat(MAX_NESTING_DEPTH),
            "]".repeat(MAX_NESTING_DEPTH)
        );
        assert!(parse_strict(ok.as_bytes()).is_ok());
        let too_deep = format!("[{ok}]");
        assert!(matches!(
            parse_strict(too_deep.as_bytes()),
            Err(ProofError::TooDeep { .. })
        ));
    }
}
