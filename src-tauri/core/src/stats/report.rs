//! The monthly report as PDF, in the owner's language: the headline figures with their
//! changes, the breakdowns as vector bar charts, the open corrective actions and the cases
//! still open. Same fonts and letterhead as the closing letter.
use crate::case::enums::Language;
use crate::case::{CorrectiveAction, ShopProfile};
use crate::letter::draft::format_money;
use crate::letter::report::{render_report, ReportBlock, ReportDocument};
use crate::letter::{Letterhead, PaperSize, RenderedPdf};
use crate::error::Result;

use super::{Bar, MonthFigures, MonthReview, Share};

/// A case still open at the report's making, as listed.
pub struct OpenCase {
    pub number: String,
    pub customer: String,
    pub status: String,
    pub received: String,
}

fn t(language: Language, ru: &str, en: &str) -> String {
    match language {
        Language::Ru => ru.into(),
        Language::En => en.into(),
    }
}

fn code_name(language: Language, code: &str) -> String {
    let ru = match code {
        "defective" => "Брак или повреждение",
        "wrong_item" => "Не тот товар",
        "not_as_described" => "Не соответствует описанию",
        "delivery" => "Доставка опоздала или не пришла",
        "wrong_charge" => "Ошибка в сумме оплаты",
        "refund_missing" => "Деньги не вернулись",
        "staff_conduct" => "Грубость или равнодушие персонала",
        "service_quality" => "Качество обслуживания",
        "safety_legal" => "Безопасность или закон",
        "other" => "Другое",
        "in_person" => "Лично", "phone" => "Телефон", "sms" => "SMS", "whatsapp" => "WhatsApp",
        "viber" => "Viber", "telegram" => "Telegram", "email" => "Эл. почта", "review_site" => "Сайт отзывов",
        "social_media" => "Соцсети",
        "defect" => "Брак", "staff_error" => "Ошибка сотрудника", "misunderstanding" => "Недоразумение",
        "right" => "Клиент прав", "partly_right" => "Прав отчасти", "not_right" => "Не прав",
        "new" => "Новое", "acknowledged" => "Получение подтверждено", "investigating" => "Разбираемся",
        "awaiting_customer" => "Ждём клиента", "resolved" => "Решено",
        "refund" => "Возврат денег", "partial_refund" => "Частичный возврат", "voucher" => "Скидка или купон",
        "gift" => "Подарок", "free_service" => "Бесплатная услуга", "replacement" => "Замена", "repair" => "Ремонт",
        _ => "",
    };
    let en = match code {
        "in_person" => "In person", "phone" => "Phone", "sms" => "SMS", "whatsapp" => "WhatsApp", "viber" => "Viber",
        "telegram" => "Telegram", "email" => "E-mail", "review_site" => "Review site", "social_media" => "Social media",
        "defect" => "Defect", "staff_error" => "Staff error", "misunderstanding" => "Misunderstanding",
        "right" => "Customer right", "partly_right" => "Partly right", "not_right" => "Not right",
        "new" => "New", "acknowledged" => "Acknowledged", "investigating" => "Investigating",
        "awaiting_customer" => "Awaiting customer", "resolved" => "Resolved",
        "refund" => "Refund", "partial_refund" => "Partial refund", "voucher" => "Discount or voucher", "gift" => "Gift",
        "free_service" => "Free service", "replacement" => "Replacement", "repair" => "Repair",
        other => crate::case::category::english_name(other),
    };
    match language {
        Language::Ru if !ru.is_empty() => ru.into(),
        _ => en.into(),
    }
}

fn bar_label(language: Language, bar: &Bar) -> String {
    match (&bar.label, &bar.code) {
        (Some(label), _) => label.clone(),
        (None, Some(code)) => code_name(language, code),
        (None, None) => t(language, "не указано", "not recorded"),
    }
}

fn share(language: Language, s: &Share) -> String {
    match s.value {
        Some(v) => format!("{:.0}% ({} {} {})", v * 100.0, s.count, t(language, "из", "of"), s.of),
        None => "—".into(),
    }
}

fn hours(language: Language, h: Option<f64>) -> String {
    match h {
        None => "—".into(),
        Some(h) if h < 48.0 => format!("{h:.1} {}", t(language, "ч", "h")),
        Some(h) => format!("{:.1} {}", h / 24.0, t(language, "дн.", "days")),
    }
}

fn change(now: f64, before: f64, unit: &str) -> String {
    let d = now - before;
    if d.abs() < 1e-9 {
        "±0".into()
    } else {
        format!("{}{}{unit}", if d > 0.0 { "+" } else { "−" }, trim(d.abs()))
    }
}

fn trim(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 { format!("{}", v.round() as i64) } else { format!("{v:.1}") }
}

fn figure_rows(language: Language, f: &MonthFigures, p: &MonthFigures, y: &MonthFigures, currency: &str) -> Vec<Vec<String>> {
    let count_row = |name: String, a: u32, b: u32, c: u32| vec![name, a.to_string(), change(a.into(), b.into(), ""), change(a.into(), c.into(), "")];
    let share_row = |name: String, a: &Share, b: &Share, c: &Share| {
        // Changes of a share are in percentage points.
        let unit = if language == Language::Ru { " п.п." } else { " pp" };
        let pp = |x: &Share, z: &Share| match (x.value, z.value) {
            (Some(x), Some(z)) => change(x * 100.0, z * 100.0, unit),
            _ => "—".into(),
        };
        vec![name, share(language, a), pp(a, b), pp(a, c)]
    };
    let money = |m: i64| format_money(m, currency, language);
    let money_change = |a: i64, b: i64| match a - b {
        0 => "±0".to_string(),
        d if d > 0 => format!("+{}", money(d)),
        d => format!("−{}", money(-d)),
    };
    let hours_change = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => change(a, b, if language == Language::Ru { " ч" } else { " h" }),
        _ => "—".into(),
    };
    let score_change = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => change((a * 100.0).round() / 100.0, (b * 100.0).round() / 100.0, ""),
        _ => "—".into(),
    };
    vec![
        vec![t(language, "Показатель", "Figure"), t(language, "Месяц", "Month"), t(language, "к прошлому", "vs previous"), t(language, "к году назад", "vs year ago")],
        count_row(t(language, "Получено обращений", "Cases received"), f.received, p.received, y.received),
        count_row(t(language, "Закрыто", "Closed"), f.closed, p.closed, y.closed),
        count_row(t(language, "Открыто на конец месяца", "Open at month end"), f.open_at_end, p.open_at_end, y.open_at_end),
        vec![t(language, "Медиана до подтверждения", "Median to acknowledge"), hours(language, f.median_acknowledge.hours),
             hours_change(f.median_acknowledge.hours, p.median_acknowledge.hours), hours_change(f.median_acknowledge.hours, y.median_acknowledge.hours)],
        vec![t(language, "Медиана до закрытия", "Median to close"), hours(language, f.median_close.hours),
             hours_change(f.median_close.hours, p.median_close.hours), hours_change(f.median_close.hours, y.median_close.hours)],
        share_row(t(language, "Обещанные сроки соблюдены", "Promised dates kept"), &f.promises_kept, &p.promises_kept, &y.promises_kept),
        share_row(t(language, "Сроки по закону соблюдены", "Legal deadlines kept"), &f.legal_kept, &p.legal_kept, &y.legal_kept),
        vec![t(language, "Компенсации", "Compensation"), money(f.compensation_total_minor),
             money_change(f.compensation_total_minor, p.compensation_total_minor), money_change(f.compensation_total_minor, y.compensation_total_minor)],
        vec![t(language, "Средняя оценка (1–5)", "Average score (1–5)"),
             f.satisfaction_average.map(|a| format!("{a:.2}")).unwrap_or_else(|| "—".into()),
             score_change(f.satisfaction_average, p.satisfaction_average), score_change(f.satisfaction_average, y.satisfaction_average)],
        share_row(t(language, "Оценили на 4–5", "Scored 4–5"), &f.satisfied, &p.satisfied, &y.satisfied),
        share_row(t(language, "Остались клиентами", "Stayed customers"), &f.stayed, &p.stayed, &y.stayed),
        count_row(t(language, "Повторные жалобщики", "Repeat complainants"), f.repeat_complainants, p.repeat_complainants, y.repeat_complainants),
    ]
}

fn bars(language: Language, bars: &[Bar]) -> ReportBlock {
    ReportBlock::Bars(bars.iter().map(|b| (bar_label(language, b), f64::from(b.count), b.count.to_string())).collect())
}

pub fn render(
    review: &MonthReview,
    shop: &ShopProfile,
    logo: Option<Vec<u8>>,
    corrective: &[CorrectiveAction],
    open_cases: &[OpenCase],
) -> Result<RenderedPdf> {
    let language = shop.fields.language;
    let s = &shop.fields;
    let currency = &s.currency;
    let f = &review.figures;
    let mut blocks = vec![
        ReportBlock::Heading(t(language, "Главные цифры", "Headline figures")),
        ReportBlock::Table(figure_rows(language, f, &review.previous, &review.year_ago, currency)),
        ReportBlock::Heading(t(language, "По категориям", "By category")),
        bars(language, &review.breakdowns.category),
        ReportBlock::Heading(t(language, "По каналам", "By channel")),
        bars(language, &review.breakdowns.channel),
        ReportBlock::Heading(t(language, "Причины", "Root causes")),
        bars(language, &review.breakdowns.root_cause),
        ReportBlock::Heading(t(language, "Итог проверки", "Verdicts")),
        bars(language, &review.breakdowns.verdict),
        ReportBlock::Heading(t(language, "Сотрудники в жалобах", "Staff involved")),
        bars(language, &review.breakdowns.staff_involved),
        ReportBlock::Heading(t(language, "Товары и услуги", "Top products")),
        bars(language, &review.breakdowns.products),
        ReportBlock::Heading(t(language, "Компенсации по видам", "Compensation by type")),
        ReportBlock::Bars(
            f.compensation_by_kind
                .iter()
                .map(|k| (code_name(language, &k.kind), k.total_minor as f64, format_money(k.total_minor, currency, language)))
                .collect(),
        ),
        ReportBlock::Heading(t(language, "12 месяцев: получено", "12 months: received")),
        ReportBlock::Bars(review.trend.iter().map(|p| (p.month.clone(), f64::from(p.received), p.received.to_string())).collect()),
        ReportBlock::Heading(t(language, "Открытые меры «чтобы не повторилось»", "Open corrective actions")),
    ];
    let none = t(language, "Нет.", "None.");
    blocks.push(ReportBlock::Text(if corrective.is_empty() {
        vec![none.clone()]
    } else {
        corrective
            .iter()
            .map(|a| {
                let owner = a.owner.as_ref().map(|o| format!(" — {}", o.name)).unwrap_or_default();
                let due = a.due_date.as_deref().map(|d| format!(" ({} {d})", t(language, "до", "due"))).unwrap_or_default();
                format!("{}: {}{owner}{due}", a.case_number, a.description)
            })
            .collect()
    }));
    blocks.push(ReportBlock::Heading(t(language, "Обращения, которые ещё открыты", "Cases still open")));
    blocks.push(if open_cases.is_empty() {
        ReportBlock::Text(vec![none])
    } else {
        let mut rows = vec![vec![t(language, "Номер", "Number"), t(language, "Клиент", "Customer"), t(language, "Статус", "Status"), t(language, "Получено", "Received")]];
        rows.extend(open_cases.iter().map(|c| vec![c.number.clone(), c.customer.clone(), code_name(language, &c.status), c.received.clone()]));
        ReportBlock::Table(rows)
    });
    let lines = [s.legal_name.clone(), s.address.clone(), s.phone.clone(), s.email.clone()]
        .into_iter()
        .filter(|l| !l.trim().is_empty())
        .collect();
    let doc = ReportDocument {
        language,
        paper: if currency == "USD" { PaperSize::Letter } else { PaperSize::A4 },
        letterhead: Letterhead { shop_name: s.shop_name.clone(), lines, logo },
        title: format!("{} {}", t(language, "Итоги месяца", "Monthly review"), f.month),
        blocks,
    };
    render_report(&doc)
}
