//! Sending a generated letter to the operating system's printing.
//!
//! Why this way: a webview cannot print a PDF file (window.print() prints the page, not the
//! letter), and shipping a PDF rasteriser would add megabytes for something every OS does
//! already. So the kept PDF goes to the system's own print path — `lp` (CUPS) on Linux and
//! macOS, the default PDF handler's "Print" verb on Windows. Either can be missing or fail
//! (no CUPS, no printer, no PDF handler registering a print verb); the owner must never be
//! left with nothing, so any failure falls back to opening the file in the default viewer,
//! and the caller tells the owner to print from there.
//!
//! The path always comes from `Desk::letter_path` (a checked file under `files/letters`),
//! never from the UI; it is passed as one argument, never through a shell string, except on
//! Windows where PowerShell needs it quoted (single quotes doubled).
use std::path::Path;
use std::process::{Command, Stdio};

/// How the letter went to the printer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PrintOutcome {
    /// The OS printing accepted the job.
    Sent,
    /// Printing was not possible; the PDF was opened in the default viewer instead.
    OpenedInViewer,
}

/// Runs the OS print command for `file` and waits for it (blocking: call off the main
/// thread). `Err` carries why, for the log.
pub fn send_to_printer(file: &Path) -> Result<(), String> {
    let mut command = print_command(file);
    crate::own_env::scrub(&mut command);
    let output = command
        .stdin(Stdio::null())
        .output()
        .map_err(|err| format!("cannot run the print command: {err}"))?;
    if output.status.success() {
        Ok(())
    } else {
        let stderr = String::from_utf8_lossy(&output.stderr);
        Err(format!("the print command failed ({}): {}", output.status, stderr.trim()))
    }
}

#[cfg(windows)]
fn print_command(file: &Path) -> Command {
    let quoted = file.to_string_lossy().replace('\'', "''");
    let mut command = Command::new("powershell");
    command.args([
        "-NoProfile",
        "-NonInteractive",
        "-Command",
        &format!("Start-Process -FilePath '{quoted}' -Verb Print"),
    ]);
    command
}

#[cfg(not(windows))]
fn print_command(file: &Path) -> Command {
    let mut command = Command::new("lp");
    // `--` so a file name can never be read as an option (it never starts with '-', but still).
    command.arg("--").arg(file);
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(windows))]
    #[test]
    fn lp_gets_the_file_as_one_argument() {
        let command = print_command(Path::new("/data/files/letters/2026 0042.pdf"));
        assert_eq!(command.get_program(), "lp");
        let args: Vec<_> = command.get_args().collect();
        assert_eq!(args, ["--", "/data/files/letters/2026 0042.pdf"]);
    }
}
