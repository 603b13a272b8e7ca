//! The `ownplan` command: the native tool for integrators and professionals to verify, show,
//! canonicalize and (for tests and integrations) sign ownplan plan documents.
//!
//! A thin shell over `ownplan-core`: argument parsing, files, the clock, randomness for new keys,
//! and exit codes. Every rule about what a valid document is lives in the core, so this command
//! and the widget can never disagree.
//!
//! Exit codes: 0 success (the document is valid), 1 the document or signature is invalid (the
//! output says why, with the message id and the JSON path where one applies), 2 a usage or I/O
//! error (a missing file, a bad option).

mod clock;
mod input;
mod keyfile;
mod render;

use std::io::Write;
use std::process::ExitCode;

use clap::{ArgGroup, Parser, Subcommand};
use ownplan_core::document::{
    DocumentError, ExportRequest, KeyPin, Recipient, SharingConsentStatement, VerifiedPlanDocument,
    document_schema, export_for_recipient, verify_plan_document,
};
use ownplan_core::plan::{Date, Plan, Section, Text, plan_schema};
use ownplan_core::proof::{canonicalize, parse_strict, verify_bytes};
use serde_json::{Value, json};

use crate::input::read_input;
use crate::render::Format;

/// Verify, show and canonicalize signed ownplan plan documents.
///
/// A plan document is a W3C Verifiable Credential secured with a Data Integrity proof
/// (eddsa-jcs-2022) and signed with the plan owner's did:key. See docs/FORMAT.md.
/// Every FILE may be `-` to read standard input.
///
/// Exit codes: 0 valid, 1 invalid document or signature, 2 usage or I/O error.
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
    /// Prints the signer's did:key and fingerprint, the plan id and version, the sections and
    /// recipients, and any warnings (review date or consent passed). Exit 0 valid, 1 invalid
    /// (with the reason, the message id and the JSON path), 2 usage or I/O error.
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
    /// Verify a plan document, then print its verified content for reading.
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
    /// signature covers (for a document without its proof).
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
    /// Make a new signing key (from the operating system's random source).
    ///
    /// The key file holds the secret seed: anyone with it can sign plans as you.
    Keygen {
        /// Write the key to this new file (mode 0600; never overwrites) instead of printing it.
        #[arg(long, value_name = "FILE")]
        out: Option<String>,
    },
    /// Sign a plan file into a document for one recipient (for integrators and tests).
    #[command(group(ArgGroup::new("choice").required(true).args(["for_recipient", "sections"])))]
    Sign {
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
        /// The recipient's name, with --sections.
        #[arg(long, value_name = "NAME", requires = "sections")]
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
    },
}

/// How a command ends: success, an invalid document (exit 1) or a usage/I/O problem (exit 2).
enum Outcome {
    Success,
    Invalid,
    Usage(String),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
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
        Command::Schema { plan } => {
            let schema = if plan {
                plan_schema()
            } else {
                document_schema()
            };
            print_json(&schema)
        }
        Command::Keygen { out } => keygen(out.as_deref()),
        Command::Sign {
            plan,
            key,
            for_recipient,
            sections,
            recipient,
            created,
            credential_id,
            out,
        } => sign(SignArgs {
            plan,
            key,
            for_recipient,
            sections,
            recipient,
            created,
            credential_id,
            out,
        }),
    };
    match outcome {
        Outcome::Success => ExitCode::SUCCESS,
        Outcome::Invalid => ExitCode::from(1),
        Outcome::Usage(message) => {
            eprintln!("ownplan: {message}");
            ExitCode::from(2)
        }
    }
}

fn print_json(value: &Value) -> Outcome {
    match serde_json::to_string_pretty(value) {
        Ok(text) => write_stdout(format!("{text}\n").as_bytes()),
        Err(error) => Outcome::Usage(format!("cannot write JSON: {error}")),
    }
}

fn write_stdout(bytes: &[u8]) -> Outcome {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Outcome::Success,
        Err(error) => Outcome::Usage(format!("cannot write to standard output: {error}")),
    }
}

fn parse_today(today: Option<&str>) -> Result<Date, Outcome> {
    let text = today.map_or_else(clock::today_utc, str::to_owned);
    Date::parse(&text).map_err(|_| {
        Outcome::Usage(format!(
            "--today {text:?} is not a date like 2026-11-22 (YYYY-MM-DD)"
        ))
    })
}

/// What `verify` and `show` both start from: the date to judge warnings by, the pinned key if
/// any, and the file's bytes; or the outcome to report when one of them is unusable.
fn checked_inputs(
    file: &str,
    key: Option<&str>,
    today: Option<&str>,
) -> Result<(Date, Option<KeyPin>, Vec<u8>), Outcome> {
    let today = parse_today(today)?;
    let pin = parse_pin(key)?;
    let bytes = read_input(file).map_err(Outcome::Usage)?;
    Ok((today, pin, bytes))
}

fn parse_pin(key: Option<&str>) -> Result<Option<KeyPin>, Outcome> {
    key.map(|text| {
        KeyPin::parse(text).map_err(|error| {
            Outcome::Usage(format!(
                "--key {text:?} is neither a did:key nor a fingerprint: {error} [{}]",
                error.message_id()
            ))
        })
    })
    .transpose()
}

fn verify(
    file: &str,
    key: Option<&str>,
    as_json: bool,
    proof_only: bool,
    today: Option<&str>,
) -> Outcome {
    let (today, pin, bytes) = match checked_inputs(file, key, today) {
        Ok(inputs) => inputs,
        Err(outcome) => return outcome,
    };
    if proof_only {
        return verify_proof_only(&bytes, pin.as_ref(), as_json);
    }
    match verify_plan_document(&bytes, &today, pin.as_ref()) {
        Ok(document) => {
            if as_json {
                print_json(&verified_json(&document))
            } else {
                write_stdout(verified_text(&document).as_bytes())
            }
        }
        Err(error) => report_invalid(&error, as_json),
    }
}

fn verify_proof_only(bytes: &[u8], pin: Option<&KeyPin>, as_json: bool) -> Outcome {
    let verified = match verify_bytes(bytes) {
        Ok(verified) => verified,
        Err(error) => return report_invalid(&DocumentError::Proof(error), as_json),
    };
    let signer = verified.signer();
    if let Some(pin) = pin
        && !pin.matches(signer)
    {
        let error = DocumentError::SignerMismatch {
            expected: pin.to_string(),
            found_did: signer.did(),
            found_fingerprint: signer.fingerprint().to_string(),
        };
        return report_invalid(&error, as_json);
    }
    if as_json {
        print_json(&json!({
            "valid": true,
            "proofOnly": true,
            "signer": { "did": signer.did(), "fingerprint": signer.fingerprint().to_string() },
            "created": verified.created(),
        }))
    } else {
        write_stdout(
            format!(
                "VALID proof (eddsa-jcs-2022; the content was not checked as a plan)\nsigner:      {}\nfingerprint: {}\ncreated:     {}\n",
                signer.did(),
                signer.fingerprint(),
                verified.created()
            )
            .as_bytes(),
        )
    }
}

fn report_invalid(error: &DocumentError, as_json: bool) -> Outcome {
    let problems: Vec<Value> = match error {
        DocumentError::ContentErrors { problems } => problems
            .iter()
            .map(|p| json!({"path": p.path, "messageId": p.kind.message_id()}))
            .collect(),
        _ => Vec::new(),
    };
    let written = if as_json {
        print_json(&json!({
            "valid": false,
            "messageId": error.message_id(),
            "message": error.to_string(),
            "path": error.path(),
            "problems": problems,
        }))
    } else {
        let mut text = format!("INVALID: {error}\nmessage id: {}\n", error.message_id());
        if let Some(path) = error.path() {
            text.push_str(&format!("at: {path}\n"));
        }
        for problem in &problems {
            text.push_str(&format!(
                "  - {} at {}\n",
                problem["messageId"].as_str().unwrap_or_default(),
                problem["path"].as_str().unwrap_or_default()
            ));
        }
        write_stdout(text.as_bytes())
    };
    match written {
        Outcome::Success => Outcome::Invalid,
        other => other,
    }
}

fn verified_json(document: &VerifiedPlanDocument) -> Value {
    let plan = document.plan();
    json!({
        "valid": true,
        "proofOnly": false,
        "signer": { "did": document.signer().did(), "fingerprint": document.fingerprint().to_string() },
        "created": document.created(),
        "credentialId": document.credential_id(),
        "validFrom": document.valid_from(),
        "validUntil": document.valid_until(),
        "planId": plan.plan_id,
        "planVersion": plan.plan_version,
        "formatVersion": plan.format_version,
        "language": plan.meta.language,
        "sections": document.sections(),
        "recipients": document.recipients(),
        "sharingConsent": document.sharing_consent(),
        "generator": document.info().generator,
        "warnings": document.warnings(),
    })
}

fn verified_text(document: &VerifiedPlanDocument) -> String {
    let plan = document.plan();
    let sections: Vec<String> = document
        .sections()
        .iter()
        .map(|s| {
            serde_json::to_value(s)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        })
        .collect();
    let recipients: Vec<String> = document
        .recipients()
        .iter()
        .map(|r| {
            // "Aisha Rahman (nav, NAV Grünerløkka)": the name, then what is known about them.
            let role = r
                .role
                .as_ref()
                .and_then(|role| match serde_json::to_value(role) {
                    Ok(serde_json::Value::String(key)) => Some(key),
                    Ok(serde_json::Value::Object(typed)) => typed
                        .get("typed")
                        .and_then(|t| t.as_str())
                        .map(str::to_owned),
                    _ => None,
                });
            let details: Vec<String> = role
                .into_iter()
                .chain((!r.organisation.is_blank()).then(|| r.organisation.as_str().to_owned()))
                .collect();
            if details.is_empty() {
                r.name.as_str().to_owned()
            } else {
                format!("{} ({})", r.name.as_str(), details.join(", "))
            }
        })
        .collect();
    let mut text = format!(
        "VALID plan document\nsigner:      {}\nfingerprint: {}\nplan:        {} version {} (format {})\nmade:        {}\n",
        document.signer().did(),
        document.fingerprint(),
        plan.plan_id,
        plan.plan_version,
        plan.format_version,
        document.valid_from(),
    );
    if let Some(until) = document.valid_until() {
        text.push_str(&format!("valid until: {until}\n"));
    }
    text.push_str(&format!("sections:    {}\n", sections.join(", ")));
    text.push_str(&format!("recipients:  {}\n", recipients.join(", ")));
    if document.warnings().is_empty() {
        text.push_str("warnings:    none\n");
    } else {
        text.push_str("warnings:\n");
        for warning in document.warnings() {
            text.push_str(&format!(
                "  - {} at {}\n",
                warning.message_id(),
                warning.path
            ));
        }
    }
    text.push_str(
        "Check the fingerprint with the plan's owner in person: the signature proves who holds the key, not who that is.\n",
    );
    text
}

fn show(file: &str, format: Format, key: Option<&str>, today: Option<&str>) -> Outcome {
    let (today, pin, bytes) = match checked_inputs(file, key, today) {
        Ok(inputs) => inputs,
        Err(outcome) => return outcome,
    };
    match verify_plan_document(&bytes, &today, pin.as_ref()) {
        Ok(document) => write_stdout(render::render(&document, format).as_bytes()),
        Err(error) => report_invalid(&error, false),
    }
}

fn canon(file: &str) -> Outcome {
    let bytes = match read_input(file) {
        Ok(bytes) => bytes,
        Err(message) => return Outcome::Usage(message),
    };
    match parse_strict(&bytes).and_then(|value| canonicalize(&value)) {
        Ok(canonical) => write_stdout(&canonical),
        Err(error) => report_invalid(&DocumentError::Proof(error), false),
    }
}

fn keygen(out: Option<&str>) -> Outcome {
    let key = match keyfile::generate_key() {
        Ok(key) => key,
        Err(message) => return Outcome::Usage(message),
    };
    let file = keyfile::key_file_json(&key);
    let text = format!(
        "{}\n",
        serde_json::to_string_pretty(&file).unwrap_or_default()
    );
    match out {
        Some(path) => match keyfile::write_secret_file(path, text.as_bytes()) {
            Ok(()) => {
                eprintln!(
                    "ownplan: wrote a new SECRET key to {path} (readable only by you). Anyone with this file can sign plans as you.\ndid:         {}\nfingerprint: {}",
                    key.did_key().did(),
                    key.did_key().fingerprint()
                );
                Outcome::Success
            }
            Err(message) => Outcome::Usage(message),
        },
        None => {
            eprintln!(
                "ownplan: the key below is SECRET: anyone with it can sign plans as you. Store it safely (ownplan keygen --out FILE writes it with mode 0600)."
            );
            write_stdout(text.as_bytes())
        }
    }
}

struct SignArgs {
    plan: String,
    key: String,
    for_recipient: Option<String>,
    sections: Option<Vec<String>>,
    recipient: Option<String>,
    created: Option<String>,
    credential_id: Option<String>,
    out: Option<String>,
}

fn parse_sections(names: &[String]) -> Result<Vec<Section>, Outcome> {
    names
        .iter()
        .map(|name| {
            serde_json::from_value::<Section>(Value::String(name.trim().to_owned())).map_err(|_| {
                let known: Vec<String> = Section::ALL
                    .iter()
                    .filter_map(|s| serde_json::to_value(s).ok())
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect();
                Outcome::Usage(format!(
                    "unknown section {name:?}; the sections are: {}",
                    known.join(", ")
                ))
            })
        })
        .collect()
}

fn credential_id(hex_text: Option<&str>) -> Result<[u8; 16], Outcome> {
    match hex_text {
        Some(text) => hex::decode(text.replace('-', ""))
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or_else(|| {
                Outcome::Usage(format!("--credential-id {text:?} is not 32 hex digits"))
            }),
        None => {
            let mut bytes = [0u8; 16];
            getrandom::fill(&mut bytes)
                .map_err(|error| Outcome::Usage(format!("no randomness available: {error}")))?;
            Ok(bytes)
        }
    }
}

fn sign(args: SignArgs) -> Outcome {
    let id = match credential_id(args.credential_id.as_deref()) {
        Ok(id) => id,
        Err(outcome) => return outcome,
    };
    let created = args.created.unwrap_or_else(clock::now_utc);
    let key_bytes = match read_input(&args.key) {
        Ok(bytes) => bytes,
        Err(message) => return Outcome::Usage(message),
    };
    let key = match keyfile::read_key_file(&key_bytes, &args.key) {
        Ok(key) => key,
        Err(message) => return Outcome::Usage(message),
    };
    let plan_bytes = match read_input(&args.plan) {
        Ok(bytes) => bytes,
        Err(message) => return Outcome::Usage(message),
    };
    let plan = match parse_strict(&plan_bytes)
        .map_err(DocumentError::from)
        .and_then(|value| Plan::from_json_value(value).map_err(DocumentError::from))
    {
        Ok(plan) => plan,
        Err(error) => return report_invalid(&error, false),
    };
    let request = match (&args.for_recipient, &args.sections) {
        (Some(recipient), _) => {
            match ExportRequest::for_sharing_consent(&plan, recipient, id, &created) {
                Ok(request) => request,
                Err(error) => return report_invalid(&error, false),
            }
        }
        (None, Some(names)) => {
            let sections = match parse_sections(names) {
                Ok(sections) => sections,
                Err(outcome) => return outcome,
            };
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
        (None, None) => return Outcome::Usage("give --for or --sections".to_owned()),
    };
    let document = match export_for_recipient(&request, &key) {
        Ok(document) => document,
        Err(error) => return report_invalid(&error, false),
    };
    let text = format!(
        "{}\n",
        serde_json::to_string_pretty(&document).unwrap_or_default()
    );
    match args.out {
        Some(path) => match std::fs::write(&path, text) {
            Ok(()) => Outcome::Success,
            Err(error) => Outcome::Usage(format!("cannot write {path}: {error}")),
        },
        None => write_stdout(text.as_bytes()),
    }
}
