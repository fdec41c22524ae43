//! The closing letter drafted from real cases taken through the checklist, printed and read
//! back with poppler's `pdftotext` and checked with `qpdf --check`; versions kept under
//! files/letters/, the timeline's `letter_generated` events, the owner's phrases, and the
//! letters' metadata in the export round trip.
mod common;

use std::path::Path;
use std::process::Command;

use amends_core::case::*;
use amends_core::checklist::*;
use amends_core::letter::{LetterDraft, PaperSize, PhraseOverride};
use amends_core::time::ManualClock;
use amends_core::{AmendsError, Desk};
use chrono::{DateTime, Duration, Utc};
use common::*;
use serde_json::{json, Value};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

fn complete(step: StepCode, v: Value) -> ChecklistAction {
    ChecklistAction::Complete { step, values: v.as_object().unwrap().clone() }
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("`{name}` could not be started ({e}); install poppler-utils and qpdf"));
    assert!(out.status.success(), "`{name} {}` failed: {}", args.join(" "), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF's text with whitespace (no-break spaces included) collapsed, and qpdf's verdict.
fn read_back(path: &Path) -> String {
    let p = path.to_str().unwrap();
    let check = tool("qpdf", &["--check", p]);
    assert!(check.contains("No syntax or stream encoding errors"), "{check}");
    tool("pdftotext", &[p, "-"]).split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Case {
    _dir: tempfile::TempDir,
    desk: Desk,
    clock: ManualClock,
    id: String,
    number: String,
}

fn open_case(customer: CustomerInput, complaint: &str, category: &str) -> Case {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(at("2026-11-25T09:00:00+03:00"));
    let desk = Desk::open_with_clock(dir.path(), Box::new(clock.clone())).unwrap();
    desk.save_shop_profile(shop_input()).unwrap();
    let category_id = desk.list_categories(false).unwrap().into_iter().find(|c| c.code.as_deref() == Some(category)).unwrap().id;
    let mut input = case_input(&category_id, complaint, CustomerRef::New { customer });
    input.demand = Demand::Refund;
    let case = desk.create_case(input).unwrap();
    Case { _dir: dir, desk, clock, id: case.id, number: case.number }
}

fn walk(c: &Case, steps: &[(StepCode, Value)]) {
    for (step, v) in steps {
        c.desk.apply_step(&c.id, complete(*step, v.clone()), None).unwrap();
    }
}

fn early_steps() -> Vec<(StepCode, Value)> {
    vec![
        (StepCode::Acknowledge, json!({"at": "2026-11-25T09:00:00+03:00", "channel": "phone"})),
        (StepCode::Listen, json!({"at": "2026-11-25T09:00:00+03:00", "summary": "Протекает дно", "apologised": true})),
        (StepCode::Restate, json!({"summary": "Дно течёт", "confirmed": true})),
        (StepCode::Promise, json!({"decision_due": "2026-11-28T18:00:00+03:00"})),
    ]
}

/// A defect case with a corrective action and a voucher, up to the letter step.
fn defect_case(customer: CustomerInput) -> Case {
    let c = open_case(customer, "Чайник протекает после второго кипячения", "defective");
    let mut steps = early_steps();
    steps.push((StepCode::Classify, json!({"root_cause": "defect", "refusal": "none"})));
    steps.push((StepCode::Investigate, json!({"checked": "чайник и чек", "found": "трещина в сварном шве дна", "verdict": "right"})));
    walk(&c, &steps);
    // Before the remedy the letter is not ready.
    let err = c.desk.letter_draft(&c.id, None).unwrap_err();
    assert!(matches!(err, AmendsError::StepRefused { rule: "letter_not_ready", ref detail, .. } if detail.as_deref() == Some("remedy")), "{err:?}");
    walk(&c, &[(StepCode::Remedy, json!({"remedy": "replace", "details": "Новый чайник уже ждёт вас в магазине"}))]);
    c.desk
        .add_corrective(&c.id, &CorrectiveInput { description: "Проверяем дно каждого чайника при приёмке партии".into(), owner_id: None, due_date: None }, None)
        .unwrap();
    walk(&c, &[(StepCode::CorrectiveAction, json!({}))]);
    let voucher = CompensationInput {
        kind: CompensationKind::Voucher,
        value: "1500".into(),
        how_to_use: Some("Назовите код на кассе".into()),
        voucher_code: Some("SORRY-1500".into()),
        valid_until: Some("2027-02-28".into()),
        accept_warnings: false,
    };
    c.desk.add_compensation(&c.id, &voucher, None).unwrap();
    c
}

fn anna() -> CustomerInput {
    customer("Смирнова", "Анна", Some("Сергеевна"), Some("+7 900 123-45-67"))
}

fn keys(draft: &LetterDraft) -> Vec<&str> {
    draft.sections.iter().map(|s| s.key.as_str()).collect()
}

#[test]
fn a_russian_letter_carries_every_part() {
    let c = defect_case(anna());
    let draft = c.desk.letter_draft(&c.id, None).unwrap();
    assert_eq!(draft.language, Language::Ru);
    assert_eq!(draft.paper, PaperSize::A4);
    assert_eq!(keys(&draft), ["reference", "findings", "changes", "remedy", "thanks"]);
    assert_eq!(draft.salutation, "Уважаемая Анна Сергеевна!");
    let all: String = draft.sections.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("\n");
    assert!(all.contains("1\u{202F}500,00\u{A0}₽"), "{all}");
    assert_eq!(all.matches("жаль").count(), 1, "one apology: {all}");

    let letter = c.desk.generate_letter(&c.id, &draft, None).unwrap();
    assert_eq!((letter.version, letter.page_count), (1, 1));
    assert!(letter.file.starts_with(&format!("files/letters/{}-v1-", c.number)) && letter.file.ends_with(".pdf"), "{}", letter.file);
    let path = c.desk.letter_path(&letter.id).unwrap();
    assert!(path.starts_with(c.desk.data_dir().join("files").join("letters")));
    let text = read_back(&path);
    for part in [
        "Уютный дом",
        "+7 843 555-12-34",
        &format!("Обращение № {}", c.number),
        "Смирнова Анна Сергеевна",
        "Уважаемая Анна Сергеевна!",
        "25 ноября 2026 г.",
        "Чайник протекает после второго кипячения",
        "Что мы проверили и выяснили",
        "трещина в сварном шве дна",
        "Что мы изменили",
        "Проверяем дно каждого чайника при приёмке партии",
        "Что мы предлагаем",
        "Мы заменим товар на новый",
        "1 500,00 ₽",
        "SORRY-1500",
        "28 февраля 2027 г.",
        "Назовите код на кассе",
        "info@dom.example",
        "С уважением,",
        "Елена Соколова",
        "Директор",
    ] {
        assert!(text.contains(part), "missing {part:?} in {text}");
    }
}

#[test]
fn an_english_letter_with_the_same_facts() {
    let mut who = customer("Smith", "Anna", None, Some("+44 20 7946 0000"));
    who.language = Language::En;
    who.address_form = AddressForm::TitleSurname;
    let c = defect_case(who);
    let draft = c.desk.letter_draft(&c.id, None).unwrap();
    assert_eq!(draft.language, Language::En);
    assert_eq!(draft.salutation, "Dear Ms Smith,");
    let letter = c.desk.generate_letter(&c.id, &draft, None).unwrap();
    let text = read_back(&c.desk.letter_path(&letter.id).unwrap());
    for part in [
        &format!("Case {}", c.number),
        "Dear Ms Smith,",
        "25 November 2026",
        "What we checked and found",
        "What we have changed",
        "What we offer",
        "RUB 1,500.00",
        "code SORRY-1500",
        "valid until 28 February 2027",
        "Kind regards,",
        "Елена Соколова",
    ] {
        assert!(text.contains(part), "missing {part:?} in {text}");
    }
    // A Russian letter to the same case on request; the patronymic form for Russian customers.
    let ru = c.desk.letter_draft(&c.id, Some(Language::Ru)).unwrap();
    assert_eq!(ru.salutation, "Уважаемая госпожа Smith!");
}

#[test]
fn a_refusal_letter_explains_the_limits_without_a_remedy() {
    let c = open_case(anna(), "Требую уволить продавца", "staff_conduct");
    let mut steps = early_steps();
    steps.push((StepCode::Classify, json!({"root_cause": "misunderstanding", "refusal": "harmful_to_staff"})));
    steps.push((StepCode::Investigate, json!({"checked": "записи камер", "found": "продавец вёл себя вежливо", "verdict": "not_right"})));
    walk(&c, &steps);
    let draft = c.desk.letter_draft(&c.id, None).unwrap();
    assert!(draft.refusal);
    assert_eq!(keys(&draft), ["reference", "answer", "thanks"]);
    let letter = c.desk.generate_letter(&c.id, &draft, None).unwrap();
    let text = read_back(&c.desk.letter_path(&letter.id).unwrap());
    assert!(text.contains("Наш ответ") && text.contains("продавец вёл себя вежливо") && text.contains("достоинстве и безопасности"), "{text}");
    assert!(!text.contains("Что мы предлагаем") && !text.contains("жаль"), "{text}");
}

#[test]
fn a_misunderstanding_gets_the_plain_explanation() {
    let c = open_case(anna(), "Не вернули деньги за подарочную упаковку", "other");
    let mut steps = early_steps();
    steps.push((StepCode::Classify, json!({"root_cause": "misunderstanding", "refusal": "none"})));
    steps.push((StepCode::Investigate, json!({"checked": "чек", "found": "Упаковка оплачивается отдельно и возвращается вместе с товаром.", "verdict": "not_right"})));
    steps.push((StepCode::Remedy, json!({"remedy": "explanation", "details": "Повесили табличку у кассы"})));
    walk(&c, &steps);
    let draft = c.desk.letter_draft(&c.id, None).unwrap();
    assert_eq!(keys(&draft), ["reference", "explanation", "remedy", "thanks"]);
    let explanation = &draft.sections[1].text;
    assert!(explanation.contains("Упаковка оплачивается отдельно и возвращается вместе с товаром."), "{explanation}");
    assert!(!draft.sections.iter().any(|s| s.text.contains("жаль")), "no apology where the shop was not at fault");
}

#[test]
fn versions_are_kept_and_regenerating_changes_nothing() {
    let c = defect_case(anna());
    let draft = c.desk.letter_draft(&c.id, None).unwrap();
    let first = c.desk.generate_letter(&c.id, &draft, None).unwrap();
    let bytes = std::fs::read(c.desk.letter_path(&first.id).unwrap()).unwrap();

    c.clock.advance(Duration::hours(1));
    let again = c.desk.generate_letter(&c.id, &draft, None).unwrap();
    assert_eq!(again, first, "the same draft gives the same version");
    assert_eq!(std::fs::read(c.desk.letter_path(&again.id).unwrap()).unwrap(), bytes);

    let mut edited = draft.clone();
    edited.sections[0].text.push_str("\n\nМы ценим, что вы с нами уже пять лет.");
    let second = c.desk.generate_letter(&c.id, &edited, None).unwrap();
    assert_eq!(second.version, 2);
    assert_ne!(second.sha256, first.sha256);
    assert_eq!(second.draft, edited);
    assert!(read_back(&c.desk.letter_path(&second.id).unwrap()).contains("пять лет"));
    // Version 1 is still there, unchanged.
    let list = c.desk.list_letters(&c.id).unwrap();
    assert_eq!(list.iter().map(|l| l.version).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(std::fs::read(c.desk.letter_path(&first.id).unwrap()).unwrap(), bytes);
    assert_eq!(amends_core::timeline::hex_sha256(&bytes), first.sha256);

    // Two letter_generated events (not three), and the chain verifies.
    let events: Vec<_> = c.desk.timeline(&c.id).unwrap().into_iter().filter(|e| e.kind.code() == "letter_generated").collect();
    assert_eq!(events.len(), 2);
    let payload = serde_json::to_value(&events[1]).unwrap();
    let text = payload.to_string();
    assert!(text.contains(&second.sha256) && text.contains("\"version\":2") && text.contains("\"pages\":1") && text.contains("\"language\":\"ru\""), "{text}");
    let report = c.desk.verify_timelines().unwrap();
    assert!(report.broken.is_empty());

    // The handover is recorded on the letter step as before.
    c.desk
        .apply_step(&c.id, complete(StepCode::Letter, json!({"handed_over_at": "2026-11-25T10:00:00+03:00", "method": "in_person"})), None)
        .unwrap();
}

#[test]
fn an_edited_draft_is_checked() {
    let c = defect_case(anna());
    let mut draft = c.desk.letter_draft(&c.id, None).unwrap();
    draft.salutation = " ".into();
    draft.sections[1].text = "я".repeat(20_001);
    let err = c.desk.generate_letter(&c.id, &draft, None).unwrap_err();
    let AmendsError::Invalid(fields) = err else { panic!("{err:?}") };
    let got: Vec<(&str, &str)> = fields.iter().map(|f| (f.field.as_str(), f.code.as_str())).collect();
    assert_eq!(got, [("salutation", "required"), ("sections[1].text", "too_long")]);
    let other = c.desk.letter_draft(&c.id, None).unwrap();
    let err = c.desk.generate_letter("someone-else", &other, None).unwrap_err();
    assert!(matches!(err, AmendsError::Invalid(_)));
    // The preview renders without keeping anything.
    let preview = c.desk.letter_preview(&c.id, &other).unwrap();
    assert_eq!(preview.page_count, 1);
    assert!(preview.replaced.is_empty(), "{:?}", preview.replaced);
    assert!(c.desk.list_letters(&c.id).unwrap().is_empty());
}

#[test]
fn owners_phrases_are_used_and_checked() {
    let c = defect_case(anna());
    let phrases = c.desk.letter_phrases().unwrap();
    let line = phrases.iter().find(|p| p.id == "reference_line" && p.language == Language::Ru).unwrap();
    assert_eq!((line.text.as_str(), line.overridden, line.placeholders.clone()), ("Обращение № {number}", false, vec!["number".to_string()]));

    // A phrase that loses its placeholder is refused, and nothing of the batch is saved.
    let good = PhraseOverride { id: "thanks".into(), language: Language::Ru, text: "Спасибо вам от всей нашей команды!".into() };
    let lost = PhraseOverride { id: "reference_line".into(), language: Language::Ru, text: "Ваше обращение".into() };
    let err = c.desk.save_letter_phrases(&[good.clone(), lost]).unwrap_err();
    let AmendsError::Invalid(fields) = err else { panic!("{err:?}") };
    assert_eq!((fields[0].field.as_str(), fields[0].code.as_str()), ("phrases[1].text", "placeholder_missing"));
    assert!(c.desk.letter_phrases().unwrap().iter().all(|p| !p.overridden));

    let line = PhraseOverride { id: "reference_line".into(), language: Language::Ru, text: "Ваше обращение № {number}".into() };
    let saved = c.desk.save_letter_phrases(&[good, line]).unwrap();
    assert_eq!(saved.iter().filter(|p| p.overridden).count(), 2);
    let draft = c.desk.letter_draft(&c.id, None).unwrap();
    assert_eq!(draft.reference, format!("Ваше обращение № {}", c.number));
    assert!(draft.sections.last().unwrap().text.starts_with("Спасибо вам от всей нашей команды!"));
    let letter = c.desk.generate_letter(&c.id, &draft, None).unwrap();
    assert!(read_back(&c.desk.letter_path(&letter.id).unwrap()).contains("Спасибо вам от всей нашей команды!"));
    // English is untouched; an empty text restores the standard phrase.
    assert_eq!(c.desk.letter_draft(&c.id, Some(Language::En)).unwrap().reference, format!("Case {}", c.number));
    let reset = PhraseOverride { id: "reference_line".into(), language: Language::Ru, text: String::new() };
    c.desk.save_letter_phrases(&[reset]).unwrap();
    assert_eq!(c.desk.letter_draft(&c.id, None).unwrap().reference, format!("Обращение № {}", c.number));
}

#[test]
fn letters_travel_in_the_export_as_metadata() {
    let c = defect_case(anna());
    let draft = c.desk.letter_draft(&c.id, None).unwrap();
    let letter = c.desk.generate_letter(&c.id, &draft, None).unwrap();
    let exported = c.desk.export_json().unwrap();
    assert_eq!(exported.version, 2);
    assert_eq!(exported.letters.len(), 1);
    assert_eq!(exported.letters[0].sha256, letter.sha256);
    let text = serde_json::to_string(&exported).unwrap();

    let b = Fixture::empty();
    let summary = b.desk.import_json(&text).unwrap();
    assert_eq!(summary.letters, 1);
    let mut again = b.desk.export_json().unwrap();
    again.exported_at = exported.exported_at.clone();
    assert_eq!(again, exported);
    let listed = b.desk.list_letters(&c.id).unwrap();
    assert_eq!((listed[0].version, &listed[0].draft), (1, &draft));
    // The PDF itself travels in backups, not in the export.
    assert!(matches!(b.desk.letter_path(&letter.id), Err(AmendsError::NotFound { entity: "letter_file", .. })));
    assert!(b.desk.verify_timelines().unwrap().broken.is_empty());
    assert_eq!(b.desk.import_json(&text).unwrap().letters, 0);

    // A file name outside files/letters/ is refused, naming the record.
    let mut bad: Value = serde_json::from_str(&text).unwrap();
    bad["letters"][0]["file"] = "../../etc/passwd".into();
    bad["letters"][0]["id"] = "other".into();
    let err = Fixture::empty().desk.import_json(&bad.to_string()).unwrap_err();
    assert!(matches!(err, AmendsError::ImportInvalid { ref record, ref field, .. } if record == "letters[0]" && field == "file"), "{err:?}");
}
