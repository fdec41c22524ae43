//! A damaged database at start-up: the app shows the recovery screen, restores the newest
//! good backup, keeps the damaged file aside, and opens normally.
use std::io::{Seek, SeekFrom, Write};

use amends_core::Desk;
use amends_e2e::{testid, TestEnv};

/// Overwrites the middle third of the file's pages past their headers: the header and the
/// schema still read, so the app opens, and the start-up quick_check finds the damage.
fn damage(path: &std::path::Path) {
    let size = std::fs::metadata(path).expect("database file").len();
    let mut file = std::fs::OpenOptions::new().write(true).open(path).expect("open for damage");
    let mut page = size / 3 / 4096 * 4096;
    while page < size * 2 / 3 {
        file.seek(SeekFrom::Start(page + 200)).expect("seek");
        file.write_all(&[0xA5; 1500]).expect("write garbage");
        page += 4096;
    }
    file.sync_all().expect("sync");
}

#[tokio::test]
async fn a_damaged_database_is_restored_from_the_newest_backup() {
    let env = TestEnv::new("recovery").expect("test environment");
    {
        let desk = Desk::open(env.data_dir()).expect("open a fresh data folder");
        desk.demo(400, 7).expect("demo cases");
        desk.backup_if_due(true).expect("an automatic backup").expect("one is due on a new folder");
    }
    damage(&env.data_dir().join("amends.db"));

    let app = env.launch().await.expect("the app starts on a damaged database");
    app.wait_for(&testid("recovery-screen")).await.expect("the recovery screen appears");
    app.screenshot("recovery-screen").await.expect("screenshot");
    app.click_testid("recovery-restore").await.expect("restore from the offered backup");
    app.wait_for(&testid("case-row")).await.expect("the case list of the restored data");

    let kept: Vec<String> = std::fs::read_dir(env.data_dir())
        .expect("data folder")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|name| name.starts_with("amends.db.damaged-"))
        .collect();
    assert!(!kept.is_empty(), "the damaged file is kept aside");
    app.quit().await.expect("the app closes");

    let desk = Desk::open(env.data_dir()).expect("the restored database opens with its check");
    let total = desk.list_cases(&Default::default()).expect("list").total;
    assert_eq!(total, 400, "every case of the backup is back");
}
