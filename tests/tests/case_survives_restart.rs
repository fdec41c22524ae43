//! The scenario: set up the shop, create a case, find it by a word of the complaint
//! typed in another letter case, restart the app on the same data folder, and the case is
//! still there and still found.
use amends_e2e::amends::{
    create_case, open_case_list, search_cases, set_up_shop, wait_for_case_numbers, NewCase,
};
use amends_e2e::TestEnv;

const KETTLE: NewCase = NewCase {
    surname: "Иванова",
    first_name: "Мария",
    phone: "+7 900 123-45-67",
    complaint: "Чайник протекает после недели использования",
    product: "Электрочайник",
};

// A second case that the search must leave out, so a list that ignores the query fails.
const PHONE: NewCase = NewCase {
    surname: "Петров",
    first_name: "Олег",
    phone: "+7 900 765-43-21",
    complaint: "Телефон не заряжается",
    product: "Смартфон",
};

#[tokio::test]
async fn a_case_is_found_by_a_word_and_survives_a_restart() {
    let env = TestEnv::new("case-survives-restart").expect("test environment");

    let app = env.launch().await.expect("first launch");
    set_up_shop(&app, "Уютный дом", "Анна Смирнова").await.expect("shop setup");
    let kettle = create_case(&app, &KETTLE).await.expect("creating the kettle case");
    let phone = create_case(&app, &PHONE).await.expect("creating the phone case");
    assert_ne!(kettle, phone, "two cases share a number");

    open_case_list(&app).await.expect("case list");
    wait_for_case_numbers(&app, &[&kettle, &phone]).await.expect("both cases listed");
    search_cases(&app, "ЧАЙНИК").await.expect("typing the search");
    wait_for_case_numbers(&app, &[&kettle]).await.expect("upper-case word finds the kettle case");
    app.screenshot("case-survives-restart-search").await.expect("screenshot");
    app.quit().await.expect("closing the app");

    let app = env.launch().await.expect("second launch on the same data folder");
    // No setup form this time (it has no navigation, so this would fail on it).
    open_case_list(&app).await.expect("case list after restart");
    wait_for_case_numbers(&app, &[&kettle, &phone]).await.expect("both cases kept");
    search_cases(&app, "протекает").await.expect("typing the search");
    wait_for_case_numbers(&app, &[&kettle]).await.expect("the kettle case found after restart");
    app.screenshot("case-survives-restart-after").await.expect("screenshot");
    app.quit().await.expect("closing the app");
}
