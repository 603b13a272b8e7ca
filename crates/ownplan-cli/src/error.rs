//! [`CliError`]: every way a command can end other than with its result, and the exit code each
//! one means. `main` prints the error (on standard error, or for a refused document the report on
//! the stream [`ReportOn`] names) and exits with [`CliError::exit_code`].
//!
//! The exit codes are the command's promise to scripts: 0 valid (or success), 1 the document or
//! signature is invalid, 2 a usage or I/O error.

use std::io;
use std::process::ExitCode;

use ownplan_core::document::DocumentError;
use ownplan_pdf::PdfError;

/// Where the report of a refused document is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportOn {
    /// Standard output, where the command's result would have gone: `verify` (the refusal is its
    /// verdict), `canon` and `sign` (scripts and the tests read the reason there).
    Stdout,
    /// Standard error: `show`, in every format, whose output is a page to keep, so that
    /// `show FILE --format html > plan.html` never writes a refusal into the page.
    Stderr,
}

/// Why a command did not produce its result.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The arguments could not be parsed, or `--help`/`--version` was asked for (clap prints its
    /// own text and chooses the exit code: 0 for help and version, 2 for a usage error).
    #[error(transparent)]
    Arguments(#[from] clap::Error),
    /// An option's value is unusable (`--today 22.11.2026`, an unknown section, ...).
    #[error("{0}")]
    Usage(String),
    /// An input file (or standard input) could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file as given, or "standard input".
        path: String,
        /// Why.
        source: io::Error,
    },
    /// An output file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file as given.
        path: String,
        /// Why.
        source: io::Error,
    },
    /// Standard output could not be written (other than the reader closing it early, which is
    /// not an error: see `output.rs`).
    #[error("cannot write to standard output: {0}")]
    Stdout(io::Error),
    /// A result could not be turned into JSON. Never hidden behind an empty line.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The key file given to `sign` is not usable.
    #[error("{0}")]
    KeyFile(String),
    /// The operating system gave no random bytes for a new key or credential id.
    #[error("no randomness available: {0}")]
    Randomness(getrandom::Error),
    /// A PDF given to `verify` or `show` carries no usable signed document (none, several, or a
    /// damaged or hostile PDF): exit 1, like a refused document, with the report printed on
    /// `report_on`.
    #[error("{error}")]
    PdfRefused {
        /// Why no document could be taken out.
        error: PdfError,
        /// Where the report goes.
        report_on: ReportOn,
    },
    /// The document (or, for `sign`, the plan) was refused: exit 1, with the report printed on
    /// `report_on`.
    #[error("{error}")]
    Refused {
        /// Why it was refused.
        error: Box<DocumentError>,
        /// Where the report goes.
        report_on: ReportOn,
    },
}

impl CliError {
    /// A refusal reported where the command's result would have gone.
    pub fn refused(error: impl Into<DocumentError>) -> Self {
        CliError::Refused {
            error: Box::new(error.into()),
            report_on: ReportOn::Stdout,
        }
    }

    /// The exit code this error ends the command with.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Arguments(error) => {
                ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
            }
            CliError::Refused { .. } | CliError::PdfRefused { .. } => ExitCode::from(1),
            CliError::Usage(_)
            | CliError::Read { .. }
            | CliError::Write { .. }
            | CliError::Stdout(_)
            | CliError::Json(_)
            | CliError::KeyFile(_)
            | CliError::Randomness(_) => ExitCode::from(2),
        }
    }
}
