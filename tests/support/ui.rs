//! Generic page helpers on [`App`]: waiting, clicking, typing, Mantine selects, screenshots.
//! Every wait polls until `App::wait_limit` and then fails with what it was waiting for.
use std::future::Future;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::Locator;

use crate::error::{Context, E2eError, Result};
use crate::paths;
use crate::session::App;

const POLL: Duration = Duration::from_millis(50);

/// Starts an animation of a transparent 1 px element, which has the page draw every frame.
const KEEP_DRAWING: &str = r#"
if (!document.getElementById("e2e-keep-drawing")) {
  const style = document.createElement("style");
  style.id = "e2e-keep-drawing-style";
  style.textContent = "@keyframes e2e-keep-drawing { from { opacity: 0.5 } to { opacity: 0.6 } }";
  const dot = document.createElement("div");
  dot.id = "e2e-keep-drawing";
  dot.style.cssText = "position: fixed; left: 0; top: 0; width: 1px; height: 1px; pointer-events: none; animation: e2e-keep-drawing 1s infinite";
  document.head.append(style);
  document.body.append(dot);
}"#;
/// Removes what [`KEEP_DRAWING`] added.
const STOP_DRAWING: &str = r#"
for (const id of ["e2e-keep-drawing", "e2e-keep-drawing-style"]) document.getElementById(id)?.remove();"#;

/// CSS selector for `[data-testid="id"]`.
pub fn testid(id: &str) -> String {
    format!("[data-testid=\"{}\"]", css_string(id))
}

/// CSS selector for `[name="name"]` (quoted: names like `customer.surname` hold dots).
pub fn by_name(name: &str) -> String {
    format!("[name=\"{}\"]", css_string(name))
}

fn css_string(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

impl App {
    /// Calls `attempt` until it yields `Some`, for at most the wait limit. Errors from
    /// `attempt` count as "not yet" (the page may be mid-render) and the last one is reported.
    pub async fn poll<T, F, Fut>(&self, what: &str, mut attempt: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Option<T>>>,
    {
        let deadline = Instant::now() + self.wait_limit;
        let mut last_error = None;
        loop {
            match attempt().await {
                Ok(Some(value)) => return Ok(value),
                Ok(None) => {}
                Err(e) => last_error = Some(e),
            }
            if Instant::now() >= deadline {
                let detail = last_error.map(|e| format!(" (last error: {e})")).unwrap_or_default();
                return Err(E2eError::new(format!(
                    "{}: waited {:?} for {what}{detail}\n  the page says: {:?}",
                    self.name(),
                    self.wait_limit,
                    self.page_text().await
                )));
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The start of the page's visible text, to tell in a failure what the screen showed
    /// (an error screen, a loader, an empty page after a script error).
    pub async fn page_text(&self) -> String {
        let script = "return document.body ? document.body.innerText.slice(0, 300) : '';";
        match tokio::time::timeout(Duration::from_secs(5), self.client().execute(script, vec![])).await {
            Ok(Ok(serde_json::Value::String(text))) => text,
            Ok(Ok(other)) => other.to_string(),
            Ok(Err(e)) => format!("(could not read it: {e})"),
            Err(_) => "(could not read it: no answer in 5 s)".into(),
        }
    }

    /// The first element matching `css`, once there is one.
    pub async fn wait_for(&self, css: &str) -> Result<Element> {
        self.poll(&format!("`{css}`"), move || async move {
            Ok(self.client().find_all(Locator::Css(css)).await?.into_iter().next())
        })
        .await
    }

    /// Waits until nothing matches `css` (a dialog closed, a form went away).
    pub async fn wait_gone(&self, css: &str) -> Result<()> {
        self.poll(&format!("`{css}` to go away"), move || async move {
            Ok(self.client().find_all(Locator::Css(css)).await?.is_empty().then_some(()))
        })
        .await
    }

    /// All elements matching `css` now (no waiting).
    pub async fn find_all(&self, css: &str) -> Result<Vec<Element>> {
        self.client().find_all(Locator::Css(css)).await.context(|| format!("finding `{css}`"))
    }

    /// Clicks the first element matching `css`, retrying while it is missing or covered
    /// (Mantine animates overlays in and out).
    pub async fn click(&self, css: &str) -> Result<()> {
        self.poll(&format!("a clickable `{css}`"), move || async move {
            let element = self.client().find(Locator::Css(css)).await?;
            element.click().await?;
            Ok(Some(()))
        })
        .await
    }

    pub async fn click_testid(&self, id: &str) -> Result<()> {
        self.click(&testid(id)).await
    }

    /// Types `text` into the first element matching `css` after focusing it; real key
    /// events, so React sees them. Appends to what the field already holds.
    pub async fn type_into_css(&self, css: &str, text: &str) -> Result<()> {
        let element = self.wait_for(css).await?;
        element.click().await.context(|| format!("{}: focusing `{css}`", self.name()))?;
        element.send_keys(text).await.context(|| format!("{}: typing into `{css}`", self.name()))
    }

    /// Replaces what the field matching `css` holds with `text`: select-all and delete by
    /// keyboard, which React sees (WebDriver's Element Clear changes the value behind
    /// React's back), then type.
    pub async fn replace_text_css(&self, css: &str, text: &str) -> Result<()> {
        let element = self.wait_for(css).await?;
        element.click().await.context(|| format!("{}: focusing `{css}`", self.name()))?;
        let clear: String = [Key::Control.into(), 'a', Key::Null.into(), Key::Backspace.into()]
            .into_iter()
            .collect();
        element.send_keys(&clear).await.context(|| format!("{}: clearing `{css}`", self.name()))?;
        element.send_keys(text).await.context(|| format!("{}: typing into `{css}`", self.name()))
    }

    /// Types into the field `[name=...]`.
    pub async fn type_into(&self, name: &str, text: &str) -> Result<()> {
        self.type_into_css(&by_name(name), text).await
    }

    /// The visible text of the first element matching `css`, once there is one.
    pub async fn text_of(&self, css: &str) -> Result<String> {
        let element = self.wait_for(css).await?;
        element.text().await.context(|| format!("{}: reading the text of `{css}`", self.name()))
    }

    /// Opens the Mantine Select whose input matches `input_css` and clicks the option whose
    /// text is `label`.
    pub async fn choose_option(&self, input_css: &str, label: &str) -> Result<()> {
        self.choose(input_css, Some(label)).await.map(drop)
    }

    /// As [`App::choose_option`], picking the first option; returns its text.
    pub async fn choose_first_option(&self, input_css: &str) -> Result<String> {
        self.choose(input_css, None).await
    }

    async fn choose(&self, input_css: &str, label: Option<&str>) -> Result<String> {
        self.click(input_css).await?;
        let what = match label {
            Some(label) => format!("option `{label}` of `{input_css}`"),
            None => format!("any option of `{input_css}`"),
        };
        self.poll(&what, move || async move {
            // Options live in a portal at the end of <body>, not under the input.
            let mut seen = Vec::new();
            for option in self.find_all("[role=option]").await? {
                let text = option.text().await?.trim().to_string();
                if label.is_none() || label == Some(text.as_str()) {
                    option.click().await?;
                    return Ok(Some(text));
                }
                seen.push(text);
            }
            // Reported by `poll` as the last error if the option never shows up.
            Err(E2eError::new(format!("options seen: {seen:?}")))
        })
        .await
    }

    /// Saves a WebDriver screenshot of the page to `tests/artifacts/NAME.png`.
    ///
    /// WebKitWebDriver takes it once the page has drawn again. Where WebKit draws without
    /// compositing (the app's choice on a machine without a GPU, as here), an idle page
    /// never draws again and the screenshot never comes; so an invisible 1 px element is
    /// animated while it is taken, and removed after.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        self.client().execute(KEEP_DRAWING, vec![]).await.context(|| format!("{}: before the screenshot", self.name()))?;
        let png = self.client().screenshot().await;
        let stopped = self.client().execute(STOP_DRAWING, vec![]).await;
        let png = png.context(|| format!("{}: screenshot", self.name()))?;
        stopped.context(|| format!("{}: after the screenshot", self.name()))?;
        let path = paths::artifacts_dir()?.join(format!("{name}.png"));
        std::fs::write(&path, png).context(|| format!("writing {}", path.display()))?;
        Ok(path)
    }
}
