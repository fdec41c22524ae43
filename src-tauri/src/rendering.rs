//! How WebKitGTK draws the window on a Linux machine without a GPU.
//!
//! Without a GPU render node, Mesa offers GL through llvmpipe, a GPU emulated on the CPU.
//! Left to itself, GTK sets that up for the window (loading and relocating LLVM) and WebKit
//! composites every frame through it, compiling llvmpipe's shaders with LLVM at each start.
//! There the app asks both to draw without GL instead: GTK skips GL, and WebKit draws the
//! page in software without compositing (what it falls back to wherever GL is missing). On
//! the 2-core test VM that took the first screen on screen from p50 0.97 s to 0.84 s and
//! its lag behind the page's own painted mark from ~90 ms to ~45 ms (WebDriver launches,
//! 2 × 10 each).
//!
//! A machine with a GPU keeps WebKit's default, and a variable someone set is left alone.
//! Whoever chose compositing themselves on such a machine still gets Skia's CPU painting,
//! which beat Skia's GPU path on llvmpipe by 200–300 ms there.
use std::path::Path;

/// WebKitGTK: draw without GL compositing (any value but "0"); the web process inherits it.
const DISABLE_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
/// GTK 3: no GL for this process's windows. The app has no GL widgets of its own.
const GDK_GL: &str = "GDK_GL";
/// WebKitGTK: Skia paints on the CPU, when it composites through GL.
const CPU_PAINTING: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";
/// Where the kernel lists GPU render nodes (`renderD128`, …).
const DRI_DIR: &str = "/dev/dri";

/// The variables to set, given which are set already and how many GPU render nodes there are.
fn choices(is_set: impl Fn(&str) -> bool, render_nodes: usize) -> Vec<(&'static str, &'static str)> {
    if render_nodes > 0 {
        return Vec::new();
    }
    let mut set = Vec::new();
    if !is_set(DISABLE_COMPOSITING) {
        set.push((DISABLE_COMPOSITING, "1"));
        if !is_set(GDK_GL) {
            set.push((GDK_GL, "disable"));
        }
    } else if !is_set(CPU_PAINTING) {
        set.push((CPU_PAINTING, "1"));
    }
    set
}

/// How many GPU render nodes `dir` lists (none when it does not exist).
fn render_nodes(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries.filter_map(Result::ok).filter(|e| e.file_name().to_string_lossy().starts_with("renderD")).count()
        })
        .unwrap_or(0)
}

/// Chooses the drawing path. Called first thing, before any thread starts and before GTK
/// or WebKit read their environment (the web process WebKit spawns inherits it).
pub fn choose() {
    if !cfg!(target_os = "linux") {
        return;
    }
    let is_set = |name: &str| std::env::var_os(name).is_some();
    for (name, value) in choices(is_set, render_nodes(Path::new(DRI_DIR))) {
        std::env::set_var(name, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices_with(set: &[&str], render_nodes: usize) -> Vec<(&'static str, &'static str)> {
        choices(|name| set.contains(&name), render_nodes)
    }

    #[test]
    fn without_a_gpu_gtk_and_webkit_draw_without_gl() {
        assert_eq!(choices_with(&[], 0), [(DISABLE_COMPOSITING, "1"), (GDK_GL, "disable")]);
    }

    #[test]
    fn a_gpu_keeps_the_defaults() {
        assert!(choices_with(&[], 1).is_empty());
        assert!(choices_with(&[], 2).is_empty());
    }

    #[test]
    fn a_choice_already_made_stands() {
        assert_eq!(choices_with(&[GDK_GL], 0), [(DISABLE_COMPOSITING, "1")], "GTK's GL left as chosen");
        // Compositing chosen (or refused) by hand: only the painting is still ours to pick.
        assert_eq!(choices_with(&[DISABLE_COMPOSITING], 0), [(CPU_PAINTING, "1")]);
        assert!(choices_with(&[DISABLE_COMPOSITING, CPU_PAINTING], 0).is_empty());
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
