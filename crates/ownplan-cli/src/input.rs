//! Reading the command's input files: a path, or `-` for standard input, with a clear error.

use std::io::Read;
use std::path::Path;

use crate::error::CliError;

/// The most bytes read from any input. Far above the document size cap, so the strict parser
/// (not this limit) is what reports a too-large document; this only bounds memory use.
const READ_LIMIT: u64 = 64 * 1024 * 1024;

/// Reads `name`, or standard input when it is `-`. The error reads "cannot read NAME: why".
pub fn read_input(name: &str) -> Result<Vec<u8>, CliError> {
    let mut bytes = Vec::new();
    let result = if name == "-" {
        std::io::stdin()
            .lock()
            .take(READ_LIMIT)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(Path::new(name))
            .and_then(|file| file.take(READ_LIMIT).read_to_end(&mut bytes))
    };
    match result {
        Ok(_) => Ok(bytes),
        Err(source) => Err(CliError::Read {
            path: if name == "-" {
                "standard input".to_owned()
            } else {
                name.to_owned()
            },
            source,
        }),
    }
}
