//! Light checks of phone numbers and e-mail addresses. These fields stay free text — people write
//! "ring etter kl 10" in them — so a failed check is only ever a warning, and [`tel_uri`] gives
//! the widget a tap-to-call link when the text is a number it can dial.

/// The characters people put inside phone numbers that a dialler ignores.
fn is_phone_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}')
}

/// The digits of a phone number with an optional leading `+`, if the text is only that plus
/// separators and has 3 (as in `113`) to 15 (the E.164 maximum) digits.
fn dialable(text: &str) -> Option<String> {
    let trimmed = text.trim();
    let (plus, rest) = match trimmed.strip_prefix('+') {
        Some(rest) => ("+", rest),
        None => ("", trimmed),
    };
    let mut number = String::from(plus);
    for c in rest.chars() {
        if c.is_ascii_digit() {
            number.push(c);
        } else if !is_phone_separator(c) {
            return None;
        }
    }
    let digit_count = number.len() - plus.len();
    (3..=15).contains(&digit_count).then_some(number)
}

/// Whether the text is a phone number that can be dialled as it stands.
pub fn phone_looks_dialable(text: &str) -> bool {
    dialable(text).is_some()
}

/// A `tel:` link for the number, if it can be dialled (for tap-to-call).
pub fn tel_uri(text: &str) -> Option<String> {
    dialable(text).map(|number| format!("tel:{number}"))
}

/// Whether the text looks like one e-mail address: one `@`, something before it, a dotted
/// domain after it, no spaces. Deliberately loose; only the owner of the address can really
/// check it.
pub fn email_looks_valid(text: &str) -> bool {
    let text = text.trim();
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !text.chars().any(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_phone(input: &str, expected: Option<&str>) {
        assert_eq!(tel_uri(input).as_deref(), expected, "{input}");
        assert_eq!(phone_looks_dialable(input), expected.is_some(), "{input}");
    }

    #[test]
    fn phones() {
        check_phone("113", Some("tel:113"));
        check_phone("116 117", Some("tel:116117"));
        check_phone("+47 22 12 34 56", Some("tel:+4722123456"));
        check_phone("0047-22123456", Some("tel:004722123456"));
        check_phone("(+47) 915 00 000", None);
        check_phone("22.12.34.56", Some("tel:22123456"));
        check_phone("ring etter kl 10", None);
        check_phone("12", None);
        check_phone("1234567890123456", None);
        check_phone("", None);
        check_phone("+", None);
    }

    fn check_email(input: &str, expected: bool) {
        assert_eq!(email_looks_valid(input), expected, "{input}");
    }

    #[test]
    fn emails() {
        check_email("kari@nav.no", true);
        check_email("ola.nordmann@bydel-alna.oslo.kommune.no", true);
        check_email("kari@nav", false);
        check_email("kari nav.no", false);
        check_email("@nav.no", false);
        check_email("kari@@nav.no", false);
        check_email("kari@nav..no", false);
        check_email("send sms i stedet", false);
    }
}
