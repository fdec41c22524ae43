//! WebKit's web and network processes start sooner on Debian and Ubuntu when one library of
//! theirs is preloaded.
//!
//! WebKitGTK there links flite (speech synthesis), whose voice library
//! `libflite_cmu_time_awb.so.1` binds ~31,000 of its own symbols when it is loaded, ~43 % of
//! a WebKit process's ~72,000 bindings (`LD_DEBUG=bindings`). The dynamic loader looks each
//! one up through the process's ~170 libraries in load order, and flite's comes about 60th.
//! Symbol look-ups (`do_lookup_x` and its helpers) were about two thirds of the ~65 ms a
//! program linked like the app spends loading (`perf`); with that one library first, the same program loads in
//! ~50 ms. Preloaded, it comes first, with its dependencies, and finds its own symbols at
//! once. Every binding stays the same: the web and network processes' `LD_DEBUG=bindings`
//! lists (83,160 and 70,968 symbol, user and provider triples) are identical with and without
//! the preload.
//!
//! The app's own process has loaded the library already (with WebKit) when this runs; the
//! processes WebKit spawns inherit `LD_PRELOAD`. The programs the app starts for the owner
//! (the viewer, the print spooler) do not: `own_env.rs` removes it for them.
//! Interleaved with the build before (profiling builds, 3 × 10 WebDriver and 3 × 10 direct
//! launches each): navigation 30 ms sooner, the first screen's pixels p50 0.54 s against
//! 0.60, p95 0.66 s against 0.72.
//!
//! Where WebKit does not link the library, or someone set `LD_PRELOAD` themselves, nothing
//! changes.
use std::path::{Path, PathBuf};

/// The dynamic loader's list of libraries to load first.
const PRELOAD: &str = "LD_PRELOAD";
/// The start of the library's file name (the version suffix differs between releases).
const LIBRARY: &str = "libflite_cmu_time_awb.so";

/// The path this process loaded the library from, from its memory map (`/proc/self/maps`
/// lines end in the mapped file's path).
fn loaded_from(maps: &str) -> Option<PathBuf> {
    maps.lines()
        .filter_map(|line| line.split_whitespace().nth(5))
        .find(|path| path.starts_with('/') && path.rsplit('/').next().is_some_and(|name| name.starts_with(LIBRARY)))
        .map(PathBuf::from)
}

/// The name to preload `mapped` by: its soname link beside it (`…so.1`) rather than the file
/// itself (`…so.2.2`), which a flite upgrade while the app runs would remove. The shortest
/// link there to the same file; the file itself when there is none.
fn stable_name(mapped: &Path) -> PathBuf {
    let (Some(dir), Ok(real)) = (mapped.parent(), std::fs::canonicalize(mapped)) else {
        return mapped.to_path_buf();
    };
    let Ok(entries) = std::fs::read_dir(dir) else { return mapped.to_path_buf() };
    entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(LIBRARY))
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_symlink()))
        .filter(|entry| std::fs::canonicalize(entry.path()).is_ok_and(|target| target == real))
        .min_by_key(|entry| entry.file_name().len())
        .map_or_else(|| mapped.to_path_buf(), |entry| entry.path())
}

/// Sets `LD_PRELOAD` for the processes WebKit spawns. Called first thing, before any thread
/// starts (the environment is not safe to change while other threads may read it).
pub fn for_webkit_processes() {
    if !cfg!(target_os = "linux") || std::env::var_os(PRELOAD).is_some() {
        return;
    }
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else { return };
    if let Some(path) = loaded_from(&maps) {
        crate::own_env::set(PRELOAD, stable_name(&path));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAPS: &str = "\
55d0c0a00000-55d0c0b00000 r--p 00000000 08:01 131 /opt/amends/amends
7f1a2b000000-7f1a2b100000 r--p 00000000 08:01 262 /usr/lib/x86_64-linux-gnu/libflite.so.2.2
7f1a2c000000-7f1a2c800000 r--p 00000000 08:01 263 /usr/lib/x86_64-linux-gnu/libflite_cmu_time_awb.so.2.2
7ffd1c000000-7ffd1c021000 rw-p 00000000 00:00 0 [stack]
7ffd1c100000-7ffd1c102000 r-xp 00000000 00:00 0 [vdso]
";

    #[test]
    fn the_library_is_found_by_its_name_in_the_memory_map() {
        assert_eq!(
            loaded_from(MAPS),
            Some(PathBuf::from("/usr/lib/x86_64-linux-gnu/libflite_cmu_time_awb.so.2.2")),
            "the voice library, not flite's main one"
        );
    }

    #[cfg(unix)] // symlinks
    #[test]
    fn the_library_is_preloaded_by_its_soname_link() {
        let dir = tempfile::tempdir().expect("temp dir");
        let real = dir.path().join("libflite_cmu_time_awb.so.2.2");
        std::fs::write(&real, b"").expect("a stand-in library");
        assert_eq!(stable_name(&real), real, "no link: the file itself");
        let other = dir.path().join("libflite.so.1");
        std::fs::write(dir.path().join("libflite.so.2.2"), b"").expect("another library");
        std::os::unix::fs::symlink("libflite.so.2.2", &other).expect("its link");
        let soname = dir.path().join("libflite_cmu_time_awb.so.1");
        std::os::unix::fs::symlink("libflite_cmu_time_awb.so.2.2", &soname).expect("the soname link");
        assert_eq!(stable_name(&real), soname);
    }

    #[test]
    fn without_the_library_nothing_is_preloaded() {
        let without: String = MAPS.lines().filter(|line| !line.contains("time_awb")).map(|l| format!("{l}\n")).collect();
        assert_eq!(loaded_from(&without), None);
        assert_eq!(loaded_from(""), None);
    }
}
