//! Reads the whole register, tombstones included, into the exchange format.
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row};

use crate::case::validate::format_money;
use crate::checklist::{StepCode, StepState};
use crate::error::Result;
use crate::time::rfc3339_utc;
use crate::timeline::EventKind;

use super::format::*;

fn time(r: &Row, idx: usize) -> rusqlite::Result<String> {
    Ok(rfc3339_utc(r.get(idx)?))
}

fn maybe_time(r: &Row, idx: usize) -> rusqlite::Result<Option<String>> {
    Ok(r.get::<_, Option<i64>>(idx)?.map(rfc3339_utc))
}

/// A stable code stored as text.
fn code<T>(r: &Row, idx: usize, from_code: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let text: String = r.get(idx)?;
    from_code(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, format!("unknown code {text}").into())
    })
}

fn all<T>(conn: &Connection, sql: &str, map: impl FnMut(&Row) -> rusqlite::Result<T>) -> Result<Vec<T>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], map)?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

pub fn export(conn: &Connection, exported_at: String) -> Result<Export> {
    let shop = crate::store::shop::get(conn)?.map(|s| s.fields);
    let staff = all(
        conn,
        "SELECT id, name, role, active, created_at, updated_at, deleted_at FROM staff ORDER BY created_at, id",
        |r| {
            Ok(StaffRecord {
                id: r.get(0)?,
                name: r.get(1)?,
                role: r.get(2)?,
                active: r.get(3)?,
                created_at: time(r, 4)?,
                updated_at: time(r, 5)?,
                deleted_at: maybe_time(r, 6)?,
            })
        },
    )?;
    let categories = all(
        conn,
        "SELECT id, code, name, position, archived, created_at, updated_at, deleted_at
         FROM categories ORDER BY position, rowid",
        |r| {
            Ok(CategoryRecord {
                id: r.get(0)?,
                code: r.get(1)?,
                name: r.get(2)?,
                position: r.get(3)?,
                archived: r.get(4)?,
                created_at: time(r, 5)?,
                updated_at: time(r, 6)?,
                deleted_at: maybe_time(r, 7)?,
            })
        },
    )?;
    let customers = all(
        conn,
        "SELECT id, surname, first_name, patronymic, phone, email, messenger, language, gender,
                address_form, note, created_at, updated_at, deleted_at
         FROM customers ORDER BY rowid",
        |r| {
            Ok(CustomerRecord {
                id: r.get(0)?,
                surname: r.get(1)?,
                first_name: r.get(2)?,
                patronymic: r.get(3)?,
                phone: r.get(4)?,
                email: r.get(5)?,
                messenger: r.get(6)?,
                language: r.get(7)?,
                gender: r.get(8)?,
                address_form: r.get(9)?,
                note: r.get(10)?,
                created_at: time(r, 11)?,
                updated_at: time(r, 12)?,
                deleted_at: maybe_time(r, 13)?,
            })
        },
    )?;
    let cases = all(
        conn,
        "SELECT id, number, status, customer_id, received_at, channel, order_no, purchase_date,
                product, price_minor, currency, category_id, complaint, demand, demand_note,
                demand_date, mood, staff_involved_id, handler_id, due_at, created_at, updated_at,
                deleted_at, legal_rule, reopened
         FROM cases ORDER BY year, seq",
        |r| {
            Ok(CaseRecord {
                id: r.get(0)?,
                number: r.get(1)?,
                status: r.get(2)?,
                customer_id: r.get(3)?,
                received_at: time(r, 4)?,
                channel: r.get(5)?,
                order_no: r.get(6)?,
                purchase_date: r.get(7)?,
                product: r.get(8)?,
                price: r.get::<_, Option<i64>>(9)?.map(format_money),
                currency: r.get(10)?,
                category_id: r.get(11)?,
                complaint: r.get(12)?,
                demand: r.get(13)?,
                demand_note: r.get(14)?,
                demand_date: r.get(15)?,
                mood: r.get(16)?,
                staff_involved_id: r.get(17)?,
                handler_id: r.get(18)?,
                due_at: maybe_time(r, 19)?,
                created_at: time(r, 20)?,
                updated_at: time(r, 21)?,
                deleted_at: maybe_time(r, 22)?,
                legal_rule: r.get(23)?,
                reopened: r.get(24)?,
            })
        },
    )?;
    let compensations = all(
        conn,
        "SELECT id, case_id, kind, value_minor, created_at, updated_at, deleted_at,
                how_to_use, voucher_code, valid_until, redeemed_at
         FROM compensations ORDER BY created_at, id",
        |r| {
            Ok(CompensationRecord {
                id: r.get(0)?,
                case_id: r.get(1)?,
                kind: r.get(2)?,
                value: format_money(r.get(3)?),
                how_to_use: r.get(7)?,
                voucher_code: r.get(8)?,
                valid_until: r.get(9)?,
                redeemed_at: maybe_time(r, 10)?,
                created_at: time(r, 4)?,
                updated_at: time(r, 5)?,
                deleted_at: maybe_time(r, 6)?,
            })
        },
    )?;
    let service_targets = match conn
        .query_row("SELECT data FROM service_targets WHERE id = 1", [], |r| r.get::<_, String>(0))
        .optional()?
    {
        Some(_) => Some(crate::store::targets::get(conn)?),
        None => None,
    };
    let steps = all(
        conn,
        "SELECT case_id, step, state, data, reason, actor_id, actor_name, at FROM case_steps ORDER BY case_id, step",
        |r| {
            let data: String = r.get(3)?;
            Ok(StepRecordRow {
                case_id: r.get(0)?,
                step: code(r, 1, StepCode::from_code)?,
                state: code(r, 2, StepState::from_code)?,
                values: serde_json::from_str(&data)
                    .map_err(|e| rusqlite::Error::FromSqlConversionFailure(3, Type::Text, Box::new(e)))?,
                reason: r.get(4)?,
                actor_id: r.get(5)?,
                actor_name: r.get(6)?,
                at: time(r, 7)?,
            })
        },
    )?;
    let events = all(
        conn,
        "SELECT id, case_id, seq, at, actor_id, actor_name, kind, step, payload, payload_hash, prev_hash, hash
         FROM case_events ORDER BY case_id, seq",
        |r| {
            Ok(EventRecord {
                id: r.get(0)?,
                case_id: r.get(1)?,
                seq: r.get(2)?,
                at: time(r, 3)?,
                actor_id: r.get(4)?,
                actor_name: r.get(5)?,
                kind: code(r, 6, EventKind::from_code)?,
                step: match r.get::<_, Option<String>>(7)? {
                    Some(_) => Some(code(r, 7, StepCode::from_code)?),
                    None => None,
                },
                payload: r.get(8)?,
                payload_hash: r.get(9)?,
                prev_hash: r.get(10)?,
                hash: r.get(11)?,
            })
        },
    )?;
    let corrective_actions = all(
        conn,
        "SELECT id, case_id, description, owner_id, due_date, done_at, created_at, updated_at, deleted_at
         FROM corrective_actions ORDER BY created_at, id",
        |r| {
            Ok(CorrectiveActionRecord {
                id: r.get(0)?,
                case_id: r.get(1)?,
                description: r.get(2)?,
                owner_id: r.get(3)?,
                due_date: r.get(4)?,
                done_at: maybe_time(r, 5)?,
                created_at: time(r, 6)?,
                updated_at: time(r, 7)?,
                deleted_at: maybe_time(r, 8)?,
            })
        },
    )?;
    let evidence = all(
        conn,
        "SELECT id, case_id, sha256, file_name, mime, size, created_at, deleted_at
         FROM evidence ORDER BY created_at, id",
        |r| {
            Ok(EvidenceRecord {
                id: r.get(0)?,
                case_id: r.get(1)?,
                sha256: r.get(2)?,
                file_name: r.get(3)?,
                mime: r.get(4)?,
                size: r.get(5)?,
                created_at: time(r, 6)?,
                deleted_at: maybe_time(r, 7)?,
            })
        },
    )?;
    let letters = all(
        conn,
        "SELECT id, case_id, version, language, paper, sha256, draft, file, page_count, created_at
         FROM letters ORDER BY created_at, id",
        |r| {
            let language: String = r.get(3)?;
            let draft: String = r.get(6)?;
            Ok(LetterRecord {
                id: r.get(0)?,
                case_id: r.get(1)?,
                version: r.get(2)?,
                language: crate::case::Language::from_code(&language).unwrap_or(crate::case::Language::Ru),
                paper: r.get(4)?,
                sha256: r.get(5)?,
                draft: serde_json::from_str(&draft).unwrap_or(serde_json::Value::Null),
                file: r.get(7)?,
                page_count: r.get(8)?,
                created_at: time(r, 9)?,
            })
        },
    )?;
    Ok(Export {
        format: FORMAT_NAME.to_string(),
        version: FORMAT_VERSION,
        exported_at,
        shop,
        shop_logo: crate::store::shop::logo_data_url(conn)?,
        staff,
        categories,
        customers,
        cases,
        compensations,
        service_targets,
        steps,
        events,
        corrective_actions,
        evidence,
        letters,
    })
}
