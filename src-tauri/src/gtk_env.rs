//! The process environment GTK reads as it starts (Linux only): set first thing in `run`,
//! while the process still has a single thread.

/// GTK 3 loads OpenGL (GLX) as it connects to the X display, to pick a visual for GL
/// widgets. Amends has none: WebKit draws the page through an EGL display of its own. On a
/// machine without a GPU, where Mesa's software driver starts up, that load cost ~40 ms of
/// each cold start here (interleaved launches, release build). A value the user set wins.
pub fn prepare() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("GDK_GL").is_none() {
        std::env::set_var("GDK_GL", "disable");
    }
}
