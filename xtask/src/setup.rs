//! Installs what the project needs on a fresh machine, skipping what is already there at the
//! right version. Versions that must match are read from the repository (Cargo.lock,
//! Trunk.toml, tools/package.json) so there is one place to change each.

use std::path::Path;

use crate::{Workspace, output_of, run};

/// Trunk 0.22 needs a newer rustc than 1.95, the one this kind of machine has (it failed to
/// build there when tried).
const TRUNK_VERSION: &str = "0.21.14";

/// Debian's nginx (tests/e2e/tests/z_nginx_deployment.rs runs it).
pub const NGINX: &str = "/usr/sbin/nginx";

/// The module that lets Debian's nginx send a file's precompressed `.br` copy.
pub const NGINX_BROTLI_STATIC: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/// What the task about to run needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Building and serving the widget.
    Serve,
    /// Everything for serving, plus the browser, its driver and nginx for the tests.
    Tests,
}

/// Makes sure everything `needs` asks for is installed.
pub fn ensure(workspace: &Workspace, needs: Needs) -> Result<(), String> {
    ensure_wasm_target(workspace)?;
    let wasm_bindgen_version = wasm_bindgen_version_in_lock(&workspace.root)?;
    check_trunk_toml(&workspace.root, &wasm_bindgen_version)?;
    ensure_cargo_tool(workspace, "trunk", "trunk", TRUNK_VERSION, true)?;
    ensure_cargo_tool(
        workspace,
        "wasm-bindgen-cli",
        "wasm-bindgen",
        &wasm_bindgen_version,
        false,
    )?;
    ensure_npm_tools(workspace)?;
    // The release build writes a brotli copy beside each file (Trunk.toml's hook).
    ensure_debian_packages(workspace, &[("brotli", "brotli")])?;
    if needs == Needs::Tests {
        ensure_debian_packages(
            workspace,
            &[
                ("chromium", "chromium"),
                ("chromium-driver", "chromedriver"),
                // pdftoppm: the end-to-end tests turn printed PDFs into pictures to look at.
                ("poppler-utils", "pdftoppm"),
                // The deployment guide's nginx configuration is tested with a real nginx
                // (tests/e2e/tests/z_nginx_deployment.rs), sending the build's brotli copies.
                ("nginx", NGINX),
                ("libnginx-mod-http-brotli-static", NGINX_BROTLI_STATIC),
            ],
        )?;
    }
    // Trunk runs cargo offline (it must never download tools), so fetch crates first.
    say("fetching crates");
    run(workspace.command("cargo").args(["fetch", "--quiet"]))
}

fn say(what: &str) {
    println!("setup: {what}");
}

fn ensure_wasm_target(workspace: &Workspace) -> Result<(), String> {
    let installed = output_of(
        workspace
            .command("rustup")
            .args(["target", "list", "--installed"]),
    )
    .unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    say("adding the wasm32-unknown-unknown target");
    run(workspace
        .command("rustup")
        .args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The wasm-bindgen version the lock file pins; the CLI must be exactly this version.
pub fn wasm_bindgen_version_in_lock(root: &Path) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|error| format!("cannot read Cargo.lock: {error}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\""
            && let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
                .and_then(|v| v.strip_suffix('"'))
        {
            return Ok(version.to_owned());
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".to_owned())
}

fn check_trunk_toml(root: &Path, wasm_bindgen_version: &str) -> Result<(), String> {
    let trunk_toml = std::fs::read_to_string(root.join("Trunk.toml"))
        .map_err(|error| format!("cannot read Trunk.toml: {error}"))?;
    let wanted = format!("wasm_bindgen = \"{wasm_bindgen_version}\"");
    if trunk_toml.lines().any(|l| l.trim() == wanted) {
        Ok(())
    } else {
        Err(format!(
            "Trunk.toml must say `{wanted}` under [tools] to match Cargo.lock"
        ))
    }
}

fn installed_version(workspace: &Workspace, binary: &str) -> Option<String> {
    // `trunk --version` prints "trunk 0.21.14"; `wasm-bindgen --version` "wasm-bindgen 0.2.x".
    let printed = output_of(workspace.command(binary).arg("--version"))?;
    printed.split_whitespace().nth(1).map(str::to_owned)
}

fn ensure_cargo_tool(
    workspace: &Workspace,
    package: &str,
    binary: &str,
    version: &str,
    locked: bool,
) -> Result<(), String> {
    if installed_version(workspace, binary).as_deref() == Some(version) {
        return Ok(());
    }
    say(&format!(
        "installing {package} {version} with cargo (several minutes on a fresh machine)"
    ));
    let mut command = workspace.command("cargo");
    command.args(["install", package, "--version", &format!("={version}")]);
    // wasm-bindgen-cli's own lock file wants a crate version the registry mirror lacks (so
    // `--locked` fails on this kind of machine): it is installed without it.
    if locked {
        command.arg("--locked");
    }
    // A faster build of the tools themselves; their speed does not matter to us.
    command
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16");
    run(&mut command)?;
    match installed_version(workspace, binary) {
        Some(found) if found == version => Ok(()),
        found => Err(format!(
            "{binary} {version} was installed but `{binary} --version` gives {found:?}; is another {binary} earlier in PATH?"
        )),
    }
}

fn ensure_npm_tools(workspace: &Workspace) -> Result<(), String> {
    let source = workspace.root.join("tools");
    let target = &workspace.tools_dir;
    let manifest = read(&source.join("package.json"))?;
    let lock = read(&source.join("package-lock.json"))?;
    let stamp_path = target.join("node_modules").join(".ownplan-installed");
    let wanted_stamp = format!("{manifest}\n{lock}");
    if std::fs::read_to_string(&stamp_path).ok().as_deref() == Some(wanted_stamp.as_str()) {
        return Ok(());
    }
    if output_of(workspace.command("npm").arg("--version")).is_none() {
        ensure_debian_packages(workspace, &[("nodejs", "node"), ("npm", "npm")])?;
    }
    say(
        "installing npm tools (wasm-opt from binaryen, esbuild, axe-core, jsonld and the credentials contexts)",
    );
    if target != &source {
        std::fs::create_dir_all(target)
            .map_err(|error| format!("cannot create {}: {error}", target.display()))?;
        write(&target.join("package.json"), &manifest)?;
        write(&target.join("package-lock.json"), &lock)?;
    }
    run(workspace
        .command("npm")
        .current_dir(target)
        .args(["ci", "--no-audit", "--no-fund"]))?;
    write(&stamp_path, &wanted_stamp)
}

/// Installs the Debian packages of `packages` (package, and the program on PATH or the absolute
/// path of a file it installs) whose program or file is missing.
fn ensure_debian_packages(workspace: &Workspace, packages: &[(&str, &str)]) -> Result<(), String> {
    let installed = |what: &str| {
        if what.starts_with('/') {
            Path::new(what).exists()
        } else {
            output_of(workspace.command("which").arg(what)).is_some()
        }
    };
    let missing: Vec<&str> = packages
        .iter()
        .filter(|(_, binary)| !installed(binary))
        .map(|(package, _)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    say(&format!(
        "installing Debian packages: {}",
        missing.join(" ")
    ));
    let is_root = output_of(workspace.command("id").arg("-u")).as_deref() == Some("0\n");
    let apt = |args: &[&str]| {
        let mut command = if is_root {
            workspace.command("apt-get")
        } else {
            let mut sudo = workspace.command("sudo");
            sudo.arg("apt-get");
            sudo
        };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut command)
    };
    apt(&["update", "-qq"])?;
    let mut install = vec!["install", "-y", "-qq"];
    install.extend(missing.iter().copied());
    apt(&install)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    std::fs::write(path, contents)
        .map_err(|error| format!("cannot write {}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_file_pins_one_wasm_bindgen_version() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let version = wasm_bindgen_version_in_lock(root).unwrap();
        assert!(version.starts_with("0.2."), "{version}");
        check_trunk_toml(root, &version).unwrap();
    }
}
