//! The append-only audit of acts on personal data and on the database as a whole.
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::time::{rfc3339_utc, to_ms};

/// One recorded act. `detail` holds figures only, never personal data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AuditEvent {
    #[ts(type = "number")]
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject_kind: Option<String>,
    pub subject_id: Option<String>,
    #[ts(type = "Record<string, unknown>")]
    pub detail: serde_json::Value,
}

/// Appends an event; call inside the transaction of the act it records.
pub fn record(
    conn: &Connection,
    at: DateTime<Utc>,
    actor: &str,
    action: &str,
    subject: Option<(&str, &str)>,
    detail: &serde_json::Value,
) -> Result<()> {
    conn.execute(
        "INSERT INTO audit_events(at, actor, action, subject_kind, subject_id, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![to_ms(at), actor, action, subject.map(|s| s.0), subject.map(|s| s.1), detail.to_string()],
    )?;
    Ok(())
}

/// Every event, oldest first.
pub fn list(conn: &Connection) -> Result<Vec<AuditEvent>> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, action, subject_kind, subject_id, detail FROM audit_events ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        let detail: String = r.get(6)?;
        Ok(AuditEvent {
            id: r.get(0)?,
            at: rfc3339_utc(r.get(1)?),
            actor: r.get(2)?,
            action: r.get(3)?,
            subject_kind: r.get(4)?,
            subject_id: r.get(5)?,
            detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
        })
    })?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}
