//! The harness itself against the built app: the window opens, the UI renders, text typed
//! through WebDriver (Cyrillic included) arrives intact. Independent of any one screen.
use amends_e2e::{by_name, testid, App, TestEnv};
use serde_json::json;

#[tokio::test]
async fn the_window_opens_and_the_ui_renders() {
    let env = TestEnv::new("smoke-window").expect("test environment");
    let app = env.launch().await.expect("the app starts and a WebDriver session opens");

    // An element inside #root other than the static splash means the UI's script ran and
    // React rendered; a script error at load (say, a library at odds with the app's frozen
    // prototypes) leaves the splash.
    app.wait_for("#root > :not(#splash)").await.expect("the UI renders into #root");
    let (width, height) = app.client().get_window_size().await.expect("window size");
    assert!(width >= 600 && height >= 400, "window is {width}x{height}");
    let shot = app.screenshot("smoke-window").await.expect("a screenshot");
    let size = std::fs::metadata(&shot).expect("the screenshot file").len();
    assert!(size > 1000, "{} is only {size} bytes", shot.display());

    app.quit().await.expect("the app closes");
}

const PROBE: &str = "e2e-probe";

async fn probe_value(app: &App) -> serde_json::Value {
    app.client()
        .execute("return document.querySelector(arguments[0]).value;", vec![json!(by_name(PROBE))])
        .await
        .expect("reading the probe's value")
}

#[tokio::test]
async fn typed_text_arrives_intact() {
    let env = TestEnv::new("smoke-typing").expect("test environment");
    let app = env.launch().await.expect("the app starts and a WebDriver session opens");
    // The first screen first: an empty data folder opens the setup, which focuses its first
    // field as it appears. Typing before then would race that (and lose to it).
    app.wait_for(&testid("setup-form")).await.expect("the first-start setup is shown");

    // A bare input beside the app, so this checks WebDriver typing and nothing of the UI.
    let add_input = "const i = document.createElement('input'); i.name = arguments[0]; \
                     document.body.prepend(i);";
    app.client().execute(add_input, vec![json!(PROBE)]).await.expect("adding a probe input");

    let text = "Чайник протекает, ёЁ 42";
    app.type_into(PROBE, text).await.expect("typing");
    assert_eq!(probe_value(&app).await, json!(text));

    app.replace_text_css(&by_name(PROBE), "ЧАЙНИК").await.expect("replacing the text");
    assert_eq!(probe_value(&app).await, json!("ЧАЙНИК"), "select-all and delete left text behind");

    app.quit().await.expect("the app closes");
}
