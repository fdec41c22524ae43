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
//! Drawing that way, WebKit's app-side process has no use for GL at all, yet it still set up
//! an EGL display (loading Mesa's llvmpipe and relocating LLVM: ~80 ms on the app's main
//! thread, while the web process starts beside it on the other core), only to learn that
//! there is no GPU device to name to the web process and to check its DMA-BUF renderer,
//! which drawing without compositing never uses. The app answers both questions first: no
//! DMA-BUF renderer, and a render device file that names no device (WebKit then passes the
//! web process the same "no device" it would have found). Interleaved launches (3 × 12):
//! the page's navigation 27 ms sooner, the first screen on screen ~30 ms sooner at the
//! median.
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
/// WebKitGTK: no DMA-BUF renderer (only drawing with compositing uses it).
const DISABLE_DMABUF: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";
/// WebKitGTK: the GPU device the web process should use. Set, WebKit takes it as given instead
/// of setting up EGL in the app's process to find one.
const RENDER_DEVICE: &str = "WEBKIT_WEB_RENDER_DEVICE_FILE";
/// What [`RENDER_DEVICE`] is set to where there is none: a path that is no DRM device node, so
/// the web process finds no device by it, as when WebKit looks for itself on llvmpipe.
const NO_RENDER_DEVICE: &str = "/dev/null";
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
        for (name, value) in [(GDK_GL, "disable"), (DISABLE_DMABUF, "1"), (RENDER_DEVICE, NO_RENDER_DEVICE)] {
            if !is_set(name) {
                set.push((name, value));
            }
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
        crate::own_env::set(name, value);
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
        assert_eq!(
            choices_with(&[], 0),
            [(DISABLE_COMPOSITING, "1"), (GDK_GL, "disable"), (DISABLE_DMABUF, "1"), (RENDER_DEVICE, NO_RENDER_DEVICE)]
        );
    }

    #[test]
    fn a_gpu_keeps_the_defaults() {
        assert!(choices_with(&[], 1).is_empty());
        assert!(choices_with(&[], 2).is_empty());
    }

    #[test]
    fn a_choice_already_made_stands() {
        assert_eq!(
            choices_with(&[GDK_GL, RENDER_DEVICE], 0),
            [(DISABLE_COMPOSITING, "1"), (DISABLE_DMABUF, "1")],
            "GTK's GL and the render device left as chosen"
        );
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
