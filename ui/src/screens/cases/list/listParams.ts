// The case list's filters live in the URL, so going back from a case returns to the same
// page, search and filters. Plain functions only: the app's entry uses them to ask for the
// first page before React and the router have loaded (see startup/firstScreen.ts).
import { CASE_SORTS, CASE_STATUSES, CHANNELS, type CaseQuery, type CaseSort, type CaseStatus, type Channel } from "../../../bindings";

export const PAGE_SIZE = 50;

export interface ListFilters {
  search: string;
  status: CaseStatus | null;
  categoryId: string | null;
  channel: Channel | null;
  month: string | null;
  overdueOnly: boolean;
  /** Drill-downs from the monthly review (no controls of their own; shown as a chip). */
  rootCause: string | null;
  verdict: string | null;
  staffInvolvedId: string | null;
  product: string | null;
  sort: CaseSort;
  page: number;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseFilters(params: URLSearchParams): ListFilters {
  const page = Number(params.get("page"));
  const month = params.get("month");
  return {
    search: params.get("q") ?? "",
    status: oneOf(params.get("status"), CASE_STATUSES),
    categoryId: params.get("category") || null,
    channel: oneOf(params.get("channel"), CHANNELS),
    month: month && /^\d{4}-\d{2}$/.test(month) ? month : null,
    overdueOnly: params.get("overdue") === "1",
    rootCause: params.get("root_cause") || null,
    verdict: params.get("verdict") || null,
    staffInvolvedId: params.get("staff") || null,
    product: params.get("product") || null,
    sort: oneOf(params.get("sort"), CASE_SORTS) ?? "newest",
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function toParams(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set("q", filters.search);
  if (filters.status) params.set("status", filters.status);
  if (filters.categoryId) params.set("category", filters.categoryId);
  if (filters.channel) params.set("channel", filters.channel);
  if (filters.month) params.set("month", filters.month);
  if (filters.overdueOnly) params.set("overdue", "1");
  if (filters.rootCause) params.set("root_cause", filters.rootCause);
  if (filters.verdict) params.set("verdict", filters.verdict);
  if (filters.staffInvolvedId) params.set("staff", filters.staffInvolvedId);
  if (filters.product) params.set("product", filters.product);
  if (filters.sort !== "newest") params.set("sort", filters.sort);
  if (filters.page > 1) params.set("page", String(filters.page));
  return params;
}

export function toQuery(filters: ListFilters): CaseQuery {
  return {
    search: filters.search.trim() || null,
    status: filters.status,
    category_id: filters.categoryId,
    channel: filters.channel,
    month: filters.month,
    customer_id: null,
    root_cause: filters.rootCause,
    verdict: filters.verdict,
    staff_involved_id: filters.staffInvolvedId,
    product: filters.product,
    overdue_only: filters.overdueOnly,
    sort: filters.sort,
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  };
}

/** True when anything narrows the list, i.e. an empty result means "no matches". */
export function isFiltered(filters: ListFilters): boolean {
  return Boolean(
    filters.search.trim() || filters.status || filters.categoryId || filters.channel || filters.month || filters.overdueOnly ||
      filters.rootCause || filters.verdict || filters.staffInvolvedId || filters.product,
  );
}
