//! Small helpers shared by the repositories: stored codes back to enums, optional text.
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::case::enums::*;
use crate::error::{AmendsError, Result};

macro_rules! sql_code {
    ($($ty:ident),+) => {$(
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.code()))
            }
        }
        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                $ty::from_code(text).ok_or_else(|| FromSqlError::Other(
                    format!("unknown {} code {text:?}", stringify!($ty)).into(),
                ))
            }
        }
    )+};
}

sql_code!(Language, Channel, Demand, Mood, CaseStatus, Gender, AddressForm);

/// Blank optional text is stored as NULL, trimmed otherwise.
pub fn clean(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

/// Maps "no row" to a NotFound naming what was looked for.
pub fn found<T>(result: rusqlite::Result<T>, entity: &'static str, id: &str) -> Result<T> {
    match result {
        Err(rusqlite::Error::QueryReturnedNoRows) => Err(AmendsError::NotFound { entity, id: id.to_string() }),
        other => Ok(other?),
    }
}
