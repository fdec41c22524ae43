//! The case list's columns in the real WebKit window: they keep their places whatever the
//! rows hold (checked across a search that changes them; the start screen's first frame,
//! pages and filters change the rows the same way), and an overdue case's tag sits in its
//! status cell.
use amends_core::case::CaseQuery;
use amends_core::Desk;
use amends_e2e::amends::{search_cases, shown_case_numbers};
use amends_e2e::{App, E2eError, Result, TestEnv};

/// The left edge and width of each header cell, in CSS pixels.
async fn header_columns(app: &App) -> Result<Vec<(f64, f64)>> {
    let script = r#"return Array.from(document.querySelectorAll("thead th"), (th) => {
        const box = th.getBoundingClientRect();
        return [box.left, box.width];
    });"#;
    let value = app.client().execute(script, vec![]).await.map_err(|e| E2eError::new(format!("reading the header: {e}")))?;
    serde_json::from_value(value).map_err(|e| E2eError::new(format!("the header's boxes: {e}")))
}

/// The index of the cell holding the first overdue tag, among its row's cells.
async fn overdue_cell_index(app: &App) -> Result<i64> {
    let script = r#"const tag = document.querySelector('[data-testid="overdue"]');
        const cell = tag && tag.closest("td");
        return cell ? Array.from(cell.parentElement.children).indexOf(cell) : -1;"#;
    let value = app.client().execute(script, vec![]).await.map_err(|e| E2eError::new(format!("finding the tag: {e}")))?;
    value.as_i64().ok_or_else(|| E2eError::new(format!("not an index: {value}")))
}

#[tokio::test]
async fn the_columns_stay_put_and_overdue_sits_with_the_status() {
    let env = TestEnv::new("case-list-columns").expect("test environment");
    let (newest_surname, newest_count) = {
        let desk = Desk::open(env.data_dir()).expect("open a fresh data folder");
        desk.demo(400, 11).expect("demo cases");
        let page = desk.list_cases(&CaseQuery { limit: Some(50), ..CaseQuery::default() }).expect("the first page");
        assert!(page.items.iter().any(|item| item.overdue), "the first page holds an overdue case");
        let surname = page.items[0].customer_name.split(' ').next().unwrap_or_default().to_string();
        let theirs = desk
            .list_cases(&CaseQuery { search: Some(surname.clone()), ..CaseQuery::default() })
            .expect("searching the surname");
        (surname, theirs.total)
    };
    assert!(newest_count < 50, "the search must change the rows: {newest_count} cases of {newest_surname}");

    let app = env.launch().await.expect("the app starts");
    app.poll("a full first page", || async { Ok((shown_case_numbers(&app).await?.len() == 50).then_some(())) })
        .await
        .expect("the case list");
    let full_page = header_columns(&app).await.expect("the header");
    assert_eq!(full_page.len(), 5, "number, customer, category, status, age: {full_page:?}");
    assert_eq!(overdue_cell_index(&app).await.expect("an overdue row"), 3, "the overdue tag is in the status cell");

    search_cases(&app, &newest_surname).await.expect("typing the search");
    app.poll("the search's rows", || async {
        let shown = shown_case_numbers(&app).await?.len();
        Ok((shown == newest_count as usize).then_some(()))
    })
    .await
    .expect("the search results");
    let searched = header_columns(&app).await.expect("the header");
    assert_eq!(full_page, searched, "the columns moved when the rows changed");
    app.screenshot("case-list-columns").await.expect("screenshot");
    app.quit().await.expect("the app closes");
}
