// Generated from the Rust types of amends-core by `UPDATE_BINDINGS=1 cargo test -p amends-core bindings`.
// Do not edit by hand: a test fails when this file differs from the Rust types.

export type Language = "ru" | "en";

export type Channel = "in_person" | "phone" | "sms" | "whatsapp" | "viber" | "telegram" | "email" | "review_site" | "social_media" | "other";

export type Demand = "refund" | "replacement" | "repair" | "price_reduction" | "apology" | "compensation" | "other";

export type Mood = "calm" | "upset" | "furious";

export type CaseStatus = "new" | "acknowledged" | "investigating" | "awaiting_customer" | "resolved" | "closed";

export type Gender = "female" | "male";

export type AddressForm = "name_patronymic" | "title_surname" | "first_name";

export type CaseSort = "newest" | "oldest" | "number_desc" | "number_asc" | "customer" | "status";

export type FieldError = { field: string, code: string, limit: number | null, };

export type ErrorPayload = { code: string, message: string, fields: Array<FieldError>, params: Record<string, unknown> | null, };

export type AppInfo = { version: string, data_dir: string, schema_version: number, 
/**
 * None until the first-start setup is done.
 */
shop: ShopProfile | null, 
/**
 * First-start values from the OS locale and time zone.
 */
suggested_profile: ShopProfileInput, };

export type ShopProfileInput = { shop_name: string, legal_name: string, address: string, phone: string, email: string, owner_name: string, owner_title: string, language: Language, 
/**
 * ISO 4217 code, e.g. "RUB".
 */
currency: string, 
/**
 * IANA time zone, e.g. "Europe/Moscow": months and "today" are counted in it.
 */
time_zone: string, 
/**
 * The shop's promise: acknowledge a complaint within this many hours.
 */
ack_target_hours: number, };

export type ShopProfile = { has_logo: boolean, updated_at: string, shop_name: string, legal_name: string, address: string, phone: string, email: string, owner_name: string, owner_title: string, language: Language, 
/**
 * ISO 4217 code, e.g. "RUB".
 */
currency: string, 
/**
 * IANA time zone, e.g. "Europe/Moscow": months and "today" are counted in it.
 */
time_zone: string, 
/**
 * The shop's promise: acknowledge a complaint within this many hours.
 */
ack_target_hours: number, };

export type CustomerInput = { surname: string, first_name: string, patronymic: string | null, phone: string | null, email: string | null, messenger: string | null, language: Language, gender: Gender | null, address_form: AddressForm, note: string | null, };

export type Customer = { id: string, display_name: string, created_at: string, updated_at: string, surname: string, first_name: string, patronymic: string | null, phone: string | null, email: string | null, messenger: string | null, language: Language, gender: Gender | null, address_form: AddressForm, note: string | null, };

export type CustomerSummary = { id: string, display_name: string, phone: string | null, email: string | null, case_count: number, repeat_complainant: boolean, };

export type CustomerPage = { customer: Customer, 
/**
 * Every case of theirs, newest first.
 */
cases: Array<CaseListItem>, 
/**
 * Sum of all compensation recorded on their cases, in minor units of the shop currency.
 */
compensation_total_minor: number, currency: string, repeat_complainant: boolean, };

export type StaffInput = { name: string, role: string | null, };

export type Staff = { id: string, name: string, role: string | null, 
/**
 * Former staff stay for history but are not offered for new cases.
 */
active: boolean, created_at: string, updated_at: string, };

export type StaffRef = { id: string, name: string, };

export type Category = { id: string, code: string | null, name: string | null, position: number, archived: boolean, };

export type CategoryInput = { name: string, };

export type CategoryRef = { id: string, code: string | null, name: string | null, };

export type CustomerRef = { "kind": "existing", id: string, } | { "kind": "new", customer: CustomerInput, };

export type CaseInput = { customer: CustomerRef, 
/**
 * RFC 3339 with offset, e.g. "2026-11-25T10:30:00+03:00". Not in the future.
 */
received_at: string, channel: Channel, order_no: string | null, 
/**
 * "YYYY-MM-DD".
 */
purchase_date: string | null, product: string | null, 
/**
 * Price paid as a plain decimal with a dot, at most two decimals: "1499.90".
 */
price: string | null, category_id: string, 
/**
 * The customer's own words.
 */
complaint: string, demand: Demand, 
/**
 * Details of the demand ("other", an amount asked, …).
 */
demand_note: string | null, 
/**
 * "YYYY-MM-DD": the legal clock starts here.
 */
demand_date: string, mood: Mood, staff_involved_id: string | null, handler_id: string | null, };

export type CaseView = { id: string, 
/**
 * Readable number per year, "2026-0042".
 */
number: string, status: CaseStatus, 
/**
 * RFC 3339 in the shop's time zone.
 */
received_at: string, channel: Channel, order_no: string | null, purchase_date: string | null, product: string | null, price_minor: number | null, currency: string, category: CategoryRef, complaint: string, demand: Demand, demand_note: string | null, demand_date: string, mood: Mood, staff_involved: StaffRef | null, handler: StaffRef | null, customer: CustomerSummary, 
/**
 * The next deadline of the case, RFC 3339; none once it is resolved.
 */
due_at: string | null, overdue: boolean, created_at: string, updated_at: string, };

export type CaseListItem = { id: string, number: string, status: CaseStatus, received_at: string, customer_id: string, customer_name: string, category: CategoryRef, channel: Channel, product: string | null, due_at: string | null, overdue: boolean, };

export type CaseQuery = { 
/**
 * Words to find in customer name, phone, order number, product and complaint text;
 * each word matches as a prefix, case-insensitively in Cyrillic and Latin.
 */
search: string | null, status: CaseStatus | null, category_id: string | null, channel: Channel | null, 
/**
 * "YYYY-MM" in the shop's time zone.
 */
month: string | null, customer_id: string | null, overdue_only: boolean, sort: CaseSort | null, limit: number | null, offset: number | null, };

export type CasePage = { items: Array<CaseListItem>, 
/**
 * All cases matching the query, not only this page.
 */
total: number, 
/**
 * True when a search with filters stopped counting at 1000: show "more than 1000".
 */
total_capped: boolean, };

export type BackupKind = "automatic" | "manual" | "safety";

export type NewestCase = { number: string, 
/**
 * RFC 3339, UTC.
 */
received_at: string, };

export type BackupInfo = { 
/**
 * The backup's folder.
 */
path: string, kind: BackupKind, 
/**
 * RFC 3339, UTC.
 */
created_at: string, app_version: string, schema_version: number, case_count: number, newest_case: NewestCase | null, 
/**
 * Attachments and letters (files besides the database).
 */
file_count: number, total_bytes: number, };

export type CheckReport = { database: string, 
/**
 * Problems found by `PRAGMA quick_check` (empty: none).
 */
quick_check: Array<string>, 
/**
 * Problems found by `PRAGMA integrity_check` (empty: none).
 */
integrity_check: Array<string>, latest_backup: BackupInfo | null, latest_backup_problems: Array<string>, };

export type RestoreReport = { restored: BackupInfo, 
/**
 * The copy of the data the restore replaced.
 */
safety: BackupInfo, };

export type RecoveryReport = { 
/**
 * Where the damaged database now lies (its -wal/-shm beside it, if it had them).
 */
damaged_file: string | null, restored: BackupInfo, };

export type ForgetReport = { customer_id: string, 
/**
 * Cases whose personal text was removed (tombstoned ones included).
 */
cases: number, };

export type AuditEvent = { id: number, at: string, actor: string, action: string, subject_kind: string | null, subject_id: string | null, detail: Record<string, unknown>, };

/** Maximum lengths (characters) and values the core enforces. */
export const LIMITS = {
  shopName: 120,
  legalName: 200,
  address: 300,
  personName: 80,
  ownerTitle: 80,
  phone: 32,
  email: 254,
  messenger: 100,
  note: 2000,
  orderNo: 64,
  product: 200,
  complaint: 10000,
  demandNote: 1000,
  staffName: 100,
  staffRole: 60,
  categoryName: 80,
  ackTargetHours: 168,
  moneyMinor: 999999999999,
} as const;

export const LANGUAGES: readonly Language[] = ["ru", "en"];
export const CHANNELS: readonly Channel[] = ["in_person", "phone", "sms", "whatsapp", "viber", "telegram", "email", "review_site", "social_media", "other"];
export const DEMANDS: readonly Demand[] = ["refund", "replacement", "repair", "price_reduction", "apology", "compensation", "other"];
export const MOODS: readonly Mood[] = ["calm", "upset", "furious"];
export const CASE_STATUSES: readonly CaseStatus[] = ["new", "acknowledged", "investigating", "awaiting_customer", "resolved", "closed"];
export const GENDERS: readonly Gender[] = ["female", "male"];
export const ADDRESS_FORMS: readonly AddressForm[] = ["name_patronymic", "title_surname", "first_name"];
export const CASE_SORTS: readonly CaseSort[] = ["newest", "oldest", "number_desc", "number_asc", "customer", "status"];
export const STARTING_CATEGORY_CODES: readonly string[] = ["defective", "wrong_item", "not_as_described", "delivery", "wrong_charge", "refund_missing", "staff_conduct", "service_quality", "safety_legal", "other"];
export const COMMON_CURRENCIES: readonly string[] = ["RUB", "BYN", "KZT", "UAH", "USD", "EUR", "GBP"];
