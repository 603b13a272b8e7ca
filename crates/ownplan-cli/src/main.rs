//! The `ownplan` command: the native tool for integrators and professionals to verify, show,
//! canonicalize and (for tests and integrations) sign ownplan plan documents.
//!
//! A thin shell over `ownplan-core`: argument parsing, files, the clock, randomness for new keys,
//! and exit codes. Every rule about what a valid document is lives in the core, so this command
//! and the widget can never disagree.
//!
//! A PDF copy of a plan (made by `ownplan pdf`, or by the widget) is accepted wherever a document
//! is: `verify` and `show` take the signed document embedded in it and check only that; the PDF's
//! visible pages are a convenience and are never read.
//!
//! Exit codes: 0 success (the document is valid), 1 the document or signature is invalid (the
//! output says why, with the message id and the JSON path where one applies), 2 a usage or I/O
//! error (a missing file, a bad option).
//!
//! Shaped like ripgrep's `main`: [`main`] only turns the result of [`run`] into an exit code and
//! prints the error, if any; [`run`] and the commands use `?` throughout, with one error type,
//! [`CliError`], that knows its exit code. Results go to standard output and messages to standard
//! error (see `output.rs`, which also explains why a closed pipe ends the command quietly); the
//! verify report is built in `report.rs`.

mod clock;
mod error;
mod input;
mod keyfile;
mod output;
mod render;
mod report;
mod terminal;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{ArgGroup, Parser, Subcommand};
use ownplan_core::document::{
    DocumentError, ExportRequest, KeyPin, LeaveOut, Recipient, Selection, SharingConsentStatement,
    document_schema, export_selection_for_recipient, verify_plan_document_at,
};
use ownplan_core::plan::{Date, ItemId, LifeArea, Plan, Section, Text, plan_schema};
use ownplan_core::proof::{VerifiedDocument, canonicalize, parse_strict, verify_bytes_at};

use crate::error::{CliError, ReportOn};
use crate::input::read_input;
use crate::render::Format;

/// Verify, show and canonicalize signed ownplan plan documents.
///
/// A plan document is a W3C Verifiable Credential secured with a Data Integrity proof
/// (eddsa-jcs-2022) and signed with the plan owner's did:key. See docs/FORMAT.md.
/// Every FILE may be `-` to read standard input. `verify` and `show` also take a PDF copy of a
/// plan and check the signed document embedded in it (never the PDF's visible pages).
///
/// Exit codes: 0 valid, 1 invalid document or signature, 2 usage or I/O error. When the reader of
/// the output stops early (`| head`), the command stops quietly with the same exit code.
///
/// Documents are written by whoever holds a key: control characters (such as ESC) and
/// bidirectional controls in them are printed escaped, like \x1b or \u{202e}.
#[derive(Parser, Debug)]
#[command(name = "ownplan", version, about, long_about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check a plan document's signature, format and content.
    ///
    /// Names the file it checked, then the signer's did:key and fingerprint, the plan id and
    /// version, the sections and recipients, and any warnings (review date or consent passed).
    /// Exit 0 valid, 1 invalid (with the reason, the message id and the JSON path), 2 usage or
    /// I/O error.
    Verify {
        /// The document to check (`-` for standard input).
        file: String,
        /// The expected signer, as a did:key or a fingerprint like ABCD-EFGH-JKMN-PQRS.
        #[arg(long, value_name = "DID-OR-FINGERPRINT")]
        key: Option<String>,
        /// Print a machine-readable JSON result instead of text.
        #[arg(long)]
        json: bool,
        /// Check only the Data Integrity proof (eddsa-jcs-2022, did:key) of any JSON document.
        #[arg(long)]
        proof_only: bool,
        /// The date to check review dates and consents against (default: today, UTC).
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
    },
    /// Verify a plan document, then print its verified content for a professional to read.
    ///
    /// The page is in the document's language (Bokmål, Nynorsk or English): the verdict first,
    /// then what the document is, then the plan, with choices and dates as words and the crisis
    /// plan in its natural order. Standard output holds the page only: a refusal or an error goes
    /// to standard error (exit 1 refused, 2 usage or I/O), in every format.
    Show {
        /// The document to show (`-` for standard input).
        file: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// The expected signer, as a did:key or a fingerprint.
        #[arg(long, value_name = "DID-OR-FINGERPRINT")]
        key: Option<String>,
        /// The date to check review dates and consents against (default: today, UTC).
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
    },
    /// Print the RFC 8785 (JCS) canonical form of a JSON document, after strict parsing.
    ///
    /// The output has no trailing newline, so `ownplan canon FILE | sha256sum` is the hash the
    /// signature covers (for a document without its proof). On a terminal, characters that could
    /// control it are shown as \u escapes; pipe or redirect the output for the exact bytes.
    Canon {
        /// The JSON document (`-` for standard input).
        file: String,
    },
    /// Print the JSON Schema of the signed plan document (or, with --plan, of a plan file).
    Schema {
        /// Print the schema of the plan file format instead.
        #[arg(long)]
        plan: bool,
    },
    /// Make the PDF copy of a signed plan document, for a professional to open anywhere.
    ///
    /// The document is verified first. The copy shows the plan with labels in the document's
    /// language (Bokmål, Nynorsk or English), the plan version, date, recipients, consent and key
    /// fingerprint on every page, and carries the signed JSON inside as an embedded file, which
    /// `ownplan verify COPY.pdf` checks. Exit 0 written, 1 the document is invalid, 2 usage or I/O.
    Pdf {
        /// The signed plan document (`-` for standard input).
        file: String,
        /// The PDF file to write.
        #[arg(short = 'o', long, value_name = "OUT.pdf")]
        out: String,
        /// The date to check the document against (default: today, UTC).
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
    },
    /// Make a new signing key (from the operating system's random source).
    ///
    /// The key file holds the secret seed: anyone with it can sign plans as you.
    Keygen {
        /// Write the key to this new file (mode 0600; never overwrites) instead of printing it.
        #[arg(long, value_name = "FILE")]
        out: Option<String>,
    },
    /// Sign a plan file into a document for one recipient (for integrators and tests).
    ///
    /// What goes in: the sections of a sharing consent (--for), of --sections, or of a selection
    /// file (--selection), less the items and life areas that --leave-out, --leave-out-areas and
    /// --life-areas name. A document that leaves out something says so ("itemsLeftOut"), never
    /// what.
    Sign(Box<SignArgs>),
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(error) => {
            report_error(&error);
            error.exit_code()
        }
    }
}

/// Prints why the command did not produce its result: clap's own text for argument errors (and
/// for `--help`/`--version`), the report of a refused document, or one `ownplan: ...` line on
/// standard error.
fn report_error(error: &CliError) {
    match error {
        // Help and version go to standard output, usage errors to standard error; a failure to
        // print them leaves nothing else to do.
        CliError::Arguments(error) => {
            let _ = error.print();
        }
        CliError::PdfRefused { error, report_on } => {
            let text = report::pdf_refused_text(error);
            match report_on {
                ReportOn::Stdout => {
                    if let Err(failure) = output::stdout(text.as_bytes()) {
                        output::stderr(&format!("ownplan: {failure}\n"));
                    }
                }
                ReportOn::Stderr => output::stderr(&text),
            }
        }
        CliError::Refused { error, report_on } => {
            let text = report::invalid_text(error);
            match report_on {
                ReportOn::Stdout => {
                    if let Err(failure) = output::stdout(text.as_bytes()) {
                        output::stderr(&format!("ownplan: {failure}\n"));
                    }
                }
                ReportOn::Stderr => output::stderr(&text),
            }
        }
        // The message can quote a file (a key file's parse error): one line, escaped.
        other => output::stderr(&format!(
            "ownplan: {}\n",
            terminal::line(&other.to_string())
        )),
    }
}

/// Parses the arguments and runs one command. `Ok` carries the exit code of a result (for
/// `verify`, 1 when the document is invalid: that verdict is its result); `Err` every other way
/// to end.
fn run() -> Result<ExitCode, CliError> {
    let cli = Cli::try_parse()?;
    match cli.command {
        Command::Verify {
            file,
            key,
            json,
            proof_only,
            today,
        } => verify(&file, key.as_deref(), json, proof_only, today.as_deref()),
        Command::Show {
            file,
            format,
            key,
            today,
        } => show(&file, format, key.as_deref(), today.as_deref()),
        Command::Canon { file } => canon(&file),
        Command::Pdf { file, out, today } => pdf(&file, &out, today.as_deref()),
        Command::Schema { plan } => {
            output::json(&if plan {
                plan_schema()
            } else {
                document_schema()
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Keygen { out } => keygen(out.as_deref()),
        Command::Sign(args) => sign(*args),
    }
}

/// The instant to judge expiry, review dates and consents by: now, or the last instant of the
/// day given with `--today`.
fn parse_now(today: Option<&str>) -> Result<String, CliError> {
    let Some(text) = today else {
        return Ok(clock::now_utc());
    };
    let day = Date::parse(text).map_err(|_| {
        CliError::Usage(format!(
            "--today {text:?} is not a date like 2026-11-22 (YYYY-MM-DD)"
        ))
    })?;
    Ok(format!("{}T23:59:59.999Z", day.as_str()))
}

fn parse_pin(key: Option<&str>) -> Result<Option<KeyPin>, CliError> {
    key.map(|text| {
        KeyPin::parse(text).map_err(|error| {
            CliError::Usage(format!(
                "--key {text:?} is neither a did:key nor a fingerprint: {error} [{}]",
                error.message_id()
            ))
        })
    })
    .transpose()
}

/// What `verify` and `show` both start from: the instant to judge expiry and warnings by, the
/// pinned key if any, and the document's bytes (taken out of the file when it is a PDF copy).
struct CheckedInputs {
    now: String,
    pin: Option<KeyPin>,
    bytes: Vec<u8>,
    /// The bytes are the document embedded in a PDF, not the file itself.
    from_pdf: bool,
}

impl CheckedInputs {
    /// Reads the inputs; a PDF without exactly one usable embedded document is refused with
    /// its report on `report_on`.
    fn read(
        file: &str,
        key: Option<&str>,
        today: Option<&str>,
        report_on: ReportOn,
    ) -> Result<Self, CliError> {
        let now = parse_now(today)?;
        let pin = parse_pin(key)?;
        let bytes = read_input(file)?;
        if !bytes.starts_with(b"%PDF-") {
            return Ok(Self {
                now,
                pin,
                bytes,
                from_pdf: false,
            });
        }
        let document = ownplan_pdf::extract_embedded_document(&bytes)
            .map_err(|error| CliError::PdfRefused { error, report_on })?;
        Ok(Self {
            now,
            pin,
            bytes: document,
            from_pdf: true,
        })
    }
}

fn verify(
    file: &str,
    key: Option<&str>,
    as_json: bool,
    proof_only: bool,
    today: Option<&str>,
) -> Result<ExitCode, CliError> {
    let inputs = match CheckedInputs::read(file, key, today, ReportOn::Stdout) {
        Err(CliError::PdfRefused { error, .. }) => {
            if as_json {
                output::json(&report::with_file_json(
                    report::pdf_refused_json(&error),
                    file,
                ))?;
            } else {
                let text = report::with_file_text(&report::pdf_refused_text(&error), file);
                output::stdout(text.as_bytes())?;
            }
            return Ok(ExitCode::from(1));
        }
        other => other?,
    };
    let verdict = if proof_only {
        verify_proof_only(&inputs.bytes, &inputs.now, inputs.pin.as_ref()).map(|verified| {
            (
                report::proof_only_text(&verified),
                report::proof_only_json(&verified),
            )
        })
    } else {
        verify_plan_document_at(&inputs.bytes, &inputs.now, inputs.pin.as_ref())
            .map(|document| (report::valid_text(&document), report::valid_json(&document)))
    };
    let ((text, json), code) = match verdict {
        Ok(reports) => (reports, ExitCode::SUCCESS),
        Err(error) => (
            (report::invalid_text(&error), report::invalid_json(&error)),
            ExitCode::from(1),
        ),
    };
    if as_json {
        let json = if inputs.from_pdf {
            report::from_pdf_json(json)
        } else {
            json
        };
        output::json(&report::with_file_json(json, file))?;
    } else {
        let text = if inputs.from_pdf {
            report::from_pdf_text(&text)
        } else {
            text
        };
        output::stdout(report::with_file_text(&text, file).as_bytes())?;
    }
    Ok(code)
}

/// Layer 1 only: the Data Integrity proof of any JSON document, and the pinned key if given.
fn verify_proof_only(
    bytes: &[u8],
    now: &str,
    pin: Option<&KeyPin>,
) -> Result<VerifiedDocument, DocumentError> {
    let verified = verify_bytes_at(bytes, Some(now))?;
    let signer = verified.signer();
    if let Some(pin) = pin
        && !pin.matches(signer)
    {
        return Err(DocumentError::SignerMismatch {
            expected: pin.to_string(),
            found_did: signer.did(),
            found_fingerprint: signer.fingerprint().to_string(),
        });
    }
    Ok(verified)
}

fn show(
    file: &str,
    format: Format,
    key: Option<&str>,
    today: Option<&str>,
) -> Result<ExitCode, CliError> {
    // Whatever the format, standard output holds the page and nothing else: a refusal goes to
    // standard error, so `show FILE > plan.html` never writes an error into the page.
    let report_on = ReportOn::Stderr;
    let inputs = CheckedInputs::read(file, key, today, report_on)?;
    let document = verify_plan_document_at(&inputs.bytes, &inputs.now, inputs.pin.as_ref())
        .map_err(|error| CliError::Refused {
            error: Box::new(error),
            report_on,
        })?;
    let page = render::render(&document, format, inputs.from_pdf);
    output::stdout(page.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The file name a copy gives its embedded document: the input's own, or `plan.json` for
/// standard input.
fn embedded_file_name(file: &str) -> String {
    if file == "-" {
        return "plan.json".to_owned();
    }
    std::path::Path::new(file)
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan.json".to_owned())
}

fn pdf(file: &str, out: &str, today: Option<&str>) -> Result<ExitCode, CliError> {
    let now = parse_now(today)?;
    let bytes = read_input(file)?;
    let document = verify_plan_document_at(&bytes, &now, None).map_err(CliError::refused)?;
    let labels = ownplan_pdf::Labels::for_language(&document.plan().meta.language);
    let name = embedded_file_name(file);
    let copy = ownplan_pdf::make_pdf(&ownplan_pdf::PdfCopy {
        document: &document,
        signed_json: &bytes,
        file_name: &name,
        labels: &labels,
    })
    .map_err(|error| CliError::Usage(error.to_string()))?;
    std::fs::write(out, copy).map_err(|source| CliError::Write {
        path: out.to_owned(),
        source,
    })?;
    output::stderr(&format!(
        "ownplan: wrote {out}: a PDF copy of the plan with the signed document {} embedded\n",
        terminal::line(&name)
    ));
    Ok(ExitCode::SUCCESS)
}

fn canon(file: &str) -> Result<ExitCode, CliError> {
    let bytes = read_input(file)?;
    let canonical = parse_strict(&bytes)
        .and_then(|value| canonicalize(&value))
        .map_err(CliError::refused)?;
    if std::io::stdout().is_terminal() {
        // Not for hashing: a person is reading. Show what could control the terminal as `\u`
        // escapes (the same JSON value, but no longer the canonical bytes).
        output::stdout(terminal::json(&String::from_utf8_lossy(&canonical)).as_bytes())?;
    } else {
        output::stdout(&canonical)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn keygen(out: Option<&str>) -> Result<ExitCode, CliError> {
    let key = keyfile::generate_key()?;
    let text = output::json_text(&keyfile::key_file_json(&key))?;
    match out {
        Some(path) => {
            keyfile::write_secret_file(path, text.as_bytes())?;
            output::stderr(&format!(
                "ownplan: wrote a new SECRET key to {path} (readable only by you). Anyone with this file can sign plans as you.\ndid:         {}\nfingerprint: {}\n",
                key.did_key().did(),
                key.did_key().fingerprint()
            ));
        }
        None => {
            output::stderr(
                "ownplan: the key below is SECRET: anyone with it can sign plans as you. Store it safely (ownplan keygen --out FILE writes it with mode 0600).\n",
            );
            output::stdout(text.as_bytes())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The options of `ownplan sign` (boxed in [`Command`]: it has many).
#[derive(clap::Args, Debug)]
#[command(group(ArgGroup::new("choice").required(true).args(["for_recipient", "sections", "selection"])))]
#[command(group(ArgGroup::new("sections_or_selection").multiple(false).args(["sections", "selection"])))]
struct SignArgs {
    /// The plan file (plan JSON, `-` for standard input).
    plan: String,
    /// The key file made by `ownplan keygen`.
    key: String,
    /// Export what the plan's sharing consent allows for this recipient: the id of a sharing
    /// consent, or of the network member it names.
    #[arg(long = "for", value_name = "RECIPIENT-ID")]
    for_recipient: Option<String>,
    /// Export these sections (comma separated, e.g. goals,measures,planPeriod).
    #[arg(long, value_delimiter = ',', value_name = "SECTIONS")]
    sections: Option<Vec<String>>,
    /// A selection file (JSON): {"sections": [...], "leaveOut": {"items": [ids], "lifeAreas":
    /// [...]}}, "leaveOut" optional.
    #[arg(long, value_name = "FILE")]
    selection: Option<String>,
    /// Leave out these items (comma separated ids, e.g. urn:uuid:...): goals, measures,
    /// agreements, appointments, network members and any other list item.
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    leave_out: Vec<String>,
    /// Leave out the items of these life areas (comma separated, e.g. substanceUse,health).
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "AREAS",
        conflicts_with = "life_areas"
    )]
    leave_out_areas: Vec<String>,
    /// Keep only the items of these life areas, of the items that have one (comma separated,
    /// e.g. housing,money): every other life area is left out.
    #[arg(long, value_delimiter = ',', value_name = "AREAS")]
    life_areas: Vec<String>,
    /// The recipient's name, with --sections or --selection.
    #[arg(long, value_name = "NAME", requires = "sections_or_selection")]
    recipient: Option<String>,
    /// The signing time, a UTC date-time like 2026-11-22T10:00:00Z (default: now).
    #[arg(long, value_name = "TIME")]
    created: Option<String>,
    /// The credential id as 32 hex digits (default: random), for reproducible output.
    #[arg(long, value_name = "HEX")]
    credential_id: Option<String>,
    /// Write the document to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<String>,
}

fn parse_life_areas(names: &[String], option: &str) -> Result<Vec<LifeArea>, CliError> {
    names
        .iter()
        .map(|name| {
            let name = name.trim();
            LifeArea::ALL
                .into_iter()
                .find(|area| area.as_str() == name)
                .ok_or_else(|| {
                    let known: Vec<&str> = LifeArea::ALL.iter().map(|a| a.as_str()).collect();
                    CliError::Usage(format!(
                        "{option}: unknown life area {name:?}; the life areas are: {}",
                        known.join(", ")
                    ))
                })
        })
        .collect()
}

/// A selection file: the core's [`Selection`], read strictly (no duplicate keys, no unknown
/// members).
fn read_selection(path: &str) -> Result<Selection, CliError> {
    let bytes = read_input(path)?;
    let value = parse_strict(&bytes).map_err(|error| {
        CliError::Usage(format!(
            "--selection {path}: not a selection file: {error} [{}]",
            error.message_id()
        ))
    })?;
    serde_json::from_value(value).map_err(|error| {
        CliError::Usage(format!(
            "--selection {path}: not a selection file ({{\"sections\": [...], \"leaveOut\": {{\"items\": [...], \"lifeAreas\": [...]}}}}): {error}"
        ))
    })
}

/// What the options leave out, added to what a selection file leaves out. An id that no item of
/// the plan has is refused: a typo must not send what the person meant to keep back.
fn leave_out_of(args: &SignArgs, plan: &Plan, from_file: LeaveOut) -> Result<LeaveOut, CliError> {
    let mut leave_out = from_file;
    leave_out.items.extend(
        args.leave_out
            .iter()
            .map(|id| ItemId::new(id.trim()))
            .filter(|id| !id.as_str().is_empty()),
    );
    leave_out.life_areas.extend(parse_life_areas(
        &args.leave_out_areas,
        "--leave-out-areas",
    )?);
    if !args.life_areas.is_empty() {
        let kept = parse_life_areas(&args.life_areas, "--life-areas")?;
        leave_out
            .life_areas
            .extend(LeaveOut::life_areas_other_than(&kept).life_areas);
    }
    let check = Selection {
        sections: Vec::new(),
        leave_out,
    };
    let unknown = check.unknown_items(plan);
    if !unknown.is_empty() {
        let ids: Vec<&str> = unknown.iter().map(ItemId::as_str).collect();
        return Err(CliError::Usage(format!(
            "no item of the plan has the id {} (nothing was signed)",
            ids.join(", ")
        )));
    }
    Ok(check.leave_out)
}

fn parse_sections(names: &[String]) -> Result<Vec<Section>, CliError> {
    names
        .iter()
        .map(|name| {
            let name = name.trim();
            Section::ALL
                .into_iter()
                .find(|section| section.as_str() == name)
                .ok_or_else(|| {
                    let known: Vec<&str> = Section::ALL.iter().map(|s| s.as_str()).collect();
                    CliError::Usage(format!(
                        "unknown section {name:?}; the sections are: {}",
                        known.join(", ")
                    ))
                })
        })
        .collect()
}

fn credential_id(hex_text: Option<&str>) -> Result<[u8; 16], CliError> {
    match hex_text {
        Some(text) => hex::decode(text.replace('-', ""))
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or_else(|| {
                CliError::Usage(format!("--credential-id {text:?} is not 32 hex digits"))
            }),
        None => {
            let mut bytes = [0u8; 16];
            getrandom::fill(&mut bytes).map_err(CliError::Randomness)?;
            Ok(bytes)
        }
    }
}

fn sign(args: SignArgs) -> Result<ExitCode, CliError> {
    let id = credential_id(args.credential_id.as_deref())?;
    let created = args.created.clone().unwrap_or_else(clock::now_utc);
    let key = keyfile::read_key_file(&read_input(&args.key)?, &args.key)?;
    let plan_bytes = read_input(&args.plan)?;
    let plan = parse_strict(&plan_bytes)
        .map_err(DocumentError::from)
        .and_then(|value| Plan::from_json_value(value).map_err(DocumentError::from))
        .map_err(CliError::refused)?;
    let from_file = args.selection.as_deref().map(read_selection).transpose()?;
    let chosen_sections = match (&args.sections, &from_file) {
        (Some(names), _) => Some(parse_sections(names)?),
        (None, Some(selection)) => Some(selection.sections.clone()),
        (None, None) => None,
    };
    let leave_out = leave_out_of(
        &args,
        &plan,
        from_file
            .map(|selection| selection.leave_out)
            .unwrap_or_default(),
    )?;
    let request = match (&args.for_recipient, chosen_sections) {
        (Some(recipient), _) => ExportRequest::for_sharing_consent(&plan, recipient, id, &created)
            .map_err(CliError::refused)?,
        (None, Some(sections)) => {
            let to_plan = &plan.consent.to_plan;
            ExportRequest {
                plan: &plan,
                recipients: args
                    .recipient
                    .iter()
                    .map(|name| Recipient {
                        name: Text::new(name),
                        ..Recipient::default()
                    })
                    .collect(),
                sections,
                sharing_consent: SharingConsentStatement {
                    statement: to_plan.statement.clone(),
                    given_on: to_plan.given_on.clone(),
                    valid_until: to_plan.valid_until.clone(),
                    conditions: Text::empty(),
                },
                credential_id: id,
                valid_from: created.clone(),
            }
        }
        (None, None) => {
            return Err(CliError::Usage(
                "give --for, --sections or --selection".to_owned(),
            ));
        }
    };
    let document =
        export_selection_for_recipient(&request, &leave_out, &key).map_err(CliError::refused)?;
    // The same JSON value as `to_string_pretty` gives, with characters that could control a
    // terminal as `\u` escapes: the signature covers the value, not the bytes.
    let text = output::json_text(&document)?;
    match args.out {
        Some(path) => {
            std::fs::write(&path, text).map_err(|source| CliError::Write { path, source })?
        }
        None => output::stdout(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}
