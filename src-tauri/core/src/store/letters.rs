//! Generated closing letters (one row per version) and the owner's letter phrases.
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::case::Language;
use crate::error::{AmendsError, Result};
use crate::letter::{LetterDraft, PaperSize, PhraseOverride};
use crate::time::{rfc3339_in, to_ms};

/// One generated letter as the case page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LetterVersion {
    pub id: String,
    pub case_id: String,
    /// 1, 2, … within the case.
    pub version: u32,
    pub language: Language,
    pub paper: PaperSize,
    /// SHA-256 of the PDF file, lower-case hex.
    pub sha256: String,
    /// Where the PDF lives, relative to the data folder (`files/letters/…`).
    pub file: String,
    pub page_count: u32,
    /// RFC 3339 in the shop's zone.
    pub created_at: String,
    /// The exact draft the PDF was printed from.
    pub draft: LetterDraft,
}

/// A row to insert.
pub struct NewLetter<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub version: u32,
    pub language: Language,
    pub paper: PaperSize,
    pub sha256: &'a str,
    pub draft_json: &'a str,
    pub file: &'a str,
    pub page_count: u32,
    pub created_at: DateTime<Utc>,
}

const COLUMNS: &str = "id, case_id, version, language, paper, sha256, draft, file, page_count, created_at";

fn paper_code(paper: PaperSize) -> &'static str {
    match paper {
        PaperSize::A4 => "a4",
        PaperSize::Letter => "letter",
    }
}

pub fn paper_from_code(code: &str) -> Option<PaperSize> {
    match code {
        "a4" => Some(PaperSize::A4),
        "letter" => Some(PaperSize::Letter),
        _ => None,
    }
}

fn from_row(r: &Row, tz: Tz) -> rusqlite::Result<LetterVersion> {
    let bad = |i: usize, what: &str| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, what.to_string().into());
    let language: String = r.get(3)?;
    let paper: String = r.get(4)?;
    let draft: String = r.get(6)?;
    Ok(LetterVersion {
        id: r.get(0)?,
        case_id: r.get(1)?,
        version: r.get(2)?,
        language: Language::from_code(&language).ok_or_else(|| bad(3, "language"))?,
        paper: paper_from_code(&paper).ok_or_else(|| bad(4, "paper"))?,
        sha256: r.get(5)?,
        draft: serde_json::from_str(&draft).map_err(|e| bad(6, &e.to_string()))?,
        file: r.get(7)?,
        page_count: r.get(8)?,
        created_at: rfc3339_in(r.get(9)?, tz),
    })
}

pub fn insert(conn: &Connection, row: &NewLetter) -> Result<()> {
    conn.execute(
        &format!("INSERT INTO letters({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
        params![
            row.id,
            row.case_id,
            row.version,
            row.language.code(),
            paper_code(row.paper),
            row.sha256,
            row.draft_json,
            row.file,
            row.page_count,
            to_ms(row.created_at)
        ],
    )?;
    Ok(())
}

/// A case's letters, oldest version first.
pub fn list(conn: &Connection, case_id: &str, tz: Tz) -> Result<Vec<LetterVersion>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM letters WHERE case_id = ?1 ORDER BY version"))?;
    let rows = stmt.query_map([case_id], |r| from_row(r, tz))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn get(conn: &Connection, id: &str, tz: Tz) -> Result<LetterVersion> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM letters WHERE id = ?1"), [id], |r| from_row(r, tz))
        .optional()?
        .ok_or_else(|| AmendsError::NotFound { entity: "letter", id: id.to_string() })
}

/// The version of a case whose PDF has this hash, if one was generated before.
pub fn by_hash(conn: &Connection, case_id: &str, sha256: &str, tz: Tz) -> Result<Option<LetterVersion>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM letters WHERE case_id = ?1 AND sha256 = ?2 ORDER BY version LIMIT 1"),
            [case_id, sha256],
            |r| from_row(r, tz),
        )
        .optional()?)
}

pub fn next_version(conn: &Connection, case_id: &str) -> Result<u32> {
    Ok(conn.query_row("SELECT coalesce(max(version), 0) + 1 FROM letters WHERE case_id = ?1", [case_id], |r| r.get(0))?)
}

/// The owner's wordings, by phrase id and language.
pub fn phrase_overrides(conn: &Connection) -> Result<Vec<PhraseOverride>> {
    let mut stmt = conn.prepare_cached("SELECT phrase_id, language, text FROM letter_phrases ORDER BY phrase_id, language")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (id, language, text) = row?;
        // A phrase of a language this version does not know is left alone.
        if let Some(language) = Language::from_code(&language) {
            out.push(PhraseOverride { id, language, text });
        }
    }
    Ok(out)
}

/// Sets (or, with `None`, removes) the owner's wording of one phrase.
pub fn set_phrase(conn: &Connection, id: &str, language: Language, text: Option<&str>, now: DateTime<Utc>) -> Result<()> {
    match text {
        Some(text) => conn.execute(
            "INSERT INTO letter_phrases(phrase_id, language, text, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(phrase_id, language) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
            params![id, language.code(), text, to_ms(now)],
        )?,
        None => conn.execute("DELETE FROM letter_phrases WHERE phrase_id = ?1 AND language = ?2", params![id, language.code()])?,
    };
    Ok(())
}
