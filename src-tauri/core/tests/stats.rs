//! The monthly figures on a dataset built by hand, with the expected values worked out
//! here: a case late on the last evening of a month (shop time), an empty month, a month
//! with one case, a reopened case and a case with two compensation items.
mod common;

use amends_core::case::*;
use amends_core::checklist::{ChecklistAction, CompensationKind, StepCode};
use amends_core::stats::{month_figures, month_review};
use amends_core::time::ManualClock;
use amends_core::Desk;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

struct Shop {
    _dir: tempfile::TempDir,
    desk: Desk,
    clock: ManualClock,
    category: String,
}

impl Shop {
    fn new() -> Shop {
        let dir = tempfile::tempdir().unwrap();
        let clock = ManualClock::new(at("2026-09-01T09:00:00+03:00"));
        let desk = Desk::open_with_clock(dir.path(), Box::new(clock.clone())).unwrap();
        desk.save_shop_profile(common::shop_input()).unwrap();
        let category = desk.list_categories(false).unwrap()[0].id.clone();
        Shop { _dir: dir, desk, clock, category }
    }

    fn case(&self, received: &str, demand: Demand, customer: CustomerRef) -> CaseView {
        self.clock.set(at(received));
        let mut input = common::case_input(&self.category, "Жалоба", customer);
        input.received_at = received.into();
        input.demand_date = received[..10].into();
        input.purchase_date = None;
        input.demand = demand;
        self.desk.create_case(input).unwrap()
    }

    /// Completes `step` at `when` (the clock is moved there).
    fn step(&self, case: &CaseView, when: &str, step: StepCode, mut values: Value) {
        self.clock.set(at(when));
        for key in ["at", "handed_over_at"] {
            if values.get(key).is_some() {
                values[key] = Value::String(when.into());
            }
        }
        let values = values.as_object().unwrap().clone();
        self.desk.apply_step(&case.id, ChecklistAction::Complete { step, values }, None).unwrap();
    }

    fn act(&self, case: &CaseView, when: &str, action: ChecklistAction) {
        self.clock.set(at(when));
        self.desk.apply_step(&case.id, action, None).unwrap();
    }

    /// Walks a case from acknowledgement to close on the given days.
    #[allow(clippy::too_many_arguments)]
    fn settle(&self, case: &CaseView, ack: &str, promise_due: &str, decided: &str, follow_up: &str, score: u8, stays: bool, closed: &str) {
        self.step(case, ack, StepCode::Acknowledge, json!({"at": "", "channel": "phone"}));
        self.step(case, ack, StepCode::Listen, json!({"at": "", "summary": "s"}));
        self.step(case, ack, StepCode::Restate, json!({"summary": "s", "confirmed": true}));
        self.step(case, ack, StepCode::Promise, json!({"decision_due": promise_due}));
        self.step(case, ack, StepCode::Classify, json!({"root_cause": "misunderstanding", "refusal": "none"}));
        self.step(case, ack, StepCode::Investigate, json!({"checked": "c", "found": "f", "verdict": "partly_right"}));
        self.step(case, decided, StepCode::Remedy, json!({"remedy": "explanation", "details": "d"}));
        self.act(case, decided, ChecklistAction::Skip { step: StepCode::CorrectiveAction, reason: "r".into() });
        self.step(case, decided, StepCode::Letter, json!({"handed_over_at": "", "method": "email"}));
        self.step(case, follow_up, StepCode::FollowUp, json!({"at": "", "satisfaction": score, "still_customer": stays}));
        self.step(case, closed, StepCode::Close, json!({}));
    }

    fn compensation(&self, case: &CaseView, when: &str, kind: CompensationKind, value: &str) {
        self.clock.set(at(when));
        let input = CompensationInput {
            kind,
            value: value.into(),
            how_to_use: Some("На кассе".into()),
            voucher_code: None,
            valid_until: None,
            accept_warnings: false,
        };
        self.desk.add_compensation(&case.id, &input, None).unwrap();
    }
}

fn customer(surname: &str, phone: &str) -> CustomerRef {
    common::new_customer(surname, "Анна", phone)
}

#[test]
fn a_month_by_hand() {
    let shop = Shop::new();
    let tz: chrono_tz::Tz = "Europe/Moscow".parse().unwrap();

    // September: one case, never acknowledged.
    let september = shop.case("2026-09-10T10:00:00+03:00", Demand::Apology, customer("Орлова", "+7 900 000-00-01"));

    // October.
    let b = shop.case("2026-10-05T10:00:00+03:00", Demand::Refund, customer("Белова", "+7 900 000-00-02"));
    let x = CustomerRef::Existing { id: b.customer.id.clone() };
    shop.settle(&b, "2026-10-05T10:30:00+03:00", "2026-10-08T18:00:00+03:00", "2026-10-07T12:00:00+03:00",
                "2026-10-19T12:00:00+03:00", 5, true, "2026-10-20T12:00:00+03:00");
    shop.compensation(&b, "2026-10-07T12:30:00+03:00", CompensationKind::Voucher, "500");
    shop.compensation(&b, "2026-10-07T12:40:00+03:00", CompensationKind::Gift, "300");

    let c = shop.case("2026-10-10T10:00:00+03:00", Demand::Replacement, customer("Чернова", "+7 900 000-00-03"));
    shop.settle(&c, "2026-10-10T12:00:00+03:00", "2026-10-12T18:00:00+03:00", "2026-10-13T12:00:00+03:00",
                "2026-10-14T12:00:00+03:00", 2, false, "2026-10-15T12:00:00+03:00");
    // Reopened in October, closed again in November.
    shop.act(&c, "2026-10-18T12:00:00+03:00", ChecklistAction::Reopen { step: StepCode::Close, reason: "снова".into() });
    shop.step(&c, "2026-11-03T12:00:00+03:00", StepCode::Close, json!({}));

    // Late on the last evening of October, shop time (still October in Moscow and in UTC) …
    let a = shop.case("2026-10-31T23:30:00+03:00", Demand::Refund, x);
    // … and 01:30 on 1 November in Moscow, which is still 31 October in UTC: November's.
    let d = shop.case("2026-11-01T01:30:00+03:00", Demand::Refund, customer("Зуева", "+7 900 000-00-04"));
    shop.clock.set(at("2026-12-01T09:00:00+03:00"));
    let _ = (&september, &a, &d);

    let oct = month_figures_of(&shop, "2026-10", tz);
    assert_eq!(oct.received, 3, "B, C and the late-evening case A");
    assert_eq!(oct.closed, 2, "B, and C's first closing");
    // Received by the end of October: September's case, B, C, A; closed then: only B.
    assert_eq!(oct.open_at_end, 3);
    // Acknowledged: B after 0.5 h, C after 2 h; A never.
    assert_eq!((oct.median_acknowledge.hours, oct.median_acknowledge.of), (Some(1.25), 2));
    // Closed in October per `closed_at`: B (15 days 2 hours); C's latest closing is November's.
    assert_eq!((oct.median_close.hours, oct.median_close.of), (Some(15.0 * 24.0 + 2.0), 1));
    // Promises due in October: B's kept (decided 7th, promised 8th), C's missed (13th vs 12th).
    assert_eq!((oct.promises_kept.count, oct.promises_kept.of), (1, 2));
    // Legal deadlines in October: B's refund (15 Oct) and C's replacement (17 Oct), both kept.
    assert_eq!((oct.legal_kept.count, oct.legal_kept.of), (2, 2));
    assert_eq!(oct.compensation_total_minor, 80_000);
    let kinds: Vec<_> = oct.compensation_by_kind.iter().map(|k| (k.kind.as_str(), k.total_minor, k.items)).collect();
    assert_eq!(kinds, vec![("voucher", 50_000, 1), ("gift", 30_000, 1)]);
    assert_eq!(oct.satisfaction_average, Some(3.5));
    assert_eq!((oct.satisfied.count, oct.satisfied.of, oct.stayed.count, oct.stayed.of), (1, 2, 1, 2));
    assert_eq!(oct.repeat_complainants, 1, "Белова: B and A within a year");

    let nov = month_figures_of(&shop, "2026-11", tz);
    assert_eq!(nov.received, 1, "the 01:30 case belongs to November");
    assert_eq!(nov.closed, 1, "C closed again");
    assert_eq!(nov.open_at_end, 3, "September's, A and D");
    assert_eq!(nov.legal_kept.of, 2, "A's and D's refunds fall due in November, undecided");
    assert_eq!(nov.legal_kept.count, 0);

    let sep = month_figures_of(&shop, "2026-09", tz);
    assert_eq!((sep.received, sep.closed, sep.open_at_end), (1, 0, 1));
    assert_eq!(sep.median_acknowledge.hours, None);

    // An empty month: zeros and nones, no error.
    let aug = month_figures_of(&shop, "2026-08", tz);
    assert_eq!((aug.received, aug.closed, aug.open_at_end, aug.compensation_total_minor), (0, 0, 0, 0));
    assert_eq!((aug.median_close.hours, aug.promises_kept.value, aug.satisfaction_average), (None, None, None));

    // The review compares with the month before and a year earlier, and trends 12 months.
    let review = shop.desk.month_review(Some("2026-10")).unwrap();
    assert_eq!(review.previous.month, "2026-09");
    assert_eq!(review.year_ago.month, "2025-10");
    assert_eq!(review.year_ago.received, 0);
    assert_eq!(review.trend.len(), 12);
    assert_eq!(review.trend.last().map(|p| (p.month.as_str(), p.received, p.closed)), Some(("2026-10", 3, 2)));
    let causes: u32 = review.breakdowns.root_cause.iter().filter(|b| b.key.as_deref() == Some("misunderstanding")).map(|b| b.count).sum();
    assert_eq!(causes, 2);
    // The month's CSV reads back into the same numbers.
    let mut bytes = Vec::new();
    let rows = amends_core::stats::write_month(&month_conn(&shop), "2026-10", tz, &mut bytes).unwrap();
    assert_eq!(rows, 3);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark for Excel");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len() as u32, review.figures.received);
    let compensation: f64 = records.iter().map(|r| r[col("compensation")].parse::<f64>().unwrap()).sum();
    assert_eq!((compensation * 100.0).round() as i64, review.figures.compensation_total_minor);
    let acknowledged = records.iter().filter(|r| !r[col("acknowledged_at")].is_empty()).count() as u32;
    assert_eq!(acknowledged, review.figures.median_acknowledge.of);
    let repeat: std::collections::BTreeSet<&str> =
        records.iter().filter(|r| &r[col("repeat_complainant")] == "yes").map(|r| r.get(col("customer")).unwrap()).collect();
    assert_eq!(repeat.len() as u32, review.figures.repeat_complainants);
    let scores: Vec<f64> = records.iter().filter_map(|r| r[col("satisfaction")].parse::<f64>().ok()).collect();
    assert_eq!(Some(scores.iter().sum::<f64>() / scores.len() as f64), review.figures.satisfaction_average);
    assert!(text.contains("Белова Анна"), "Cyrillic intact");

    let json = serde_json::to_value(&review).unwrap();
    assert_eq!(json["received"], 3, "the CLI's JSON has the month's count under `received`");
    let _ = month_review;
}

fn month_figures_of(shop: &Shop, month: &str, tz: chrono_tz::Tz) -> amends_core::stats::MonthFigures {
    let _ = (month_figures, tz);
    shop.desk.month_review(Some(month)).unwrap().figures
}

/// A second connection on the shop's database file (the month's CSV is written from SQL).
fn month_conn(shop: &Shop) -> rusqlite::Connection {
    rusqlite::Connection::open(shop.desk.data_dir().join("amends.db")).unwrap()
}

#[test]
fn every_bar_opens_exactly_its_cases_and_demo_months_differ() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open_with_clock(dir.path(), Box::new(amends_core::time::FixedClock(at("2026-11-25T09:00:00+03:00")))).unwrap();
    desk.demo(1500, 3).unwrap();
    let review = desk.month_review(None).unwrap();
    assert_eq!(review.figures.month, "2026-10", "the last full month by default");
    let f = &review.figures;
    // The demo gives every figure something to show.
    assert!(f.received > 0 && f.closed > 0 && f.compensation_total_minor > 0 && f.satisfaction_average.is_some());
    assert!(f.promises_kept.of > 0 && f.legal_kept.of > 0 && f.median_acknowledge.hours.is_some());
    let b = &review.breakdowns;
    for (name, bars) in [("category", &b.category), ("channel", &b.channel), ("root_cause", &b.root_cause),
                         ("verdict", &b.verdict), ("staff", &b.staff_involved), ("product", &b.products)] {
        assert!(!bars.is_empty(), "{name} has bars");
        for bar in bars {
            let key = bar.key.clone().unwrap_or_else(|| "none".into());
            let mut query = CaseQuery { month: Some("2026-10".into()), ..Default::default() };
            match name {
                "category" => query.category_id = Some(key),
                "channel" => query.channel = Channel::from_code(&key),
                "root_cause" => query.root_cause = Some(key),
                "verdict" => query.verdict = Some(key),
                "staff" => query.staff_involved_id = Some(key),
                _ => query.product = Some(key),
            }
            assert_eq!(desk.list_cases(&query).unwrap().total, bar.count, "{name} bar {:?}", bar.key);
        }
    }
    // The report PDF: valid, fonts embedded as subsets, its text readable.
    let pdf = desk.month_report_pdf(Some("2026-10")).unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, &pdf.bytes).unwrap();
    let qpdf = std::process::Command::new("qpdf").arg("--check").arg(&path).output().expect("qpdf (poppler-utils/qpdf are installed by .ci/install-deps)");
    assert!(qpdf.status.success(), "qpdf --check: {}", String::from_utf8_lossy(&qpdf.stdout));
    let text = std::process::Command::new("pdftotext").args(["-layout"]).arg(&path).arg("-").output().expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    for expected in ["Итоги месяца 2026-10", "Получено обращений", "По категориям", "Причины", "Обращения, которые ещё открыты", "Страница 1 из"] {
        assert!(text.contains(expected), "{expected:?} in the report:\n{text}");
    }
    assert!(text.contains(&review.figures.received.to_string()));
    let fonts = std::process::Command::new("pdffonts").arg(&path).output().expect("pdffonts");
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(fonts.contains("+DejaVuSans"), "subset fonts: {fonts}");
    assert!(pdf.page_count >= 2);

    // Some months are better handled than others.
    let scores: Vec<f64> = review.trend.iter().filter_map(|p| {
        desk.month_review(Some(&p.month)).ok().and_then(|r| r.figures.satisfaction_average)
    }).collect();
    let (min, max) = scores.iter().fold((f64::MAX, f64::MIN), |(a, b), s| (a.min(*s), b.max(*s)));
    assert!(max - min > 0.3, "satisfaction varies by month: {scores:?}");
}

/// The tallies, closings and customer places that triggers keep (migration 0007) match a
/// fresh derivation after every kind of write, and the month figures read from them match
/// a brute-force count over the cases and the timeline.
#[test]
fn kept_tallies_follow_every_write() {
    use amends_core::stats::derived;
    use chrono::Duration;

    let shop = Shop::new();
    let tz: chrono_tz::Tz = "Europe/Moscow".parse().unwrap();
    let start = at("2025-10-01T00:00:00+03:00");
    let time = |t: DateTime<Utc>| t.with_timezone(&tz).to_rfc3339();
    let conn = month_conn(&shop);
    let assert_clean = |what: &str| {
        let drift = derived::check(&conn).unwrap();
        assert!(drift.is_clean(), "after {what}: {drift:?}");
    };

    // A small linear congruential sequence: the same writes on every run.
    let mut seed: u64 = 7;
    let mut next = move |n: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let mut customers: Vec<String> = Vec::new();
    let mut fresh: Vec<(CaseView, DateTime<Utc>)> = Vec::new();
    let mut closed: Vec<(CaseView, DateTime<Utc>)> = Vec::new();
    for i in 0..40 {
        let received = start + Duration::hours(next(24 * 360) as i64);
        let who = if customers.is_empty() || next(3) == 0 {
            customer("Клиент", &format!("+7 900 100-{:02}-{:02}", i / 100, i % 100))
        } else {
            CustomerRef::Existing { id: customers[next(customers.len() as u64) as usize].clone() }
        };
        let case = shop.case(&time(received), Demand::Refund, who);
        if !customers.contains(&case.customer.id) {
            customers.push(case.customer.id.clone());
        }
        assert_clean("a new case");
        fresh.push((case, received));
    }
    // Moving a case in time or to another customer, and deleting one.
    shop.clock.set(at("2026-11-30T00:00:00+03:00"));
    for _ in 0..8 {
        let k = next(fresh.len() as u64) as usize;
        let (case, _) = fresh.remove(k);
        let received = start + Duration::hours(next(24 * 360) as i64);
        let who = CustomerRef::Existing { id: customers[next(customers.len() as u64) as usize].clone() };
        let mut input = common::case_input(&shop.category, "Жалоба", who);
        input.received_at = time(received);
        input.demand_date = time(received)[..10].into();
        input.purchase_date = None;
        input.demand = Demand::Refund;
        let moved = shop.desk.update_case(&case.id, input).unwrap();
        assert_clean("a moved case");
        fresh.push((moved, received));
    }
    for _ in 0..4 {
        let (case, _) = fresh.remove(next(fresh.len() as u64) as usize);
        shop.desk.delete_case(&case.id).unwrap();
        assert_clean("a deleted case");
    }
    // Closings, some undone by reopening the close step or an earlier step.
    for _ in 0..20 {
        let (case, r) = fresh.remove(next(fresh.len() as u64) as usize);
        let h = |hours: i64| time(r + Duration::hours(hours));
        shop.settle(&case, &h(1), &h(72), &h(48), &h(9 * 24), 4, true, &h(10 * 24 + next(20 * 24) as i64));
        shop.compensation(&case, &h(49), CompensationKind::Voucher, "100");
        assert_clean("a closing");
        closed.push((case, r));
    }
    for k in 0..8 {
        let (case, r) = closed.remove(next(closed.len() as u64) as usize);
        let step = if k % 2 == 0 { StepCode::Close } else { StepCode::Investigate };
        shop.act(&case, &time(r + Duration::days(35)), ChecklistAction::Reopen { step, reason: "снова".into() });
        assert_clean("a reopening");
        if step == StepCode::Close && k % 4 == 0 {
            // Once closed again the same day (one month, two closings, one case closed).
            let again = if k == 4 { r + Duration::days(35) + Duration::hours(2) } else { r + Duration::days(50) };
            shop.step(&case, &time(again), StepCode::Close, json!({}));
            assert_clean("a second closing");
        }
        if k == 7 {
            shop.desk.delete_case(&case.id).unwrap();
            assert_clean("a deleted closed case");
        }
    }
    let (case, _) = closed.pop().unwrap();
    shop.desk.delete_case(&case.id).unwrap();
    assert_clean("a deleted case with compensation");

    // Brute force over the rows: each live case's receipt and its close-affecting events.
    let live: std::collections::HashMap<String, (String, i64)> = conn
        .prepare("SELECT id, customer_id, received_at FROM cases WHERE deleted_at IS NULL").unwrap()
        .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?)))).unwrap().map(Result::unwrap).collect();
    let events: Vec<(String, String, i64)> = conn
        .prepare("SELECT case_id, kind, at FROM case_events WHERE (kind = 'step_done' AND step = 'close') OR kind = 'step_reopened' ORDER BY case_id, seq").unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect();
    let closed_at = |case: &str, instant: i64| {
        events.iter().rfind(|(c, _, at)| c == case && *at < instant).is_some_and(|(_, kind, _)| kind == "step_done")
    };
    let year = 365 * derived::DAY_MS;
    let mut checked = 0;
    for month in ["2025-09", "2025-10", "2025-12", "2026-01", "2026-03", "2026-05", "2026-08", "2026-09", "2026-10", "2026-11"] {
        let (s, e) = amends_core::time::month_range(month, tz).unwrap();
        let f = month_figures_of(&shop, month, tz);
        let received = live.values().filter(|(_, r)| (s..e).contains(r)).count() as u32;
        let open = live.iter().filter(|(id, (_, r))| *r < e && !closed_at(id, e)).count() as u32;
        let closed_in: std::collections::BTreeSet<&String> = events.iter()
            .filter(|(c, kind, at)| kind == "step_done" && (s..e).contains(at) && live.contains_key(c)).map(|(c, _, _)| c).collect();
        let repeat = live.values().filter(|(_, r)| (s..e).contains(r)).map(|(who, _)| who).collect::<std::collections::BTreeSet<_>>()
            .into_iter().filter(|who| {
                let mine: Vec<i64> = live.values().filter(|(w, r)| w == *who && *r < e).map(|(_, r)| *r).collect();
                mine.len() >= 3 || mine.iter().filter(|r| **r >= e - year).count() >= 2
            }).count() as u32;
        assert_eq!((f.received, f.open_at_end, f.closed, f.repeat_complainants), (received, open, closed_in.len() as u32, repeat), "{month}");
        checked += received + open;
    }
    assert!(checked > 40, "the months hold cases to check");
}
