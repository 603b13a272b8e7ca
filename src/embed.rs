//! Embedding in a portal: the options a portal gives the widget, read strictly. They come by
//! message from the portal that frames the widget (`static/ownplan-frame.js`, read by
//! `static/boot.js`), or from `mount` (`static/ownplan.js`) on a page of the widget's own
//! origin. The widget's own address gives only the language.
//!
//! ```js
//! import { frame } from "https://minplan.fjordvik.kommune.no/ownplan-frame.js";
//! frame(document.querySelector("#plan"), {
//!   language: "nn",                  // nb | nn | en; else the browser's preference
//!   portalName: "Fjordvik kommune",  // names the local service directory
//!   services: [ { name: "Kriseteamet i Fjordvik", phone: "22 00 00 00",
//!                 openingHours: "Døgnåpent", note: "Ring først" } ],
//!   headingLevel: 2,                 // each view's title is an h2 (the portal has the h1)
//!   navLabel: "Min plan",            // the widget's navigation, named for screen readers
//!   theme: { accent: "#0b3954" },    // --op-accent, as a #rgb or #rrggbb colour
//! });
//! ```
//!
//! Mistakes are reported to the portal's developer (in English, in the thrown error or the
//! console), never shown to the person: a wrong option must not half-start the widget.

use serde_json::Value;

use crate::i18n::Language;

/// The most services a host may offer (a directory, not a phone book).
pub const MAX_SERVICES: usize = 100;
/// The longest text of a service's field.
const MAX_FIELD_CHARS: usize = 200;

/// A service in the host's local directory (crisis team, legevakt, NAV office, drop-in centre).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalService {
    /// Its name, as the person will see it ("Legevakten i Fjordvik").
    pub name: String,
    /// Its phone number.
    pub phone: String,
    /// When it is open ("Døgnåpent", "Hverdager 8–15").
    pub opening_hours: String,
    /// Anything else ("Kom innom uten avtale").
    pub note: String,
}

/// What the host asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The language to start in, if the host chose one (the person can still change it).
    pub language: Option<Language>,
    /// The storage namespace: `ownplan.<namespace>.` prefixes every key.
    pub namespace: Option<String>,
    /// The portal's name, shown with its services.
    pub portal_name: Option<String>,
    /// The portal's local service directory.
    pub services: Vec<LocalService>,
    /// The level of the widget's own top heading (each view's title), 1 to 6, so the widget sits
    /// in the portal's outline (a portal whose page has its own `h1` passes 2). The views' lower
    /// headings follow from it, never deeper than 6. `None`: 1.
    pub heading_level: Option<u8>,
    /// The name of the widget's navigation for screen readers, when the portal has its own
    /// navigation too ("Min plan – meny"). `None`: the widget's own words.
    pub nav_label: Option<String>,
    /// Colours from the portal (`--op-<name>` custom properties), already checked: each name is
    /// one of [`THEME_PROPERTIES`] and each value a `#rgb`/`#rrggbb` colour. In a host page the
    /// portal may set the same properties with CSS on the element instead.
    pub theme: Vec<(String, String)>,
}

/// The theme names a portal may set (`accentSoft` sets `--op-accent-soft`), as in `app.css`.
pub const THEME_PROPERTIES: [&str; 12] = [
    "bg",
    "surface",
    "text",
    "muted",
    "accent",
    "accentText",
    "accentSoft",
    "border",
    "fieldBorder",
    "focus",
    "noticeBg",
    "noticeBorder",
];

/// The longest navigation label.
const MAX_LABEL_CHARS: usize = 80;

/// `--op-accent-soft` for `accentSoft`.
pub fn theme_custom_property(name: &str) -> String {
    let mut property = String::from("--op-");
    for character in name.chars() {
        if character.is_ascii_uppercase() {
            property.push('-');
            property.push(character.to_ascii_lowercase());
        } else {
            property.push(character);
        }
    }
    property
}

/// Whether `value` is a colour written as `#rgb` or `#rrggbb` (nothing else can reach the CSS).
fn is_hex_colour(value: &str) -> bool {
    let Some(digits) = value.strip_prefix('#') else {
        return false;
    };
    matches!(digits.len(), 3 | 6) && digits.chars().all(|c| c.is_ascii_hexdigit())
}

/// The options' names (`deny_unknown_fields`, as the portal's developer would expect).
const OPTION_NAMES: [&str; 7] = [
    "language",
    "namespace",
    "portalName",
    "services",
    "headingLevel",
    "navLabel",
    "theme",
];
/// A service's names.
const SERVICE_NAMES: [&str; 4] = ["name", "phone", "openingHours", "note"];

/// The options are read as a JSON value and then field by field (the value reader is in the
/// wasm already; a derived reader for these two structs cost more of the first load).
type Object = serde_json::Map<String, Value>;

/// The object's text field `name`: `None` when absent or null, an error when not text.
fn text_field(object: &Object, name: &str) -> Result<Option<String>, String> {
    match object.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(_) => Err(format!("ownplan: bad options: {name} must be text")),
    }
}

/// Refuses any name of `object` not in `known`.
fn only_known(object: &Object, known: &[&str]) -> Result<(), String> {
    match object.keys().find(|name| !known.contains(&name.as_str())) {
        Some(name) => Err(format!("ownplan: bad options: unknown option {name:?}")),
        None => Ok(()),
    }
}

fn read_service(value: &Value) -> Result<LocalService, String> {
    let Value::Object(object) = value else {
        return Err("ownplan: bad options: every service is an object".to_owned());
    };
    only_known(object, &SERVICE_NAMES)?;
    let text = |name| text_field(object, name).map(Option::unwrap_or_default);
    Ok(LocalService {
        name: text("name")?,
        phone: text("phone")?,
        opening_hours: text("openingHours")?,
        note: text("note")?,
    })
}

/// Whether `namespace` is a usable storage namespace (see
/// [`crate::services::storage::validate_namespace`]).
pub fn is_valid_namespace(namespace: &str) -> bool {
    crate::services::storage::validate_namespace(namespace).is_ok()
}

impl EmbedOptions {
    /// The options as [`EmbedOptions::from_json`] reads them, for handing the widget over to
    /// its full module (`services::app_start::hand_over`).
    pub fn to_json(&self) -> String {
        let mut raw = serde_json::Map::new();
        let mut put = |name: &str, value: Value| {
            raw.insert(name.to_owned(), value);
        };
        if let Some(language) = self.language {
            put("language", Value::from(language.code()));
        }
        if let Some(namespace) = &self.namespace {
            put("namespace", Value::from(namespace.as_str()));
        }
        if let Some(portal_name) = &self.portal_name {
            put("portalName", Value::from(portal_name.as_str()));
        }
        if !self.services.is_empty() {
            let services = self.services.iter().map(|service| {
                let mut entry = serde_json::Map::new();
                for (name, value) in SERVICE_NAMES.iter().zip([
                    &service.name,
                    &service.phone,
                    &service.opening_hours,
                    &service.note,
                ]) {
                    entry.insert((*name).to_owned(), Value::from(value.as_str()));
                }
                Value::Object(entry)
            });
            put("services", Value::Array(services.collect()));
        }
        if let Some(level) = self.heading_level {
            put("headingLevel", Value::from(level));
        }
        if let Some(label) = &self.nav_label {
            put("navLabel", Value::from(label.as_str()));
        }
        if !self.theme.is_empty() {
            let theme = self
                .theme
                .iter()
                .map(|(name, value)| (name.clone(), Value::from(value.as_str())));
            put("theme", Value::Object(theme.collect()));
        }
        Value::Object(raw).to_string()
    }

    /// Reads the options object (as JSON text). `null`/empty means no options.
    pub fn from_json(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.is_empty() || text == "null" || text == "undefined" {
            return Ok(Self::default());
        }
        let Ok(Value::Object(raw)) = serde_json::from_str::<Value>(text) else {
            return Err("ownplan: bad options: not a JSON object".to_owned());
        };
        only_known(&raw, &OPTION_NAMES)?;
        let services = match raw.get("services") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(list)) => list.iter().map(read_service).collect::<Result<_, _>>()?,
            Some(_) => return Err("ownplan: bad options: services must be a list".to_owned()),
        };
        let heading_level = match raw.get("headingLevel") {
            None | Some(Value::Null) => None,
            Some(level) => Some(
                level
                    .as_u64()
                    .filter(|level| (1..=6).contains(level))
                    .and_then(|level| u8::try_from(level).ok())
                    .ok_or("ownplan: headingLevel must be a whole number from 1 to 6")?,
            ),
        };
        let language_code = text_field(&raw, "language")?;
        let namespace = text_field(&raw, "namespace")?;
        let portal_name = text_field(&raw, "portalName")?;
        let nav_label = text_field(&raw, "navLabel")?;
        let raw_theme = match raw.get("theme") {
            None | Some(Value::Null) => Object::new(),
            Some(Value::Object(theme)) => theme.clone(),
            Some(_) => return Err("ownplan: bad options: theme must be an object".to_owned()),
        };
        let language =
            match language_code.as_deref() {
                None | Some("") => None,
                Some(code) => Some(Language::from_code(code).ok_or_else(|| {
                    format!("ownplan: language {code:?} is not one of nb, nn, en")
                })?),
            };
        if let Some(namespace) = &namespace
            && !is_valid_namespace(namespace)
        {
            return Err(format!(
                "ownplan: namespace {namespace:?} must be 1 to 40 of a-z, 0-9 and -"
            ));
        }
        if services.len() > MAX_SERVICES {
            return Err(format!(
                "ownplan: at most {MAX_SERVICES} services, got {}",
                services.len()
            ));
        }
        for service in &services {
            let fields = [
                &service.name,
                &service.phone,
                &service.opening_hours,
                &service.note,
            ];
            if service.name.trim().is_empty() {
                return Err("ownplan: every service needs a name".to_owned());
            }
            if fields.iter().any(|f| f.chars().count() > MAX_FIELD_CHARS) {
                return Err(format!(
                    "ownplan: a field of service {:?} is longer than {MAX_FIELD_CHARS} characters",
                    service.name
                ));
            }
        }
        if let Some(label) = &nav_label
            && label.chars().count() > MAX_LABEL_CHARS
        {
            return Err(format!(
                "ownplan: navLabel is longer than {MAX_LABEL_CHARS} characters"
            ));
        }
        let mut theme = Vec::new();
        for (name, value) in raw_theme {
            if !THEME_PROPERTIES.contains(&name.as_str()) {
                return Err(format!(
                    "ownplan: theme {name:?} is not one of {}",
                    THEME_PROPERTIES.join(", ")
                ));
            }
            match value.as_str() {
                Some(colour) if is_hex_colour(colour) => theme.push((name, colour.to_owned())),
                _ => {
                    return Err(format!(
                        "ownplan: theme {name:?} must be a colour like #0b3954"
                    ));
                }
            }
        }
        Ok(Self {
            language,
            namespace,
            portal_name: portal_name.filter(|n| !n.trim().is_empty()),
            services,
            heading_level,
            nav_label: nav_label.filter(|l| !l.trim().is_empty()),
            theme,
        })
    }

    /// The options the widget's own page takes from its address: only the language
    /// (`?lang=nn`), which nobody can abuse. A link must never be able to put a fake crisis
    /// number among the ready choices or move the person's plan to another namespace, so the
    /// portal's name, services, namespace and theme never come from the address: a portal that
    /// frames the widget sends them by message (`static/boot.js`), from an origin the
    /// deployment lists. Anything else in the address is ignored.
    pub fn from_query(pairs: &[(String, String)]) -> Self {
        let language = pairs
            .iter()
            .find(|(key, _)| key == "lang")
            .and_then(|(_, value)| Language::from_code(value));
        Self {
            language,
            ..Self::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_read() {
        let options = EmbedOptions::from_json(
            r#"{"language":"nn","namespace":"fjordvik","portalName":"Fjordvik kommune",
                "services":[{"name":"Kriseteamet","phone":"22 00 00 00","openingHours":"Døgnåpent"}]}"#,
        )
        .unwrap();
        assert_eq!(options.language, Some(Language::NorwegianNynorsk));
        assert_eq!(options.namespace.as_deref(), Some("fjordvik"));
        assert_eq!(options.portal_name.as_deref(), Some("Fjordvik kommune"));
        assert_eq!(options.services[0].opening_hours, "Døgnåpent");
        let options = EmbedOptions::from_json(
            r##"{"headingLevel":2,"navLabel":"Min plan – meny","theme":{"accentSoft":"#e1ecf4","accent":"#0b3954"}}"##,
        )
        .unwrap();
        assert_eq!(options.heading_level, Some(2));
        assert_eq!(options.nav_label.as_deref(), Some("Min plan – meny"));
        assert_eq!(
            options.theme,
            vec![
                ("accent".to_owned(), "#0b3954".to_owned()),
                ("accentSoft".to_owned(), "#e1ecf4".to_owned())
            ]
        );
        assert_eq!(theme_custom_property("accentSoft"), "--op-accent-soft");
        assert_eq!(theme_custom_property("bg"), "--op-bg");
        assert_eq!(
            EmbedOptions::from_json("").unwrap(),
            EmbedOptions::default()
        );
        assert_eq!(
            EmbedOptions::from_json("null").unwrap(),
            EmbedOptions::default()
        );
    }

    #[test]
    fn options_handed_to_the_full_module_read_back_the_same() {
        let options = EmbedOptions::from_json(
            r##"{"language":"nn","namespace":"fjordvik","portalName":"Fjordvik kommune",
                "services":[{"name":"Kriseteamet","phone":"22 00 00 00","openingHours":"Døgnåpent","note":"Ring først"},
                            {"name":"Legevakt","phone":"116 117"}],
                "headingLevel":3,"navLabel":"Min plan – meny",
                "theme":{"accentSoft":"#e1ecf4","accent":"#0b3954"}}"##,
        )
        .unwrap();
        assert_eq!(
            EmbedOptions::from_json(&options.to_json()).unwrap(),
            options
        );
        let none = EmbedOptions::default();
        assert_eq!(none.to_json(), "{}");
        assert_eq!(EmbedOptions::from_json(&none.to_json()).unwrap(), none);
    }

    #[test]
    fn mistakes_are_refused_with_a_reason() {
        for (json, says) in [
            (r#"{"language":"de"}"#, "language"),
            (r#"{"namespace":"Fjordvik"}"#, "namespace"),
            (r#"{"namespace":""}"#, "namespace"),
            (r#"{"namespace":"a.b"}"#, "namespace"),
            (r#"{"colour":"red"}"#, "bad options"),
            (r#"{"services":[{"phone":"1"}]}"#, "needs a name"),
            (r#"{"services":[{"name":"x","fax":"1"}]}"#, "unknown option"),
            (r#"{"services":[{"name":1}]}"#, "must be text"),
            (r#"{"services":{}}"#, "must be a list"),
            (r#"{"language":7}"#, "must be text"),
            (r#"{"theme":[]}"#, "theme must be an object"),
            ("{", "not a JSON object"),
            (r#"{"services":[{"name":" "}]}"#, "needs a name"),
            ("[1]", "bad options"),
            (r#"{"headingLevel":0}"#, "headingLevel"),
            (r#"{"headingLevel":7}"#, "headingLevel"),
            (r#"{"headingLevel":"2"}"#, "headingLevel"),
            (r#"{"headingLevel":2.5}"#, "headingLevel"),
            (r##"{"theme":{"colour":"#fff"}}"##, "theme"),
            (r#"{"theme":{"accent":"red"}}"#, "colour"),
            (r##"{"theme":{"accent":"#fff;}body{x:y"}}"##, "colour"),
            (r#"{"theme":{"accent":"url(x)"}}"#, "colour"),
            (r#"{"theme":{"accent":11}}"#, "colour"),
        ] {
            let error = EmbedOptions::from_json(json).unwrap_err();
            assert!(error.contains(says), "{json}: {error}");
        }
        let long = format!(r#"{{"services":[{{"name":"{}"}}]}}"#, "x".repeat(201));
        assert!(EmbedOptions::from_json(&long).is_err());
        let many = format!(
            r#"{{"services":[{}]}}"#,
            vec![r#"{"name":"x"}"#; MAX_SERVICES + 1].join(",")
        );
        assert!(EmbedOptions::from_json(&many).is_err());
    }

    #[test]
    fn the_address_gives_only_the_language() {
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };
        // A link someone sends cannot add a fake "legevakt" number, a portal name or a theme,
        // nor move the plan to another namespace.
        let options = EmbedOptions::from_query(&pairs(&[
            ("lang", "en"),
            ("namespace", "portal-2"),
            ("portal", "Fjordvik"),
            (
                "services",
                r#"[{"name":"Legevakt","phone":"820 00 000","openingHours":"Døgnåpent"}]"#,
            ),
            ("theme", r##"{"accent":"#000000"}"##),
        ]));
        assert_eq!(
            options,
            EmbedOptions {
                language: Some(Language::English),
                ..EmbedOptions::default()
            }
        );
        assert_eq!(
            EmbedOptions::from_query(&pairs(&[("lang", "xx")])),
            EmbedOptions::default()
        );
    }
}
