//! The generic W3C Data Integrity layer: strict JSON, RFC 8785 canonicalization, did:key and eddsa-jcs-2022 proofs.
