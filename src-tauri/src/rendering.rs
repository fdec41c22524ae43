//! How WebKitGTK paints the window on a Linux machine without a GPU.
//!
//! Without a GPU render node, Mesa gives WebKit llvmpipe, a GPU emulated on the CPU, and
//! WebKit still paints through Skia's GPU path on it. Painting the first screen that way
//! took 200–300 ms longer than Skia's own CPU painting on the 2-core test VM (WebDriver
//! launches, 16 each: a painted row seen at p50 0.82 s instead of 1.12 s), so there the app
//! asks WebKit for CPU painting. Composition still uses GL, so nothing else changes. A
//! machine with a GPU keeps WebKit's default, and so does anyone who set the variable.
use std::ffi::OsStr;
use std::path::Path;

/// WebKitGTK's switch for Skia's CPU painting; the web process inherits it.
const CPU_RENDERING: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";
/// Where the kernel lists GPU render nodes (`renderD128`, …).
const DRI_DIR: &str = "/dev/dri";

/// Whether to ask for CPU painting: only when nobody chose already and there is no GPU.
fn wants_cpu_painting(chosen: Option<&OsStr>, render_nodes: usize) -> bool {
    chosen.is_none() && render_nodes == 0
}

/// How many GPU render nodes `dir` lists (none when it does not exist).
fn render_nodes(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries.filter_map(Result::ok).filter(|e| e.file_name().to_string_lossy().starts_with("renderD")).count()
        })
        .unwrap_or(0)
}

/// Chooses the painting path. Called first thing, before any thread starts and before
/// WebKit reads its environment (the variable must reach the web process it spawns).
pub fn choose() {
    if cfg!(target_os = "linux") && wants_cpu_painting(std::env::var_os(CPU_RENDERING).as_deref(), render_nodes(Path::new(DRI_DIR))) {
        std::env::set_var(CPU_RENDERING, "1");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_painting_only_without_a_gpu_and_without_a_choice() {
        assert!(wants_cpu_painting(None, 0));
        assert!(!wants_cpu_painting(None, 1), "a GPU keeps WebKit's default");
        assert!(!wants_cpu_painting(Some(OsStr::new("0")), 0), "the user's choice stands");
        assert!(!wants_cpu_painting(Some(OsStr::new("1")), 2));
    }

    #[test]
    fn render_nodes_are_counted_by_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(render_nodes(&dir.path().join("missing")), 0);
        for name in ["card0", "renderD128", "renderD129", "by-path"] {
            std::fs::write(dir.path().join(name), b"").expect("a stand-in node");
        }
        assert_eq!(render_nodes(dir.path()), 2);
    }
}
