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
demand_date: string, mood: Mood, staff_involved_id: string | null, handler_id: string | null, 
/**
 * Save even though the handler is the staff member involved (resolve one level above
 * where the conflict arose); the override is recorded in the timeline.
 */
accept_warnings: boolean, };

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
month: string | null, customer_id: string | null, 
/**
 * Drill-downs from the monthly review: the root cause or verdict code ("none" = not
 * recorded yet), the staff member involved, the exact product text.
 */
root_cause: string | null, verdict: string | null, staff_involved_id: string | null, product: string | null, overdue_only: boolean, sort: CaseSort | null, limit: number | null, offset: number | null, };

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

export type StepCode = "acknowledge" | "listen" | "restate" | "promise" | "classify" | "investigate" | "remedy" | "corrective_action" | "letter" | "follow_up" | "close";

export type StepState = "open" | "done" | "skipped" | "not_applicable";

export type RootCause = "defect" | "staff_error" | "misunderstanding";

export type Refusal = "none" | "unlawful" | "harmful_to_staff";

export type Verdict = "right" | "partly_right" | "not_right";

export type RemedyKind = "repair" | "replace" | "refund" | "price_reduction" | "redelivery" | "explanation";

export type HandoverMethod = "in_person" | "post" | "email" | "messenger";

export type CompensationKind = "refund" | "partial_refund" | "voucher" | "gift" | "free_service" | "replacement" | "repair";

export type WarningCode = "handler_is_staff_involved" | "compensation_over_limit";

export type EventKind = "case_created" | "case_edited" | "step_done" | "step_skipped" | "step_reopened" | "note" | "call" | "evidence_added" | "evidence_removed" | "compensation_added" | "compensation_changed" | "compensation_redeemed" | "compensation_removed" | "corrective_added" | "corrective_changed" | "corrective_done" | "corrective_removed" | "legal_rule_changed" | "warning_overridden" | "letter_generated";

export type TimeRule = "past" | "any";

export type FieldKind = { "kind": "text", max: number, } | { "kind": "long_text", max: number, } | { "kind": "date_time", rule: TimeRule, } | { "kind": "minutes", max: number, } | { "kind": "choice", options: string[], } | { "kind": "bool", must_be_true: boolean, } | { "kind": "rating" };

export type FieldDefault = "empty" | "now" | "case_channel" | "proposed" | { "value": string | boolean };

export type DefaultValue = string | boolean;

export type FieldDef = { key: string, kind: FieldKind, required: boolean, default: FieldDefault, };

export type Condition = "always" | "not_refused" | "corrective_optional";

export type Skip = { "kind": "never" } | { "kind": "with_reason" } | { "kind": "with_reason_when", "when": Condition };

export type DueRule = "none" | "ack_target" | "promised_decision" | "follow_up";

export type StepDef = { code: StepCode, depends_on: StepCode[], applies: Condition, skip: Skip, due: DueRule, fields: FieldDef[], hint_ru: string, hint_en: string, };

export type StepSnapshot = { step: StepCode, state: StepState, 
/**
 * Open and every prerequisite settled: it can be done now.
 */
available: boolean, may_skip: boolean, };

export type ChecklistAction = { "action": "complete", step: StepCode, values: Record<string, unknown>, } | { "action": "skip", step: StepCode, reason: string, } | { "action": "reopen", step: StepCode, reason: string, };

export type StepView = { step: StepCode, state: StepState, available: boolean, may_skip: boolean, hint_ru: string, hint_en: string, fields: Array<FieldDef>, 
/**
 * What was recorded, or the form's starting values for an open step.
 */
values: Record<string, unknown>, reason: string | null, actor_name: string | null, at: string | null, };

export type ShopClock = { step: StepCode, due_at: string, overdue: boolean, };

export type LegalClock = { rule: LegalRuleView, 
/**
 * The last day of the term, "YYYY-MM-DD".
 */
deadline: string, 
/**
 * Days from today to the deadline; negative once it has passed.
 */
days_left: number, overdue: boolean, 
/**
 * When the shop decided on the demand (the clock stops there).
 */
decided_at: string | null, 
/**
 * Whether the decision came within the term, once decided.
 */
kept: boolean | null, days_late: number, 
/**
 * Accrued penalty in minor units (1% or 3% of the price per day late); none when the
 * rule has no penalty or the price is unknown.
 */
penalty_minor: number | null, };

export type LegalRuleView = { id: string, article: string, title: string, law: string, days: number, months: number, penalty_percent_per_day: number | null, penalty_article: string | null, verify: boolean, rules_version: string, };

export type CaseClocks = { shop: ShopClock | null, legal: LegalClock | null, ack_due_at: string, 
/**
 * The promise made to the customer, once the step "promise" is done.
 */
promised_decision_at: string | null, 
/**
 * What the app proposes for the promise.
 */
proposed_decision_at: string, };

export type CompensationInput = { kind: CompensationKind, 
/**
 * Plain decimal, as for prices: "500", "1499.90". Required and above zero.
 */
value: string, how_to_use: string | null, voucher_code: string | null, 
/**
 * "YYYY-MM-DD".
 */
valid_until: string | null, 
/**
 * Give it even above the shop's limit (the second look was taken); recorded.
 */
accept_warnings: boolean, };

export type CompensationItem = { id: string, case_id: string, kind: CompensationKind, value_minor: number, how_to_use: string | null, voucher_code: string | null, valid_until: string | null, 
/**
 * RFC 3339 in the shop's zone, once the customer used it.
 */
redeemed_at: string | null, created_at: string, };

export type CorrectiveInput = { description: string, owner_id: string | null, 
/**
 * "YYYY-MM-DD".
 */
due_date: string | null, };

export type CorrectiveAction = { id: string, case_id: string, case_number: string, description: string, owner: StaffRef | null, due_date: string | null, 
/**
 * RFC 3339 in the shop's zone, once done.
 */
done_at: string | null, overdue: boolean, created_at: string, };

export type EvidenceItem = { id: string, case_id: string, file_name: string, mime: string, size: number, sha256: string, created_at: string, 
/**
 * A `data:` URL of the thumbnail (images only).
 */
thumbnail: string | null, };

export type CaseChecklist = { case_id: string, status: CaseStatus, current: StepCode | null, steps: Array<StepView>, clocks: CaseClocks, root_cause: RootCause | null, refusal: Refusal | null, verdict: Verdict | null, corrective_required: boolean, compensation: Array<CompensationItem>, compensation_total_minor: number, compensation_limit_minor: number | null, corrective: Array<CorrectiveAction>, evidence: Array<EvidenceItem>, 
/**
 * The rule the legal clock follows ("" = none), and the others the owner may choose.
 */
legal_rule_id: string, legal_rule_choices: Array<LegalRuleView>, 
/**
 * Warnings in force (e.g. the handler is the staff member involved).
 */
warnings: Array<WarningCode>, };

export type CallInput = { 
/**
 * RFC 3339; not in the future.
 */
at: string, duration_minutes: number | null, summary: string, };

export type TimelineEvent = { id: string, seq: number, 
/**
 * RFC 3339 in the shop's time zone.
 */
at: string, actor_name: string, kind: EventKind, step: StepCode | null, 
/**
 * What happened, old and new values; null once the customer was forgotten.
 */
payload: Record<string, unknown> | null, };

export type ChainBreak = { case_id: string, 
/**
 * The case's readable number, filled in by the store.
 */
case_number: string | null, event_id: string, seq: number, 
/**
 * `payload_altered`, `hash_mismatch`, `broken_link` or `sequence_gap`.
 */
problem: string, };

export type VerifyReport = { chains: number, events: number, broken: Array<ChainBreak>, };

export type DueClock = "shop" | "legal";

export type TodayItem = { case_id: string, number: string, customer_name: string, status: CaseStatus, step: StepCode | null, 
/**
 * Which clock makes it due first.
 */
clock: DueClock, due_at: string, overdue: boolean, 
/**
 * The legal deadline's last day, when one runs.
 */
legal_deadline: string | null, };

export type TodayView = { items: Array<TodayItem>, 
/**
 * All due items, when more than the list shows.
 */
total: number, 
/**
 * Open corrective actions due by today.
 */
corrective: Array<CorrectiveAction>, };

export type TodayCounts = { due: number, overdue: number, };

export type OpeningHours = { open: string, close: string, };

export type ServiceTargets = { 
/**
 * Count the acknowledgement target (the profile's hours) in opening hours only.
 */
ack_business_hours: boolean, 
/**
 * Monday first; None = closed.
 */
opening_hours: Array<OpeningHours | null>, 
/**
 * The decision date proposed to the customer: this many days after receipt (never
 * later than the legal deadline).
 */
decision_days: number, 
/**
 * Follow up this many days after the letter was handed over.
 */
follow_up_days: number, 
/**
 * Compensation per case above which the app asks for a second look; None = no limit.
 */
compensation_limit_minor: number | null, 
/**
 * Code of the legal profile in `rules/legal-rules.json` ("ru", "uk", "none").
 */
jurisdiction: string, };

export type Share = { count: number, of: number, value: number | null, };

export type Median = { hours: number | null, of: number, };

export type KindTotal = { kind: string, total_minor: number, items: number, };

export type MonthFigures = { 
/**
 * "YYYY-MM".
 */
month: string, 
/**
 * Cases received in the month.
 */
received: number, 
/**
 * Cases closed in the month (a case reopened and closed again counts in each month it
 * was closed in).
 */
closed: number, 
/**
 * Cases received by the month's end and not closed at that moment.
 */
open_at_end: number, 
/**
 * Receipt to acknowledgement, cases received in the month and acknowledged.
 */
median_acknowledge: Median, 
/**
 * Receipt to closing, cases closed in the month.
 */
median_close: Median, 
/**
 * Promised decision dates falling in the month that were kept (decided by then).
 */
promises_kept: Share, 
/**
 * Legal deadlines (last day) falling in the month that were kept.
 */
legal_kept: Share, 
/**
 * Compensation items given in the month (live cases), total and by type.
 */
compensation_total_minor: number, compensation_by_kind: Array<KindTotal>, 
/**
 * Follow-ups done in the month: average score, scores of 4–5, customers who stayed.
 */
satisfaction_average: number | null, satisfied: Share, stayed: Share, 
/**
 * Customers with a case this month who are repeat complainants at the month's end
 * (two cases within 365 days, or three in all).
 */
repeat_complainants: number, };

export type Bar = { 
/**
 * What the case list filters on (an id or a code); None for "not recorded".
 */
key: string | null, 
/**
 * A name to show when the key is not a translatable code (staff, products, an
 * owner's own category).
 */
label: string | null, 
/**
 * A built-in code the UI translates (starting categories).
 */
code: string | null, count: number, };

export type Breakdowns = { category: Array<Bar>, channel: Array<Bar>, root_cause: Array<Bar>, verdict: Array<Bar>, staff_involved: Array<Bar>, products: Array<Bar>, };

export type TrendPoint = { month: string, received: number, closed: number, };

export type MonthReview = { previous: MonthFigures, year_ago: MonthFigures, breakdowns: Breakdowns, 
/**
 * The 12 months ending with this one, oldest first.
 */
trend: Array<TrendPoint>, 
/**
 * "YYYY-MM".
 */
month: string, 
/**
 * Cases received in the month.
 */
received: number, 
/**
 * Cases closed in the month (a case reopened and closed again counts in each month it
 * was closed in).
 */
closed: number, 
/**
 * Cases received by the month's end and not closed at that moment.
 */
open_at_end: number, 
/**
 * Receipt to acknowledgement, cases received in the month and acknowledged.
 */
median_acknowledge: Median, 
/**
 * Receipt to closing, cases closed in the month.
 */
median_close: Median, 
/**
 * Promised decision dates falling in the month that were kept (decided by then).
 */
promises_kept: Share, 
/**
 * Legal deadlines (last day) falling in the month that were kept.
 */
legal_kept: Share, 
/**
 * Compensation items given in the month (live cases), total and by type.
 */
compensation_total_minor: number, compensation_by_kind: Array<KindTotal>, 
/**
 * Follow-ups done in the month: average score, scores of 4–5, customers who stayed.
 */
satisfaction_average: number | null, satisfied: Share, stayed: Share, 
/**
 * Customers with a case this month who are repeat complainants at the month's end
 * (two cases within 365 days, or three in all).
 */
repeat_complainants: number, };

export type PaperSize = "a4" | "letter";

export type DraftSection = { 
/**
 * Stable: `reference`, `findings`, `explanation`, `answer`, `changes`, `remedy`, `thanks`
 * (or any key the owner's sections carry).
 */
key: string, heading: string | null, text: string, };

export type LetterDraft = { case_id: string, case_number: string, language: Language, paper: PaperSize, 
/**
 * The date line, already written out ("25 ноября 2026 г.").
 */
date: string, 
/**
 * "Обращение № 2026-0042" / "Case 2026-0042".
 */
reference: string, addressee: Array<string>, salutation: string, sections: Array<DraftSection>, closing: string, 
/**
 * The owner's name, then title.
 */
signature: Array<string>, 
/**
 * The shop refuses the request: the letter explains the limits and has no remedy.
 */
refusal: boolean, };

export type LetterPreview = { page_count: number, size_bytes: number, 
/**
 * Characters the letter's font lacks, printed as a visible mark: the UI should say so.
 */
replaced: Array<string>, 
/**
 * The PDF itself, base64, to show in the preview pane.
 */
pdf_base64: string, };

export type LetterVersion = { id: string, case_id: string, 
/**
 * 1, 2, … within the case.
 */
version: number, language: Language, paper: PaperSize, 
/**
 * SHA-256 of the PDF file, lower-case hex.
 */
sha256: string, 
/**
 * Where the PDF lives, relative to the data folder (`files/letters/…`).
 */
file: string, page_count: number, 
/**
 * RFC 3339 in the shop's zone.
 */
created_at: string, 
/**
 * The exact draft the PDF was printed from.
 */
draft: LetterDraft, };

export type LetterPhrase = { id: string, language: Language, 
/**
 * The app's own wording.
 */
standard: string, 
/**
 * What letters use: the owner's wording when set, else the standard one.
 */
text: string, overridden: boolean, 
/**
 * The `{placeholders}` the text must keep.
 */
placeholders: Array<string>, };

export type PhraseOverride = { id: string, language: Language, text: string, };

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
  stepReason: 1000,
  timelineNote: 5000,
  howToUse: 1000,
  voucherCode: 40,
  correctiveDescription: 2000,
  decisionDays: 45,
  followUpDays: 90,
  evidenceBytes: 26214400,
  letterPhrase: 1000,
  letterLine: 300,
  letterSectionText: 20000,
} as const;

export const LANGUAGES: readonly Language[] = ["ru", "en"];
export const CHANNELS: readonly Channel[] = ["in_person", "phone", "sms", "whatsapp", "viber", "telegram", "email", "review_site", "social_media", "other"];
export const DEMANDS: readonly Demand[] = ["refund", "replacement", "repair", "price_reduction", "apology", "compensation", "other"];
export const MOODS: readonly Mood[] = ["calm", "upset", "furious"];
export const CASE_STATUSES: readonly CaseStatus[] = ["new", "acknowledged", "investigating", "awaiting_customer", "resolved", "closed"];
export const GENDERS: readonly Gender[] = ["female", "male"];
export const ADDRESS_FORMS: readonly AddressForm[] = ["name_patronymic", "title_surname", "first_name"];
export const CASE_SORTS: readonly CaseSort[] = ["newest", "oldest", "number_desc", "number_asc", "customer", "status"];
export const STEP_CODES: readonly StepCode[] = ["acknowledge", "listen", "restate", "promise", "classify", "investigate", "remedy", "corrective_action", "letter", "follow_up", "close"];
export const ROOT_CAUSES: readonly RootCause[] = ["defect", "staff_error", "misunderstanding"];
export const VERDICTS: readonly Verdict[] = ["right", "partly_right", "not_right"];
export const REMEDY_KINDS: readonly RemedyKind[] = ["repair", "replace", "refund", "price_reduction", "redelivery", "explanation"];
export const HANDOVER_METHODS: readonly HandoverMethod[] = ["in_person", "post", "email", "messenger"];
export const COMPENSATION_KINDS: readonly CompensationKind[] = ["refund", "partial_refund", "voucher", "gift", "free_service", "replacement", "repair"];
export const EVENT_KINDS: readonly EventKind[] = ["case_created", "case_edited", "step_done", "step_skipped", "step_reopened", "note", "call", "evidence_added", "evidence_removed", "compensation_added", "compensation_changed", "compensation_redeemed", "compensation_removed", "corrective_added", "corrective_changed", "corrective_done", "corrective_removed", "legal_rule_changed", "warning_overridden", "letter_generated"];
export const WARNING_CODES: readonly WarningCode[] = ["handler_is_staff_involved", "compensation_over_limit"];
export const REFUSALS: readonly Refusal[] = ["none", "unlawful", "harmful_to_staff"];
export const STEP_STATES: readonly StepState[] = ["open", "done", "skipped", "not_applicable"];
export const STARTING_CATEGORY_CODES: readonly string[] = ["defective", "wrong_item", "not_as_described", "delivery", "wrong_charge", "refund_missing", "staff_conduct", "service_quality", "safety_legal", "other"];
export const COMMON_CURRENCIES: readonly string[] = ["RUB", "BYN", "KZT", "UAH", "USD", "EUR", "GBP"];
