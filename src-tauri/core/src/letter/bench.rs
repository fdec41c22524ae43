//! The letter benchmark behind `amends-cli bench --letter`: renders a typical one-page
//! letter many times and reports the median and 95th-percentile time and the file size.
use std::time::{Duration, Instant};

use super::{render_pdf, LetterDocument, LetterSection, Letterhead, PaperSize};
use crate::case::Language;
use crate::error::Result;

#[derive(Debug, Clone, PartialEq)]
pub struct LetterBench {
    pub runs: usize,
    /// The first render of the process, which also parses the bundled fonts.
    pub first_ms: f64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub bytes: usize,
    pub pages: usize,
}

/// Renders [`sample_letter`] once to warm up, then `runs` times (at least one).
pub fn run(runs: usize) -> Result<LetterBench> {
    let doc = sample_letter();
    let started = Instant::now();
    let first = render_pdf(&doc)?;
    let first_ms = ms(started.elapsed());
    let mut times = Vec::with_capacity(runs.max(1));
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        render_pdf(&doc)?;
        times.push(ms(started.elapsed()));
    }
    times.sort_by(f64::total_cmp);
    Ok(LetterBench {
        runs: times.len(),
        first_ms,
        p50_ms: percentile(&times, 0.50),
        p95_ms: percentile(&times, 0.95),
        bytes: first.bytes.len(),
        pages: first.page_count,
    })
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Nearest-rank percentile of sorted, non-empty `times`.
fn percentile(times: &[f64], p: f64) -> f64 {
    let rank = ((p * times.len() as f64).ceil() as usize).clamp(1, times.len());
    times[rank - 1]
}

/// A typical one-page closing letter in Russian, without a logo.
pub fn sample_letter() -> LetterDocument {
    let p = |s: &str| s.to_string();
    LetterDocument {
        language: Language::Ru,
        paper: PaperSize::A4,
        letterhead: Letterhead {
            shop_name: p("Цветочная лавка «Незабудка»"),
            lines: vec![
                p("ИП Смирнова Анна Викторовна, ИНН 771234567890"),
                p("г. Москва, ул. Садовая, д. 12, стр. 1"),
                p("+7 495 123-45-67 · hello@nezabudka.ru"),
            ],
            logo: None,
        },
        date_line: p("12 марта 2026 г."),
        reference_line: p("Обращение № 2026-0042"),
        addressee: vec![p("Петровой Елене Сергеевне"), p("ул. Лесная, д. 5, кв. 17"), p("г. Москва, 125047")],
        salutation: p("Уважаемая Елена Сергеевна!"),
        sections: vec![
            LetterSection {
                heading: None,
                paragraphs: vec![p("Благодарим вас за обращение от 3 марта 2026 г. по поводу букета, доставленного с опозданием на четыре часа и с помятыми цветами. Мы искренне сожалеем, что праздник был омрачён.")],
            },
            LetterSection {
                heading: Some(p("Что мы выяснили")),
                paragraphs: vec![p("Мы проверили журнал доставки и поговорили с курьером. Заказ был передан в доставку вовремя, но курьер выбрал неверный маршрут, а букет перевозился без защитной коробки.")],
            },
            LetterSection {
                heading: Some(p("Что изменилось")),
                paragraphs: vec![p("С 10 марта все букеты перевозятся только в жёстких коробках, а маршрут курьера проверяет администратор смены. Курьер прошёл дополнительный инструктаж.")],
            },
            LetterSection {
                heading: Some(p("Что мы предлагаем")),
                paragraphs: vec![p("Мы вернули вам полную стоимость заказа — 4 500 ₽ — на карту, с которой была оплата. Кроме того, дарим сертификат на 1 500 ₽ (код NZB-7F3K), действующий до 31 декабря 2026 г. Его можно назвать по телефону или предъявить в магазине.")],
            },
            LetterSection {
                heading: None,
                paragraphs: vec![p("Спасибо, что рассказали нам о проблеме: благодаря вам доставка стала надёжнее. Если у вас остались вопросы, позвоните мне напрямую: +7 915 765-43-21.")],
            },
        ],
        closing: p("С уважением,"),
        signature: vec![p("Анна Смирнова"), p("владелица магазина")],
    }
}
