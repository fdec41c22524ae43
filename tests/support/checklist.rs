//! The case page's checklist and the Today screen, through their `data-testid`s. When those
//! screens change, this is the file to update.
use crate::error::{E2eError, Result};
use crate::session::App;
use crate::ui::testid;

/// A shop time zone in which it is mid-morning now, so that "due today" does not depend on
/// the hour the test runs (a 2-hour target set at 23:00 falls due tomorrow). Etc/GMT zones
/// have inverted signs: Etc/GMT-3 is UTC+3.
pub fn mid_morning_zone() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let hour = ((secs % 86_400) / 3_600) as i64;
    let mut offset = 10 - hour; // UTC + offset = 10 o'clock
    if offset > 14 {
        offset -= 24;
    }
    if offset < -12 {
        offset += 24;
    }
    match offset {
        0 => "Etc/UTC".to_string(),
        n if n > 0 => format!("Etc/GMT-{n}"),
        n => format!("Etc/GMT+{}", -n),
    }
}

/// Opens Today through the navigation.
pub async fn open_today(app: &App) -> Result<()> {
    app.click_testid("nav-today").await?;
    app.wait_for(&format!("{}, {}", testid("today"), testid("today-empty"))).await.map(drop)
}

/// The case numbers Today lists now.
pub async fn today_numbers(app: &App) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for row in app.find_all(&testid("today-row")).await? {
        out.push(row.attr("data-number").await?.unwrap_or_default());
    }
    Ok(out)
}

/// Waits until Today does (or does not) list case `number`.
pub async fn wait_today_lists(app: &App, number: &str, listed: bool) -> Result<()> {
    app.poll(&format!("Today {} {number}", if listed { "to list" } else { "to no longer list" }), move || async move {
        let shown = today_numbers(app).await?;
        match shown.iter().any(|n| n == number) == listed {
            true => Ok(Some(())),
            false => Err(E2eError::new(format!("Today shows {shown:?}"))),
        }
    })
    .await
}

/// Opens a case from its row on Today.
pub async fn open_from_today(app: &App, number: &str) -> Result<()> {
    // WebKitWebDriver does not click a table row itself; its cells take the click.
    app.click(&format!("{}[data-number=\"{number}\"] td", testid("today-row"))).await?;
    app.wait_for(&testid("checklist")).await.map(drop)
}

fn in_form(step: &str, css: &str) -> String {
    format!("{} {css}", testid(&format!("step-form-{step}")))
}

/// Types into a text field of the open step's form.
pub async fn fill(app: &App, step: &str, field: &str, text: &str) -> Result<()> {
    app.type_into_css(&in_form(step, &format!("[name=\"{field}\"]")), text).await
}

/// Picks a radio choice (choices of up to four options are radio buttons; Mantine puts the
/// test id on the radio input itself).
pub async fn choose_radio(app: &App, step: &str, field: &str, code: &str) -> Result<()> {
    app.click(&in_form(step, &testid(&format!("choice-{field}-{code}")))).await
}

/// Picks the first option of a choice shown as a select (more than four options), by
/// keyboard: the dropdown of a select low on a long page opens outside the window, where
/// WebKitWebDriver cannot click it.
pub async fn choose_first(app: &App, step: &str, field: &str) -> Result<()> {
    use fantoccini::key::Key;
    let css = in_form(step, &testid(&format!("field-{field}")));
    let keys: String = [char::from(Key::Down), char::from(Key::Enter)].into_iter().collect();
    let element = app.wait_for(&css).await?;
    element.click().await?;
    element.send_keys(&keys).await?;
    let css = css.as_str();
    app.poll(&format!("a value in {field}"), move || async move {
        let value = app.client().find(fantoccini::Locator::Css(css)).await?.prop("value").await?;
        Ok(value.filter(|v| !v.is_empty()).map(drop))
    })
    .await
}

/// Ticks a checkbox of the open step's form.
pub async fn tick(app: &App, step: &str, field: &str) -> Result<()> {
    app.click(&in_form(step, &format!("input[name=\"{field}\"]"))).await
}

/// Gives `stars` (1–5) on a rating field.
pub async fn rate(app: &App, step: &str, field: &str, stars: usize) -> Result<()> {
    let css = in_form(step, &format!("{} label", testid(&format!("field-{field}"))));
    let css = css.as_str();
    app.poll(&format!("star {stars} of {field}"), move || async move {
        let labels = app.find_all(css).await?;
        // Mantine's Rating: one label per star (some versions add a leading empty one).
        let star = labels.len().checked_sub(6 - stars).and_then(|i| labels.get(i));
        match star {
            Some(label) => {
                label.click().await?;
                Ok(Some(()))
            }
            None => Err(E2eError::new(format!("{} star labels", labels.len()))),
        }
    })
    .await
}

/// Presses the open step's "Done" and waits until the step shows as done.
pub async fn done(app: &App, step: &str) -> Result<()> {
    app.click(&in_form(step, &testid("step-done"))).await?;
    wait_step_state(app, step, "done").await
}

pub async fn wait_step_state(app: &App, step: &str, state: &str) -> Result<()> {
    let css = format!("{}[data-state=\"{state}\"]", testid(&format!("step-{step}")));
    let failure = testid("step-failure");
    let (css, failure) = (css.as_str(), failure.as_str());
    app.poll(&format!("step {step} to be {state}"), move || async move {
        if !app.find_all(css).await?.is_empty() {
            return Ok(Some(()));
        }
        match app.find_all(failure).await?.first() {
            Some(shown) => Err(E2eError::new(format!("the step says: {}", shown.text().await.unwrap_or_default()))),
            None => Ok(None),
        }
    })
    .await
}

/// Adds a corrective action from the case page.
pub async fn add_corrective(app: &App, description: &str) -> Result<()> {
    app.click_testid("corrective-add").await?;
    app.type_into_css(&format!("{} [name=\"description\"]", testid("corrective-form")), description).await?;
    app.click_testid("corrective-save").await?;
    app.wait_for(&testid("corrective-item")).await.map(drop)
}
