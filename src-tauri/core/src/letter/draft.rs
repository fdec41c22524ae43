//! Drafting the closing letter from a case: the facts gathered from the checklist become
//! editable sections in the customer's language, worded with the [`Phrasebook`]. The draft
//! is what the owner edits; [`to_document`] turns it into what the renderer prints.
//! Pure: no SQL, no files.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::document::{LetterDocument, LetterSection, Letterhead, PaperSize};
use super::phrases::Phrasebook;
use crate::case::{AddressForm, CompensationItem, CorrectiveAction, Gender, Language};
use crate::checklist::{Refusal, RemedyKind, RootCause, Verdict};
use crate::error::{AmendsError, FieldError, Result};

/// One editable part of the letter's body. `text` holds paragraphs separated by a blank
/// line; a single line break is kept as one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DraftSection {
    /// Stable: `reference`, `findings`, `explanation`, `answer`, `changes`, `remedy`, `thanks`
    /// (or any key the owner's sections carry).
    pub key: String,
    pub heading: Option<String>,
    pub text: String,
}

/// The closing letter as the owner edits it. The letterhead is not part of it: it comes
/// from the shop profile when the letter is printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LetterDraft {
    pub case_id: String,
    pub case_number: String,
    pub language: Language,
    pub paper: PaperSize,
    /// The date line, already written out ("25 ноября 2026 г.").
    pub date: String,
    /// "Обращение № 2026-0042" / "Case 2026-0042".
    pub reference: String,
    pub addressee: Vec<String>,
    pub salutation: String,
    pub sections: Vec<DraftSection>,
    pub closing: String,
    /// The owner's name, then title.
    pub signature: Vec<String>,
    /// The shop refuses the request: the letter explains the limits and has no remedy.
    pub refusal: bool,
}

/// The person the letter is addressed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addressee {
    pub surname: String,
    pub first_name: String,
    pub patronymic: Option<String>,
    pub gender: Option<Gender>,
    pub address_form: AddressForm,
}

/// Everything the drafter needs, gathered from the case, its checklist and the shop.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftFacts {
    pub case_id: String,
    pub case_number: String,
    pub language: Language,
    pub paper: PaperSize,
    pub today: NaiveDate,
    pub received: NaiveDate,
    pub product: Option<String>,
    pub complaint: String,
    pub customer: Addressee,
    pub root_cause: Option<RootCause>,
    pub refusal: Option<Refusal>,
    pub verdict: Option<Verdict>,
    pub checked: Option<String>,
    pub found: Option<String>,
    pub remedy: Option<RemedyKind>,
    pub remedy_details: Option<String>,
    pub compensation: Vec<CompensationItem>,
    pub corrective: Vec<CorrectiveAction>,
    pub corrective_note: Option<String>,
    pub currency: String,
    pub shop_phone: String,
    pub shop_email: String,
    pub owner_name: String,
    pub owner_title: String,
}

const RU_MONTHS: [&str; 12] = [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
];
const EN_MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

/// "25 ноября 2026 г." / "25 November 2026", with no-break spaces so a date never splits.
pub fn format_date(date: NaiveDate, language: Language) -> String {
    let month = date.month0() as usize;
    match language {
        Language::Ru => format!("{}\u{A0}{}\u{A0}{}\u{A0}г.", date.day(), RU_MONTHS[month], date.year()),
        Language::En => format!("{}\u{A0}{}\u{A0}{}", date.day(), EN_MONTHS[month], date.year()),
    }
}

/// Money for the letter: "1 500,00 ₽" (narrow no-break spaces between thousands, a
/// no-break space before the sign) in Russian, "£1,500.00" / "RUB 1,500.00" in English.
/// Never wraps.
pub fn format_money(minor: i64, currency: &str, language: Language) -> String {
    let negative = minor < 0;
    let minor = minor.unsigned_abs();
    let (major, cents) = (minor / 100, minor % 100);
    let (group, decimal) = match language {
        Language::Ru => ('\u{202F}', ','),
        Language::En => (',', '.'),
    };
    let digits = major.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let number = format!("{}{grouped}{decimal}{cents:02}", if negative { "-" } else { "" });
    let code = currency.trim().to_ascii_uppercase();
    let symbol = match code.as_str() {
        "RUB" => Some("₽"),
        "EUR" => Some("€"),
        "USD" => Some("$"),
        "GBP" => Some("£"),
        _ => None,
    };
    match (language, symbol) {
        (Language::Ru, Some(sign)) => format!("{number}\u{A0}{sign}"),
        (Language::Ru, None) => format!("{number}\u{A0}{code}"),
        (Language::En, Some(sign)) if code != "RUB" => format!("{sign}{number}"),
        (Language::En, _) => format!("{code}\u{A0}{number}"),
    }
}

/// Ends a free text as a sentence: trimmed, with a full stop unless it already ends in one.
fn sentence(text: &str) -> String {
    let text = text.trim();
    match text.chars().last() {
        None => String::new(),
        Some(c) if ".!?…»\")”".contains(c) => text.to_string(),
        Some(_) => format!("{text}."),
    }
}

/// A quoted free text without its final full stop (the phrase supplies the punctuation).
fn quoted(text: &str) -> String {
    text.trim().trim_end_matches(['.', ' ']).to_string()
}

fn non_blank(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// The salutation in the proper form of address; the first name when nothing better is known.
pub fn salutation(who: &Addressee, language: Language, book: &Phrasebook) -> String {
    let gender = match who.gender {
        Some(Gender::Female) => "female",
        Some(Gender::Male) => "male",
        None => "any",
    };
    let patronymic = non_blank(&who.patronymic);
    let surname = who.surname.trim();
    let first = who.first_name.trim();
    let id = match who.address_form {
        AddressForm::NamePatronymic if patronymic.is_some() => format!("salutation_{gender}_name_patronymic"),
        AddressForm::NamePatronymic | AddressForm::TitleSurname if !surname.is_empty() => format!("salutation_{gender}_title_surname"),
        _ => "salutation_first_name".to_string(),
    };
    let text = book.fill(&id, language, &[("first_name", first), ("patronymic", patronymic.unwrap_or("")), ("surname", surname)]);
    // A part left blank must not leave a double space behind.
    text.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ").replace(" ,", ",").replace(" !", "!")
}

fn full_name(who: &Addressee, language: Language) -> String {
    let parts: Vec<&str> = match language {
        Language::Ru => vec![who.surname.trim(), who.first_name.trim(), non_blank(&who.patronymic).unwrap_or("")],
        Language::En => vec![who.first_name.trim(), who.surname.trim()],
    };
    parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
}

fn parse_date(text: &Option<String>) -> Option<NaiveDate> {
    text.as_deref().and_then(|t| NaiveDate::parse_from_str(t.get(..10).unwrap_or(t), "%Y-%m-%d").ok())
}

/// One compensation item as a line of the offer.
fn compensation_line(item: &CompensationItem, facts: &DraftFacts, book: &Phrasebook) -> String {
    let lang = facts.language;
    let value = format_money(item.value_minor, &facts.currency, lang);
    let mut parts = vec![book.fill(&format!("compensation_{}", item.kind.code()), lang, &[("value", &value)])];
    if let Some(code) = non_blank(&item.voucher_code) {
        parts.push(book.fill("voucher_code", lang, &[("code", code)]));
    }
    if let Some(until) = parse_date(&item.valid_until) {
        parts.push(book.fill("valid_until", lang, &[("date", &format_date(until, lang))]));
    }
    let mut line = format!("— {}", sentence(&parts.join(", ")));
    if let Some(how) = non_blank(&item.how_to_use) {
        line.push(' ');
        line.push_str(&sentence(how));
    }
    line
}

/// Drafts the letter from the facts.
pub fn draft(facts: &DraftFacts, book: &Phrasebook) -> LetterDraft {
    let lang = facts.language;
    let refused = matches!(facts.refusal, Some(Refusal::Unlawful | Refusal::HarmfulToStaff));
    let mut sections = Vec::new();
    let section = |key: &str, heading: Option<&str>, paragraphs: Vec<String>| DraftSection {
        key: key.to_string(),
        heading: heading.map(|h| book.get(h, lang)),
        text: paragraphs.into_iter().filter(|p| !p.trim().is_empty()).collect::<Vec<_>>().join("\n\n"),
    };

    // When it came and what about; the one apology where the shop was at fault.
    let date = format_date(facts.received, lang);
    let complaint = quoted(&facts.complaint);
    let mut opening = match non_blank(&facts.product) {
        Some(product) => book.fill("reference_product", lang, &[("date", &date), ("product", product), ("complaint", &complaint)]),
        None => book.fill("reference", lang, &[("date", &date), ("complaint", &complaint)]),
    };
    let at_fault = !refused && matches!(facts.verdict, Some(Verdict::Right | Verdict::PartlyRight));
    opening.push(' ');
    opening.push_str(&book.get(if at_fault { "apology" } else { "understanding" }, lang));
    sections.push(section("reference", None, vec![opening]));

    let checked = non_blank(&facts.checked).map(|c| book.fill("checked", lang, &[("checked", &sentence(c))]));
    if refused {
        let refusal = if facts.refusal == Some(Refusal::Unlawful) { "refusal_unlawful" } else { "refusal_harmful_to_staff" };
        let found = non_blank(&facts.found).map(sentence);
        sections.push(section(
            "answer",
            Some("heading_answer"),
            vec![checked.unwrap_or_default(), found.unwrap_or_default(), book.get(refusal, lang), book.get("refusal_offer", lang)],
        ));
    } else if facts.root_cause == Some(RootCause::Misunderstanding) {
        let verdict = verdict_phrase(facts.verdict, book, lang);
        sections.push(section(
            "explanation",
            Some("heading_explanation"),
            vec![book.get("explanation_intro", lang), checked.unwrap_or_default(), non_blank(&facts.found).map(sentence).unwrap_or_default(), verdict],
        ));
    } else {
        let found = non_blank(&facts.found).map(|f| book.fill("found", lang, &[("found", &sentence(f))]));
        let cause = match facts.root_cause {
            Some(RootCause::Defect) => book.get("cause_defect", lang),
            Some(RootCause::StaffError) => book.get("cause_staff_error", lang),
            _ => String::new(),
        };
        let verdict = verdict_phrase(facts.verdict, book, lang);
        sections.push(section(
            "findings",
            Some("heading_findings"),
            vec![checked.unwrap_or_default(), found.unwrap_or_default(), format!("{cause} {verdict}").trim().to_string()],
        ));
    }

    // What changed so it will not happen again.
    let actions: Vec<String> = facts
        .corrective
        .iter()
        .filter(|a| !a.description.trim().is_empty())
        .map(|a| {
            let action = quoted(&a.description);
            // A date still ahead is a promise; a past one would only read as a delay.
            let due = parse_date(&a.due_date).filter(|d| a.done_at.is_none() && *d >= facts.today);
            let text = match due {
                Some(due) => book.fill("change_due", lang, &[("action", &action), ("date", &format_date(due, lang))]),
                None => action,
            };
            format!("— {}", sentence(&text))
        })
        .collect();
    let note = non_blank(&facts.corrective_note).map(sentence);
    if !actions.is_empty() || note.is_some() {
        let list = if actions.is_empty() { String::new() } else { format!("{}\n{}", book.get("changes_intro", lang), actions.join("\n")) };
        sections.push(section("changes", Some("heading_changes"), vec![list, note.unwrap_or_default()]));
    }

    // The remedy and each compensation item, with how to use it and until when.
    if !refused {
        let mut paragraphs = Vec::new();
        let mut what = facts.remedy.map(|r| book.get(&format!("remedy_{}", r.code()), lang)).unwrap_or_default();
        if let Some(details) = non_blank(&facts.remedy_details) {
            what = format!("{what} {}", sentence(details)).trim().to_string();
        }
        paragraphs.push(what);
        let items: Vec<String> = facts
            .compensation
            .iter()
            .map(|c| compensation_line(c, facts, book))
            .collect();
        if !items.is_empty() {
            paragraphs.push(format!("{}\n{}", book.get("compensation_intro", lang), items.join("\n")));
        }
        if paragraphs.iter().any(|p| !p.trim().is_empty()) {
            sections.push(section("remedy", Some("heading_remedy"), paragraphs));
        }
    }

    // Thanks and a direct contact.
    let contact: Vec<&str> = [facts.shop_phone.trim(), facts.shop_email.trim()].into_iter().filter(|c| !c.is_empty()).collect();
    let mut thanks = vec![book.get("thanks", lang)];
    if !contact.is_empty() {
        let joined = contact.join(match lang {
            Language::Ru => " или ",
            Language::En => " or ",
        });
        thanks.push(book.fill("contact", lang, &[("contact", &joined)]));
    }
    sections.push(section("thanks", None, thanks));

    LetterDraft {
        case_id: facts.case_id.clone(),
        case_number: facts.case_number.clone(),
        language: lang,
        paper: facts.paper,
        date: format_date(facts.today, lang),
        reference: book.fill("reference_line", lang, &[("number", &facts.case_number)]),
        addressee: vec![full_name(&facts.customer, lang)].into_iter().filter(|n| !n.is_empty()).collect(),
        salutation: salutation(&facts.customer, lang, book),
        sections,
        closing: book.get("closing", lang),
        signature: [facts.owner_name.trim(), facts.owner_title.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        refusal: refused,
    }
}

fn verdict_phrase(verdict: Option<Verdict>, book: &Phrasebook, lang: Language) -> String {
    verdict.map(|v| book.get(&format!("verdict_{}", v.code()), lang)).unwrap_or_default()
}

/// Limits of an edited draft.
pub const MAX_LINE: usize = 300;
pub const MAX_LINES: usize = 12;
pub const MAX_SECTIONS: usize = 20;
pub const MAX_SECTION_TEXT: usize = 20_000;
pub const MAX_KEY: usize = 40;

/// Checks an edited draft before it is previewed or printed: every line and section within
/// its limit, a salutation and at least one section. Field paths name the part
/// (`sections[2].text`).
pub fn validate(draft: &LetterDraft) -> Result<()> {
    let mut errors = Vec::new();
    let mut line = |field: String, text: &str, required: bool| {
        if required && text.trim().is_empty() {
            errors.push(FieldError::new(field, "required"));
        } else if text.chars().count() > MAX_LINE {
            errors.push(FieldError::with_limit(field, "too_long", MAX_LINE as i64));
        }
    };
    line("date".into(), &draft.date, false);
    line("reference".into(), &draft.reference, false);
    line("salutation".into(), &draft.salutation, true);
    line("closing".into(), &draft.closing, false);
    for (i, a) in draft.addressee.iter().enumerate() {
        line(format!("addressee[{i}]"), a, false);
    }
    for (i, s) in draft.signature.iter().enumerate() {
        line(format!("signature[{i}]"), s, false);
    }
    for (i, s) in draft.sections.iter().enumerate() {
        if let Some(h) = &s.heading {
            line(format!("sections[{i}].heading"), h, false);
        }
        line(format!("sections[{i}].key"), &s.key.chars().take(MAX_LINE).collect::<String>(), false);
    }
    if draft.addressee.len() > MAX_LINES {
        errors.push(FieldError::with_limit("addressee", "too_many", MAX_LINES as i64));
    }
    if draft.signature.len() > MAX_LINES {
        errors.push(FieldError::with_limit("signature", "too_many", MAX_LINES as i64));
    }
    if draft.sections.len() > MAX_SECTIONS {
        errors.push(FieldError::with_limit("sections", "too_many", MAX_SECTIONS as i64));
    }
    if draft.sections.iter().all(|s| s.text.trim().is_empty()) {
        errors.push(FieldError::new("sections", "required"));
    }
    for (i, s) in draft.sections.iter().enumerate() {
        if s.key.chars().count() > MAX_KEY {
            errors.push(FieldError::with_limit(format!("sections[{i}].key"), "too_long", MAX_KEY as i64));
        }
        if s.text.chars().count() > MAX_SECTION_TEXT {
            errors.push(FieldError::with_limit(format!("sections[{i}].text"), "too_long", MAX_SECTION_TEXT as i64));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AmendsError::Invalid(errors))
    }
}

/// The printable letter: the draft under the shop's letterhead.
pub fn to_document(draft: &LetterDraft, letterhead: Letterhead) -> LetterDocument {
    LetterDocument {
        language: draft.language,
        paper: draft.paper,
        letterhead,
        date_line: draft.date.trim().to_string(),
        reference_line: draft.reference.trim().to_string(),
        addressee: draft.addressee.iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect(),
        salutation: draft.salutation.trim().to_string(),
        sections: draft
            .sections
            .iter()
            .filter(|s| !s.text.trim().is_empty())
            .map(|s| LetterSection {
                heading: s.heading.as_deref().map(str::trim).filter(|h| !h.is_empty()).map(str::to_string),
                paragraphs: s
                    .text
                    .replace("\r\n", "\n")
                    .split("\n\n")
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect(),
            })
            .collect(),
        closing: draft.closing.trim().to_string(),
        signature: draft.signature.iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_in_both_languages() {
        assert_eq!(format_money(150_000, "RUB", Language::Ru), "1\u{202F}500,00\u{A0}₽");
        assert_eq!(format_money(150_000, "RUB", Language::En), "RUB\u{A0}1,500.00");
        assert_eq!(format_money(150_000, "GBP", Language::En), "£1,500.00");
        assert_eq!(format_money(123_456_789, "EUR", Language::Ru), "1\u{202F}234\u{202F}567,89\u{A0}€");
        assert_eq!(format_money(50, "BYN", Language::En), "BYN\u{A0}0.50");
        assert_eq!(format_money(99_900, "KZT", Language::Ru), "999,00\u{A0}KZT");
    }

    #[test]
    fn dates_and_salutations() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(format_date(d, Language::Ru), "25\u{A0}ноября\u{A0}2026\u{A0}г.");
        assert_eq!(format_date(d, Language::En), "25\u{A0}November\u{A0}2026");
        let book = Phrasebook::default();
        let mut who = Addressee {
            surname: "Смирнова".into(),
            first_name: "Анна".into(),
            patronymic: Some("Сергеевна".into()),
            gender: Some(Gender::Female),
            address_form: AddressForm::NamePatronymic,
        };
        assert_eq!(salutation(&who, Language::Ru, &book), "Уважаемая Анна Сергеевна!");
        who.gender = Some(Gender::Male);
        who.first_name = "Иван".into();
        who.patronymic = Some("Петрович".into());
        assert_eq!(salutation(&who, Language::Ru, &book), "Уважаемый Иван Петрович!");
        who.address_form = AddressForm::TitleSurname;
        who.surname = "Смирнов".into();
        assert_eq!(salutation(&who, Language::Ru, &book), "Уважаемый господин Смирнов!");
        let smith = Addressee {
            surname: "Smith".into(),
            first_name: "Anna".into(),
            patronymic: None,
            gender: Some(Gender::Female),
            address_form: AddressForm::TitleSurname,
        };
        assert_eq!(salutation(&smith, Language::En, &book), "Dear Ms Smith,");
        let anna = Addressee { address_form: AddressForm::FirstName, ..smith.clone() };
        assert_eq!(salutation(&anna, Language::En, &book), "Dear Anna,");
        // No patronymic known: the title and surname instead.
        let no_patronymic = Addressee { address_form: AddressForm::NamePatronymic, ..smith };
        assert_eq!(salutation(&no_patronymic, Language::En, &book), "Dear Ms Smith,");
    }
}
