//! The standard phrases of the closing letter, in Russian and English, and the owner's
//! adjustments of them. Each phrase has a stable id; `{name}` marks a placeholder the
//! drafter fills in. An override must keep every placeholder of the standard phrase and
//! may add none of its own.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::case::Language;
use crate::error::{AmendsError, FieldError, Result};

/// The longest phrase an owner may write.
pub const MAX_PHRASE: usize = 1000;

/// One standard phrase: its id, its placeholders and its two wordings.
pub struct Phrase {
    pub id: &'static str,
    pub ru: &'static str,
    pub en: &'static str,
}

impl Phrase {
    pub fn text(&self, language: Language) -> &'static str {
        match language {
            Language::Ru => self.ru,
            Language::En => self.en,
        }
    }
}

macro_rules! phrases {
    ($($id:literal => $ru:literal, $en:literal;)+) => {
        pub const PHRASES: &[Phrase] = &[$(Phrase { id: $id, ru: $ru, en: $en }),+];
    };
}

phrases! {
    "reference_line" => "Обращение № {number}", "Case {number}";
    "salutation_female_name_patronymic" => "Уважаемая {first_name} {patronymic}!", "Dear {first_name} {patronymic},";
    "salutation_male_name_patronymic" => "Уважаемый {first_name} {patronymic}!", "Dear {first_name} {patronymic},";
    "salutation_any_name_patronymic" => "Здравствуйте, {first_name} {patronymic}!", "Dear {first_name} {patronymic},";
    "salutation_female_title_surname" => "Уважаемая госпожа {surname}!", "Dear Ms {surname},";
    "salutation_male_title_surname" => "Уважаемый господин {surname}!", "Dear Mr {surname},";
    "salutation_any_title_surname" => "Здравствуйте, {first_name} {surname}!", "Dear {first_name} {surname},";
    "salutation_first_name" => "Здравствуйте, {first_name}!", "Dear {first_name},";
    "reference" => "Благодарим вас за обращение от {date}. Вы сообщили нам: «{complaint}».",
        "Thank you for contacting us on {date}. You told us: “{complaint}”.";
    "reference_product" => "Благодарим вас за обращение от {date} по поводу покупки «{product}». Вы сообщили нам: «{complaint}».",
        "Thank you for contacting us on {date} about your purchase, {product}. You told us: “{complaint}”.";
    "apology" => "Нам искренне жаль, что вам пришлось с этим столкнуться.",
        "We are truly sorry that you had this experience.";
    "understanding" => "Мы понимаем, как неприятна была для вас эта ситуация, и ценим, что вы рассказали о ней прямо.",
        "We understand how unpleasant this situation was for you, and we value that you told us about it directly.";
    "heading_findings" => "Что мы проверили и выяснили", "What we checked and found";
    "heading_explanation" => "Как всё обстоит на самом деле", "How things actually stand";
    "heading_changes" => "Что мы изменили", "What we have changed";
    "heading_remedy" => "Что мы предлагаем", "What we offer";
    "heading_answer" => "Наш ответ", "Our answer";
    "checked" => "Мы проверили: {checked}", "We checked: {checked}";
    "found" => "Вот что мы выяснили: {found}", "This is what we found: {found}";
    "explanation_intro" => "Мы внимательно разобрались в ситуации и хотим спокойно и по порядку объяснить, как всё устроено.",
        "We looked into the situation carefully and would like to explain calmly, step by step, how things work.";
    "cause_defect" => "Причина оказалась в самом товаре или услуге, и исправить это — наша забота.",
        "The cause lay in the product or service itself, and putting it right is our job.";
    "cause_staff_error" => "Причина — ошибка нашего сотрудника. Мы подробно разобрали её с ним.",
        "The cause was a mistake by a member of our staff. We have gone through it with them in detail.";
    "verdict_right" => "Вы были правы, и мы благодарны вам за то, что обратили на это наше внимание.",
        "You were right, and we are grateful that you brought this to our attention.";
    "verdict_partly_right" => "Во многом вы были правы, и всё, что зависело от нас, мы исправили.",
        "You were right in many respects, and we have put right everything that was ours to fix.";
    "verdict_not_right" => "Мы понимаем, почему ситуация выглядела именно так, и надеемся, что это объяснение всё проясняет.",
        "We understand why the situation looked that way, and we hope this explanation makes everything clear.";
    "changes_intro" => "Чтобы это не повторилось, мы сделали следующее:", "So that this does not happen again, we have done the following:";
    "change_due" => "{action} (срок — {date})", "{action} (by {date})";
    "remedy_repair" => "Мы отремонтируем товар за свой счёт.", "We will repair the item at our expense.";
    "remedy_replace" => "Мы заменим товар на новый.", "We will replace the item with a new one.";
    "remedy_refund" => "Мы возвращаем вам деньги за покупку.", "We are refunding the price of your purchase.";
    "remedy_price_reduction" => "Мы снижаем цену вашей покупки.", "We are reducing the price of your purchase.";
    "remedy_redelivery" => "Мы доставим ваш заказ заново.", "We will deliver your order again.";
    "remedy_explanation" => "Надеемся, что наше объяснение выше отвечает на ваш вопрос.", "We hope the explanation above answers your question.";
    "compensation_intro" => "Кроме того, в благодарность за ваше терпение мы предлагаем:", "In addition, to thank you for your patience, we offer:";
    "compensation_refund" => "возврат {value}", "a refund of {value}";
    "compensation_partial_refund" => "частичный возврат {value}", "a partial refund of {value}";
    "compensation_voucher" => "подарочный сертификат на {value}", "a gift voucher for {value}";
    "compensation_gift" => "подарок стоимостью {value}", "a gift worth {value}";
    "compensation_free_service" => "бесплатную услугу стоимостью {value}", "a free service worth {value}";
    "compensation_replacement" => "замену товара стоимостью {value}", "a replacement worth {value}";
    "compensation_repair" => "бесплатный ремонт стоимостью {value}", "a free repair worth {value}";
    "voucher_code" => "код {code}", "code {code}";
    "valid_until" => "действует до {date} включительно", "valid until {date} inclusive";
    "refusal_unlawful" => "Мы внимательно рассмотрели вашу просьбу. Закон устанавливает для этой ситуации чёткие правила, и мы работаем строго в их рамках, поэтому решение остаётся прежним.",
        "We considered your request carefully. The law sets clear rules for this situation, and we work strictly within them, so our decision stays as it is.";
    "refusal_harmful_to_staff" => "Мы внимательно рассмотрели вашу просьбу. Нам одинаково дороги и наши покупатели, и наши сотрудники, и мы заботимся о достоинстве и безопасности каждого, поэтому решение остаётся прежним.",
        "We considered your request carefully. Our customers and our staff matter equally to us, and we look after the dignity and safety of everyone, so our decision stays as it is.";
    "refusal_offer" => "Мы будем рады помочь вам в рамках этих правил: позвоните нам, и мы вместе подберём подходящее решение.",
        "We will gladly help you within these rules: call us, and together we will find a suitable solution.";
    "thanks" => "Спасибо, что рассказали нам об этом: благодаря вам мы стали работать лучше.",
        "Thank you for telling us about this: thanks to you, we now do our work better.";
    "contact" => "Если у вас остались вопросы, свяжитесь со мной напрямую: {contact}.",
        "If anything is left open, please contact me directly: {contact}.";
    "closing" => "С уважением,", "Kind regards,";
}

pub fn standard(id: &str) -> Option<&'static Phrase> {
    PHRASES.iter().find(|p| p.id == id)
}

/// The placeholders of a text, in order of first appearance: `{number}` → `number`.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        let name = &after[..end];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
        rest = &after[end + 1..];
    }
    out
}

/// Replaces each `{name}` with its value; unknown placeholders stay as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// One phrase in one language as Settings shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LetterPhrase {
    pub id: String,
    pub language: Language,
    /// The app's own wording.
    pub standard: String,
    /// What letters use: the owner's wording when set, else the standard one.
    pub text: String,
    pub overridden: bool,
    /// The `{placeholders}` the text must keep.
    pub placeholders: Vec<String>,
}

/// An owner's wording of one phrase. An empty text (or the standard text) removes the
/// override.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PhraseOverride {
    pub id: String,
    pub language: Language,
    pub text: String,
}

/// The phrases a letter is drafted with: the standard ones with the owner's overrides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Phrasebook {
    overrides: BTreeMap<(String, Language), String>,
}

impl Phrasebook {
    pub fn new(overrides: impl IntoIterator<Item = PhraseOverride>) -> Self {
        Phrasebook { overrides: overrides.into_iter().map(|o| ((o.id, o.language), o.text)).collect() }
    }

    /// The phrase `id` in `language`; an unknown id gives an empty text (a bug, never user input).
    pub fn get(&self, id: &str, language: Language) -> String {
        if let Some(text) = self.overrides.get(&(id.to_string(), language)) {
            return text.clone();
        }
        debug_assert!(standard(id).is_some(), "unknown phrase {id}");
        standard(id).map(|p| p.text(language).to_string()).unwrap_or_default()
    }

    pub fn fill(&self, id: &str, language: Language, values: &[(&str, &str)]) -> String {
        fill(&self.get(id, language), values)
    }

    /// Every phrase in both languages, as Settings lists them.
    pub fn views(&self) -> Vec<LetterPhrase> {
        let mut out = Vec::with_capacity(PHRASES.len() * 2);
        for phrase in PHRASES {
            for language in Language::ALL.iter().copied() {
                let own = self.overrides.get(&(phrase.id.to_string(), language));
                out.push(LetterPhrase {
                    id: phrase.id.to_string(),
                    language,
                    standard: phrase.text(language).to_string(),
                    text: own.cloned().unwrap_or_else(|| phrase.text(language).to_string()),
                    overridden: own.is_some(),
                    placeholders: placeholders(phrase.text(language)),
                });
            }
        }
        out
    }
}

/// Checks owners' wordings: a known id, not longer than [`MAX_PHRASE`], every placeholder
/// of the standard phrase kept and none added. Field paths are `phrases[i].text`.
pub fn validate(changes: &[PhraseOverride]) -> Result<()> {
    let mut errors = Vec::new();
    for (i, change) in changes.iter().enumerate() {
        let Some(phrase) = standard(&change.id) else {
            errors.push(FieldError::new(format!("phrases[{i}].id"), "unknown_choice"));
            continue;
        };
        let text = change.text.trim();
        if text.is_empty() {
            continue; // back to the standard wording
        }
        let field = format!("phrases[{i}].text");
        if text.chars().count() > MAX_PHRASE {
            errors.push(FieldError::with_limit(field, "too_long", MAX_PHRASE as i64));
            continue;
        }
        let wanted = placeholders(phrase.text(change.language));
        let found = placeholders(text);
        if wanted.iter().any(|p| !found.contains(p)) {
            errors.push(FieldError::new(field, "placeholder_missing"));
        } else if found.iter().any(|p| !wanted.contains(p)) {
            errors.push(FieldError::new(field, "placeholder_unknown"));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AmendsError::Invalid(errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_both_languages_share_placeholders() {
        for (i, p) in PHRASES.iter().enumerate() {
            assert!(PHRASES[..i].iter().all(|q| q.id != p.id), "duplicate {}", p.id);
            let mut ru = placeholders(p.ru);
            let mut en = placeholders(p.en);
            ru.sort();
            en.sort();
            assert_eq!(ru, en, "{}", p.id);
        }
    }

    #[test]
    fn at_most_one_apology_and_no_cannot() {
        for p in PHRASES {
            for text in [p.ru, p.en] {
                let lower = text.to_lowercase();
                for bad in ["не можем", "cannot", "can't", "unable"] {
                    assert!(!lower.contains(bad), "{}: {text}", p.id);
                }
            }
        }
        let sorry = PHRASES.iter().filter(|p| p.en.to_lowercase().contains("sorry")).count();
        assert_eq!(sorry, 1);
    }

    #[test]
    fn overrides_keep_their_placeholders() {
        let ok = PhraseOverride { id: "reference_line".into(), language: Language::Ru, text: "Ваше обращение № {number}".into() };
        assert!(validate(std::slice::from_ref(&ok)).is_ok());
        let lost = PhraseOverride { text: "Ваше обращение".into(), ..ok.clone() };
        let added = PhraseOverride { text: "{number} {oops}".into(), ..ok.clone() };
        let long = PhraseOverride { text: format!("{{number}}{}", "я".repeat(MAX_PHRASE)), ..ok.clone() };
        let unknown = PhraseOverride { id: "nope".into(), ..ok.clone() };
        let Err(AmendsError::Invalid(errors)) = validate(&[lost, added, long, unknown]) else { panic!() };
        let codes: Vec<&str> = errors.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(codes, ["placeholder_missing", "placeholder_unknown", "too_long", "unknown_choice"]);
        let book = Phrasebook::new([ok]);
        assert_eq!(book.fill("reference_line", Language::Ru, &[("number", "2026-0001")]), "Ваше обращение № 2026-0001");
        assert_eq!(book.fill("reference_line", Language::En, &[("number", "2026-0001")]), "Case 2026-0001");
    }
}
