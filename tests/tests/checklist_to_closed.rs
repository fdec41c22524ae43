//! Issue 3's scenario in the real app: a case recorded at intake shows on Today, is taken
//! through every step of the checklist to closed, and leaves Today; its timeline holds
//! every act.
use amends_e2e::amends::{create_case, set_up_shop, NewCase};
use amends_e2e::checklist::*;
use amends_e2e::{testid, TestEnv};

const CASE: NewCase = NewCase {
    surname: "Соколова",
    first_name: "Ирина",
    phone: "+7 900 222-33-44",
    complaint: "Кофемолка сломалась через три дня",
    product: "Кофемолка",
};

#[tokio::test]
async fn a_case_goes_through_every_step_to_closed() {
    let env = TestEnv::new("checklist-to-closed").expect("test environment").with_env("TZ", mid_morning_zone());
    let app = env.launch().await.expect("launch");
    set_up_shop(&app, "Уютный дом", "Анна Смирнова").await.expect("shop setup");
    let number = create_case(&app, &CASE).await.expect("intake");

    // Due for acknowledgement today (the shop's 2-hour target).
    open_today(&app).await.expect("Today");
    wait_today_lists(&app, &number, true).await.expect("the new case is due today");
    app.screenshot("checklist-today-before").await.expect("screenshot");
    open_from_today(&app, &number).await.expect("case from Today");

    done(&app, "acknowledge").await.expect("acknowledge");
    fill(&app, "listen", "summary", "Клиентка рассказала, что мельница перестала вращаться").await.expect("listen");
    done(&app, "listen").await.expect("listen done");
    fill(&app, "restate", "summary", "Кофемолка неисправна, нужна замена").await.expect("restate");
    tick(&app, "restate", "confirmed").await.expect("confirmed");
    done(&app, "restate").await.expect("restate done");
    done(&app, "promise").await.expect("promise (the proposed date)");
    choose_radio(&app, "classify", "root_cause", "defect").await.expect("root cause");
    done(&app, "classify").await.expect("classify done");
    fill(&app, "investigate", "checked", "Осмотрели кофемолку и чек").await.expect("checked");
    fill(&app, "investigate", "found", "Сгорел мотор").await.expect("found");
    choose_radio(&app, "investigate", "verdict", "right").await.expect("verdict");
    done(&app, "investigate").await.expect("investigate done");
    choose_first(&app, "remedy", "remedy").await.expect("remedy kind");
    fill(&app, "remedy", "details", "Заменяем на новую").await.expect("remedy details");
    done(&app, "remedy").await.expect("remedy done");
    // A defect needs a corrective action before its step can be done.
    add_corrective(&app, "Проверять партию перед продажей").await.expect("corrective action");
    done(&app, "corrective_action").await.expect("corrective step done");
    choose_radio(&app, "letter", "method", "in_person").await.expect("handover method");
    done(&app, "letter").await.expect("letter done");
    rate(&app, "follow_up", "satisfaction", 5).await.expect("satisfaction");
    done(&app, "follow_up").await.expect("follow-up done");
    done(&app, "close").await.expect("close");
    app.screenshot("checklist-closed").await.expect("screenshot");

    // Every step settled, every act in the timeline.
    for step in ["acknowledge", "listen", "restate", "promise", "classify", "investigate", "remedy",
                 "corrective_action", "letter", "follow_up", "close"] {
        wait_step_state(&app, step, "done").await.expect("all steps done");
    }
    let events = app.find_all(&format!("{} [data-testid^=\"event-\"]", testid("timeline"))).await.expect("timeline");
    assert!(events.len() >= 13, "case created, 11 steps and the corrective action: {} events", events.len());

    // Nothing left due: Today no longer lists it.
    open_today(&app).await.expect("Today again");
    wait_today_lists(&app, &number, false).await.expect("the closed case left Today");
    app.screenshot("checklist-today-after").await.expect("screenshot");
    app.quit().await.expect("quit");
}
