//! Writing the command's output. Results go to standard output, messages to standard error.
//!
//! A reader that stops early (`ownplan show FILE | head -1`) closes the pipe; the next write then
//! fails with "broken pipe". That is not an error of the command: it stops writing quietly (no
//! message, no panic) and exits with the code of its verdict, as if the output had been read to
//! the end — 0 for a valid document, 1 for an invalid one — so `set -o pipefail` scripts still
//! learn whether the document was valid. Rust ignores SIGPIPE, so the write reports the closed
//! pipe instead of killing the process; nothing here uses `print!`, which would panic.

use std::io::{self, ErrorKind, Write};

use crate::error::CliError;
use crate::terminal;

/// Writes `bytes` to standard output and flushes. A closed pipe is not an error (see the module
/// docs); any other failure is [`CliError::Stdout`].
pub fn stdout(bytes: &[u8]) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(CliError::Stdout(error)),
    }
}

/// Writes `text` to standard error. If standard error itself cannot be written there is nowhere
/// left to say so, so the failure is ignored (where `eprintln!` would panic).
pub fn stderr(text: &str) {
    let mut err = io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}

/// Writes `value` as pretty JSON and a line feed to standard output, with the characters that
/// could control a terminal as `\u` escapes ([`terminal::json`]). A value that cannot be
/// serialized is [`CliError::Json`] (exit 2), never an empty line.
pub fn json(value: &serde_json::Value) -> Result<(), CliError> {
    stdout(json_text(value)?.as_bytes())
}

/// `value` as pretty JSON and a line feed, escaped for a terminal like [`json`] writes it.
pub fn json_text(value: &serde_json::Value) -> Result<String, CliError> {
    Ok(format!(
        "{}\n",
        terminal::json(&serde_json::to_string_pretty(value)?)
    ))
}
