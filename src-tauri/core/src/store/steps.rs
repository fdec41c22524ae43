//! The settled steps of a case, and the engine's view of them.
use rusqlite::{params, Connection};

use crate::checklist::{Change, StepCode, StepRecord, StepState, StepsState};
use crate::error::{AmendsError, Result};

pub fn load(conn: &Connection, case_id: &str) -> Result<StepsState> {
    let mut stmt = conn.prepare_cached(
        "SELECT step, state, data, reason, actor_id, actor_name, at FROM case_steps WHERE case_id = ?1",
    )?;
    let rows = stmt.query_map([case_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            StepRecord {
                state: StepState::Done,
                values: Default::default(),
                reason: r.get(3)?,
                actor_id: r.get(4)?,
                actor_name: r.get(5)?,
                at_ms: r.get(6)?,
            },
        ))
    })?;
    let mut state = StepsState::default();
    for row in rows {
        let (step, stored_state, data, mut record) = row?;
        let step = StepCode::from_code(&step).ok_or_else(|| bad(format!("unknown step {step}")))?;
        record.state = StepState::from_code(&stored_state).ok_or_else(|| bad(format!("unknown state {stored_state}")))?;
        record.values = serde_json::from_str(&data)?;
        state.records.insert(step, record);
    }
    state.corrective_actions = conn
        .prepare_cached("SELECT count(*) FROM corrective_actions WHERE case_id = ?1 AND deleted_at IS NULL")?
        .query_row([case_id], |r| r.get(0))?;
    Ok(state)
}

fn bad(message: String) -> AmendsError {
    AmendsError::Json(serde::de::Error::custom(message))
}

/// Stores what an engine change did to the steps.
pub fn write(conn: &Connection, case_id: &str, state: &StepsState, change: &Change) -> Result<()> {
    let upsert = |step: StepCode| -> Result<()> {
        let Some(record) = state.records.get(&step) else { return Ok(()) };
        conn.prepare_cached(
            "INSERT INTO case_steps(case_id, step, state, data, reason, actor_id, actor_name, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT(case_id, step) DO UPDATE SET state = excluded.state, data = excluded.data,
                 reason = excluded.reason, actor_id = excluded.actor_id,
                 actor_name = excluded.actor_name, at = excluded.at",
        )?
        .execute(params![
            case_id, step.code(), record.state.code(), serde_json::to_string(&record.values)?,
            record.reason, record.actor_id, record.actor_name, record.at_ms
        ])?;
        Ok(())
    };
    let remove = |step: StepCode| -> Result<()> {
        conn.prepare_cached("DELETE FROM case_steps WHERE case_id = ?1 AND step = ?2")?
            .execute(params![case_id, step.code()])?;
        Ok(())
    };
    match change {
        Change::Done { step, .. } | Change::Skipped { step, .. } => upsert(*step),
        Change::Reopened { step, cascade, .. } => {
            remove(*step)?;
            cascade.iter().try_for_each(|s| remove(*s))
        }
    }
}

/// A settled step as stored, its values already serialised.
pub struct StoredStep {
    step: &'static str,
    state: &'static str,
    data: String,
    reason: Option<String>,
    actor_id: Option<String>,
    actor_name: String,
    at_ms: i64,
}

/// The rows of every settled step, ready for `insert_rows` (the demo makes them on its
/// simulation thread, so the writer thread only writes).
pub fn rows_of(state: &StepsState) -> Result<Vec<StoredStep>> {
    state
        .records
        .iter()
        .map(|(step, record)| {
            Ok(StoredStep {
                step: step.code(),
                state: record.state.code(),
                data: serde_json::to_string(&record.values)?,
                reason: record.reason.clone(),
                actor_id: record.actor_id.clone(),
                actor_name: record.actor_name.clone(),
                at_ms: record.at_ms,
            })
        })
        .collect()
}

/// Stores the steps of a case that has none stored yet (the demo writes a case's final
/// steps once instead of one change at a time).
pub fn insert_rows(conn: &Connection, case_id: &str, rows: &[StoredStep]) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO case_steps(case_id, step, state, data, reason, actor_id, actor_name, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for r in rows {
        stmt.execute(params![case_id, r.step, r.state, r.data, r.reason, r.actor_id, r.actor_name, r.at_ms])?;
    }
    Ok(())
}

/// Removes the free text (summaries, findings, notes, reasons) from the steps of a
/// customer's cases; choices, dates and scores stay for the statistics.
pub fn erase_free_text(conn: &Connection, customer_id: &str) -> Result<()> {
    let rows: Vec<(String, String, String)> = conn
        .prepare("SELECT s.case_id, s.step, s.data FROM case_steps s JOIN cases c ON c.id = s.case_id WHERE c.customer_id = ?1")?
        .query_map([customer_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (case_id, step, data) in rows {
        let Some(code) = StepCode::from_code(&step) else { continue };
        let mut values: crate::checklist::StepValues = serde_json::from_str(&data)?;
        for field in crate::checklist::definition(code).fields.iter().filter(|f| f.is_free_text()) {
            values.remove(field.key);
        }
        conn.execute(
            "UPDATE case_steps SET data = ?3, reason = CASE WHEN reason IS NULL THEN NULL ELSE '—' END
             WHERE case_id = ?1 AND step = ?2",
            params![case_id, step, serde_json::to_string(&values)?],
        )?;
    }
    Ok(())
}
