//! The deployment guide (docs/DEPLOYING.md) agrees with the code and with the server files it
//! quotes: its data inventory names every storage key the widget writes, it quotes the nginx,
//! Apache and IIS files of `deploy/` exactly, and each of those sends the Content-Security-Policy
//! of index.html's `<meta>` tag plus `frame-ancestors`. (tests/e2e/tests/z_nginx_deployment.rs serves the
//! widget with the nginx file; these checks need no server.)

use std::path::{Path, PathBuf};

use ownplan_web::services::storage::OWN_KEY_NAMES;

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(repository().join(relative))
        .unwrap_or_else(|error| panic!("{relative}: {error}"))
}

/// The guide's data inventory: from its heading to the next section.
fn inventory() -> String {
    let guide = read("docs/DEPLOYING.md");
    let start = guide
        .find("## 9. Data inventory")
        .expect("DEPLOYING.md has a data inventory section");
    let rest = &guide[start..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |at| at + 3);
    rest[..end].to_owned()
}

/// Every `const …KEY…: &str = "…"` (and the unreadable plans' prefix) in the widget's sources:
/// the storage keys, without `ownplan.`.
fn storage_keys_in_sources() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&repository().join("src"), &mut files);
    let constant =
        regex::Regex::new(r#"const ([A-Z_]*(?:KEY|UNREADABLE_PREFIX)[A-Z_]*): &str = "([^"]*)";"#)
            .unwrap();
    let mut keys = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        for found in constant.captures_iter(&source) {
            // The prefix itself, and the PDF's label keys, are not storage keys.
            if &found[1] == "KEY_PREFIX" || found[2].contains('-') {
                continue;
            }
            keys.push(found[2].trim_end_matches('.').to_owned());
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

#[test]
fn the_data_inventory_names_every_storage_key() {
    let inventory = inventory();
    for name in OWN_KEY_NAMES {
        assert!(
            inventory.contains(&format!("`ownplan.{name}")),
            "DEPLOYING.md's data inventory says nothing of ownplan.{name} (OWN_KEY_NAMES)"
        );
    }
    let keys = storage_keys_in_sources();
    for expected in [
        "plan",
        "key",
        "mode.session",
        "backup.files",
        "plan.unreadable",
    ] {
        assert!(keys.iter().any(|k| k == expected), "found {keys:?}");
    }
    for key in &keys {
        assert!(
            OWN_KEY_NAMES.contains(&key.split('.').next().unwrap()),
            "{key}: its first part is in OWN_KEY_NAMES"
        );
        assert!(
            inventory.contains(&format!("`ownplan.{key}")),
            "DEPLOYING.md's data inventory says nothing of ownplan.{key}"
        );
    }
}

/// The policy of index.html's Content-Security-Policy `<meta>` tag.
fn meta_policy() -> String {
    let index = read("index.html");
    let at = index
        .find("http-equiv=\"Content-Security-Policy\"")
        .expect("index.html has a Content-Security-Policy meta tag");
    let rest = &index[at..];
    let content = &rest[rest.find("content=\"").unwrap() + "content=\"".len()..];
    content[..content.find('"').unwrap()].to_owned()
}

#[test]
fn the_guide_quotes_the_server_files_and_they_send_index_htmls_policy() {
    let guide = read("docs/DEPLOYING.md");
    let framed = format!(
        "{}; frame-ancestors https://www.fjordvik.kommune.no",
        meta_policy()
    );
    for file in [
        "deploy/nginx/ownplan.conf",
        "deploy/apache/ownplan.conf",
        "deploy/iis/web.config",
    ] {
        let text = read(file);
        assert!(
            guide.contains(&text),
            "DEPLOYING.md quotes {file} exactly (copy the file's text into its code block)"
        );
        assert!(
            guide.contains(&format!("(../{file})")),
            "the guide links {file}"
        );
        assert!(
            text.contains(&format!("\"{framed}\"")),
            "{file} sends index.html's policy with frame-ancestors:\n{framed}"
        );
        for header in [
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "Cross-Origin-Opener-Policy",
            "Access-Control-Allow-Origin",
            "31536000, immutable",
            "application/wasm",
            "application/manifest+json",
        ] {
            // IIS's URL Rewrite names a response header with underscores.
            let named = text.replace('_', "-");
            assert!(named.contains(header), "{file}: {header}");
        }
    }
}
