//! The navigation's overdue badge in the real app: it shows the core's count of every
//! overdue case (asked once the start screen is painted), on a folder of demo cases.
use amends_core::Desk;
use amends_e2e::{testid, TestEnv};

#[tokio::test]
async fn the_overdue_badge_shows_the_cores_count() {
    let env = TestEnv::new("nav-overdue-count").expect("test environment");
    let before = {
        let desk = Desk::open(env.data_dir()).expect("open a fresh data folder");
        desk.demo(400, 7).expect("demo cases");
        desk.today_counts().expect("counts").overdue
    };
    assert!(before > 0, "the demo leaves some cases overdue");

    let app = env.launch().await.expect("the app starts");
    app.wait_for(&testid("case-row")).await.expect("the case list");
    // The badge mounts once the first screen is painted. Its label says the count in words
    // ("28 просроченных обращений"); WebKitWebDriver reads no text from a grid box.
    let badge = app.wait_for(&testid("nav-today-overdue")).await.expect("the badge");
    let label = badge.attr("aria-label").await.expect("reading the label").unwrap_or_default();
    let shown: u32 = label.split(' ').next().and_then(|n| n.parse().ok()).expect("a count first in the label");
    assert!(label.contains("просроченн"), "the label names what it counts: {label:?}");
    app.screenshot("nav-overdue-count").await.expect("screenshot");
    app.quit().await.expect("the app closes");

    // Due times may pass while the test runs, so the count can only have grown.
    let after = Desk::open(env.data_dir()).expect("reopen").today_counts().expect("counts").overdue;
    assert!((before..=after).contains(&shown), "badge {shown}, core {before}..={after}");
}
