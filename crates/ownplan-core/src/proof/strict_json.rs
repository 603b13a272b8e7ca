//! Strict JSON parsing: bytes to a `serde_json::Value`, refusing everything a signed format must
//! not tolerate.
//!
//! `serde_json` on its own silently keeps the *last* of two equal member names, accepts integers
//! of any size, and allows 128 levels of nesting. A signature is only as strong as the parser in
//! front of it: two programs that read the same bytes differently can be made to show different
//! content under one valid signature. So documents are read here with these rules, each failure
//! being its own [`ProofError`] kind:
//!
//! - at most [`MAX_DOCUMENT_BYTES`] bytes ([`ProofError::TooLarge`]);
//! - valid UTF-8 ([`ProofError::InvalidUtf8`]), and JSON ([`ProofError::NotJson`]) with nothing
//!   but whitespace after the value ([`ProofError::TrailingData`]);
//! - arrays and objects nested at most [`JsonLimits::max_depth`] levels ([`ProofError::TooDeep`]);
//! - no object with the same member name twice, at any depth, comparing names after escapes are
//!   decoded (so `"a"` and `"\u0061"` are the same name) ([`ProofError::DuplicateKey`]);
//! - numbers as RFC 8785 (JCS) reads them, IEEE 754 doubles, under the I-JSON rules (RFC 7493):
//!   finite (`1e400` is [`ProofError::NumberOutOfRange`]), and an integer written without
//!   fraction or exponent within ±[`MAX_SAFE_INTEGER`], because beyond it a double no longer
//!   holds every integer and the canonical form would differ from what is written
//!   ([`ProofError::NumberOutOfRange`]). Fractions and exponents are accepted here: refusing them
//!   is a rule of the plan format, which sets [`JsonLimits::integers_only`]
//!   ([`ProofError::NumberNotInteger`]; `-0` counts as not an integer).
//!
//! A caller that knows its format can pass tighter [`JsonLimits`] to [`parse_with_limits`]: a
//! shallower depth, and caps on the items of one array or the members of one object
//! ([`ProofError::ListTooLong`]), the bytes
//! of one string or member name ([`ProofError::TextTooLong`]) and the number of values in the
//! whole document ([`ProofError::TooManyValues`]). They are checked while reading, before the
//! next value is built, so an over-long list or text costs no more memory than its bytes.
//!
//! Errors inside the document carry the [`JsonPath`] of the offending value.

use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use super::error::{JsonPath, PathSegment, ProofError};

/// The largest document accepted, in bytes (5 MiB). A full plan is a few tens of kilobytes.
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;

/// The deepest nesting of arrays and objects the generic layer accepts. The top-level object is
/// depth 1.
pub const MAX_NESTING_DEPTH: usize = 64;

/// What one parse accepts beyond the fixed rules (UTF-8, size, duplicate keys, finite numbers,
/// safe integers). [`JsonLimits::GENERIC`] is the generic layer's choice; a format on top of it
/// passes its own to [`parse_with_limits`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct JsonLimits {
    /// The deepest nesting of arrays and objects; the top-level container is depth 1.
    pub max_depth: usize,
    /// The most elements one array may hold.
    pub max_array_items: usize,
    /// The most members one object may hold.
    pub max_object_members: usize,
    /// The most bytes (UTF-8, after escapes are decoded) one string or member name may hold.
    pub max_string_bytes: usize,
    /// The most values (of every kind, containers included) the whole document may hold.
    pub max_values: usize,
    /// Whether numbers must be integers written without fraction or exponent.
    pub integers_only: bool,
}

impl JsonLimits {
    /// Any JSON document: only the depth cap of [`MAX_NESTING_DEPTH`]; the file size cap bounds
    /// the rest.
    pub const GENERIC: JsonLimits = JsonLimits {
        max_depth: MAX_NESTING_DEPTH,
        max_array_items: usize::MAX,
        max_object_members: usize::MAX,
        max_string_bytes: usize::MAX,
        max_values: usize::MAX,
        integers_only: false,
    };
}

/// The largest integer magnitude accepted: 2^53 − 1, the largest integer an IEEE 754 double
/// (and thus every JSON implementation) represents exactly.
pub const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;

/// Parses `bytes` as one JSON value under the strict rules described in the module docs, with
/// [`JsonLimits::GENERIC`].
pub fn parse_strict(bytes: &[u8]) -> Result<Value, ProofError> {
    parse_with_limits(bytes, &JsonLimits::GENERIC)
}

/// Parses `bytes` as one JSON value under the strict rules and `limits`.
pub fn parse_with_limits(bytes: &[u8], limits: &JsonLimits) -> Result<Value, ProofError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ProofError::TooLarge {
            size: bytes.len(),
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|error| ProofError::InvalidUtf8 {
        byte_offset: error.valid_up_to(),
    })?;
    let state = ParseState {
        limits: *limits,
        path: RefCell::default(),
        violation: RefCell::default(),
        values: std::cell::Cell::new(0),
    };
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
    check_value_with_limits(value, &JsonLimits::GENERIC)
}

/// Checks a value built in memory against the strict rules and `limits`, as
/// [`parse_with_limits`] would have read it.
pub fn check_value_with_limits(value: &Value, limits: &JsonLimits) -> Result<(), ProofError> {
    let mut checker = ValueChecker {
        limits,
        path: Vec::new(),
        values: 0,
    };
    checker.check(value, 0)
}

/// The same checks for the members of a top-level object (as if wrapped in that object).
pub(crate) fn check_strict_members(members: &Map<String, Value>) -> Result<(), ProofError> {
    let mut checker = ValueChecker {
        limits: &JsonLimits::GENERIC,
        path: Vec::new(),
        values: 1,
    };
    checker.check_members(members, 1)
}

struct ValueChecker<'l> {
    limits: &'l JsonLimits,
    path: Vec<PathSegment>,
    values: usize,
}

impl ValueChecker<'_> {
    fn here(&self) -> JsonPath {
        JsonPath::from_segments(self.path.clone())
    }

    fn check(&mut self, value: &Value, depth: usize) -> Result<(), ProofError> {
        self.values += 1;
        if self.values > self.limits.max_values {
            return Err(ProofError::TooManyValues {
                limit: self.limits.max_values,
            });
        }
        match value {
            Value::Null | Value::Bool(_) => Ok(()),
            Value::String(text) => check_string_length(text, self.limits, &self.path),
            Value::Number(number) => check_number(number, self.limits, &self.path),
            Value::Array(elements) => {
                self.enter_container(depth)?;
                if elements.len() > self.limits.max_array_items {
                    return Err(ProofError::ListTooLong {
                        path: self.here(),
                        limit: self.limits.max_array_items,
                    });
                }
                for (index, element) in elements.iter().enumerate() {
                    self.path.push(PathSegment::Index(index));
                    self.check(element, depth + 1)?;
                    self.path.pop();
                }
                Ok(())
            }
            Value::Object(members) => {
                self.enter_container(depth)?;
                if members.len() > self.limits.max_object_members {
                    return Err(ProofError::ListTooLong {
                        path: self.here(),
                        limit: self.limits.max_object_members,
                    });
                }
                self.check_members(members, depth + 1)
            }
        }
    }

    fn check_members(
        &mut self,
        members: &Map<String, Value>,
        depth: usize,
    ) -> Result<(), ProofError> {
        for (name, member) in members {
            self.path.push(PathSegment::Key(name.clone()));
            check_string_length(name, self.limits, &self.path)?;
            self.check(member, depth)?;
            self.path.pop();
        }
        Ok(())
    }

    fn enter_container(&self, depth: usize) -> Result<(), ProofError> {
        if depth + 1 > self.limits.max_depth {
            return Err(ProofError::TooDeep {
                path: self.here(),
                limit: self.limits.max_depth,
            });
        }
        Ok(())
    }
}

fn check_string_length(
    text: &str,
    limits: &JsonLimits,
    path: &[PathSegment],
) -> Result<(), ProofError> {
    if text.len() > limits.max_string_bytes {
        return Err(ProofError::TextTooLong {
            path: JsonPath::from_segments(path.to_vec()),
            limit: limits.max_string_bytes,
        });
    }
    Ok(())
}

fn check_number(
    number: &Number,
    limits: &JsonLimits,
    path: &[PathSegment],
) -> Result<(), ProofError> {
    if let Some(integer) = number.as_i64() {
        return check_integer_i64(integer, path);
    }
    if let Some(integer) = number.as_u64() {
        return check_integer_u64(integer, path);
    }
    check_float(number.as_f64().unwrap_or(f64::NAN), limits, path)
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
/// large for 64 bits, as a float. Generically, any finite double is a JSON number RFC 8785 can
/// canonicalize. Under [`JsonLimits::integers_only`], a float that holds a whole number beyond the
/// safe range is "out of range" (it may have been written as a long integer), and every other
/// float was written with a fraction or exponent.
fn check_float(float: f64, limits: &JsonLimits, path: &[PathSegment]) -> Result<(), ProofError> {
    let path = JsonPath::from_segments(path.to_vec());
    if !float.is_finite() {
        return Err(ProofError::NumberOutOfRange { path });
    }
    // RFC 8785 writes a whole double below 1e21 as plain digits: a float such as
    // `254740992547409992.5` would canonicalize to an integer beyond the safe range, which this
    // parser refuses when it reads it back. So such a float is out of range too, whatever way it
    // was written (fuzz finding `fuzz_strict_json_whole_float_beyond_the_safe_range`).
    if float.fract() == 0.0 && float.abs() > MAX_SAFE_INTEGER as f64 && float.abs() < 1e21 {
        return Err(ProofError::NumberOutOfRange { path });
    }
    if !limits.integers_only {
        return Ok(());
    }
    if float.fract() == 0.0 && float.abs() > MAX_SAFE_INTEGER as f64 {
        Err(ProofError::NumberOutOfRange { path })
    } else {
        Err(ProofError::NumberNotInteger { path })
    }
}

/// Shared by all the seeds of one parse: the path of the value being read, and the rule
/// violation that stopped the parse (serde only lets a visitor return an opaque error).
struct ParseState {
    limits: JsonLimits,
    path: RefCell<Vec<PathSegment>>,
    violation: RefCell<Option<ProofError>>,
    /// How many values have been started so far.
    values: std::cell::Cell<usize>,
}

impl ParseState {
    /// Counts one more value, refusing it when the document already holds the most allowed.
    fn count_value<E: serde::de::Error>(&self) -> Result<(), E> {
        let values = self.values.get() + 1;
        self.values.set(values);
        if values > self.limits.max_values {
            return Err(self.reject(ProofError::TooManyValues {
                limit: self.limits.max_values,
            }));
        }
        Ok(())
    }

    fn check_string<E: serde::de::Error>(&self, text: &str) -> Result<(), E> {
        check_string_length(text, &self.limits, &self.path.borrow())
            .map_err(|violation| self.reject(violation))
    }

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
        self.state.count_value()?;
        deserializer.deserialize_any(self)
    }
}

impl StrictValueSeed<'_> {
    fn enter_container<E: serde::de::Error>(&self) -> Result<usize, E> {
        let depth = self.depth + 1;
        let limit = self.state.limits.max_depth;
        if depth > limit {
            return Err(self.state.reject(ProofError::TooDeep {
                path: JsonPath::from_segments(self.state.current_path()),
                limit,
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
        check_float(value, &self.state.limits, &self.state.path.borrow())
            .map_err(|violation| self.state.reject(violation))?;
        match Number::from_f64(value) {
            Some(number) => Ok(Value::Number(number)),
            None => Err(self.state.reject(ProofError::NumberOutOfRange {
                path: JsonPath::from_segments(self.state.current_path()),
            })),
        }
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Value, E> {
        self.state.check_string(value)?;
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Value, E> {
        self.state.check_string(&value)?;
        Ok(Value::String(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let depth = self.enter_container()?;
        let mut elements = Vec::new();
        let limit = self.state.limits.max_array_items;
        loop {
            if elements.len() == limit {
                // One more element would pass the cap: refuse before reading it.
                let path = JsonPath::from_segments(self.state.current_path());
                if access.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    return Err(self.state.reject(ProofError::ListTooLong { path, limit }));
                }
                break;
            }
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
        let limit = self.state.limits.max_object_members;
        while let Some(name) = access.next_key::<String>()? {
            if members.len() == limit {
                return Err(self.state.reject(ProofError::ListTooLong {
                    path: JsonPath::from_segments(self.state.current_path()),
                    limit,
                }));
            }
            self.state
                .path
                .borrow_mut()
                .push(PathSegment::Key(name.clone()));
            self.state.check_string(&name)?;
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
