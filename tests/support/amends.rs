//! Amends' own screens, through the test hooks the UI promises (`data-testid`s and field
//! names). When a screen changes, this is the one file to update.
use crate::error::{E2eError, Result};
use crate::session::App;
use crate::ui::testid;

/// A case typed into the case form, with a new customer.
pub struct NewCase<'a> {
    pub surname: &'a str,
    pub first_name: &'a str,
    pub phone: &'a str,
    pub complaint: &'a str,
    pub product: &'a str,
}

/// Fills in the first-run setup form and waits for it to go away.
pub async fn set_up_shop(app: &App, shop_name: &str, owner_name: &str) -> Result<()> {
    app.wait_for(&testid("setup-form")).await?;
    app.type_into("shop_name", shop_name).await?;
    app.type_into("owner_name", owner_name).await?;
    app.click_testid("setup-submit").await?;
    app.wait_gone(&testid("setup-form")).await
}

/// Waits for the case list, with rows or in its empty state.
pub async fn wait_for_case_list(app: &App) -> Result<()> {
    let css = format!("{}, {}", testid("case-list"), testid("case-list-empty"));
    app.wait_for(&css).await.map(drop)
}

/// Goes to the case list through the navigation.
pub async fn open_case_list(app: &App) -> Result<()> {
    app.click_testid("nav-cases").await?;
    wait_for_case_list(app).await
}

/// Creates a case from the case list and returns its number as the case page shows it.
pub async fn create_case(app: &App, case: &NewCase<'_>) -> Result<String> {
    open_case_list(app).await?;
    app.click_testid("new-case").await?;
    app.wait_for(&testid("case-form")).await?;
    app.click_testid("customer-new").await?;
    app.type_into("customer.surname", case.surname).await?;
    app.type_into("customer.first_name", case.first_name).await?;
    app.type_into("customer.phone", case.phone).await?;
    app.type_into("complaint", case.complaint).await?;
    app.type_into("product", case.product).await?;
    // Built-in category names depend on the UI language; any category will do here.
    app.choose_first_option(&testid("case-category")).await?;
    app.click_testid("case-submit").await?;
    wait_for_case_page(app).await?;
    let shown = app.text_of(&testid("case-number")).await?;
    case_number_in(&shown).ok_or_else(|| {
        E2eError::new(format!("{}: no case number like 2026-0001 in {shown:?}", app.name()))
    })
}

/// Waits for the case page after submitting the case form; while the form is still there,
/// its invalid fields (Mantine marks them `aria-invalid`) are what a failure reports.
async fn wait_for_case_page(app: &App) -> Result<()> {
    let page = testid("case-page");
    let page = page.as_str();
    app.poll("the case page after submitting the form", move || async move {
        if !app.find_all(page).await?.is_empty() {
            return Ok(Some(()));
        }
        let invalid = app.client().execute(INVALID_FIELDS_JS, vec![]).await?;
        match invalid.as_array().is_some_and(|a| !a.is_empty()) {
            true => Err(E2eError::new(format!("the form shows invalid fields: {invalid}"))),
            false => Ok(None),
        }
    })
    .await
}

/// Lists "field: message" for every input marked invalid (the field by name, else label),
/// the message found through the input's `aria-describedby`.
const INVALID_FIELDS_JS: &str = r#"
return [...document.querySelectorAll('[aria-invalid="true"]')].map((el) => {
  const ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  const texts = ids.map((id) => document.getElementById(id)).filter((e) => e && /error/i.test(e.id + ' ' + e.className));
  const label = el.labels && el.labels[0] ? el.labels[0].innerText.trim() : '';
  return (el.name || label || el.id) + ': ' + texts.map((e) => e.innerText).join(' ');
});
"#;

/// Puts `query` in the case list's search box, replacing what it held.
pub async fn search_cases(app: &App, query: &str) -> Result<()> {
    app.replace_text_css(&testid("case-search"), query).await
}

/// The numbers of the case rows shown now, in screen order.
pub async fn shown_case_numbers(app: &App) -> Result<Vec<String>> {
    let mut numbers = Vec::new();
    for row in app.find_all(&testid("case-row")).await? {
        numbers.push(row.attr("data-number").await?.unwrap_or_default());
    }
    Ok(numbers)
}

/// Waits until the list shows exactly the cases `expected` (in any order): search results
/// arrive after a debounce and a round trip to the core.
pub async fn wait_for_case_numbers(app: &App, expected: &[&str]) -> Result<()> {
    let mut want: Vec<String> = expected.iter().map(|n| n.to_string()).collect();
    want.sort();
    let want = &want;
    app.poll(&format!("the case list to show exactly {want:?}"), move || async move {
        let mut shown = shown_case_numbers(app).await?;
        shown.sort();
        match &shown == want {
            true => Ok(Some(())),
            // Reported by `poll` if the list never settles on the expected rows.
            false => Err(E2eError::new(format!("shown: {shown:?}"))),
        }
    })
    .await
}

/// Finds a case number (`YYYY-NNNN`, the sequence at least four digits) in a text such as
/// "Case № 2026-0001".
pub fn case_number_in(text: &str) -> Option<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .find(|word| {
            let mut parts = word.split('-');
            let (year, seq) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            parts.next().is_none() && year.len() == 4 && seq.len() >= 4
                && year.chars().chain(seq.chars()).all(|c| c.is_ascii_digit())
        })
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::case_number_in;

    #[test]
    fn finds_the_case_number_in_a_heading() {
        assert_eq!(case_number_in("Обращение № 2026-0001").as_deref(), Some("2026-0001"));
        assert_eq!(case_number_in("2026-12345").as_deref(), Some("2026-12345"));
        assert_eq!(case_number_in("Case 2026-001 of 12-2026"), None);
        assert_eq!(case_number_in("+7-900-123-4567"), None);
    }
}
