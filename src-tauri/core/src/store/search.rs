//! Full-text search: what goes into the FTS5 indexes and how typed words become a query.
use rusqlite::{params, Connection};

use crate::case::validate::phone_digits;
use crate::error::Result;

/// Folds what unicode61 leaves apart: 'ё' is written as 'е' by most people.
pub fn fold(text: &str) -> String {
    text.replace('ё', "е").replace('Ё', "Е")
}

/// The alphanumeric parts of a word: "A-10423" → ["A", "10423"].
fn parts(word: &str) -> Vec<&str> {
    word.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()).collect()
}

/// Text as indexed: folded, and every word written with inner punctuation ("A-10423",
/// "2026-0042", "maria@mail.ru") also as one compact token ("A10423"), so typing it with or
/// without the punctuation finds it through one short prefix instead of several.
pub fn index_text(text: &str) -> String {
    let folded = fold(text);
    let compact: Vec<String> = folded
        .split_whitespace()
        .map(parts)
        .filter(|p| p.len() > 1)
        .map(|p| p.concat())
        .collect();
    if compact.is_empty() {
        folded
    } else {
        format!("{folded} {}", compact.join(" "))
    }
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
    let words: Vec<String> = typed.split_whitespace().map(|w| parts(w).concat()).filter(|w| !w.is_empty()).take(16).collect();
    if words.is_empty() {
        return None;
    }
    // One character as a prefix would match most of the index; it matches itself only.
    let term = |w: &String| if w.chars().count() == 1 { format!("\"{w}\"") } else { format!("\"{w}\"*") };
    let terms: Vec<String> = words.iter().map(term).collect();
    let compact: String = words.concat();
    let digits = compact.chars().all(|c| c.is_ascii_digit());
    let national = |d: &str| if d.len() > 10 { d[d.len() - 10..].to_string() } else { d.to_string() };
    // Digits typed in groups ("912 345 67") may be one phone number: match the groups
    // joined as well as the groups one by one.
    if digits && words.len() > 1 {
        return Some(format!("\"{}\"* OR ({})", national(&compact), terms.join(" ")));
    }
    if digits && compact.len() > 10 {
        return Some(format!("\"{}\"*", national(&compact)));
    }
    Some(terms.join(" "))
}

/// A case's FTS rowid: its receipt time with ten bits for ties, so FTS rowid order is
/// receipt order. Keeps the current key while the receipt time is unchanged.
pub fn assign_key(conn: &Connection, case_rowid: i64, received_ms: i64, current: Option<i64>) -> Result<i64> {
    if let Some(key) = current.filter(|key| key >> 10 == received_ms) {
        return Ok(key);
    }
    let base = received_ms << 10;
    let mut stmt = conn.prepare_cached("SELECT 1 FROM cases WHERE search_key = ?1")?;
    for offset in 0..1024 {
        let key = base + ((case_rowid + offset) & 1023);
        if !stmt.exists([key])? {
            conn.prepare_cached("UPDATE cases SET search_key = ?2 WHERE rowid = ?1")?.execute(params![case_rowid, key])?;
            return Ok(key);
        }
    }
    // More than 1024 cases received in the same millisecond: not a real shop's data.
    Err(crate::error::AmendsError::invalid("received_at", "too_many_at_once"))
}

/// The indexed text of one case, folded.
pub struct CaseText<'a> {
    pub number: &'a str,
    pub customer_name: &'a str,
    pub phone: Option<&'a str>,
    pub order_no: Option<&'a str>,
    pub product: Option<&'a str>,
    pub complaint: &'a str,
}

pub fn insert_case_text(conn: &Connection, key: i64, text: &CaseText) -> Result<()> {
    insert_case_terms(conn, key, &CaseTerms::of(text))
}

/// A case's text as indexed: folded and with its compact tokens added.
pub struct CaseTerms {
    number: String,
    customer_name: String,
    phone: String,
    order_no: String,
    product: String,
    complaint: String,
}

impl CaseTerms {
    pub fn of(text: &CaseText) -> CaseTerms {
        CaseTerms {
            number: index_text(text.number),
            customer_name: index_text(text.customer_name),
            phone: phone_terms(text.phone),
            order_no: index_text(text.order_no.unwrap_or("")),
            product: index_text(text.product.unwrap_or("")),
            complaint: index_text(text.complaint),
        }
    }
}

/// Indexes a case's prepared terms (the demo prepares them on its simulation thread).
pub fn insert_case_terms(conn: &Connection, key: i64, terms: &CaseTerms) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO case_search(rowid, number, customer_name, phone, order_no, product, complaint)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![key, terms.number, terms.customer_name, terms.phone, terms.order_no, terms.product, terms.complaint])?;
    Ok(())
}

/// Re-indexes one case (after it or its customer changed); a deleted case leaves the index.
pub fn index_case(conn: &Connection, case_rowid: i64) -> Result<()> {
    let row = conn
        .prepare_cached(
            "SELECT c.number, u.surname || ' ' || u.first_name || ' ' || coalesce(u.patronymic, ''),
                    u.phone, c.order_no, c.product, c.complaint, c.received_at, c.search_key,
                    c.deleted_at IS NOT NULL
             FROM cases c JOIN customers u ON u.id = c.customer_id
             WHERE c.rowid = ?1",
        )?
        .query_row([case_rowid], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, Option<i64>>(7)?,
                r.get::<_, bool>(8)?,
            ))
        });
    let (number, name, phone, order_no, product, complaint, received, old_key, deleted) = match row {
        Ok(row) => row,
        Err(rusqlite::Error::QueryReturnedNoRows) => return Ok(()),
        Err(err) => return Err(err.into()),
    };
    if let Some(old) = old_key {
        conn.prepare_cached("DELETE FROM case_search WHERE rowid = ?1")?.execute([old])?;
    }
    if deleted {
        return Ok(());
    }
    let key = assign_key(conn, case_rowid, received, old_key)?;
    let text = CaseText {
        number: &number,
        customer_name: &name,
        phone: phone.as_deref(),
        order_no: order_no.as_deref(),
        product: product.as_deref(),
        complaint: &complaint,
    };
    insert_case_text(conn, key, &text)
}

/// Re-indexes one customer and every case of theirs (their name is in those rows).
pub fn index_customer(conn: &Connection, customer_id: &str) -> Result<()> {
    let row = conn.prepare_cached(
        "SELECT rowid, surname || ' ' || first_name || ' ' || coalesce(patronymic, ''), phone,
                coalesce(email, ''), coalesce(messenger, ''), deleted_at IS NOT NULL
         FROM customers WHERE id = ?1",
    )?
    .query_row(
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
    conn.prepare_cached("DELETE FROM customer_search WHERE rowid = ?1")?.execute([rowid])?;
    if !deleted {
        conn.prepare_cached(
            "INSERT INTO customer_search(rowid, name, phone, email, messenger) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![rowid, index_text(&name), phone_terms(phone.as_deref()), index_text(&email), index_text(&messenger)],
        )?;
    }
    let mut stmt = conn.prepare_cached("SELECT rowid FROM cases WHERE customer_id = ?1 AND deleted_at IS NULL")?;
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
        assert_eq!(match_query("я").as_deref(), Some("\"я\""));
    }

    #[test]
    fn punctuated_words_are_one_compact_term() {
        assert_eq!(match_query("A-1").as_deref(), Some("\"A1\"*"));
        assert_eq!(match_query("2026-0042").as_deref(), Some("\"20260042\"*"));
        assert_eq!(index_text("Заказ A-10423, чайник"), "Заказ A-10423, чайник A10423");
        assert_eq!(index_text("maria@mail.example"), "maria@mail.example mariamailexample");
    }

    #[test]
    fn phone_numbers_match_on_the_national_number() {
        assert_eq!(
            match_query("+7 (912) 345-67-89").as_deref(),
            Some("\"9123456789\"* OR (\"7\" \"912\"* \"3456789\"*)")
        );
        assert_eq!(match_query("89123456789").as_deref(), Some("\"9123456789\"*"));
        assert_eq!(match_query("912 345").as_deref(), Some("\"912345\"* OR (\"912\"* \"345\"*)"));
        assert_eq!(phone_terms(Some("+7 912 345-67-89")), "79123456789 9123456789");
        assert_eq!(phone_terms(Some("345-67-89")), "3456789");
    }
}
