//! The demo generator. One transaction; ids are UUID v7 built from the record's own time
//! and the seeded generator, so a seed reproduces the same data.
use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{params, Connection, TransactionBehavior};

use crate::case::shop::suggested_profile;
use crate::case::validate::ParsedCase;
use crate::case::*;
use crate::error::Result;
use crate::store::cases::case_number;
use crate::store::search::{insert_case_terms, CaseTerms, CaseText};
use crate::store::steps::{rows_of, StoredStep};
use crate::time::{local_date, parse_tz, to_ms};

use super::phrases::*;
use super::progress::DemoCase;
use crate::store::case_state::{derive_state, ClockFacts, ShopContext, StateColumns};
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
    // WAL and reading them back. 512 MB against 64 MB: 48 s of CPU instead of 53 s for
    // 100,000 cases (a 1.4 GB file), sys time 6 s instead of 8 s. Restored afterwards.
    let cache_before: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", -524_288)?;
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
    let mut customer_rows = Vec::with_capacity(customer_count);
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
        let name = crate::case::customer::display_name(&input.surname, &input.first_name, input.patronymic.as_deref());
        customers.push(DemoCustomer { id: customer_id, name, phone, english });
        customer_rows.push((input, created));
    }
    summary.customers = customers.len();

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
    let next_seq = first_numbers(&tx, &received, tz)?;

    // The simulation (checklist engine, JSON, hashes) runs on a thread of its own and hands
    // each case's rows to this one, which holds the connection and writes them: on two
    // cores the two halves overlap. One producer, one queue: the rows arrive in the order
    // they were made, so a seed still gives the same database.
    let world = World { options, shop, shop_ctx: &shop_ctx, customers: &customers, categories: &categories, actors: &actors, staff: &staff };
    let (sender, receiver) = std::sync::mpsc::sync_channel::<CaseBatch>(QUEUE);
    let mut search_texts: Vec<(i64, CaseTerms)> = Vec::with_capacity(options.cases);
    let simulated = std::thread::scope(|scope| {
        let simulation = scope.spawn(move || simulate(&world, rng, &received, next_seq, sender));
        // The customers are written while the first cases are being simulated.
        let written = write_customers(&tx, &customers, &customer_rows).and_then(|()| {
            receiver.iter().try_for_each(|batch| {
                let key = super::write::write_case(&tx, &batch, &shop.fields.currency)?;
                search_texts.push((key, batch.terms));
                Ok(())
            })
        });
        // Dropping the queue stops the simulation at its next case when writing failed.
        drop(receiver);
        let simulated = match simulation.join() {
            Ok(result) => result,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        written.and(simulated)
    })?;
    summary.cases = simulated.cases;
    summary.compensations = simulated.compensations;
    summary.corrective_actions = simulated.corrective_actions;
    summary.events = simulated.events;

    // The search index last, in one run: every write with triggers opens a statement
    // savepoint, and FTS5 flushes its pending terms at each one, so texts written between
    // the cases' other rows would become one tiny index segment per case.
    for (key, terms) in &search_texts {
        insert_case_terms(&tx, *key, terms)?;
    }
    crate::stats::derived::resume_triggers(&tx, &triggers)?;
    crate::stats::derived::rebuild(&tx)?;
    tx.commit()?;
    Ok(summary)
}

/// Stores and indexes the demo's customers, drawn before the cases.
fn write_customers(conn: &Connection, customers: &[DemoCustomer], rows: &[(CustomerInput, i64)]) -> Result<()> {
    for (customer, (input, created)) in customers.iter().zip(rows) {
        crate::store::customers::insert_with_id(conn, &customer.id, input, *created, *created)?;
        crate::store::search::index_customer(conn, &customer.id)?;
    }
    Ok(())
}

/// Cases simulated ahead of the writer at most: enough to ride out a slow write (a page
/// split, a WAL spill), small enough to keep memory flat.
const QUEUE: usize = 256;

/// The first free case number of each year the receipt times fall in. Read before the
/// simulation starts, since it runs away from the connection; the times are sorted, so a
/// year's first case is numbered after whatever the shop already had that year.
fn first_numbers(conn: &Connection, received: &[i64], tz: chrono_tz::Tz) -> Result<HashMap<i32, i64>> {
    let mut next_seq = HashMap::new();
    for &at_ms in received {
        let year = crate::time::from_ms(at_ms).with_timezone(&tz).year();
        if let std::collections::hash_map::Entry::Vacant(slot) = next_seq.entry(year) {
            slot.insert(conn.query_row("SELECT coalesce(max(seq), 0) + 1 FROM cases WHERE year = ?1", [year], |r| r.get(0))?);
        }
    }
    Ok(next_seq)
}

/// What every simulated case reads: the options, the shop, its people and categories.
struct World<'a> {
    options: &'a DemoOptions,
    shop: &'a ShopProfile,
    shop_ctx: &'a ShopContext,
    customers: &'a [DemoCustomer],
    categories: &'a [Category],
    actors: &'a [Actor],
    staff: &'a [String],
}

/// What the simulation thread counted.
#[derive(Default)]
struct Simulated {
    cases: usize,
    compensations: usize,
    corrective_actions: usize,
    events: usize,
}

/// One simulated case, ready for the writer.
pub(super) struct CaseBatch {
    pub id: String,
    pub year: i32,
    pub seq: i64,
    pub customer_id: String,
    pub created: i64,
    pub input: CaseInput,
    pub parsed: ParsedCase,
    pub state: StateColumns,
    pub steps: Vec<StoredStep>,
    pub progress: super::progress::Progress,
    /// The case's search text, indexed after all the cases.
    terms: CaseTerms,
}

/// Simulates every case in receipt order and queues its rows; stops early, without an
/// error, when the writer has hung up (its own error is the one to report).
fn simulate(
    world: &World,
    mut rng: ChaCha8Rng,
    received: &[i64],
    mut next_seq: HashMap<i32, i64>,
    sender: std::sync::mpsc::SyncSender<CaseBatch>,
) -> Result<Simulated> {
    let mut counted = Simulated::default();
    for (n, &at_ms) in received.iter().enumerate() {
        let batch = simulate_case(world, &mut rng, n, at_ms, &mut next_seq)?;
        counted.cases += 1;
        counted.compensations += batch.progress.compensations.len();
        counted.corrective_actions += batch.progress.corrective.len();
        counted.events += batch.progress.events.len();
        if sender.send(batch).is_err() {
            break;
        }
    }
    Ok(counted)
}

/// Draws one case's intake, walks its checklist and derives its row's state.
fn simulate_case(
    world: &World,
    rng: &mut ChaCha8Rng,
    n: usize,
    at_ms: i64,
    next_seq: &mut HashMap<i32, i64>,
) -> Result<CaseBatch> {
    let (options, shop, customers, categories, staff) = (world.options, world.shop, world.customers, world.categories, world.staff);
    let now_ms = to_ms(options.now);
    let tz = world.shop_ctx.tz;
    let repeat_pool = (customers.len() / 20).max(1);
    let channel_weights = [30, 25, 5, 12, 4, 8, 8, 4, 3, 1];
    let at = crate::time::from_ms(at_ms);
    let year = at.with_timezone(&tz).year();
    let seq = next_seq.get(&year).copied().unwrap_or(1);
    next_seq.insert(year, seq + 1);

    let customer_index = if rng.random_bool(0.15) { rng.random_range(0..repeat_pool) } else { n % customers.len() };
    let customer = &customers[customer_index];
    // Some categories come up far more often than others, and their mix shifts from
    // month to month, so the review's charts have something to say.
    let month_index = ((now_ms - at_ms) / (30 * 86_400_000)) as usize;
    let weights: Vec<u32> = (0..categories.len())
        .map(|i| CATEGORY_WEIGHTS.get(i).copied().unwrap_or(5) + ((month_index * 7 + i * 3) % 6) as u32)
        .collect();
    let category = &categories[weighted(rng, &weights)];
    let code = category.code.as_deref().unwrap_or("other");
    let (product_ru, product_en) = *pick(rng, products(code));
    let product = if customer.english { product_en } else { product_ru };
    let (text_ru, text_en) = *pick(rng, complaints(code));
    let complaint = (if customer.english { text_en } else { text_ru }).replace("{p}", product);
    let received_date = local_date(at, tz);
    let purchase_date = received_date - Duration::days(rng.random_range(0..60));
    let demand = match code {
        "defective" => *pick(rng, &[Demand::Repair, Demand::Replacement, Demand::Refund]),
        "wrong_item" | "not_as_described" => *pick(rng, &[Demand::Replacement, Demand::Refund]),
        "wrong_charge" | "refund_missing" => Demand::Refund,
        "staff_conduct" => *pick(rng, &[Demand::Apology, Demand::Compensation]),
        "service_quality" => *pick(rng, &[Demand::PriceReduction, Demand::Repair, Demand::Compensation]),
        _ => *pick(rng, Demand::ALL),
    };
    let price_minor = rng.random_bool(0.85).then(|| rng.random_range(300..60_000) * 100 - if rng.random_bool(0.5) { 10 } else { 0 });
    let input = CaseInput {
        customer: CustomerRef::Existing { id: customer.id.clone() },
        received_at: String::new(),
        channel: Channel::ALL[weighted(rng, &channel_weights)],
        order_no: rng.random_bool(0.7).then(|| format!("A-{:05}", rng.random_range(10_000..99_999))),
        purchase_date: None,
        product: Some(product.to_string()),
        price: None,
        category_id: category.id.clone(),
        complaint,
        demand,
        demand_note: None,
        demand_date: String::new(),
        mood: Mood::ALL[weighted(rng, &[50, 35, 15])],
        staff_involved_id: rng.random_bool(if code == "staff_conduct" { 0.9 } else { 0.3 }).then(|| pick(rng, staff).clone()),
        handler_id: rng.random_bool(0.9).then(|| staff[staff.len() - 2].clone()),
        accept_warnings: true,
    };
    let parsed = ParsedCase { received_at: at, purchase_date: Some(purchase_date), demand_date: received_date, price_minor };
    let created = at_ms + rng.random_range(60_000..1_800_000).min(now_ms - at_ms).max(0);
    let case_id = id(rng, created);
    let terms = CaseTerms::of(&CaseText {
        number: &case_number(year, seq),
        customer_name: &customer.name,
        phone: Some(&customer.phone),
        order_no: input.order_no.as_deref(),
        product: Some(product),
        complaint: &input.complaint,
    });

    let handler = input.handler_id.as_ref().and_then(|h| world.actors.iter().find(|a| a.id.as_deref() == Some(h.as_str())));
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
        staff: world.actors,
        quality: month_quality(month_index as i64, options.seed),
    };
    let mut progress = super::progress::progress(rng, &demo_case, world.shop_ctx)?;
    // The row's status, clocks and figures, derived as `case_state::refresh` would from
    // the stored case, without reading it back.
    let facts = ClockFacts {
        received_ms: at_ms,
        demand,
        demand_date: received_date,
        price_minor,
        legal_rule: None,
        category_code: category.code.clone(),
    };
    let (refreshed, state) = derive_state(facts, std::mem::take(&mut progress.steps), world.shop_ctx);
    let steps = rows_of(&refreshed.steps)?;
    Ok(CaseBatch {
        id: case_id,
        year,
        seq,
        customer_id: customer.id.clone(),
        created,
        input,
        parsed,
        state,
        steps,
        progress,
        terms,
    })
}

/// How well the shop handled a month: some months are better than others, so the monthly
/// review has something to compare.
fn month_quality(month_index: i64, seed: u64) -> f64 {
    let wave = ((month_index as f64) * 1.3 + (seed % 7) as f64).sin();
    (0.55 + 0.4 * wave).clamp(0.1, 1.0)
}
