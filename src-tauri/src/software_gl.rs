//! Linux without a GPU (a VM, a headless X server such as Xvfb): GL there is Mesa's
//! software rasteriser, which only adds work, and GTK initialising it for the window cost
//! about 100–150 ms of every start here. Without a DRM render node GTK is told to skip GL;
//! WebKit then draws on the CPU, as it would have anyway. A machine with a GPU is left
//! alone, and so is a `GDK_GL` the user has set.
use std::path::Path;

/// Where Linux lists the GPUs' render nodes (`renderD128`, …).
const DRI_DIR: &str = "/dev/dri";

pub fn skip_gl_without_gpu() {
    if std::env::var_os("GDK_GL").is_some() || has_render_node(Path::new(DRI_DIR)) {
        return;
    }
    // Called first thing in main, before any other thread exists.
    std::env::set_var("GDK_GL", "disable");
}

fn has_render_node(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|entries| entries.flatten().any(|e| e.file_name().to_string_lossy().starts_with("renderD")))
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::has_render_node;

    #[test]
    fn a_render_node_counts_as_a_gpu_and_nothing_else_does() {
        let dir = std::env::temp_dir().join(format!("amends-dri-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert!(!has_render_node(&dir), "an empty folder");
        std::fs::write(dir.join("card0"), b"").unwrap();
        assert!(!has_render_node(&dir), "a display card without a render node");
        std::fs::write(dir.join("renderD128"), b"").unwrap();
        assert!(has_render_node(&dir));
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(!has_render_node(&dir), "a missing folder");
    }
}
