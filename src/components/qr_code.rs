//! A QR code as an inline SVG: the module matrix comes from `qrcodegen` (Nayuki's reference
//! encoder, chosen over `qrcode` for 3.7 KB instead of 10.9 KB of compressed wasm); the
//! drawing is ours (one `<path>`, one rectangle per run of dark modules in a row) so no image
//! library or canvas is needed. Always black on white with a four-module quiet zone whatever
//! the theme, because scanners need the contrast; the size comes from the css (about 200 px).

use yew::prelude::*;

/// The light border every QR code needs around it, in modules.
const QUIET_ZONE: usize = 4;

/// The modules of a QR code: `width` × `width`, row by row, `true` for dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrModules {
    /// Modules per side (without the quiet zone).
    pub width: usize,
    /// Row by row, `true` for a dark module.
    pub dark: Vec<bool>,
}

impl QrModules {
    /// Encodes `data` as bytes with medium error correction (survives a smudge or a crease),
    /// in the smallest version that holds it. `None` if it is too long for any QR code.
    pub fn encode(data: &str) -> Option<Self> {
        let code =
            qrcodegen::QrCode::encode_binary(data.as_bytes(), qrcodegen::QrCodeEcc::Medium).ok()?;
        let size = code.size();
        Some(Self {
            width: usize::try_from(size).ok()?,
            dark: (0..size)
                .flat_map(|y| (0..size).map(move |x| (x, y)))
                .map(|(x, y)| code.get_module(x, y))
                .collect(),
        })
    }

    /// Modules per side with the quiet zone: the SVG's view box.
    pub fn side_with_quiet_zone(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// The SVG path drawing every dark module: one `M x y h n v 1 h -n z` per horizontal run.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for (row, modules) in self.dark.chunks(self.width.max(1)).enumerate() {
            let mut column = 0;
            while column < modules.len() {
                if !modules[column] {
                    column += 1;
                    continue;
                }
                let run = modules[column..].iter().take_while(|dark| **dark).count();
                path.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    column + QUIET_ZONE,
                    row + QUIET_ZONE
                ));
                column += run;
            }
        }
        path
    }
}

/// Properties of [`QrCode`].
#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// Element id.
    pub id: AttrValue,
    /// What the code holds.
    pub data: AttrValue,
    /// What it is, for screen readers (already translated).
    pub label: AttrValue,
}

/// A QR code of `data`, drawn as an SVG image.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let modules = use_memo(props.data.clone(), |data| QrModules::encode(data));
    let Some(modules) = modules.as_ref() else {
        return Html::default();
    };
    let side = modules.side_with_quiet_zone().to_string();
    html! {
        <svg
            id={props.id.clone()}
            class="qr-code"
            role="img"
            aria-label={props.label.clone()}
            xmlns="http://www.w3.org/2000/svg"
            viewBox={format!("0 0 {side} {side}")}
            shape-rendering="crispEdges"
        >
            <rect width={side.clone()} height={side} fill="#ffffff" />
            <path d={modules.svg_path()} fill="#000000" />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DID: &str = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

    fn module(modules: &QrModules, x: usize, y: usize) -> bool {
        modules.dark[y * modules.width + x]
    }

    #[test]
    fn a_did_key_fits_a_small_code_with_its_finder_patterns() {
        let modules = QrModules::encode(DID).unwrap();
        // 56 bytes at medium correction: version 4, 33 modules a side.
        assert_eq!(modules.width, 33);
        assert_eq!(modules.dark.len(), 33 * 33);
        let last = modules.width - 1;
        for (x, y) in [(0, 0), (last, 0), (0, last)] {
            assert!(module(&modules, x, y), "finder corner at {x},{y}");
        }
        // The finder pattern's light ring and dark centre (top left).
        assert!(!module(&modules, 1, 1));
        assert!(module(&modules, 3, 3));
    }

    #[test]
    fn the_path_draws_runs_of_dark_modules_inside_the_quiet_zone() {
        let modules = QrModules {
            width: 3,
            dark: vec![true, true, false, false, false, false, false, true, true],
        };
        assert_eq!(modules.side_with_quiet_zone(), 11);
        assert_eq!(modules.svg_path(), "M4 4h2v1h-2zM5 6h2v1h-2z");
    }

    #[test]
    fn too_much_data_gives_no_code() {
        assert_eq!(QrModules::encode(&"x".repeat(5000)), None);
    }
}
