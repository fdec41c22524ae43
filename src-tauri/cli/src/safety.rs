//! The CLI's data-safety commands: backup, restore, check, and the crash test's writer.
use std::io::Write;
use std::path::Path;

use amends_core::backup::{self, BackupInfo};
use amends_core::case::*;
use amends_core::{AmendsError, Desk, Result};
use chrono::Utc;

fn describe(info: &BackupInfo) -> String {
    let newest = info
        .newest_case
        .as_ref()
        .map(|c| format!("{} (received {})", c.number, c.received_at))
        .unwrap_or_else(|| "none".into());
    format!(
        "backup {}\n  made:        {} ({:?}, app {}, schema {})\n  cases:       {}\n  newest case: {}\n  files:       {} besides the database, {} bytes in all",
        info.path, info.created_at, info.kind, info.app_version, info.schema_version, info.case_count, newest,
        info.file_count, info.total_bytes
    )
}

pub fn backup(dir: &Path, out: &Path) -> Result<()> {
    let desk = Desk::open(dir)?;
    let info = desk.backup_to(out)?;
    println!("{}", describe(&info));
    Ok(())
}

/// Shows what the backup holds, then restores it. A damaged database cannot be opened for
/// a safety backup; it is moved aside instead (the recovery path of the app).
pub fn restore(dir: &Path, from: &Path) -> Result<()> {
    let info = backup::inspect(from)?;
    println!("{}", describe(&info));
    match Desk::open(dir) {
        Ok(desk) => {
            let report = desk.restore_backup(from)?;
            println!("restored; the data it replaced is in {}", report.safety.path);
        }
        Err(AmendsError::DatabaseDamaged { detail, .. }) => {
            eprintln!("the current database is damaged ({detail}); moving it aside");
            let report = backup::recover_from_backup(dir, from, Utc::now())?;
            let aside = report.damaged_file.unwrap_or_else(|| "(no file)".into());
            println!("restored; the damaged database was moved to {aside}");
            Desk::open(dir)?;
        }
        Err(err) => return Err(err),
    }
    Ok(())
}

pub fn check(dir: &Path) -> Result<()> {
    let report = backup::check_data(dir)?;
    let show = |problems: &[String]| if problems.is_empty() { "ok".to_string() } else { problems.join("; ") };
    println!("database:        {}", report.database);
    println!("quick_check:     {}", show(&report.quick_check));
    println!("integrity_check: {}", show(&report.integrity_check));
    match &report.latest_backup {
        Some(info) => println!("latest backup:   {} ({}): {}", info.path, info.created_at, show(&report.latest_backup_problems)),
        None => println!("latest backup:   none in {}", backup::backups_dir(dir).display()),
    }
    if !report.quick_check.is_empty() || !report.integrity_check.is_empty() {
        let mut problems = report.quick_check.clone();
        problems.extend(report.integrity_check.iter().cloned());
        return Err(backup::damaged(dir, problems.join("; ")));
    }
    if let Some(info) = report.latest_backup.filter(|_| !report.latest_backup_problems.is_empty()) {
        return Err(AmendsError::BackupInvalid { path: info.path, problems: report.latest_backup_problems });
    }
    Ok(())
}

/// Checks every timeline's hash chain, then the review's tallies (rebuilt with `repair`).
pub fn verify(dir: &Path, repair: bool) -> Result<()> {
    let desk = Desk::open(dir)?;
    let report = desk.verify_timelines()?;
    println!("timelines: {} checked, {} events", report.chains, report.events);
    for b in &report.broken {
        println!(
            "BROKEN case {} (id {}): event #{} ({}) {}",
            b.case_number.as_deref().unwrap_or("?"), b.case_id, b.seq, b.event_id, b.problem
        );
    }
    match report.broken.first() {
        None => {
            println!("all chains intact");
            verify_tallies(&desk, repair)
        }
        Some(first) => Err(AmendsError::TimelineBroken {
            count: report.broken.len(),
            first: format!("case {} event #{} {}", first.case_number.as_deref().unwrap_or(&first.case_id), first.seq, first.problem),
        }),
    }
}

fn verify_tallies(desk: &Desk, repair: bool) -> Result<()> {
    let drift = desk.review_tallies_drift()?;
    if drift.is_clean() {
        println!("review tallies consistent");
        return Ok(());
    }
    println!(
        "review tallies differ: {} case places, {} closings, {} days, {} compensations",
        drift.links, drift.closings, drift.tallies, drift.compensations
    );
    if !repair {
        return Err(AmendsError::TalliesDrift { rows: drift.links + drift.closings + drift.tallies + drift.compensations });
    }
    desk.rebuild_review_tallies()?;
    println!("review tallies rebuilt");
    Ok(())
}

/// Records `count` cases, each with a new customer, printing each case number only after
/// its transaction committed: the crash test kills this process at random moments and
/// then expects every printed number in the database.
pub fn write_loop(dir: &Path, count: usize) -> Result<()> {
    let desk = Desk::open(dir)?;
    if desk.shop_profile()?.is_none() {
        desk.demo(0, 1)?;
    }
    let category = desk
        .list_categories(false)?
        .into_iter()
        .next()
        .map(|c| c.id)
        .ok_or(AmendsError::NotFound { entity: "category", id: "any".into() })?;
    let stdout = std::io::stdout();
    for i in 0..count {
        let now = Utc::now();
        let input = CaseInput {
            customer: CustomerRef::New {
                customer: CustomerInput {
                    surname: format!("Тестова{i}"),
                    first_name: "Анна".into(),
                    patronymic: None,
                    phone: Some(format!("+7 900 {:07}", i % 10_000_000)),
                    email: None,
                    messenger: None,
                    language: Language::Ru,
                    gender: None,
                    address_form: AddressForm::NamePatronymic,
                    note: None,
                },
            },
            received_at: (now - chrono::Duration::minutes(1)).to_rfc3339(),
            channel: Channel::Phone,
            order_no: Some(format!("A-{i}")),
            purchase_date: None,
            product: Some("Чайник".into()),
            price: Some("1999.00".into()),
            category_id: category.clone(),
            complaint: "Протекает после первого включения".repeat(4),
            demand: Demand::Refund,
            demand_note: None,
            demand_date: (now - chrono::Duration::days(1)).date_naive().to_string(),
            mood: Mood::Calm,
            staff_involved_id: None,
            handler_id: None,
            accept_warnings: false,
        };
        let case = desk.create_case(input)?;
        let mut lock = stdout.lock();
        writeln!(lock, "{}", case.number)?;
        lock.flush()?;
    }
    Ok(())
}
