//! The eleven steps of the method, one definition each: what it depends on, when it
//! applies, whether it may be skipped, how its due time is computed, its fields and its
//! hint. The engine reads only this table; changing the method means changing data here.
use serde::Serialize;
use ts_rs::TS;

use super::fields::{DefaultValue, FieldDef, FieldDefault, FieldKind, TimeRule};
use super::vocab::*;
use super::StepCode::{self, *};
use crate::case::enums::Channel;

/// A fact about the case that decides whether a step applies or may be skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    Always,
    /// The shop refuses the request (unlawful, harmful to staff).
    NotRefused,
    /// The root cause is neither a defect nor a staff error: no corrective action required.
    CorrectiveOptional,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", content = "when", rename_all = "snake_case")]
pub enum Skip {
    Never,
    WithReason,
    WithReasonWhen(Condition),
}

/// Which clock a step's due time follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DueRule {
    None,
    /// The shop's acknowledgement target after receipt (hours, optionally business hours).
    AckTarget,
    /// The decision date promised to the customer; before a promise, the legal deadline.
    PromisedDecision,
    /// The shop's follow-up interval after the letter was handed over.
    FollowUp,
}

#[derive(Debug, Clone, Copy, Serialize, TS)]
pub struct StepDef {
    pub code: StepCode,
    #[ts(type = "StepCode[]")]
    pub depends_on: &'static [StepCode],
    pub applies: Condition,
    pub skip: Skip,
    pub due: DueRule,
    #[ts(type = "FieldDef[]")]
    pub fields: &'static [FieldDef],
    #[ts(type = "string")]
    pub hint_ru: &'static str,
    #[ts(type = "string")]
    pub hint_en: &'static str,
}

const fn field(key: &'static str, kind: FieldKind, required: bool, default: FieldDefault) -> FieldDef {
    FieldDef { key, kind, required, default }
}
const PAST: FieldKind = FieldKind::DateTime { rule: TimeRule::Past };
const NOTE: FieldKind = FieldKind::Text { max: 1000 };
const STORY: FieldKind = FieldKind::LongText { max: 5000 };
const E: FieldDefault = FieldDefault::Empty;

macro_rules! codes {
    ($ty:ty) => {{
        const N: usize = <$ty>::ALL.len();
        const fn build() -> [&'static str; N] {
            let mut out = [""; N];
            let mut i = 0;
            while i < N {
                out[i] = <$ty>::ALL[i].code();
                i += 1;
            }
            out
        }
        const OUT: [&'static str; N] = build();
        &OUT
    }};
}

const CHANNELS: &[&str] = codes!(Channel);
const ROOT_CAUSES: &[&str] = codes!(RootCause);
const REFUSALS: &[&str] = codes!(Refusal);
const VERDICTS: &[&str] = codes!(Verdict);
const REMEDIES: &[&str] = codes!(RemedyKind);
const HANDOVERS: &[&str] = codes!(HandoverMethod);

pub const DEFINITIONS: &[StepDef] = &[
    StepDef {
        code: Acknowledge,
        depends_on: &[],
        applies: Condition::Always,
        skip: Skip::Never,
        due: DueRule::AckTarget,
        fields: &[
            field("at", PAST, true, FieldDefault::Now),
            field("channel", FieldKind::Choice { options: CHANNELS }, true, FieldDefault::CaseChannel),
            field("note", NOTE, false, E),
        ],
        hint_ru: "Сразу дайте клиенту знать, что обращение получено и кто ему перезвонит. Ответьте тем же способом, каким оно пришло.",
        hint_en: "Let the customer know straight away that the complaint has arrived and who will call them. Reply through the channel it came in.",
    },
    StepDef {
        code: Listen,
        depends_on: &[Acknowledge],
        applies: Condition::Always,
        skip: Skip::WithReason,
        due: DueRule::PromisedDecision,
        fields: &[
            field("at", PAST, true, FieldDefault::Now),
            field("duration_minutes", FieldKind::Minutes { max: 600 }, false, E),
            field("summary", STORY, true, E),
            field("apologised", FieldKind::Bool { must_be_true: false }, false, E),
        ],
        hint_ru: "Позвоните или встретьтесь. Дайте клиенту выговориться и не перебивайте; один раз искренне извинитесь за то, что ему пришлось пережить. Решение пока не обещайте, записывайте факты.",
        hint_en: "Call or meet. Let the customer talk without interrupting and apologise once, sincerely, for what they went through. No verdict yet: write down the facts.",
    },
    StepDef {
        code: Restate,
        depends_on: &[Listen],
        applies: Condition::Always,
        skip: Skip::WithReason,
        due: DueRule::PromisedDecision,
        fields: &[
            field("summary", STORY, true, E),
            field("confirmed", FieldKind::Bool { must_be_true: true }, true, E),
        ],
        hint_ru: "Перескажите проблему своими словами и спросите, правильно ли вы поняли. Запишите то, с чем клиент согласился.",
        hint_en: "Sum the problem up in your own words and ask whether you understood it correctly. Record what the customer agreed to.",
    },
    StepDef {
        code: Promise,
        depends_on: &[Listen],
        applies: Condition::Always,
        skip: Skip::WithReason,
        due: DueRule::PromisedDecision,
        fields: &[
            field("decision_due", FieldKind::DateTime { rule: TimeRule::Any }, true, FieldDefault::Proposed),
            field("note", NOTE, false, E),
        ],
        hint_ru: "Назовите точные дату и время, когда клиент узнает решение, и сдержите слово. Срок не может быть позже срока по закону. Поблагодарите за разговор.",
        hint_en: "Name the exact date and time when the customer will hear the decision, and keep to it. It cannot be later than the legal deadline. Thank them for talking.",
    },
    StepDef {
        code: Classify,
        depends_on: &[Listen],
        applies: Condition::Always,
        skip: Skip::Never,
        due: DueRule::PromisedDecision,
        fields: &[
            field("root_cause", FieldKind::Choice { options: ROOT_CAUSES }, true, E),
            field("refusal", FieldKind::Choice { options: REFUSALS }, true, FieldDefault::Value(DefaultValue::Code("none"))),
            field("details", STORY, false, E),
        ],
        hint_ru: "Определите причину: брак товара или услуги, ошибка сотрудника или недоразумение. Если требование незаконно или вредит сотрудникам, отметьте отказ: клиент получит вежливое объяснение.",
        hint_en: "Name the cause: a defect in the product or service, a staff error, or a misunderstanding. If the request is unlawful or harms your staff, mark a refusal: the customer gets a respectful explanation.",
    },
    StepDef {
        code: Investigate,
        depends_on: &[Classify],
        applies: Condition::Always,
        skip: Skip::Never,
        due: DueRule::PromisedDecision,
        fields: &[
            field("checked", STORY, true, E),
            field("found", STORY, true, E),
            field("verdict", FieldKind::Choice { options: VERDICTS }, true, E),
        ],
        hint_ru: "Проверьте чек, сам товар, записи камер, объяснение сотрудника, поставщика. Приложите фото и сканы. Запишите, что нашли, и решите: клиент прав, прав отчасти или не прав.",
        hint_en: "Check the receipt, the item, camera footage, the staff member's account, the supplier. Attach photos and scans. Write down what you found and decide: the customer is right, partly right, or not right.",
    },
    StepDef {
        code: Remedy,
        depends_on: &[Investigate],
        applies: Condition::NotRefused,
        skip: Skip::Never,
        due: DueRule::PromisedDecision,
        fields: &[
            field("remedy", FieldKind::Choice { options: REMEDIES }, true, E),
            field("details", STORY, true, E),
        ],
        hint_ru: "Решите, что магазин сделает: ремонт, замена, возврат денег, скидка с цены, повторная доставка или понятное объяснение. Компенсацию за беспокойство добавьте ниже: что, сколько, как воспользоваться и до какого числа.",
        hint_en: "Decide what the shop will do: repair, replace, refund, reduce the price, deliver again, or explain plainly. Add compensation for the trouble below: what, how much, how to use it and until when.",
    },
    StepDef {
        code: CorrectiveAction,
        depends_on: &[Investigate],
        applies: Condition::Always,
        skip: Skip::WithReasonWhen(Condition::CorrectiveOptional),
        due: DueRule::PromisedDecision,
        fields: &[field("note", STORY, false, E)],
        hint_ru: "Что изменится, чтобы это не повторилось: правило, обучение, претензия поставщику, снятие товара с продажи, понятная табличка. Назначьте ответственного и срок.",
        hint_en: "What changes so it will not happen again: a rule, training, a claim to the supplier, a product withdrawn, a clearer sign. Give it an owner and a due date.",
    },
    StepDef {
        code: Letter,
        depends_on: &[Restate, Promise, Investigate, Remedy, CorrectiveAction],
        applies: Condition::Always,
        skip: Skip::WithReason,
        due: DueRule::PromisedDecision,
        fields: &[
            field("handed_over_at", PAST, true, FieldDefault::Now),
            field("method", FieldKind::Choice { options: HANDOVERS }, true, E),
            field("note", NOTE, false, E),
        ],
        hint_ru: "Передайте клиенту письмо: что проверили, что изменили, что предлагаете и как этим воспользоваться. Поблагодарите за то, что указал на слабое место. Отметьте, когда и как письмо передано.",
        hint_en: "Give the customer the letter: what was checked, what changed, what is offered and how to use it. Thank them for pointing at the weak spot. Record when and how it was handed over.",
    },
    StepDef {
        code: FollowUp,
        depends_on: &[Letter],
        applies: Condition::Always,
        skip: Skip::WithReason,
        due: DueRule::FollowUp,
        fields: &[
            field("at", PAST, true, FieldDefault::Now),
            field("satisfaction", FieldKind::Rating, true, E),
            field("anything_open", FieldKind::Bool { must_be_true: false }, false, E),
            field("still_customer", FieldKind::Bool { must_be_true: false }, false, FieldDefault::Value(DefaultValue::Flag(true))),
            field("note", STORY, false, E),
        ],
        hint_ru: "Через несколько дней спросите, доволен ли клиент и не осталось ли вопросов. Запишите оценку от 1 до 5 и остался ли он вашим покупателем.",
        hint_en: "A few days later, ask whether the customer is satisfied and whether anything is left open. Record a score from 1 to 5 and whether they are still your customer.",
    },
    StepDef {
        code: Close,
        depends_on: &[Acknowledge, Listen, Restate, Promise, Classify, Investigate, Remedy, CorrectiveAction, Letter, FollowUp],
        applies: Condition::Always,
        skip: Skip::Never,
        due: DueRule::None,
        fields: &[field("note", NOTE, false, E)],
        hint_ru: "Закройте обращение. Если что-то всплывёт снова, его можно открыть повторно, указав причину.",
        hint_en: "Close the case. If something comes up again, it can be reopened with a reason.",
    },
];

pub fn definition(code: StepCode) -> &'static StepDef {
    // The table holds every code in order; the test below keeps it that way.
    &DEFINITIONS[StepCode::ALL.iter().position(|c| *c == code).unwrap_or(0)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_follows_the_codes_and_depends_only_backwards() {
        assert_eq!(DEFINITIONS.len(), StepCode::ALL.len());
        for (i, def) in DEFINITIONS.iter().enumerate() {
            assert_eq!(def.code, StepCode::ALL[i]);
            for dep in def.depends_on {
                let j = StepCode::ALL.iter().position(|c| c == dep).unwrap();
                assert!(j < i, "{:?} depends on a later step {:?}", def.code, dep);
            }
            assert!(!def.hint_ru.is_empty() && !def.hint_en.is_empty());
            let keys: std::collections::HashSet<_> = def.fields.iter().map(|f| f.key).collect();
            assert_eq!(keys.len(), def.fields.len(), "duplicate field in {:?}", def.code);
        }
        assert_eq!(CHANNELS.len(), Channel::ALL.len());
    }
}
