//! The one error type of the core. Every variant has a stable machine `code` that the UI
//! maps to a message in the user's language; the English text is only for logs and the CLI.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One problem with one field of user input. `field` is a dotted path into the input
/// (e.g. `customer.phone`), `code` a stable reason the UI translates, `limit` the bound
/// that was broken where there is one (a length, a size in bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldError {
    pub field: String,
    pub code: String,
    #[ts(type = "number | null")]
    pub limit: Option<i64>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &str) -> Self {
        Self { field: field.into(), code: code.to_string(), limit: None }
    }
    pub fn with_limit(field: impl Into<String>, code: &str, limit: i64) -> Self {
        Self { field: field.into(), code: code.to_string(), limit: Some(limit) }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AmendsError {
    #[error("invalid input: {}", describe_fields(.0))]
    Invalid(Vec<FieldError>),
    #[error("{entity} {id} not found")]
    NotFound { entity: &'static str, id: String },
    #[error("the database was written by a newer version of Amends (schema {found}, this version knows up to {supported}); it was left untouched")]
    DatabaseTooNew { found: i64, supported: i64 },
    #[error("the shop profile is not set up yet")]
    ShopNotSetUp,
    #[error("import refused at {record}, field {field}: {problem}; nothing was imported")]
    ImportInvalid { record: String, field: String, problem: String },
    #[error("the disk is full; nothing was saved")]
    DiskFull,
    #[error("the database is busy; try again")]
    Busy,
    /// The database file failed its check at opening (or is not a database at all). The
    /// app shows the recovery screen with the backups found; nothing was changed.
    #[error("the database is damaged ({detail}); restore it from a backup")]
    DatabaseDamaged { detail: String, backups: Vec<crate::backup::BackupInfo>, newest_good: Option<String> },
    /// A backup whose manifest, hashes or database check failed: it is not restored.
    #[error("the backup at {path} cannot be used: {}", .problems.join("; "))]
    BackupInvalid { path: String, problems: Vec<String> },
    /// A checklist rule refuses the action: `rule` is its stable code (e.g. `depends_on`,
    /// `letter_missing`), `step` the step concerned, `detail` e.g. the unmet prerequisite.
    #[error("step {step} refused by rule {rule}{}", .detail.as_deref().map(|d| format!(" ({d})")).unwrap_or_default())]
    StepRefused { rule: &'static str, step: String, detail: Option<String> },
    /// `amends-cli verify` found timelines whose hash chain is broken.
    #[error("{count} case timeline(s) failed verification; first: {first}")]
    TimelineBroken { count: usize, first: String },
    /// `amends-cli verify` found the monthly review's kept tallies differing from the
    /// cases and timelines they are derived from (`verify --repair` derives them afresh).
    #[error("{rows} row(s) of the monthly review's tallies differ from the cases; run `amends-cli verify --repair`")]
    TalliesDrift { rows: u64 },
    /// The logo given for a letter is not a PNG or JPEG that can be decoded. The app checks
    /// logos when they are set; this is the renderer's second line of defence.
    #[error("the logo cannot be used in the letter: {detail}")]
    LogoInvalid { detail: String },
    #[error("database error: {0}")]
    Database(rusqlite::Error),
    #[error("file error: {0}")]
    Io(std::io::Error),
    #[error("data format error: {0}")]
    Json(#[from] serde_json::Error),
    #[error("csv error: {0}")]
    Csv(#[from] csv::Error),
}

fn describe_fields(fields: &[FieldError]) -> String {
    fields.iter().map(|f| format!("{} ({})", f.field, f.code)).collect::<Vec<_>>().join(", ")
}

impl From<rusqlite::Error> for AmendsError {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => AmendsError::DiskFull,
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => AmendsError::Busy,
            _ => AmendsError::Database(err),
        }
    }
}

impl From<std::io::Error> for AmendsError {
    /// A full disk is the same message whether SQLite or a file copy found it.
    fn from(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::StorageFull {
            AmendsError::DiskFull
        } else {
            AmendsError::Io(err)
        }
    }
}

impl AmendsError {
    /// Stable machine code; never change one once shipped.
    pub fn code(&self) -> &'static str {
        match self {
            AmendsError::Invalid(_) => "invalid_input",
            AmendsError::NotFound { .. } => "not_found",
            AmendsError::DatabaseTooNew { .. } => "database_too_new",
            AmendsError::ShopNotSetUp => "shop_not_set_up",
            AmendsError::ImportInvalid { .. } => "import_invalid",
            AmendsError::DiskFull => "disk_full",
            AmendsError::Busy => "busy",
            AmendsError::DatabaseDamaged { .. } => "database_damaged",
            AmendsError::BackupInvalid { .. } => "backup_invalid",
            AmendsError::StepRefused { .. } => "step_refused",
            AmendsError::TimelineBroken { .. } => "timeline_broken",
            AmendsError::TalliesDrift { .. } => "tallies_drift",
            AmendsError::LogoInvalid { .. } => "logo_invalid",
            AmendsError::Database(_) => "database",
            AmendsError::Io(_) => "io",
            AmendsError::Json(_) => "data_format",
            AmendsError::Csv(_) => "data_format",
        }
    }

    pub fn invalid(field: impl Into<String>, code: &str) -> Self {
        AmendsError::Invalid(vec![FieldError::new(field, code)])
    }

    /// The shape the UI receives.
    pub fn payload(&self) -> ErrorPayload {
        let (fields, params) = match self {
            AmendsError::Invalid(fields) => (fields.clone(), serde_json::Value::Null),
            AmendsError::NotFound { entity, id } => {
                (vec![], serde_json::json!({ "entity": entity, "id": id }))
            }
            AmendsError::DatabaseTooNew { found, supported } => {
                (vec![], serde_json::json!({ "found": found, "supported": supported }))
            }
            AmendsError::ImportInvalid { record, field, problem } => (
                vec![],
                serde_json::json!({ "record": record, "field": field, "problem": problem }),
            ),
            AmendsError::DatabaseDamaged { detail, backups, newest_good } => (
                vec![],
                serde_json::json!({ "detail": detail, "backups": backups, "newest_good": newest_good }),
            ),
            AmendsError::BackupInvalid { path, problems } => {
                (vec![], serde_json::json!({ "path": path, "problems": problems }))
            }
            AmendsError::StepRefused { rule, step, detail } => {
                (vec![], serde_json::json!({ "rule": rule, "step": step, "detail": detail }))
            }
            _ => (vec![], serde_json::Value::Null),
        };
        ErrorPayload { code: self.code().to_string(), message: self.to_string(), fields, params }
    }
}

/// What a failed command returns to the UI: `code` selects the translated message,
/// `fields` puts messages next to the inputs that caused them, `params` fills placeholders.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldError>,
    #[ts(type = "Record<string, unknown> | null")]
    pub params: serde_json::Value,
}

impl Serialize for AmendsError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.payload().serialize(serializer)
    }
}

pub type Result<T, E = AmendsError> = std::result::Result<T, E>;
