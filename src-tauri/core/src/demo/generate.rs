//! The demo generator. One transaction; ids are UUID v7 built from the record's own time
//! and the seeded generator, so a seed reproduces the same data.
use chrono::{DateTime, Datelike, Duration, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{params, Connection, TransactionBehavior};

use crate::case::shop::suggested_profile;
use crate::case::validate::ParsedCase;
use crate::case::*;
use crate::error::Result;
use crate::store::cases::{case_number, insert, NewCaseRow};
use crate::store::search::{insert_case_text, CaseText};
use crate::time::{local_date, parse_tz, to_ms};

use super::phrases::*;
use super::progress::DemoCase;
use crate::store::case_state::ShopContext;
use crate::store::events::Actor;

#[derive(Debug, Clone)]
pub struct DemoOptions {
    pub cases: usize,
    pub seed: u64,
    /// The demo's "today": cases spread over the 24 months before it.
    pub now: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct DemoSummary {
    pub cases: usize,
    pub customers: usize,
    pub staff: usize,
    pub compensations: usize,
    pub corrective_actions: usize,
    pub events: usize,
}

const MONTHS: i64 = 24;

/// Relative frequency of the starting categories, in their order (defective first).
const CATEGORY_WEIGHTS: &[u32] = &[22, 9, 8, 16, 7, 6, 12, 9, 2, 5];

pub(super) fn id(rng: &mut ChaCha8Rng, at_ms: i64) -> String {
    let bytes: [u8; 10] = rng.random();
    uuid::Builder::from_unix_timestamp_millis(at_ms as u64, &bytes).into_uuid().to_string()
}

pub(super) fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// Picks an index by weight.
pub(super) fn weighted(rng: &mut ChaCha8Rng, weights: &[u32]) -> usize {
    let total: u32 = weights.iter().sum();
    let mut roll = rng.random_range(0..total);
    for (i, w) in weights.iter().enumerate() {
        if roll < *w {
            return i;
        }
        roll -= w;
    }
    weights.len() - 1
}

fn demo_shop() -> ShopProfileInput {
    let mut shop = suggested_profile(Some("ru-RU"), Some("Europe/Moscow"));
    shop.shop_name = "Уютный дом".into();
    shop.legal_name = "ООО «Уютный дом»".into();
    shop.address = "г. Казань, ул. Баумана, д. 12".into();
    shop.phone = "+7 843 555-12-34".into();
    shop.email = "info@uyutny-dom.example".into();
    shop.owner_name = "Елена Викторовна Соколова".into();
    shop.owner_title = "Директор".into();
    shop
}

struct DemoCustomer {
    id: String,
    name: String,
    phone: String,
    english: bool,
}

pub fn generate(conn: &mut Connection, options: &DemoOptions) -> Result<DemoSummary> {
    let rng = ChaCha8Rng::seed_from_u64(options.seed);
    if crate::store::shop::get(conn)?.is_none() {
        crate::store::shop::save(conn, &demo_shop(), options.now)?;
    }
    let shop = crate::store::shop::get(conn)?.ok_or(crate::error::AmendsError::ShopNotSetUp)?;
    let tz = parse_tz(&shop.fields.time_zone);
    // One large transaction: a larger page cache keeps it from spilling pages into the
    // WAL and checkpointing them again half-way (64 MB: larger gained nothing). Restored
    // afterwards.
    let cache_before: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", -65_536)?;
    let result = generate_in(conn, options, rng, &shop, tz);
    conn.pragma_update(None, "cache_size", cache_before)?;
    result
}

fn generate_in(
    conn: &mut Connection,
    options: &DemoOptions,
    mut rng: ChaCha8Rng,
    shop: &ShopProfile,
    tz: chrono_tz::Tz,
) -> Result<DemoSummary> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // The review's tallies are derived once at the end, set-wise, instead of by their
    // triggers at every row; the triggers come back in the same transaction.
    let triggers = crate::stats::derived::suspend_triggers(&tx)?;
    let mut summary = DemoSummary::default();
    let now_ms = to_ms(options.now);
    let start_ms = to_ms(options.now - Duration::days(MONTHS * 30 + 10));

    // Staff: the demo's own team unless the shop already has people.
    let mut staff: Vec<String> = crate::store::staff::list(&tx, false)?.into_iter().map(|s| s.id).collect();
    if staff.is_empty() {
        for (name, role) in STAFF {
            let staff_id = id(&mut rng, start_ms);
            tx.execute(
                "INSERT INTO staff(id, name, role, active, created_at, updated_at) VALUES (?1, ?2, ?3, 1, ?4, ?4)",
                params![staff_id, name, role, start_ms],
            )?;
            staff.push(staff_id);
        }
        summary.staff = STAFF.len();
    }
    let categories: Vec<Category> = crate::store::categories::list(&tx, false)?;
    let actors: Vec<Actor> = crate::store::staff::list(&tx, false)?
        .into_iter()
        .map(|s| Actor { id: Some(s.id), name: s.name })
        .collect();
    let shop_ctx = ShopContext::load(&tx, options.now)?;

    // Customers: about four for every five cases; a small pool of them complains again.
    let customer_count = (options.cases * 4 / 5).max(1);
    let mut customers = Vec::with_capacity(customer_count);
    for n in 0..customer_count {
        let english = rng.random_bool(0.3);
        let female = rng.random_bool(0.55);
        let person = if english {
            let (surname, first) = if female { *pick(&mut rng, EN_FEMALE) } else { *pick(&mut rng, EN_MALE) };
            Person { surname, first_name: first, patronymic: None, female }
        } else {
            let (surname, first, patronymic) = if female { *pick(&mut rng, RU_FEMALE) } else { *pick(&mut rng, RU_MALE) };
            Person { surname, first_name: first, patronymic: Some(patronymic), female }
        };
        let phone = if english {
            format!("+44 7{:03} {:06}", rng.random_range(100..999), rng.random_range(0..999_999))
        } else {
            format!("+7 9{:02} {:03}-{:02}-{:02}", rng.random_range(0..99), rng.random_range(0..999), rng.random_range(0..99), rng.random_range(0..99))
        };
        let email = rng.random_bool(0.6).then(|| format!("client{}.{}@mail.example", options.seed, n));
        let created = start_ms + rng.random_range(0..(now_ms - start_ms).max(1));
        let customer_id = id(&mut rng, created);
        let input = CustomerInput {
            surname: person.surname.into(),
            first_name: person.first_name.into(),
            patronymic: person.patronymic.map(Into::into),
            phone: Some(phone.clone()),
            email,
            messenger: rng.random_bool(0.3).then(|| format!("@client{n}")),
            language: if english { Language::En } else { Language::Ru },
            gender: Some(if person.female { Gender::Female } else { Gender::Male }),
            address_form: if english { AddressForm::TitleSurname } else { AddressForm::NamePatronymic },
            note: None,
        };
        crate::store::customers::insert_with_id(&tx, &customer_id, &input, created, created)?;
        crate::store::search::index_customer(&tx, &customer_id)?;
        let name = crate::case::customer::display_name(&input.surname, &input.first_name, input.patronymic.as_deref());
        customers.push(DemoCustomer { id: customer_id, name, phone, english });
    }
    summary.customers = customers.len();
    let repeat_pool = (customers.len() / 20).max(1);

    // Receipt times: months weighted unevenly so some months are worse than others.
    let month_weights: Vec<u32> = (0..MONTHS).map(|m| 60 + ((m * 37 + options.seed as i64) % 50) as u32).collect();
    let mut received: Vec<i64> = (0..options.cases)
        .map(|_| {
            let month = weighted(&mut rng, &month_weights) as i64;
            let month_start = now_ms - (month + 1) * 30 * 86_400_000;
            (month_start + rng.random_range(0..30 * 86_400_000)).min(now_ms - 60_000)
        })
        .collect();
    received.sort_unstable();

    let mut next_seq = std::collections::HashMap::<i32, i64>::new();
    let mut search_texts: Vec<PendingText> = Vec::with_capacity(options.cases);
    let channel_weights = [30, 25, 5, 12, 4, 8, 8, 4, 3, 1];
    for (n, &at_ms) in received.iter().enumerate() {
        let at = crate::time::from_ms(at_ms);
        let year = at.with_timezone(&tz).year();
        let seq = match next_seq.get(&year) {
            Some(seq) => *seq,
            None => tx.query_row("SELECT coalesce(max(seq), 0) + 1 FROM cases WHERE year = ?1", [year], |r| r.get(0))?,
        };
        next_seq.insert(year, seq + 1);

        let customer_index = if rng.random_bool(0.15) { rng.random_range(0..repeat_pool) } else { n % customers.len() };
        let customer = &customers[customer_index];
        // Some categories come up far more often than others, and their mix shifts from
        // month to month, so the review's charts have something to say.
        let month_index = ((now_ms - at_ms) / (30 * 86_400_000)) as usize;
        let weights: Vec<u32> = (0..categories.len())
            .map(|i| CATEGORY_WEIGHTS.get(i).copied().unwrap_or(5) + ((month_index * 7 + i * 3) % 6) as u32)
            .collect();
        let category = &categories[weighted(&mut rng, &weights)];
        let code = category.code.as_deref().unwrap_or("other");
        let (product_ru, product_en) = *pick(&mut rng, products(code));
        let product = if customer.english { product_en } else { product_ru };
        let (text_ru, text_en) = *pick(&mut rng, complaints(code));
        let complaint = (if customer.english { text_en } else { text_ru }).replace("{p}", product);
        let received_date = local_date(at, tz);
        let purchase_date = received_date - Duration::days(rng.random_range(0..60));
        let demand = match code {
            "defective" => *pick(&mut rng, &[Demand::Repair, Demand::Replacement, Demand::Refund]),
            "wrong_item" | "not_as_described" => *pick(&mut rng, &[Demand::Replacement, Demand::Refund]),
            "wrong_charge" | "refund_missing" => Demand::Refund,
            "staff_conduct" => *pick(&mut rng, &[Demand::Apology, Demand::Compensation]),
            "service_quality" => *pick(&mut rng, &[Demand::PriceReduction, Demand::Repair, Demand::Compensation]),
            _ => *pick(&mut rng, Demand::ALL),
        };
        let price_minor = rng.random_bool(0.85).then(|| rng.random_range(300..60_000) * 100 - if rng.random_bool(0.5) { 10 } else { 0 });
        let input = CaseInput {
            customer: CustomerRef::Existing { id: customer.id.clone() },
            received_at: String::new(),
            channel: Channel::ALL[weighted(&mut rng, &channel_weights)],
            order_no: rng.random_bool(0.7).then(|| format!("A-{:05}", rng.random_range(10_000..99_999))),
            purchase_date: None,
            product: Some(product.to_string()),
            price: None,
            category_id: category.id.clone(),
            complaint,
            demand,
            demand_note: None,
            demand_date: String::new(),
            mood: Mood::ALL[weighted(&mut rng, &[50, 35, 15])],
            staff_involved_id: rng.random_bool(if code == "staff_conduct" { 0.9 } else { 0.3 }).then(|| pick(&mut rng, &staff).clone()),
            handler_id: rng.random_bool(0.9).then(|| staff[staff.len() - 2].clone()),
            accept_warnings: true,
        };
        let parsed = ParsedCase { received_at: at, purchase_date: Some(purchase_date), demand_date: received_date, price_minor };
        let created = at_ms + rng.random_range(60_000..1_800_000).min(now_ms - at_ms).max(0);
        let case_id = id(&mut rng, created);
        let row = NewCaseRow {
            id: &case_id,
            year,
            seq,
            customer_id: &customer.id,
            currency: &shop.fields.currency,
            status: CaseStatus::New,
            due_at: None,
            created,
            updated: created,
        };
        let rowid = insert(&tx, &row, &input, &parsed)?;
        let key = crate::store::search::assign_key(&tx, rowid, at_ms, None)?;
        search_texts.push(PendingText {
            key,
            number: case_number(year, seq),
            customer: customer_index,
            order_no: input.order_no.clone(),
            product,
            complaint: input.complaint.clone(),
        });

        let handler = input.handler_id.as_ref().and_then(|h| actors.iter().find(|a| a.id.as_deref() == Some(h.as_str())));
        let month_index = (now_ms - at_ms) / (30 * 86_400_000);
        let demo_case = DemoCase {
            id: &case_id,
            received: at,
            created_ms: created,
            demand,
            category: code,
            price_minor,
            // Staff write their notes in the shop's language, whatever the customer's.
            english: shop.fields.language == Language::En,
            channel: input.channel.code(),
            handler,
            staff: &actors,
            quality: month_quality(month_index, options.seed),
        };
        let progress = super::progress::progress(&tx, &mut rng, &demo_case, &shop_ctx)?;
        summary.compensations += progress.compensations;
        summary.corrective_actions += progress.corrective;
        summary.events += progress.events;
        crate::store::case_state::refresh(&tx, &case_id, &shop_ctx)?;
        summary.cases += 1;
    }
    // The search index last, in one run: every write with triggers opens a statement
    // savepoint, and FTS5 flushes its pending terms at each one, so texts written between
    // the cases' other rows would become one tiny index segment per case.
    for text in &search_texts {
        let customer = &customers[text.customer];
        insert_case_text(
            &tx,
            text.key,
            &CaseText {
                number: &text.number,
                customer_name: &customer.name,
                phone: Some(&customer.phone),
                order_no: text.order_no.as_deref(),
                product: Some(text.product),
                complaint: &text.complaint,
            },
        )?;
    }
    crate::stats::derived::resume_triggers(&tx, &triggers)?;
    crate::stats::derived::rebuild(&tx)?;
    tx.commit()?;
    Ok(summary)
}

/// A case's search text, written after all the cases.
struct PendingText {
    key: i64,
    number: String,
    customer: usize,
    order_no: Option<String>,
    product: &'static str,
    complaint: String,
}

/// How well the shop handled a month: some months are better than others, so the monthly
/// review has something to compare.
fn month_quality(month_index: i64, seed: u64) -> f64 {
    let wave = ((month_index as f64) * 1.3 + (seed % 7) as f64).sin();
    (0.55 + 0.4 * wave).clamp(0.1, 1.0)
}
