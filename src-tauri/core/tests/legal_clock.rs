//! The Russian rules of the shipped rules file on concrete dates: each rule's last day and
//! penalty, month ends and leap years included (calendar days from the day after the
//! demand; Civil Code Art. 191–192).
use amends_core::case::Demand;
use amends_core::clock::legal::{self, Subject};
use chrono::NaiveDate;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn each_rule_gives_its_deadline() {
    // (rule, demand date, last day)
    let table = [
        ("ru.art22", "2026-11-25", "2026-12-05"),
        ("ru.art22", "2026-12-25", "2027-01-04"), // over the new year
        ("ru.art22", "2028-02-25", "2028-03-06"), // leap February has 29 days
        ("ru.art22", "2027-02-25", "2027-03-07"),
        ("ru.art21", "2026-11-25", "2026-12-02"),
        ("ru.art21.check", "2026-11-25", "2026-12-15"),
        ("ru.art21.stock", "2026-01-31", "2026-02-28"), // a month from 31 January
        ("ru.art21.stock", "2028-01-31", "2028-02-29"), // … in a leap year
        ("ru.art21.stock", "2026-03-15", "2026-04-15"),
        ("ru.art20", "2026-11-25", "2027-01-09"),
        ("ru.art20.substitute", "2026-12-30", "2027-01-02"),
        ("ru.art25.refund", "2026-02-27", "2026-03-02"),
        ("ru.art26_1.refund", "2026-11-25", "2026-12-05"),
        ("ru.art31", "2026-11-25", "2026-12-05"),
        ("uk.cra.refund", "2026-11-25", "2026-12-09"),
    ];
    for (id, demand, expected) in table {
        let rule = legal::rule(id).unwrap_or_else(|| panic!("rule {id} is shipped"));
        assert_eq!(legal::deadline(rule, d(demand)), d(expected), "{id} from {demand}");
    }
}

#[test]
fn penalties_accrue_per_day_late() {
    let goods = legal::rule("ru.art22").unwrap();
    let services = legal::rule("ru.art31").unwrap();
    let deadline = d("2026-12-05");
    // On the deadline itself nothing is owed.
    assert_eq!(legal::penalty(goods, Some(1_000_000), deadline, d("2026-12-05")), (0, Some(0)));
    // 1% of 10 000.00 a day, 3 days late.
    assert_eq!(legal::penalty(goods, Some(1_000_000), deadline, d("2026-12-08")), (3, Some(30_000)));
    // 3% a day for services.
    assert_eq!(legal::penalty(services, Some(1_000_000), deadline, d("2026-12-08")), (3, Some(90_000)));
    // The services penalty never exceeds the price (Art. 28 p. 5): 40 days × 3% = 120% → 100%.
    assert_eq!(legal::penalty(services, Some(1_000_000), deadline, d("2027-01-14")), (40, Some(1_000_000)));
    // Goods have no such cap: 150 days × 1% = 150%.
    assert_eq!(legal::penalty(goods, Some(1_000_000), deadline, d("2027-05-04")).1, Some(1_500_000));
    // Unknown price: days are counted, no amount.
    assert_eq!(legal::penalty(goods, None, deadline, d("2026-12-08")), (3, None));
    // Over a leap day: 28 Feb → 1 Mar 2028 is 2 days.
    assert_eq!(legal::penalty(goods, Some(10_000), d("2028-02-28"), d("2028-03-01")), (2, Some(200)));
    // A rule without a penalty (Art. 25 p. 2).
    let no_penalty = legal::rule("ru.art25.refund").unwrap();
    assert_eq!(legal::penalty(no_penalty, Some(1_000_000), deadline, d("2026-12-08")), (3, None));
}

#[test]
fn each_demand_gets_the_right_default() {
    let table = [
        (Demand::Refund, Subject::Goods, Some("ru.art22")),
        (Demand::PriceReduction, Subject::Goods, Some("ru.art22")),
        (Demand::Compensation, Subject::Goods, Some("ru.art22")),
        (Demand::Replacement, Subject::Goods, Some("ru.art21")),
        (Demand::Repair, Subject::Goods, Some("ru.art20")),
        (Demand::Refund, Subject::Services, Some("ru.art31")),
        (Demand::Repair, Subject::Services, Some("ru.art31")),
        (Demand::Apology, Subject::Goods, None),
        (Demand::Other, Subject::Goods, None),
    ];
    for (demand, subject, expected) in table {
        let found = legal::default_rule("ru", demand, subject).map(|r| r.id.as_str());
        assert_eq!(found, expected, "{demand:?} {subject:?}");
    }
    assert_eq!(legal::default_rule("none", Demand::Refund, Subject::Goods), None);
    assert_eq!(legal::default_rule("uk", Demand::Refund, Subject::Goods).map(|r| r.id.as_str()), Some("uk.cra.refund"));
    // The owner may choose among every rule for the demand, the default first.
    let choices: Vec<_> = legal::choices("ru", Demand::Replacement).into_iter().map(|r| r.id.as_str()).collect();
    assert_eq!(choices.first(), Some(&"ru.art21"));
    assert!(choices.contains(&"ru.art21.check") && choices.contains(&"ru.art21.stock"));
}
