//! The shop's own targets (Settings): how fast it acknowledges, when it proposes to decide,
//! when it follows up, its compensation limit and its jurisdiction; and the arithmetic of
//! business hours.
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::case::validate::Checker;
use crate::error::{FieldError, Result};

/// Opening hours of one weekday, "HH:MM" local time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OpeningHours {
    pub open: String,
    pub close: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ServiceTargets {
    /// Count the acknowledgement target (the profile's hours) in opening hours only.
    pub ack_business_hours: bool,
    /// Monday first; None = closed.
    pub opening_hours: Vec<Option<OpeningHours>>,
    /// The decision date proposed to the customer: this many days after receipt (never
    /// later than the legal deadline).
    pub decision_days: u32,
    /// Follow up this many days after the letter was handed over.
    pub follow_up_days: u32,
    /// Compensation per case above which the app asks for a second look; None = no limit.
    #[ts(type = "number | null")]
    pub compensation_limit_minor: Option<i64>,
    /// Code of the legal profile in `rules/legal-rules.json` ("ru", "uk", "none").
    pub jurisdiction: String,
}

impl Default for ServiceTargets {
    fn default() -> Self {
        let day = |open: &str, close: &str| Some(OpeningHours { open: open.into(), close: close.into() });
        ServiceTargets {
            ack_business_hours: false,
            opening_hours: vec![
                day("09:00", "18:00"), day("09:00", "18:00"), day("09:00", "18:00"), day("09:00", "18:00"),
                day("09:00", "18:00"), day("10:00", "16:00"), None,
            ],
            decision_days: 3,
            follow_up_days: 7,
            compensation_limit_minor: None,
            jurisdiction: "ru".into(),
        }
    }
}

pub mod max {
    pub const DECISION_DAYS: u32 = 45;
    pub const FOLLOW_UP_DAYS: u32 = 90;
}

fn parse_hm(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()
}

pub fn validate(targets: &ServiceTargets) -> Result<()> {
    let mut c = Checker::new();
    if targets.opening_hours.len() != 7 {
        c.push(FieldError::new("opening_hours", "seven_days"));
    }
    for (i, day) in targets.opening_hours.iter().enumerate() {
        let Some(day) = day else { continue };
        match (parse_hm(&day.open), parse_hm(&day.close)) {
            (Some(open), Some(close)) if open < close => {}
            (Some(_), Some(_)) => c.push(FieldError::new(format!("opening_hours.{i}"), "close_before_open")),
            _ => c.push(FieldError::new(format!("opening_hours.{i}"), "invalid_time")),
        }
    }
    if targets.ack_business_hours && targets.opening_hours.iter().all(Option::is_none) {
        c.push(FieldError::new("opening_hours", "no_open_day"));
    }
    if !(1..=max::DECISION_DAYS).contains(&targets.decision_days) {
        c.push(FieldError::with_limit("decision_days", "out_of_range", i64::from(max::DECISION_DAYS)));
    }
    if !(1..=max::FOLLOW_UP_DAYS).contains(&targets.follow_up_days) {
        c.push(FieldError::with_limit("follow_up_days", "out_of_range", i64::from(max::FOLLOW_UP_DAYS)));
    }
    if let Some(limit) = targets.compensation_limit_minor {
        if limit < 0 {
            c.push(FieldError::new("compensation_limit_minor", "negative"));
        } else if limit > crate::case::validate::max::MONEY_MINOR {
            c.push(FieldError::new("compensation_limit_minor", "too_large"));
        }
    }
    if super::legal::profile(&targets.jurisdiction).is_none() {
        c.push(FieldError::new("jurisdiction", "unknown_choice"));
    }
    c.finish()
}

fn local(date: NaiveDate, time: NaiveTime, tz: Tz) -> DateTime<Utc> {
    let naive = date.and_time(time);
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&naive))
}

fn hours_of(targets: &ServiceTargets, date: NaiveDate) -> Option<(NaiveTime, NaiveTime)> {
    let day = targets.opening_hours.get(date.weekday().num_days_from_monday() as usize)?.as_ref()?;
    Some((parse_hm(&day.open)?, parse_hm(&day.close)?))
}

/// When the acknowledgement is due: `hours` after receipt, counted in opening hours when
/// the shop says so (a complaint at 17:30 with a 2-hour target and closing at 18:00 is due
/// 1.5 hours after the next opening).
pub fn ack_due(received: DateTime<Utc>, hours: u32, targets: &ServiceTargets, tz: Tz) -> DateTime<Utc> {
    let calendar = received + Duration::hours(i64::from(hours));
    if !targets.ack_business_hours {
        return calendar;
    }
    let mut remaining = Duration::hours(i64::from(hours));
    let mut cursor = received;
    let mut date = received.with_timezone(&tz).date_naive();
    // Two years of days is far more than any target; an all-closed week ends the search.
    for _ in 0..730 {
        if let Some((open, close)) = hours_of(targets, date) {
            let (start, end) = (local(date, open, tz).max(cursor), local(date, close, tz));
            if start < end {
                let available = end - start;
                if remaining <= available {
                    return start + remaining;
                }
                remaining -= available;
            }
        }
        date = date.succ_opt().unwrap_or(date);
        cursor = local(date, NaiveTime::MIN, tz).max(cursor);
    }
    calendar
}

/// The decision date the app proposes: `decision_days` after receipt at closing time (18:00
/// on a closed day), never later than the legal deadline, never in the past.
pub fn propose_decision(
    received: DateTime<Utc>,
    targets: &ServiceTargets,
    legal_due: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    tz: Tz,
) -> DateTime<Utc> {
    let date = received.with_timezone(&tz).date_naive() + Duration::days(i64::from(targets.decision_days));
    let closing = hours_of(targets, date).map(|(_, close)| close).unwrap_or(NaiveTime::from_hms_opt(18, 0, 0).unwrap_or(NaiveTime::MIN));
    let mut proposal = local(date, closing, tz);
    if let Some(legal) = legal_due {
        // The legal deadline is the end of its last day; propose a working hour before it.
        proposal = proposal.min(legal - Duration::hours(6));
    }
    proposal.max(now + Duration::hours(1))
}

pub fn follow_up_due(letter_at: DateTime<Utc>, targets: &ServiceTargets) -> DateTime<Utc> {
    letter_at + Duration::days(i64::from(targets.follow_up_days))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn business_hours_carry_over_the_night_and_the_weekend() {
        let tz: Tz = "Europe/Moscow".parse().unwrap();
        let targets = ServiceTargets { ack_business_hours: true, ..Default::default() };
        // Wednesday 17:30, 2 h: 30 min today, 90 min from Thursday 09:00.
        assert_eq!(ack_due(at("2026-11-25T17:30:00+03:00"), 2, &targets, tz), at("2026-11-26T10:30:00+03:00"));
        // Saturday 15:00 (open till 16:00), 2 h: 1 h Saturday, Sunday closed, Monday 10:00.
        assert_eq!(ack_due(at("2026-11-28T15:00:00+03:00"), 2, &targets, tz), at("2026-11-30T10:00:00+03:00"));
        // Sunday night: counted from Monday's opening.
        assert_eq!(ack_due(at("2026-11-29T23:00:00+03:00"), 2, &targets, tz), at("2026-11-30T11:00:00+03:00"));
        // Calendar hours when the shop does not count business hours.
        let plain = ServiceTargets::default();
        assert_eq!(ack_due(at("2026-11-25T17:30:00+03:00"), 2, &plain, tz), at("2026-11-25T19:30:00+03:00"));
    }

    #[test]
    fn the_proposal_never_passes_the_legal_deadline() {
        let tz: Tz = "Europe/Moscow".parse().unwrap();
        let targets = ServiceTargets { decision_days: 30, ..Default::default() };
        let received = at("2026-11-02T10:00:00+03:00");
        let legal = at("2026-11-13T00:00:00+03:00");
        let proposal = propose_decision(received, &targets, Some(legal), received, tz);
        assert!(proposal <= legal);
        assert_eq!(proposal, at("2026-11-12T18:00:00+03:00"));
        // Three days later at closing time (Thursday 18:00).
        let short = ServiceTargets::default();
        assert_eq!(propose_decision(received, &short, Some(legal), received, tz), at("2026-11-05T18:00:00+03:00"));
    }

    #[test]
    fn validation_names_the_bad_day() {
        let mut targets = ServiceTargets::default();
        targets.opening_hours[2] = Some(OpeningHours { open: "18:00".into(), close: "09:00".into() });
        targets.jurisdiction = "mars".into();
        let err = validate(&targets).unwrap_err();
        let text = format!("{err}");
        assert!(text.contains("opening_hours.2 (close_before_open)") && text.contains("jurisdiction"), "{text}");
    }
}
