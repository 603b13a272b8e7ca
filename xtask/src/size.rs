//! The bundle-size check: the bytes a first visit downloads, raw, gzip -9 and brotli -q 11,
//! against a budget kept in `budgets.toml`.
//!
//! It counts every file in `dist/` (the app's own shell: html, loader, wasm, css, icons,
//! manifest), so the figure is what a first visit can fetch at most, with four exceptions:
//! - the messages are one file per language (`locales/<code>.ftl`) and a first visit fetches
//!   exactly one of them, so the largest counts and the others are listed apart, as fetched only
//!   when the person switches language (so are the words of the verify view and the guided mode,
//!   `locales/<code>-<view>.ftl`, fetched when that view first opens);
//! - a lazily loaded module (the PDF module: the worker Trunk builds from
//!   `src/bin/pdf_worker.rs`, started only when the person needs it) is reported on its own
//!   lines and is not part of the budget;
//! - the precompressed copies the release build writes beside the files (`<file>.br`,
//!   `<file>.gz`) are left out: a server sends one of them *instead of* the file, and the file's
//!   row already gives those bytes (the same `gzip -9` and `brotli -q 11`);
//! - the portal's scripts (`ownplan-frame.js`, `ownplan.js`, [`PORTAL_FILES`]) are loaded by a
//!   portal's page, never by the widget's own page, so they are listed with the files fetched
//!   later.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// One file's sizes in bytes.
pub struct FileSize {
    /// Path relative to dist/.
    pub name: String,
    /// Bytes on disk.
    pub raw: u64,
    /// Bytes after `gzip -9`.
    pub gzip: u64,
    /// Bytes after `brotli -q 11`.
    pub brotli: u64,
}

/// The scripts a portal's page loads to frame or mount the widget: the widget's own page never
/// fetches them, so they are listed apart and not counted in its first load.
pub const PORTAL_FILES: &[&str] = &["ownplan-frame.js", "ownplan.js"];

/// The lazily loaded modules: a name for the report, and the prefix of their files in `dist/`.
/// None of them is fetched by the first load; each is fetched when first needed (and stored for
/// offline use by the service worker).
pub const LAZY_MODULES: &[(&str, &str)] = &[
    ("full module", "ownplan-full"),
    ("PDF module", "ownplan-pdf-worker"),
];

/// The lazily loaded module a file of `dist/` belongs to, if any.
pub fn lazy_module(name: &str) -> Option<&'static str> {
    LAZY_MODULES
        .iter()
        .find(|(_, prefix)| name.starts_with(prefix))
        .map(|(module, _)| *module)
}

/// The sizes of every file of the first load, and of the lazily loaded modules.
pub struct SizeReport {
    /// One row per file of the first load, largest first.
    pub files: Vec<FileSize>,
    /// Files a first visit does not fetch (the other languages' messages), not counted.
    pub later: Vec<FileSize>,
    /// One row per file of a lazily loaded module, largest first.
    pub lazy: Vec<FileSize>,
}

impl SizeReport {
    fn total(&self, field: fn(&FileSize) -> u64) -> u64 {
        self.files.iter().map(field).sum()
    }

    /// The brotli total, which the budget limits.
    pub fn brotli_total(&self) -> u64 {
        self.total(|f| f.brotli)
    }

    /// A plain-text table (the README and the issue notes quote it).
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:<44} {:>10} {:>10} {:>10}\n",
            "first load (dist/)", "raw", "gzip -9", "brotli"
        );
        for file in &self.files {
            out += &format!(
                "{:<44} {:>10} {:>10} {:>10}\n",
                file.name, file.raw, file.gzip, file.brotli
            );
        }
        out += &format!(
            "{:<44} {:>10} {:>10} {:>10}\n",
            "total",
            self.total(|f| f.raw),
            self.total(|f| f.gzip),
            self.brotli_total()
        );
        if !self.later.is_empty() {
            out += "fetched later: another language, a view's words when it opens, or by a portal's page (not counted):\n";
            for file in &self.later {
                out += &format!(
                    "{:<44} {:>10} {:>10} {:>10}\n",
                    file.name, file.raw, file.gzip, file.brotli
                );
            }
        }
        for (module, _) in LAZY_MODULES {
            let files: Vec<&FileSize> = self
                .lazy
                .iter()
                .filter(|file| lazy_module(&file.name) == Some(*module))
                .collect();
            if files.is_empty() {
                continue;
            }
            out += &format!(
                "\n{:<44} {:>10} {:>10} {:>10}\n",
                format!("{module} (loaded when needed, not counted)"),
                "raw",
                "gzip -9",
                "brotli"
            );
            for file in &files {
                out += &format!(
                    "{:<44} {:>10} {:>10} {:>10}\n",
                    file.name, file.raw, file.gzip, file.brotli
                );
            }
            let sum =
                |field: fn(&FileSize) -> u64| files.iter().map(|file| field(file)).sum::<u64>();
            out += &format!(
                "{:<44} {:>10} {:>10} {:>10}\n",
                format!("{module} total"),
                sum(|f| f.raw),
                sum(|f| f.gzip),
                sum(|f| f.brotli)
            );
        }
        out
    }

    /// Fails when the brotli total is over `budget` bytes.
    pub fn check(&self, budget: u64) -> Result<(), String> {
        let total = self.brotli_total();
        if total > budget {
            Err(format!(
                "size: the first load is {total} bytes brotli, over the budget of {budget} bytes"
            ))
        } else {
            println!("size: {total} bytes brotli, within the budget of {budget} bytes");
            Ok(())
        }
    }
}

/// Reads `first_load_brotli_bytes = N` from the budget file.
pub fn budget_from_file(path: &Path) -> Result<u64, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    text.lines()
        .filter_map(|line| line.split_once('='))
        .find(|(key, _)| key.trim() == "first_load_brotli_bytes")
        .and_then(|(_, value)| value.trim().replace('_', "").parse().ok())
        .ok_or_else(|| format!("{} has no first_load_brotli_bytes = N", path.display()))
}

/// Measures every file under `dist`.
pub fn measure(dist: &Path) -> Result<SizeReport, String> {
    let mut paths = Vec::new();
    collect_files(dist, &mut paths)?;
    if paths.is_empty() {
        return Err(format!(
            "{} is empty: build first (cargo xtask build)",
            dist.display()
        ));
    }
    let mut files = Vec::new();
    let mut lazy = Vec::new();
    let mut portal = Vec::new();
    for path in paths {
        let bytes = std::fs::read(&path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        let name = path
            .strip_prefix(dist)
            .unwrap_or(&path)
            .display()
            .to_string();
        let size = FileSize {
            raw: bytes.len() as u64,
            gzip: compressed_len("gzip", &["-9", "-c"], &bytes)?,
            brotli: compressed_len("brotli", &["-q", "11", "-c"], &bytes)?,
            name,
        };
        if lazy_module(&size.name).is_some() {
            lazy.push(size);
        } else if PORTAL_FILES.contains(&size.name.as_str()) {
            portal.push(size);
        } else {
            files.push(size);
        }
    }
    files.sort_by(|a, b| b.raw.cmp(&a.raw).then(a.name.cmp(&b.name)));
    let mut report = one_language_counted(files);
    report.later.extend(portal);
    lazy.sort_by(|a, b| b.raw.cmp(&a.raw).then(a.name.cmp(&b.name)));
    report.lazy = lazy;
    Ok(report)
}

/// Keeps the largest language's messages among the counted files and moves the others apart.
fn one_language_counted(files: Vec<FileSize>) -> SizeReport {
    // A language's own file (`locales/nb.ftl`); a view's words (`locales/nb-verify.ftl`) are
    // fetched only when that view opens.
    let is_messages = |file: &FileSize| {
        let name = file.name.replace('\\', "/");
        name.strip_prefix("locales/")
            .and_then(|rest| rest.strip_suffix(".ftl"))
            .is_some_and(|stem| !stem.contains('-'))
    };
    let is_view_words = |file: &FileSize| {
        let name = file.name.replace('\\', "/");
        name.starts_with("locales/") && name.ends_with(".ftl") && !is_messages(file)
    };
    let largest = files
        .iter()
        .filter(|file| is_messages(file))
        .max_by_key(|file| file.brotli)
        .map(|file| file.name.clone());
    let (files, later) = files.into_iter().partition(|file| {
        !is_view_words(file) && (!is_messages(file) || Some(&file.name) == largest.as_ref())
    });
    SizeReport {
        files,
        later,
        lazy: Vec::new(),
    }
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|error| error.to_string())?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else if !is_precompressed_copy(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// Whether `path` is a precompressed copy the release build writes beside a file
/// (`<file>.br`, `<file>.gz`): a server sends it instead of the file, never as well, so it is
/// not counted (the file's own row already gives its gzip and brotli bytes).
pub fn is_precompressed_copy(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|extension| extension.to_str()),
        Some("br" | "gz")
    )
}

fn compressed_len(program: &str, args: &[&str], input: &[u8]) -> Result<u64, String> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|error| {
            format!("cannot run {program} (cargo xtask setup --for-tests installs it): {error}")
        })?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let input = input.to_vec();
    // Write from another thread so a full output pipe cannot deadlock us.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child
        .wait_with_output()
        .map_err(|error| format!("{program} failed: {error}"))?;
    writer
        .join()
        .map_err(|_| format!("{program}: writer thread failed"))?
        .map_err(|error| format!("{program}: {error}"))?;
    if !output.status.success() {
        return Err(format!("{program} failed ({})", output.status));
    }
    Ok(output.stdout.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, brotli: u64) -> FileSize {
        FileSize {
            name: name.into(),
            raw: brotli * 3,
            gzip: brotli * 2,
            brotli,
        }
    }

    fn report(brotli: &[u64]) -> SizeReport {
        SizeReport {
            files: brotli.iter().map(|&b| file("f", b)).collect(),
            later: Vec::new(),
            lazy: Vec::new(),
        }
    }

    #[test]
    fn only_the_largest_language_counts() {
        let report = one_language_counted(vec![
            file("app.wasm", 100),
            file("locales/nb.ftl", 20),
            file("locales/nn.ftl", 21),
            file("locales/en.ftl", 19),
            file("locales/nn-verify.ftl", 50),
        ]);
        assert_eq!(report.brotli_total(), 121);
        let later: Vec<_> = report.later.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            later,
            ["locales/nb.ftl", "locales/en.ftl", "locales/nn-verify.ftl"]
        );
    }

    #[test]
    fn the_pdf_module_is_reported_apart_from_the_first_load() {
        assert_eq!(
            lazy_module("ownplan-pdf-worker_bg.wasm"),
            Some("PDF module")
        );
        assert_eq!(
            lazy_module("ownplan-pdf-worker_loader.js"),
            Some("PDF module")
        );
        assert_eq!(lazy_module("ownplan-full_bg.wasm"), Some("full module"));
        assert_eq!(lazy_module("ownplan-full.js"), Some("full module"));
        assert_eq!(lazy_module("ownplan-web-0123456789abcdef_bg.wasm"), None);
        let mut with_module = report(&[100, 50]);
        with_module.lazy.push(FileSize {
            name: "ownplan-pdf-worker_bg.wasm".into(),
            raw: 900,
            gzip: 600,
            brotli: 300,
        });
        assert!(with_module.check(150).is_ok());
        assert_eq!(with_module.brotli_total(), 150);
        let table = with_module.table();
        assert!(table.contains("PDF module (loaded when needed, not counted)"));
        assert!(table.contains("PDF module total"));
    }

    #[test]
    fn precompressed_copies_are_not_counted() {
        assert!(is_precompressed_copy(Path::new("dist/app-0123.css.br")));
        assert!(is_precompressed_copy(Path::new("dist/locales/nb.ftl.gz")));
        assert!(!is_precompressed_copy(Path::new("dist/app-0123.css")));
        assert!(!is_precompressed_copy(Path::new("dist/index.html")));
    }

    #[test]
    fn over_budget_fails_and_within_budget_passes() {
        assert!(report(&[100, 50]).check(150).is_ok());
        assert!(report(&[100, 51]).check(150).is_err());
    }

    #[test]
    fn the_budget_file_is_read() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let budget = budget_from_file(&root.join("budgets.toml")).unwrap();
        assert!(budget > 0);
    }
}
