//! When an automatic backup is due and which ones to keep: the newest of each of the last
//! 14 days that have one, and the newest of each of the last 12 months. Pure functions,
//! so the policy is tested with fixed dates.
use std::collections::HashSet;

use chrono::{DateTime, Datelike, Duration, Utc};
use chrono_tz::Tz;

pub const KEEP_DAILY: usize = 14;
pub const KEEP_MONTHLY: usize = 12;
/// While the app runs, one backup a day.
pub const DAILY_INTERVAL: Duration = Duration::hours(24);
/// At start-up a backup is made unless one is this fresh (an owner restarting the app
/// several times in a row does not need several copies).
pub const STARTUP_INTERVAL: Duration = Duration::hours(1);

/// Whether an automatic backup is due. `newest` is the newest automatic backup's time;
/// ones "from the future" (the clock was set back) are ignored by the caller's choice of
/// `newest`, see `newest_before`.
pub fn is_due(newest: Option<DateTime<Utc>>, now: DateTime<Utc>, at_startup: bool) -> bool {
    let interval = if at_startup { STARTUP_INTERVAL } else { DAILY_INTERVAL };
    match newest {
        None => true,
        Some(at) => now - at >= interval,
    }
}

/// The newest of `times` not after `now`.
pub fn newest_before(times: &[DateTime<Utc>], now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    times.iter().copied().filter(|at| *at <= now).max()
}

/// For each backup time, whether to keep it. Days and months are the shop's (`tz`).
pub fn keep(times: &[DateTime<Utc>], tz: Tz) -> Vec<bool> {
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by(|a, b| times[*b].cmp(&times[*a]));
    let mut keep = vec![false; times.len()];
    let mut days = HashSet::new();
    let mut months = HashSet::new();
    for i in order {
        let local = times[i].with_timezone(&tz).date_naive();
        if days.len() < KEEP_DAILY && days.insert(local) {
            keep[i] = true;
        }
        let month = (local.year(), local.month());
        if months.len() < KEEP_MONTHLY && months.insert(month) {
            keep[i] = true;
        }
    }
    keep
}
