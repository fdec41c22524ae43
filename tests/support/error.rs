//! One error type for the harness: a message a person can act on, with the step that failed.
use std::fmt;

pub struct E2eError(String);

pub type Result<T, E = E2eError> = std::result::Result<T, E>;

impl E2eError {
    pub fn new(msg: impl Into<String>) -> Self {
        Self(msg.into())
    }
}

impl fmt::Display for E2eError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Plain text, since `expect` prints the Debug form and messages can hold log lines.
impl fmt::Debug for E2eError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for E2eError {}

impl From<fantoccini::error::CmdError> for E2eError {
    fn from(e: fantoccini::error::CmdError) -> Self {
        E2eError::new(format!("WebDriver: {e}"))
    }
}

/// Adds what the harness was doing to a lower-level error (I/O, WebDriver).
pub(crate) trait Context<T> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T>;
}

impl<T, E: fmt::Display> Context<T> for std::result::Result<T, E> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T> {
        self.map_err(|e| E2eError(format!("{}: {e}", what())))
    }
}
