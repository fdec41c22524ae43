//! WebKit's web and network processes start sooner on Debian and Ubuntu when one library of
//! theirs is preloaded.
//!
//! WebKitGTK there links flite (speech synthesis), whose voice library
//! `libflite_cmu_time_awb.so.1` binds ~31,000 of its own symbols when it is loaded, nearly
//! half of all the bindings of a WebKit process (`LD_DEBUG=bindings`). The dynamic loader
//! looks each one up through the process's libraries in load order, and flite's comes about
//! 60th of ~170: symbol lookups (`do_lookup_x`) were half of the ~65 ms a program linked like
//! the app spends loading (`perf`). Preloaded, the library comes first in that order and
//! finds its own symbols at once: the same program loads in ~50 ms instead of ~65. No other
//! library of those processes defines any of its symbols (checked with `nm -D`), so no
//! binding changes, only how long the lookups take.
//!
//! The app's own process has loaded the library already (with WebKit) when this runs; the
//! processes WebKit spawns inherit `LD_PRELOAD`. So do the programs the app opens (a PDF
//! viewer, the print spooler), which then load the library too: ~4 ms each here.
//! Interleaved launches (2 × 20, alternating): the first screen's pixels 30–50 ms sooner at
//! the median with the variable set for every process.
//!
//! Where WebKit does not link the library, or someone set `LD_PRELOAD` themselves, nothing
//! changes.
use std::path::PathBuf;

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

/// Sets `LD_PRELOAD` for the processes WebKit spawns. Called first thing, before any thread
/// starts (the environment is not safe to change while other threads may read it).
pub fn for_webkit_processes() {
    if !cfg!(target_os = "linux") || std::env::var_os(PRELOAD).is_some() {
        return;
    }
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else { return };
    if let Some(path) = loaded_from(&maps) {
        std::env::set_var(PRELOAD, path);
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

    #[test]
    fn without_the_library_nothing_is_preloaded() {
        let without: String = MAPS.lines().filter(|line| !line.contains("time_awb")).map(|l| format!("{l}\n")).collect();
        assert_eq!(loaded_from(&without), None);
        assert_eq!(loaded_from(""), None);
    }
}
