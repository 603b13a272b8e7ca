//! `cargo xtask release`: the versioned release archive a municipality downloads.
//!
//! It writes `target/release-archive/ownplan-<version>.tar.gz` and beside it
//! `ownplan-<version>.tar.gz.sha256`. The archive holds one folder, `ownplan-<version>/`:
//!
//! - `site/`: the release build (`dist/`, with its precompressed `.br` and `.gz` copies), the
//!   folder a web server serves;
//! - `LICENSE-MIT`, `LICENSE-APACHE`, `CHANGELOG.md`, `docs/DEPLOYING.md` (with
//!   `docs/PEER-MODE.md`, which it links) and `deploy/` (the nginx, Apache and IIS
//!   configurations the guide explains);
//! - `SHA256SUMS`, the SHA-256 of every other file, so a download can be checked with
//!   `sha256sum -c SHA256SUMS` inside the folder.
//!
//! The build sits in `site/` rather than at the top so that the web folder holds only what the
//! browser needs: the guide, the server configurations and the checksums are not published.
//!
//! The version is the root `Cargo.toml`'s (semantic versioning; CHANGELOG.md says what each
//! one changed). The archive is the same bytes for the same files: names sorted, every time
//! the last commit's, owner and group 0, modes normalised, and gzip without a name or a time.
//!
//! Standard library only, with the system's `tar`, `gzip` and `sha256sum` (GNU coreutils and tar,
//! as on Debian).

use std::path::{Path, PathBuf};

use crate::{Workspace, output_of, run};

/// The files of the repository the archive carries beside the build, at the same paths in the
/// archive's folder; folders are copied whole.
const CARRIED: &[&str] = &[
    "LICENSE-MIT",
    "LICENSE-APACHE",
    "CHANGELOG.md",
    "docs/DEPLOYING.md",
    // The guide links it: helping mode on a drop-in centre's computers.
    "docs/PEER-MODE.md",
    "deploy",
];

/// Where the archive goes, below the repository root.
const OUTPUT: &str = "target/release-archive";

/// The archive this workspace's version makes, and its checksum file.
pub struct Archive {
    /// `ownplan-<version>` (the folder inside the archive, and the file's stem).
    pub name: String,
    /// `target/release-archive/ownplan-<version>.tar.gz`.
    pub path: PathBuf,
    /// `target/release-archive/ownplan-<version>.tar.gz.sha256`.
    pub checksum: PathBuf,
}

impl Archive {
    /// The archive of `version` in `workspace`.
    pub fn of(workspace: &Workspace, version: &str) -> Archive {
        let name = format!("ownplan-{version}");
        let output = workspace.root.join(OUTPUT);
        Archive {
            path: output.join(format!("{name}.tar.gz")),
            checksum: output.join(format!("{name}.tar.gz.sha256")),
            name,
        }
    }
}

/// `cargo xtask release [--no-build]`: builds the widget (unless `--no-build`, which takes
/// `dist/` as it is), writes the archive and checks it.
pub fn run_task(workspace: &Workspace, args: &[String]) -> Result<(), String> {
    let build = match args {
        [] => true,
        [flag] if flag == "--no-build" => false,
        _ => return Err("release takes only --no-build".to_owned()),
    };
    if build {
        crate::setup::ensure(workspace, crate::setup::Needs::Serve)?;
        crate::build(workspace)?;
    }
    let archive = make(workspace)?;
    check(&archive)?;
    println!(
        "release: {}\n         {}",
        archive.path.display(),
        archive.checksum.display()
    );
    Ok(())
}

/// Writes the archive of `dist/` as it is now; fails when `dist/` has no release build.
pub fn make(workspace: &Workspace) -> Result<Archive, String> {
    let dist = workspace.dist();
    if !dist.join("index.html").exists() {
        return Err(format!(
            "{} has no index.html: build first (cargo xtask build)",
            dist.display()
        ));
    }
    if !has_precompressed_copies(&dist)? {
        return Err(format!(
            "{} has no precompressed .br files: it is not a release build (cargo xtask build)",
            dist.display()
        ));
    }
    let version = package_version(&read(&workspace.root.join("Cargo.toml"))?)?;
    let archive = Archive::of(workspace, &version);
    let output = workspace.root.join(OUTPUT);
    let folder = output.join(&archive.name);
    remove_if_there(&folder)?;
    copy_tree(&dist, &folder.join("site"))?;
    for carried in CARRIED {
        let from = workspace.root.join(carried);
        if !from.exists() {
            return Err(format!("{} is missing", from.display()));
        }
        copy_tree(&from, &folder.join(carried))?;
    }
    write_checksums(&folder)?;

    let commit_time = output_of(workspace.command("git").args(["log", "-1", "--format=%ct"]))
        .map(|time| time.trim().to_owned())
        .filter(|time| !time.is_empty() && time.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or_else(|| "0".to_owned());
    let tar = output.join(format!("{}.tar", archive.name));
    remove_if_there(&tar)?;
    remove_if_there(&archive.path)?;
    run(workspace.command("tar").current_dir(&output).args([
        "--sort=name",
        &format!("--mtime=@{commit_time}"),
        "--owner=0",
        "--group=0",
        "--numeric-owner",
        "--mode=u=rwX,go=rX",
        "--format=gnu",
        "-cf",
        &format!("{}.tar", archive.name),
        &archive.name,
    ]))?;
    run(workspace.command("gzip").current_dir(&output).args([
        "-9",
        "-n",
        "-f",
        &format!("{}.tar", archive.name),
    ]))?;
    let sum = output_of(
        workspace
            .command("sha256sum")
            .current_dir(&output)
            .arg(format!("{}.tar.gz", archive.name)),
    )
    .ok_or("sha256sum failed on the archive")?;
    write(&archive.checksum, &sum)?;
    remove_if_there(&folder)?;
    Ok(archive)
}

/// Checks a written archive: its checksum file matches, it holds the build's `index.html`,
/// and, unpacked, every file matches its line in `SHA256SUMS`.
pub fn check(archive: &Archive) -> Result<(), String> {
    let output = archive.path.parent().ok_or("the archive has no folder")?;
    let file_name = |path: &Path| {
        path.file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    run(std::process::Command::new("sha256sum")
        .current_dir(output)
        .args(["--check", "--strict", &file_name(&archive.checksum)]))?;
    let listing = output_of(
        std::process::Command::new("tar")
            .args(["-tzf"])
            .arg(&archive.path),
    )
    .ok_or_else(|| format!("tar cannot list {}", archive.path.display()))?;
    for wanted in [
        "site/index.html",
        "SHA256SUMS",
        "docs/DEPLOYING.md",
        "deploy/nginx/ownplan.conf",
    ] {
        let entry = format!("{}/{wanted}", archive.name);
        if !listing.lines().any(|line| line == entry) {
            return Err(format!("{} does not hold {entry}", archive.path.display()));
        }
    }
    let unpacked = output.join("check");
    remove_if_there(&unpacked)?;
    std::fs::create_dir_all(&unpacked)
        .map_err(|error| format!("cannot create {}: {error}", unpacked.display()))?;
    run(std::process::Command::new("tar")
        .arg("-xzf")
        .arg(&archive.path)
        .arg("-C")
        .arg(&unpacked))?;
    let result = run(std::process::Command::new("sha256sum")
        .current_dir(unpacked.join(&archive.name))
        .args(["--check", "--strict", "--quiet", "SHA256SUMS"]));
    remove_if_there(&unpacked)?;
    result
}

/// The `version` of the `[package]` table of a `Cargo.toml`.
pub fn package_version(cargo_toml: &str) -> Result<String, String> {
    let mut in_package = false;
    for line in cargo_toml.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package
            && let Some((key, value)) = line.split_once('=')
            && key.trim() == "version"
        {
            let version = value.trim().trim_matches('"');
            if is_semantic_version(version) {
                return Ok(version.to_owned());
            }
            return Err(format!(
                "Cargo.toml's version '{version}' is not a semantic version (MAJOR.MINOR.PATCH)"
            ));
        }
    }
    Err("Cargo.toml has no [package] version".to_owned())
}

/// `MAJOR.MINOR.PATCH`, numbers without leading zeros, optionally `-pre.release`.
fn is_semantic_version(version: &str) -> bool {
    let (core, pre) = match version.split_once('-') {
        Some((core, pre)) => (core, Some(pre)),
        None => (version, None),
    };
    let numbers: Vec<&str> = core.split('.').collect();
    let number = |n: &&str| {
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && (*n == "0" || !n.starts_with('0'))
    };
    numbers.len() == 3
        && numbers.iter().all(number)
        && pre.is_none_or(|pre| {
            pre.split('.').all(|part| {
                !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
        })
}

fn has_precompressed_copies(dist: &Path) -> Result<bool, String> {
    let entries = std::fs::read_dir(dist)
        .map_err(|error| format!("cannot read {}: {error}", dist.display()))?;
    Ok(entries
        .filter_map(Result::ok)
        .any(|entry| entry.file_name().to_string_lossy().ends_with(".wasm.br")))
}

/// Writes `SHA256SUMS` in `folder`: one `sha256sum` line per file below it, sorted by path.
fn write_checksums(folder: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    list_files(folder, folder, &mut files)?;
    files.sort();
    let mut command = std::process::Command::new("sha256sum");
    command.current_dir(folder).arg("--").args(&files);
    let sums = output_of(&mut command).ok_or("sha256sum failed")?;
    write(&folder.join("SHA256SUMS"), &sums)
}

fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|error| error.to_string())?.path();
        if path.is_dir() {
            list_files(root, &path, out)?;
        } else if let Ok(relative) = path.strip_prefix(root) {
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

/// Copies a file, or a folder with everything in it, to `to`.
fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    if from.is_dir() {
        std::fs::create_dir_all(to)
            .map_err(|error| format!("cannot create {}: {error}", to.display()))?;
        let entries = std::fs::read_dir(from)
            .map_err(|error| format!("cannot read {}: {error}", from.display()))?;
        for entry in entries {
            let entry = entry.map_err(|error| error.to_string())?;
            copy_tree(&entry.path(), &to.join(entry.file_name()))?;
        }
        Ok(())
    } else {
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
        }
        std::fs::copy(from, to).map(|_| ()).map_err(|error| {
            format!(
                "cannot copy {} to {}: {error}",
                from.display(),
                to.display()
            )
        })
    }
}

fn remove_if_there(path: &Path) -> Result<(), String> {
    let result = if path.is_dir() {
        std::fs::remove_dir_all(path)
    } else if path.exists() {
        std::fs::remove_file(path)
    } else {
        Ok(())
    };
    result.map_err(|error| format!("cannot remove {}: {error}", path.display()))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    std::fs::write(path, contents)
        .map_err(|error| format!("cannot write {}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_is_the_package_tables() {
        let toml =
            "[package]\nname = \"x\"\nversion = \"0.2.0\"\n\n[dependencies]\nversion = \"9\"\n";
        assert_eq!(package_version(toml), Ok("0.2.0".to_owned()));
        assert!(package_version("[dependencies]\nversion = \"1.0.0\"\n").is_err());
        assert!(package_version("[package]\nversion = \"0.2\"\n").is_err());
    }

    #[test]
    fn versions_are_semantic() {
        for good in ["0.1.0", "0.2.0", "1.10.3", "2.0.0-rc.1"] {
            assert!(is_semantic_version(good), "{good}");
        }
        for bad in ["0.2", "v0.2.0", "01.2.3", "1.2.3-", "1.2.3-a..b", "1.2.x"] {
            assert!(!is_semantic_version(bad), "{bad}");
        }
    }

    #[test]
    fn the_repository_has_a_semantic_version_and_the_files_the_archive_carries() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let version = package_version(&read(&root.join("Cargo.toml")).unwrap()).unwrap();
        let changelog = read(&root.join("CHANGELOG.md")).unwrap();
        assert!(
            changelog.contains(&format!("\n## [{version}]")),
            "CHANGELOG.md has a section for {version}"
        );
        for carried in CARRIED {
            assert!(root.join(carried).exists(), "{carried}");
        }
    }
}
