//! Storage on this device, with every failure returned as a value.
//!
//! Storage can be missing (some embedded or private contexts), refused (privacy settings) or
//! full. None of these may crash the widget: callers get a [`StorageError`] and decide how to
//! tell the person.
//!
//! **Where**: a runtime configuration, set once at start before anything reads storage, decides
//! the backend and the key prefix. [`Backend::Local`] (the default) is `localStorage`: the plan
//! stays on this device. [`Backend::Session`] is `sessionStorage`: the plan lives only as long
//! as the browser tab, which is what peer-worker mode on a shared computer uses. Every key is
//! `ownplan.` + key, or `ownplan.<namespace>.` + key when the host page gave a namespace (two
//! widgets on one portal, or one portal's widget next to another's, keep apart).
//!
//! **Whose keys**: a namespace can never be the first part of one of the widget's own keys
//! ([`OWN_KEY_NAMES`]), so `ownplan.plan.unreadable.1` (the plan kept aside, no namespace) and
//! `ownplan.portal-a.plan` (namespace `portal-a`) can always be told apart, and
//! [`remove_all`] removes exactly this widget's keys: never a host page's, never another
//! namespace's. A new storage key must have its first part listed in [`OWN_KEY_NAMES`].

use std::cell::RefCell;

use crate::error::StorageError;

/// Every key this widget writes starts with this, so it never touches a host page's data.
const KEY_PREFIX: &str = "ownplan.";

/// The first part (before any `.`) of every key the widget stores, without a namespace. A
/// namespace may not be one of these names. Keep it complete: a key not listed here would not
/// be removed by [`remove_all`].
pub const OWN_KEY_NAMES: &[&str] = &[
    "plan",     // The plan, and unreadable plans kept aside (`plan.unreadable.<n>`).
    "language", // The chosen language.
    "key",      // The person's signing key.
    "seen",     // The plans and keys a professional's browser has seen.
    "shared",   // The last share round.
    "draft",    // The share round being put together, until it is signed.
    "backup",   // When the last backup was made, and changes since ([`crate::state::reminders`]).
    "mode",     // Peer-worker mode: the mode of this tab ([`SESSION_MODE_KEY`]).
    "activity", // Peer-worker mode: when someone last used this tab ([`ACTIVITY_KEY`]).
];

/// The key (in session storage) that says this tab is in peer-worker mode.
pub const SESSION_MODE_KEY: &str = "mode";

/// The value of [`SESSION_MODE_KEY`] in peer-worker mode.
pub const PEER_MODE: &str = "peer";

/// The key holding when the tab was last used in peer-worker mode (milliseconds since 1970).
pub const ACTIVITY_KEY: &str = "activity";

/// The most characters a namespace may have.
pub const MAX_NAMESPACE_CHARS: usize = 40;

/// Which browser storage the widget uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Backend {
    /// `localStorage`: kept on this device until the person removes it.
    #[default]
    Local,
    /// `sessionStorage`: kept only as long as this browser tab (peer-worker mode).
    Session,
}

/// How the widget stores: set with [`configure`] once, at start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StorageConfig {
    /// Keys become `ownplan.<namespace>.<key>`; `None` for plain `ownplan.<key>`.
    pub namespace: Option<String>,
    /// Where to store.
    pub backend: Backend,
}

/// A configuration the widget cannot use.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// The namespace is not 1–40 characters of `a`–`z`, `0`–`9` and `-`, or it is one of the
    /// widget's own key names.
    #[error(
        "the storage namespace must be 1 to 40 characters of a-z, 0-9 and -, and not one of: {}",
        OWN_KEY_NAMES.join(", ")
    )]
    InvalidNamespace,
}

impl ConfigError {
    /// One value of every kind.
    pub const ALL: [ConfigError; 1] = [ConfigError::InvalidNamespace];

    /// The id of the translated message that explains this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            ConfigError::InvalidNamespace => "storage-error-namespace",
        }
    }
}

/// The configuration in force, and whether storage is sealed (after a wipe nothing more may
/// be written in this page).
#[derive(Default)]
struct Settings {
    config: StorageConfig,
    sealed: bool,
}

thread_local! {
    static SETTINGS: RefCell<Settings> = RefCell::new(Settings::default());
}

/// Checks a namespace: 1–40 characters of `a`–`z`, `0`–`9` and `-`, and not one of the
/// widget's own key names (so keys with and without a namespace never look alike).
pub fn validate_namespace(namespace: &str) -> Result<(), ConfigError> {
    let allowed = namespace
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let length = namespace.chars().count();
    if !allowed || length == 0 || length > MAX_NAMESPACE_CHARS || OWN_KEY_NAMES.contains(&namespace)
    {
        return Err(ConfigError::InvalidNamespace);
    }
    Ok(())
}

/// The prefix of every key: `ownplan.` or `ownplan.<namespace>.`.
pub fn key_prefix(namespace: Option<&str>) -> String {
    match namespace {
        Some(namespace) => format!("{KEY_PREFIX}{namespace}."),
        None => KEY_PREFIX.to_owned(),
    }
}

/// Whether `full_key`, as found in storage, is one of this widget's keys under `namespace`:
/// with a namespace, it starts with `ownplan.<namespace>.`; without, it starts with `ownplan.`
/// and its next part is one of [`OWN_KEY_NAMES`] (not another widget's namespace).
pub fn is_own_full_key(namespace: Option<&str>, full_key: &str) -> bool {
    let Some(rest) = full_key.strip_prefix(&key_prefix(namespace)) else {
        return false;
    };
    match namespace {
        Some(_) => !rest.is_empty(),
        None => {
            let first = rest.split('.').next().unwrap_or_default();
            OWN_KEY_NAMES.contains(&first)
        }
    }
}

/// Sets where and under which prefix the widget stores. Call once, at start, before anything
/// reads storage. A namespace that is not valid is refused (the earlier configuration stays)
/// and the error says why, for the host page's developer.
pub fn configure(config: StorageConfig) -> Result<(), ConfigError> {
    if let Some(namespace) = &config.namespace {
        validate_namespace(namespace)?;
    }
    SETTINGS.with(|settings| settings.borrow_mut().config = config);
    Ok(())
}

/// Switches to [`Backend::Session`] if this browser tab is in peer-worker mode (session storage
/// `ownplan.[<namespace>.]mode` = `peer`, set when the person chose it on the home view), and
/// returns the backend in force.
///
/// Call at start in `main.rs`, right after [`configure`] (when the host page gives a
/// namespace) and before anything reads storage: the plan store must load from the right
/// place. When the tab was left unused for longer than the inactivity wipe allows (a closed
/// tab brought back by the browser, a computer that slept), everything is wiped first and the
/// widget starts on the "cleared" screen instead.
pub fn configure_from_session() -> Backend {
    let in_peer_mode = session_storage()
        .ok()
        .and_then(|storage| storage.get_item(&full_key(SESSION_MODE_KEY)).ok().flatten())
        .is_some_and(|mode| mode == PEER_MODE);
    if in_peer_mode {
        SETTINGS.with(|settings| settings.borrow_mut().config.backend = Backend::Session);
        if crate::services::peer_session::left_idle_too_long() {
            crate::services::peer_session::clear_at_start();
        }
    }
    backend()
}

/// The backend in force.
pub fn backend() -> Backend {
    SETTINGS.with(|settings| settings.borrow().config.backend)
}

/// The namespace in force, if any.
pub fn namespace() -> Option<String> {
    SETTINGS.with(|settings| settings.borrow().config.namespace.clone())
}

fn storage_area(backend: Backend) -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    let area = match backend {
        Backend::Local => window.local_storage(),
        Backend::Session => window.session_storage(),
    };
    match area {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageError::Unavailable),
        Err(_) => Err(StorageError::Refused),
    }
}

fn current_area() -> Result<web_sys::Storage, StorageError> {
    storage_area(backend())
}

fn session_storage() -> Result<web_sys::Storage, StorageError> {
    storage_area(Backend::Session)
}

/// Whether `area` (for example a `storage` event's `storageArea`) is the storage the widget
/// uses now: another tab's change to local storage means nothing to a tab in peer-worker mode.
pub fn is_current_area(area: &web_sys::Storage) -> bool {
    current_area().is_ok_and(|current| {
        let current: &wasm_bindgen::JsValue = current.as_ref();
        let area: &wasm_bindgen::JsValue = area.as_ref();
        current == area
    })
}

/// The key as stored, with this widget's prefix (and namespace).
pub fn full_key(key: &str) -> String {
    debug_assert!(
        OWN_KEY_NAMES.contains(&key.split('.').next().unwrap_or_default()),
        "storage key {key:?}: list its first part in OWN_KEY_NAMES"
    );
    format!("{}{key}", key_prefix(namespace().as_deref()))
}

fn is_sealed() -> bool {
    SETTINGS.with(|settings| settings.borrow().sealed)
}

/// The text stored under `key`, or `None` when nothing is stored there.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    current_area()?
        .get_item(&full_key(key))
        .map_err(|_| StorageError::Refused)
}

/// Stores `value` under `key`. Refused after [`seal`].
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    if is_sealed() {
        return Err(StorageError::WriteFailed);
    }
    current_area()?
        .set_item(&full_key(key), value)
        .map_err(|_| StorageError::WriteFailed)
}

/// Removes what is stored under `key` (nothing happens when nothing is there).
pub fn remove(key: &str) -> Result<(), StorageError> {
    current_area()?
        .remove_item(&full_key(key))
        .map_err(|_| StorageError::WriteFailed)
}

/// Removes every key of this widget (this prefix and namespace) from the storage in use. Other
/// keys (the host page's, another namespace's) are left as they are.
pub fn remove_all() -> Result<(), StorageError> {
    let area = current_area()?;
    let namespace = namespace();
    // Backwards, so removing a key does not move the ones still to look at.
    let length = area.length().map_err(|_| StorageError::Refused)?;
    for index in (0..length).rev() {
        if let Ok(Some(key)) = area.key(index)
            && is_own_full_key(namespace.as_deref(), &key)
        {
            area.remove_item(&key)
                .map_err(|_| StorageError::WriteFailed)?;
        }
    }
    Ok(())
}

/// The first parts of the keys that hold settings, not the person's data: the language chosen
/// and helping mode's state of the tab. Every other key in [`OWN_KEY_NAMES`] is the person's.
pub const SETTING_KEY_NAMES: &[&str] = &["language", SESSION_MODE_KEY, ACTIVITY_KEY];

/// Whether the storage in use holds any of this widget's keys (this prefix and namespace) that
/// is not a setting ([`SETTING_KEY_NAMES`]): something of the person's.
pub fn holds_persons_data() -> Result<bool, StorageError> {
    let area = current_area()?;
    let namespace = namespace();
    let prefix = key_prefix(namespace.as_deref());
    let length = area.length().map_err(|_| StorageError::Refused)?;
    for index in 0..length {
        let key = area.key(index).map_err(|_| StorageError::Refused)?;
        let Some(key) = key.filter(|key| is_own_full_key(namespace.as_deref(), key)) else {
            continue;
        };
        let first_part = key[prefix.len()..].split('.').next().unwrap_or_default();
        if !SETTING_KEY_NAMES.contains(&first_part) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// From now on, nothing more is written in this page: used right before a wipe reloads the
/// page, so a last save on the way out (page hide) cannot bring anything back.
pub fn seal() {
    SETTINGS.with(|settings| settings.borrow_mut().sealed = true);
}

/// Puts this browser tab into peer-worker mode from the next start: the mode, the language to
/// keep and the moment of starting go to session storage (nothing to local storage). The page
/// must then be started again ([`crate::services::peer_session::start_peer_mode`] does both).
pub fn begin_peer_mode(language_code: &str, now_ms: u64) -> Result<(), StorageError> {
    let session = session_storage()?;
    let entries = [
        ("language", language_code.to_owned()),
        (ACTIVITY_KEY, now_ms.to_string()),
        (SESSION_MODE_KEY, PEER_MODE.to_owned()),
    ];
    for (key, value) in &entries {
        if session.set_item(&full_key(key), value).is_err() {
            // Leave nothing half-done behind.
            for (key, _) in &entries {
                let _ = session.remove_item(&full_key(key));
            }
            return Err(StorageError::WriteFailed);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Of `stored` (every key in a storage area), the ones [`remove_all`] removes.
    fn own_full_keys<'a>(
        namespace: Option<&str>,
        stored: impl IntoIterator<Item = &'a str>,
    ) -> Vec<&'a str> {
        stored
            .into_iter()
            .filter(|key| is_own_full_key(namespace, key))
            .collect()
    }

    #[test]
    fn keys_are_prefixed_with_or_without_a_namespace() {
        assert_eq!(key_prefix(None), "ownplan.");
        assert_eq!(key_prefix(Some("portal-a")), "ownplan.portal-a.");
    }

    #[test]
    fn a_namespace_is_short_lowercase_letters_digits_and_hyphens() {
        for good in ["a", "portal-a", "bydel-2", "x".repeat(40).as_str()] {
            assert_eq!(validate_namespace(good), Ok(()), "{good}");
        }
        for bad in [
            "",
            "Portal",
            "portal.a",
            "portal_a",
            "portal a",
            "bjørnafjord",
            "x".repeat(41).as_str(),
            // The widget's own key names would make keys ambiguous.
            "plan",
            "key",
            "mode",
        ] {
            assert_eq!(
                validate_namespace(bad),
                Err(ConfigError::InvalidNamespace),
                "{bad}"
            );
        }
        assert_eq!(
            ConfigError::InvalidNamespace.message_id(),
            "storage-error-namespace"
        );
    }

    #[test]
    fn a_bad_namespace_is_refused_and_changes_nothing() {
        configure(StorageConfig {
            namespace: Some("portal-a".into()),
            backend: Backend::Local,
        })
        .unwrap();
        assert_eq!(
            configure(StorageConfig {
                namespace: Some("Portal A".into()),
                backend: Backend::Session,
            }),
            Err(ConfigError::InvalidNamespace)
        );
        assert_eq!(backend(), Backend::Local);
        assert_eq!(full_key("plan"), "ownplan.portal-a.plan");
        configure(StorageConfig::default()).unwrap();
        assert_eq!(full_key("plan"), "ownplan.plan");
    }

    const STORED: [&str; 11] = [
        "ownplan.plan",
        "ownplan.plan.unreadable.1",
        "ownplan.language",
        "ownplan.key",
        "ownplan.mode",
        "ownplan.activity",
        "ownplan.portal-a.plan",
        "ownplan.portal-a.key",
        "ownplan.portal-b.plan",
        "portal-session",
        "ownplanner.plan",
    ];

    #[test]
    fn without_a_namespace_only_the_widgets_own_keys_are_removed() {
        assert_eq!(
            own_full_keys(None, STORED),
            [
                "ownplan.plan",
                "ownplan.plan.unreadable.1",
                "ownplan.language",
                "ownplan.key",
                "ownplan.mode",
                "ownplan.activity",
            ]
        );
    }

    #[test]
    fn with_a_namespace_only_that_namespaces_keys_are_removed() {
        assert_eq!(
            own_full_keys(Some("portal-a"), STORED),
            ["ownplan.portal-a.plan", "ownplan.portal-a.key"]
        );
        assert!(own_full_keys(Some("portal"), STORED).is_empty());
        assert!(!is_own_full_key(Some("portal-a"), "ownplan.portal-a."));
    }

    /// Helping mode's wipe (and "remove everything") removes the share round being put
    /// together and the backup record too: nothing of the person stays on a shared computer.
    #[test]
    fn a_wipe_removes_the_share_draft_and_the_backup_record() {
        for namespace in [None, Some("portal-a")] {
            let prefix = key_prefix(namespace);
            let draft = format!("{prefix}draft");
            let backup = format!("{prefix}backup");
            let stored = [draft.as_str(), backup.as_str(), "ownplan-draft", "draft"];
            assert_eq!(
                own_full_keys(namespace, stored),
                [draft.as_str(), backup.as_str()],
                "{namespace:?}"
            );
        }
        assert_eq!(
            validate_namespace("draft"),
            Err(ConfigError::InvalidNamespace)
        );
    }
}
