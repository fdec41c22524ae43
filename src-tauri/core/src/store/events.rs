//! Writing and reading the hash-chained case timeline.
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::checklist::StepCode;
use crate::error::{AmendsError, Result};
use crate::time::{rfc3339_in, to_ms};
use crate::timeline::{self, ChainBreak, EventKind, EventRow, TimelineEvent};

/// Who acts: a staff member, or the owner when none is named.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: Option<String>,
    pub name: String,
}

/// Appends one event to a case's chain; call inside the transaction of the act itself.
pub fn append(
    conn: &Connection,
    case_id: &str,
    at: DateTime<Utc>,
    actor: &Actor,
    kind: EventKind,
    step: Option<StepCode>,
    payload: &serde_json::Value,
) -> Result<()> {
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT seq, hash FROM case_events WHERE case_id = ?1 ORDER BY seq DESC LIMIT 1")?
        .query_row([case_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let mut writer = ChainWriter::new(case_id);
    if let Some((seq, hash)) = last {
        writer.seq = seq;
        writer.prev_hash = hash;
    }
    writer.append(conn, at, actor, kind, step, payload)
}

/// Appends to one case's chain while remembering its end, so a writer of many events (the
/// demo generator) does not read the last hash back each time.
pub struct ChainWriter {
    case_id: String,
    seq: i64,
    prev_hash: String,
}

impl ChainWriter {
    /// A writer for a case with no events yet.
    pub fn new(case_id: &str) -> Self {
        ChainWriter { case_id: case_id.to_string(), seq: 0, prev_hash: timeline::GENESIS.to_string() }
    }

    pub fn append(
        &mut self,
        conn: &Connection,
        at: DateTime<Utc>,
        actor: &Actor,
        kind: EventKind,
        step: Option<StepCode>,
        payload: &serde_json::Value,
    ) -> Result<()> {
        self.append_with_id(conn, super::new_id(), at, actor, kind, step, payload)
    }

    /// As `append`, with the event's id given (the demo derives ids from its seed).
    #[allow(clippy::too_many_arguments)]
    pub fn append_with_id(
        &mut self,
        conn: &Connection,
        id: String,
        at: DateTime<Utc>,
        actor: &Actor,
        kind: EventKind,
        step: Option<StepCode>,
        payload: &serde_json::Value,
    ) -> Result<()> {
        let row = self.next_row(id, at, actor, kind, step, payload);
        insert(conn, &row)
    }

    /// The next event of the chain, hashed, without writing it: the demo builds its rows on
    /// one thread and writes them with `insert` on another. The chain moves on.
    pub fn next_row(
        &mut self,
        id: String,
        at: DateTime<Utc>,
        actor: &Actor,
        kind: EventKind,
        step: Option<StepCode>,
        payload: &serde_json::Value,
    ) -> EventRow {
        let payload = payload.to_string();
        let mut row = EventRow {
            id,
            case_id: self.case_id.clone(),
            seq: self.seq + 1,
            at_ms: to_ms(at),
            actor_id: actor.id.clone(),
            actor_name: actor.name.clone(),
            kind,
            step,
            payload_hash: timeline::hex_sha256(payload.as_bytes()),
            payload: Some(payload),
            prev_hash: self.prev_hash.clone(),
            hash: String::new(),
        };
        row.hash = timeline::event_hash(&row);
        self.seq = row.seq;
        self.prev_hash.clone_from(&row.hash);
        row
    }
}

/// Inserts a row as it is (import keeps the hashes it brought; `verify` checks them).
pub fn insert(conn: &Connection, row: &EventRow) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO case_events(id, case_id, seq, at, actor_id, actor_name, kind, step, payload,
                                 payload_hash, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        row.id, row.case_id, row.seq, row.at_ms, row.actor_id, row.actor_name, row.kind.code(),
        row.step.map(StepCode::code), row.payload, row.payload_hash, row.prev_hash, row.hash
    ])?;
    Ok(())
}

const COLUMNS: &str = "id, case_id, seq, at, actor_id, actor_name, kind, step, payload, payload_hash, prev_hash, hash";

fn row(r: &Row) -> rusqlite::Result<EventRow> {
    let kind: String = r.get(6)?;
    let step: Option<String> = r.get(7)?;
    let unknown = |what: &str, code: &str| {
        rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, format!("unknown {what} {code}").into())
    };
    Ok(EventRow {
        id: r.get(0)?,
        case_id: r.get(1)?,
        seq: r.get(2)?,
        at_ms: r.get(3)?,
        actor_id: r.get(4)?,
        actor_name: r.get(5)?,
        kind: EventKind::from_code(&kind).ok_or_else(|| unknown("event kind", &kind))?,
        step: match step {
            Some(code) => Some(StepCode::from_code(&code).ok_or_else(|| unknown("step", &code))?),
            None => None,
        },
        payload: r.get(8)?,
        payload_hash: r.get(9)?,
        prev_hash: r.get(10)?,
        hash: r.get(11)?,
    })
}

pub fn rows(conn: &Connection, case_id: &str) -> Result<Vec<EventRow>> {
    let sql = format!("SELECT {COLUMNS} FROM case_events WHERE case_id = ?1 ORDER BY seq");
    let mut stmt = conn.prepare_cached(&sql)?;
    let out = stmt.query_map([case_id], row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(out)
}

/// A case's timeline, oldest first.
pub fn list(conn: &Connection, case_id: &str, tz: Tz) -> Result<Vec<TimelineEvent>> {
    rows(conn, case_id)?
        .into_iter()
        .map(|e| {
            let payload = match &e.payload {
                Some(text) => Some(serde_json::from_str(text).map_err(AmendsError::Json)?),
                None => None,
            };
            Ok(TimelineEvent {
                id: e.id,
                seq: e.seq,
                at: rfc3339_in(e.at_ms, tz),
                actor_name: e.actor_name,
                kind: e.kind,
                step: e.step,
                payload,
            })
        })
        .collect()
}

/// Verifies every case's chain (tombstoned cases too); returns the number of chains and
/// events checked and the first break of each broken chain.
pub fn verify_all(conn: &Connection) -> Result<(u64, u64, Vec<ChainBreak>)> {
    let sql = format!("SELECT {COLUMNS} FROM case_events ORDER BY case_id, seq");
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    let (mut chains, mut events, mut breaks) = (0u64, 0u64, Vec::new());
    let mut current: Vec<EventRow> = Vec::new();
    let mut flush = |chain: &mut Vec<EventRow>| {
        if !chain.is_empty() {
            chains += 1;
            if let Some(b) = timeline::verify(chain) {
                breaks.push(b);
            }
            chain.clear();
        }
    };
    while let Some(r) = rows.next()? {
        let event = row(r)?;
        events += 1;
        if current.first().is_some_and(|first| first.case_id != event.case_id) {
            flush(&mut current);
        }
        current.push(event);
    }
    flush(&mut current);
    for b in &mut breaks {
        b.case_number = conn.query_row("SELECT number FROM cases WHERE id = ?1", [&b.case_id], |r| r.get(0)).optional()?;
    }
    Ok((chains, events, breaks))
}

/// Erases the payloads of a customer's case events (the chain stays verifiable).
pub fn redact_customer(conn: &Connection, customer_id: &str) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE case_events SET payload = NULL
         WHERE payload IS NOT NULL AND case_id IN (SELECT id FROM cases WHERE customer_id = ?1)",
        [customer_id],
    )?)
}
