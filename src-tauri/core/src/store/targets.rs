//! The shop's service targets: one JSON document (defaults until the owner saves).
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::clock::ServiceTargets;
use crate::error::Result;
use crate::time::to_ms;

pub fn get(conn: &Connection) -> Result<ServiceTargets> {
    let data: Option<String> =
        conn.query_row("SELECT data FROM service_targets WHERE id = 1", [], |r| r.get(0)).optional()?;
    match data {
        // Fields added by later versions take their defaults (`#[serde(default)]`).
        Some(text) => Ok(serde_json::from_str(&text)?),
        None => Ok(ServiceTargets::default()),
    }
}

pub fn save(conn: &Connection, targets: &ServiceTargets, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "INSERT INTO service_targets(id, data, updated_at) VALUES (1, ?1, ?2)
         ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
        params![serde_json::to_string(targets)?, to_ms(now)],
    )?;
    Ok(())
}
