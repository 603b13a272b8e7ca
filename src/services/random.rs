//! Random bytes from the browser's cryptographic generator (`crypto.getRandomValues`), for new
//! ids and for the salt and nonce of a protected backup. Never a weaker source where secrecy
//! counts: if the browser has none, there is no protected backup.

/// `N` random bytes from the cryptographic generator, or `None` if the browser offers none.
pub fn secure_bytes<const N: usize>() -> Option<[u8; N]> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut bytes = [0u8; N];
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// Sixteen random bytes, or `None` if the browser offers no cryptographic generator.
pub fn random_16() -> Option<[u8; 16]> {
    secure_bytes()
}

/// Bytes for a new id: cryptographically random where the browser allows (every current one
/// does); otherwise unique within this page from the clock and a counter, which is all an
/// item id needs. `ItemId::from_random_bytes` and `PlanId::from_random_bytes` turn them into a
/// format-2 id, a UUID URN (`urn:uuid:...`).
pub fn id_bytes() -> [u8; 16] {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(1);
    random_16().unwrap_or_else(|| {
        let count = COUNTER.fetch_add(1, Ordering::Relaxed);
        let millis = js_sys::Date::now() as u64;
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&millis.to_be_bytes());
        bytes[8..].copy_from_slice(&count.to_be_bytes());
        bytes
    })
}
