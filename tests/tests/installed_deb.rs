//! The installed Linux package rather than the build tree: `.ci/package-deb` builds the
//! .deb, installs it, and runs this test with `AMENDS_APP_BIN` at the installed binary
//! (`/usr/bin/amends`). Ignored in the normal suite, which has no package installed.
//!
//! A fresh data folder and fresh XDG folders (the harness makes them) are a first start on
//! a new computer: the window must show the shop setup, the setup must save, and a restart
//! must open the app itself.
use std::path::{Path, PathBuf};

use amends_e2e::amends::{set_up_shop, wait_for_case_list};
use amends_e2e::{testid, TestEnv};

/// The binary under test, which must not be one from this workspace's target folder.
fn installed_binary() -> PathBuf {
    let bin = std::env::var_os("AMENDS_APP_BIN")
        .map(PathBuf::from)
        .expect("AMENDS_APP_BIN must point at the installed app (run through .ci/package-deb)");
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root");
    assert!(bin.is_absolute(), "AMENDS_APP_BIN={} is not an absolute path", bin.display());
    assert!(!bin.starts_with(workspace), "{} is in the build tree, not installed", bin.display());
    bin
}

#[tokio::test]
#[ignore = "needs the installed .deb: run by .ci/package-deb"]
async fn the_installed_app_opens_at_first_start_setup() {
    let bin = installed_binary();
    let env = TestEnv::with_app("installed-deb", &bin, None).expect("test environment");

    let app = env.launch().await.expect("the installed app starts and a WebDriver session opens");
    app.wait_for(&testid("setup-form")).await.expect("first start shows the shop setup");
    app.screenshot("installed-deb-setup").await.expect("screenshot");
    set_up_shop(&app, "Installed Shop", "Test Owner").await.expect("shop setup saves");
    wait_for_case_list(&app).await.expect("the case list after setup");
    app.quit().await.expect("closing the app");

    let files: Vec<String> = std::fs::read_dir(env.data_dir())
        .expect("the data folder")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    assert!(!files.is_empty(), "the app wrote nothing into AMENDS_DATA_DIR {}", env.data_dir().display());

    let app = env.launch().await.expect("second launch of the installed app");
    wait_for_case_list(&app).await.expect("a restart opens the app, not the setup again");
    app.screenshot("installed-deb-after-restart").await.expect("screenshot");
    app.quit().await.expect("closing the app");
}
