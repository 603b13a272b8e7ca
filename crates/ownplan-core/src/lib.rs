//! ownplan-core: the plan model, the signed document format, canonicalization, signing and
//! verification.
//!
//! This crate is pure: it does no I/O and knows nothing of browsers, terminals or user
//! interfaces. The widget (compiled to WebAssembly) and the native `ownplan` command both call
//! exactly this code, so they can never disagree about what a valid document is.
#![deny(missing_docs)]

pub mod document;
pub mod plan;
pub mod proof;

/// The version of this crate, shown by the command and recorded in exported documents.
pub const CRATE_VERSION: &str = env!("CARGO_PKG_VERSION");

#[cfg(test)]
mod tests {
    #[test]
    fn crate_version_is_semver_like() {
        let parts: Vec<&str> = super::CRATE_VERSION.split('.').collect();
        assert_eq!(parts.len(), 3, "{}", super::CRATE_VERSION);
        assert!(parts.iter().all(|p| p.parse::<u32>().is_ok()));
    }
}
