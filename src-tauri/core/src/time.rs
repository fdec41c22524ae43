//! Instants and calendars: storage keeps UTC milliseconds; people see the shop's time zone.
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

use crate::error::{AmendsError, Result};

/// Where "now" comes from, so tests and the demo can fix it.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that tests move by hand; clones share the same time.
#[derive(Clone)]
pub struct ManualClock(std::sync::Arc<std::sync::Mutex<DateTime<Utc>>>);

impl ManualClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        Self(std::sync::Arc::new(std::sync::Mutex::new(at)))
    }
    pub fn set(&self, at: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = at;
    }
    /// The current time as RFC 3339, for values typed "now".
    pub fn now_text(&self) -> String {
        rfc3339_utc(to_ms(self.now()))
    }
    pub fn advance(&self, by: chrono::Duration) {
        let mut guard = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *guard += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A clock stopped at one instant.
pub struct FixedClock(pub DateTime<Utc>);

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

pub fn parse_tz(name: &str) -> Tz {
    name.parse().unwrap_or(Tz::UTC)
}

pub fn to_ms(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

pub fn from_ms(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// RFC 3339 in the shop's zone, seconds precision: "2026-11-25T10:30:00+03:00".
pub fn rfc3339_in(ms: i64, tz: Tz) -> String {
    from_ms(ms).with_timezone(&tz).to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// Bookkeeping times (created, updated) in UTC.
pub fn rfc3339_utc(ms: i64) -> String {
    from_ms(ms).to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub fn local_date(at: DateTime<Utc>, tz: Tz) -> NaiveDate {
    at.with_timezone(&tz).date_naive()
}

/// The first instant of a local day; on a day that starts in a DST gap, the first instant
/// that exists.
pub fn start_of_day(date: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let mut time = date.and_hms_opt(0, 0, 0).unwrap_or_default();
    for _ in 0..4 {
        if let Some(at) = tz.from_local_datetime(&time).earliest() {
            return at.with_timezone(&Utc);
        }
        time += chrono::Duration::minutes(30);
    }
    Utc.from_utc_datetime(&time)
}

/// A "YYYY-MM" month in the shop's zone as a half-open UTC millisecond range.
pub fn month_range(month: &str, tz: Tz) -> Result<(i64, i64)> {
    let first = NaiveDate::parse_from_str(&format!("{}-01", month.trim()), "%Y-%m-%d")
        .map_err(|_| AmendsError::invalid("month", "invalid_month"))?;
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .ok_or_else(|| AmendsError::invalid("month", "invalid_month"))?;
    Ok((to_ms(start_of_day(first, tz)), to_ms(start_of_day(next, tz))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_range_follows_the_shop_zone() {
        let moscow: Tz = "Europe/Moscow".parse().unwrap();
        let (start, end) = month_range("2026-10", moscow).unwrap();
        assert_eq!(rfc3339_utc(start), "2026-09-30T21:00:00.000Z");
        assert_eq!(rfc3339_utc(end), "2026-10-31T21:00:00.000Z");
        assert!(month_range("2026-13", moscow).is_err());
    }

    #[test]
    fn rfc3339_carries_the_offset() {
        let moscow: Tz = "Europe/Moscow".parse().unwrap();
        assert_eq!(rfc3339_in(0, moscow), "1970-01-01T03:00:00+03:00");
    }
}
