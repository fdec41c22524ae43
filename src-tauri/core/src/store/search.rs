//! Full-text search: what goes into the FTS5 indexes and how typed words become a query.
use rusqlite::{params, Connection};

use crate::case::validate::phone_digits;
use crate::error::Result;

/// Folds what unicode61 leaves apart: 'ё' is written as 'е' by most people.
pub fn fold(text: &str) -> String {
    text.replace('ё', "е").replace('Ё', "Е")
}

/// Phone numbers are indexed as digit runs: all digits, and the national number (last
/// ten digits), so "+7 912…", "8 912…" and "912…" all find the same customer.
pub fn phone_terms(phone: Option<&str>) -> String {
    let Some(phone) = phone else { return String::new() };
    let digits = phone_digits(phone);
    if digits.len() > 10 {
        format!("{} {}", digits, &digits[digits.len() - 10..])
    } else {
        digits
    }
}

/// Turns what the user typed into an FTS5 query: every word must match as a prefix.
/// Returns None when nothing searchable is left (only punctuation, say).
pub fn match_query(typed: &str) -> Option<String> {
    let typed = fold(typed);
    let terms: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(16)
        .map(|word| format!("\"{word}\"*"))
        .collect();
    if terms.is_empty() {
        return None;
    }
    // Digits typed in groups ("912 345-67") may be one phone number: match the groups
    // joined as well as the groups one by one (case and order numbers are groups).
    let compact: String = typed.chars().filter(|c| !" +()-.".contains(*c)).collect();
    if terms.len() > 1 && compact.chars().all(|c| c.is_ascii_digit()) {
        let national = if compact.len() > 10 { &compact[compact.len() - 10..] } else { &compact[..] };
        return Some(format!("\"{national}\"* OR ({})", terms.join(" ")));
    }
    if terms.len() == 1 && compact.len() > 10 && compact.chars().all(|c| c.is_ascii_digit()) {
        return Some(format!("\"{}\"*", &compact[compact.len() - 10..]));
    }
    Some(terms.join(" "))
}

/// Re-indexes one case (after it or its customer changed); a deleted case leaves the index.
pub fn index_case(conn: &Connection, case_rowid: i64) -> Result<()> {
    let row = conn.query_row(
        "SELECT c.number, u.surname || ' ' || u.first_name || ' ' || coalesce(u.patronymic, ''),
                u.phone, coalesce(c.order_no, ''), coalesce(c.product, ''), c.complaint
         FROM cases c JOIN customers u ON u.id = c.customer_id
         WHERE c.rowid = ?1 AND c.deleted_at IS NULL",
        [case_rowid],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        },
    );
    let (number, name, phone, order_no, product, complaint) = match row {
        Ok(row) => row,
        Err(rusqlite::Error::QueryReturnedNoRows) => return unindex_case(conn, case_rowid),
        Err(err) => return Err(err.into()),
    };
    conn.execute("DELETE FROM case_search WHERE rowid = ?1", [case_rowid])?;
    conn.execute(
        "INSERT INTO case_search(rowid, number, customer_name, phone, order_no, product, complaint)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![case_rowid, number, fold(&name), phone_terms(phone.as_deref()), fold(&order_no), fold(&product), fold(&complaint)],
    )?;
    Ok(())
}

pub fn unindex_case(conn: &Connection, case_rowid: i64) -> Result<()> {
    conn.execute("DELETE FROM case_search WHERE rowid = ?1", [case_rowid])?;
    Ok(())
}

/// Re-indexes one customer and every case of theirs (their name is in those rows).
pub fn index_customer(conn: &Connection, customer_id: &str) -> Result<()> {
    let row = conn.query_row(
        "SELECT rowid, surname || ' ' || first_name || ' ' || coalesce(patronymic, ''), phone,
                coalesce(email, ''), coalesce(messenger, ''), deleted_at IS NOT NULL
         FROM customers WHERE id = ?1",
        [customer_id],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, bool>(5)?,
            ))
        },
    )?;
    let (rowid, name, phone, email, messenger, deleted) = row;
    conn.execute("DELETE FROM customer_search WHERE rowid = ?1", [rowid])?;
    if !deleted {
        conn.execute(
            "INSERT INTO customer_search(rowid, name, phone, email, messenger) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![rowid, fold(&name), phone_terms(phone.as_deref()), email, fold(&messenger)],
        )?;
    }
    let mut stmt = conn.prepare("SELECT rowid FROM cases WHERE customer_id = ?1 AND deleted_at IS NULL")?;
    let case_rowids = stmt.query_map([customer_id], |r| r.get::<_, i64>(0))?.collect::<Result<Vec<_>, _>>()?;
    for case_rowid in case_rowids {
        index_case(conn, case_rowid)?;
    }
    Ok(())
}

/// Rebuilds both indexes from the tables (after a migration or an import).
pub fn rebuild(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM case_search", [])?;
    conn.execute("DELETE FROM customer_search", [])?;
    let mut stmt = conn.prepare("SELECT id FROM customers WHERE deleted_at IS NULL")?;
    let ids = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?;
    for id in ids {
        index_customer(conn, &id)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_words_become_prefix_terms() {
        assert_eq!(match_query("Иванов  чайник").as_deref(), Some("\"Иванов\"* \"чайник\"*"));
        assert_eq!(match_query("ёлка").as_deref(), Some("\"елка\"*"));
        assert_eq!(match_query("\"; DROP").as_deref(), Some("\"DROP\"*"));
        assert_eq!(match_query("  --  "), None);
    }

    #[test]
    fn phone_numbers_match_on_the_national_number() {
        assert_eq!(
            match_query("+7 (912) 345-67-89").as_deref(),
            Some("\"9123456789\"* OR (\"7\"* \"912\"* \"345\"* \"67\"* \"89\"*)")
        );
        assert_eq!(match_query("89123456789").as_deref(), Some("\"9123456789\"*"));
        assert_eq!(match_query("912 345").as_deref(), Some("\"912345\"* OR (\"912\"* \"345\"*)"));
        assert_eq!(phone_terms(Some("+7 912 345-67-89")), "79123456789 9123456789");
        assert_eq!(phone_terms(Some("345-67-89")), "3456789");
    }
}
