// The monthly review: figures with their changes and denominators, an empty month in
// dashes, drill-down links to exactly the bar's cases, and the CSV export.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { save } from "@tauri-apps/plugin-dialog";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { MonthFigures, MonthReview } from "../../bindings";
import { appInfo, shopProfile } from "../../test/fixtures";
import { routeInvoke } from "../../test/mockInvoke";
import { renderWithApp } from "../../test/render";
import { reviewRoutes } from "./routes";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

function emptyFigures(month: string): MonthFigures {
  return {
    month,
    received: 0,
    closed: 0,
    open_at_end: 0,
    median_acknowledge: { hours: null, of: 0 },
    median_close: { hours: null, of: 0 },
    promises_kept: { count: 0, of: 0, value: null },
    legal_kept: { count: 0, of: 0, value: null },
    compensation_total_minor: 0,
    compensation_by_kind: [],
    satisfaction_average: null,
    satisfied: { count: 0, of: 0, value: null },
    stayed: { count: 0, of: 0, value: null },
    repeat_complainants: 0,
  };
}

function emptyReview(month: string): MonthReview {
  return {
    ...emptyFigures(month),
    previous: emptyFigures("2026-09"),
    year_ago: emptyFigures("2025-10"),
    breakdowns: { category: [], channel: [], root_cause: [], verdict: [], staff_involved: [], products: [] },
    trend: [{ month, received: 0, closed: 0 }],
  };
}

function busyReview(): MonthReview {
  return {
    ...emptyFigures("2026-10"),
    received: 12,
    closed: 9,
    open_at_end: 5,
    median_acknowledge: { hours: 3.5, of: 12 },
    median_close: { hours: 72, of: 9 },
    promises_kept: { count: 3, of: 4, value: 0.75 },
    legal_kept: { count: 2, of: 2, value: 1 },
    compensation_total_minor: 150000,
    compensation_by_kind: [
      { kind: "voucher", total_minor: 100000, items: 2 },
      { kind: "refund", total_minor: 50000, items: 1 },
    ],
    satisfaction_average: 4.25,
    satisfied: { count: 3, of: 4, value: 0.75 },
    stayed: { count: 2, of: 3, value: 2 / 3 },
    repeat_complainants: 1,
    previous: {
      ...emptyFigures("2026-09"),
      received: 9,
      closed: 9,
      promises_kept: { count: 1, of: 2, value: 0.5 },
      median_acknowledge: { hours: 2, of: 9 },
    },
    year_ago: { ...emptyFigures("2025-10"), received: 15 },
    breakdowns: {
      category: [
        { key: "cat-defective", label: null, code: "defective", count: 7 },
        { key: "cat-own", label: "Опоздание курьера", code: null, count: 5 },
      ],
      channel: [{ key: "phone", label: null, code: "phone", count: 12 }],
      root_cause: [
        { key: "staff_error", label: null, code: "staff_error", count: 4 },
        { key: null, label: null, code: null, count: 8 },
      ],
      verdict: [{ key: "right", label: null, code: "right", count: 12 }],
      staff_involved: [{ key: "staff-1", label: "Мария", code: null, count: 4 }],
      products: [{ key: "Букет «Весна» & ко", label: "Букет «Весна» & ко", code: null, count: 3 }],
    },
    trend: [
      { month: "2026-09", received: 9, closed: 9 },
      { month: "2026-10", received: 12, closed: 9 },
    ],
  };
}

beforeEach(() => {
  vi.mocked(save).mockReset();
});

describe("monthly review", () => {
  it("shows the figures with their changes and denominators", async () => {
    const get = vi.fn(() => busyReview());
    routeInvoke({ get_month_review: get, list_cases: () => ({ items: [], total: 0 }) });
    await renderWithApp(reviewRoutes, { path: "/review", appInfo: appInfo(shopProfile("ru")) });

    const received = await screen.findByTestId("figure-received");
    expect(get).toHaveBeenCalledWith({ month: null });
    expect(within(received).getByTestId("figure-value")).toHaveTextContent("12");
    // More complaints than last month is bad news; fewer than a year ago is good news.
    const prev = within(received).getByTestId("change-previous");
    expect(prev).toHaveAttribute("data-tone", "worse");
    expect(prev).toHaveTextContent("+3");
    expect(prev).toHaveTextContent("сент.: 9");
    const year = within(received).getByTestId("change-yearAgo");
    expect(year).toHaveAttribute("data-tone", "better");
    expect(year).toHaveTextContent("−3");

    const promises = screen.getByTestId("figure-promises_kept");
    expect(within(promises).getByTestId("figure-value")).toHaveTextContent("75");
    expect(within(promises).getByTestId("figure-detail")).toHaveTextContent("3 из 4 обещанных дат");
    expect(within(promises).getByTestId("change-previous")).toHaveTextContent("+25 п. п.");
    expect(within(promises).getByTestId("change-previous")).toHaveAttribute("data-tone", "better");
    // Nothing to compare against a year ago: a dash, not a guess.
    expect(within(promises).getByTestId("change-yearAgo")).toHaveAttribute("data-tone", "unknown");

    const ack = screen.getByTestId("figure-median_acknowledge");
    expect(within(ack).getByTestId("figure-detail")).toHaveTextContent("медиана по 12 обращениям");
    expect(within(ack).getByTestId("change-previous")).toHaveAttribute("data-tone", "worse");
    expect(within(screen.getByTestId("figure-median_close")).getByTestId("figure-detail")).toHaveTextContent("медиана по 9 обращениям");

    // Closed: no clear better or worse; unchanged here.
    expect(within(screen.getByTestId("figure-closed")).getByTestId("change-previous")).toHaveAttribute("data-tone", "same");
    expect(within(screen.getByTestId("figure-compensation")).getByTestId("figure-value")).toHaveTextContent(/^1\s500\s₽$/);
    expect(within(screen.getByTestId("figure-compensation")).getByTestId("figure-detail")).toHaveTextContent("3 выдачи");
    expect(within(screen.getByTestId("figure-stayed")).getByTestId("figure-detail")).toHaveTextContent("2 из 3 клиентов");
    expect(within(screen.getByTestId("figure-satisfaction_average")).getByTestId("figure-value")).toHaveTextContent("4,3");

    // Every figure explains itself.
    expect(screen.getAllByRole("button", { name: /^Что это:/ })).toHaveLength(12);
    // Codes are translated; a bar without a root cause says so.
    const causes = screen.getByTestId("breakdown-root_cause");
    expect(within(causes).getByRole("link", { name: /Ошибка сотрудника/ })).toBeInTheDocument();
    expect(within(causes).getByRole("link", { name: /Ещё не указано/ })).toBeInTheDocument();
    expect(within(screen.getByTestId("breakdown-compensation")).getByText("Скидка или купон")).toBeInTheDocument();
  });

  it("shows an empty month as zeros and dashes", async () => {
    routeInvoke({ get_month_review: () => emptyReview("2026-10") });
    await renderWithApp(reviewRoutes, { language: "en", path: "/review?month=2026-10", appInfo: appInfo(shopProfile("en")) });

    expect(await screen.findByTestId("review-empty-month")).toBeInTheDocument();
    expect(within(screen.getByTestId("figure-received")).getByTestId("figure-value")).toHaveTextContent("0");
    expect(within(screen.getByTestId("figure-received")).getByTestId("change-previous")).toHaveTextContent("no change");
    for (const key of ["median_acknowledge", "median_close", "promises_kept", "legal_kept", "satisfaction_average", "satisfied", "stayed"]) {
      const card = screen.getByTestId(`figure-${key}`);
      expect(within(card).getByTestId("figure-value")).toHaveTextContent("—");
      expect(within(card).getByTestId("change-previous")).toHaveAttribute("data-tone", "unknown");
    }
    expect(within(screen.getByTestId("figure-promises_kept")).getByTestId("figure-detail")).toHaveTextContent("0 of 0 promised dates");
    expect(within(screen.getByTestId("figure-median_close")).getByTestId("figure-detail")).toHaveTextContent("median of 0 cases");
    expect(screen.getAllByTestId("breakdown-empty")).toHaveLength(6);
    expect(screen.getByText("No compensation was given this month.")).toBeInTheDocument();
  });

  it("opens exactly the cases behind a bar", async () => {
    const user = userEvent.setup({ delay: null });
    routeInvoke({ get_month_review: () => busyReview() });
    const { router } = await renderWithApp(
      [...reviewRoutes, { path: "cases", element: <div data-testid="case-list" /> }],
      { path: "/review", appInfo: appInfo(shopProfile("ru")) },
    );

    const causes = await screen.findByTestId("breakdown-root_cause");
    await user.click(within(causes).getByRole("link", { name: /Ещё не указано/ }));
    await screen.findByTestId("case-list");
    expect(router.state.location.pathname).toBe("/cases");
    expect(router.state.location.search).toBe("?month=2026-10&root_cause=none");

    await router.navigate("/review");
    const products = await screen.findByTestId("breakdown-products");
    await user.click(within(products).getByRole("link", { name: /Букет/ }));
    await screen.findByTestId("case-list");
    expect(new URLSearchParams(router.state.location.search).get("product")).toBe("Букет «Весна» & ко");
    expect(new URLSearchParams(router.state.location.search).get("month")).toBe("2026-10");

    await router.navigate("/review");
    const staffCard = await screen.findByTestId("breakdown-staff_involved");
    await user.click(within(staffCard).getByRole("link", { name: /Мария/ }));
    await screen.findByTestId("case-list");
    expect(router.state.location.search).toBe("?month=2026-10&staff=staff-1");

    await router.navigate("/review");
    const cats = await screen.findByTestId("breakdown-category");
    expect(within(cats).getByRole("link", { name: /Опоздание курьера/ })).toHaveAttribute("href", "/cases?month=2026-10&category=cat-own");
  });

  it("exports the month's CSV to the chosen path", async () => {
    const user = userEvent.setup({ delay: null });
    const exportCsv = vi.fn(() => 12);
    routeInvoke({ get_month_review: () => busyReview(), export_month_csv: exportCsv });
    vi.mocked(save).mockResolvedValue("/home/anna/amends-2026-10.csv");
    await renderWithApp(reviewRoutes, { path: "/review", appInfo: appInfo(shopProfile("ru")) });

    await user.click(await screen.findByTestId("review-export-csv"));
    await waitFor(() => expect(exportCsv).toHaveBeenCalledWith({ month: "2026-10", path: "/home/anna/amends-2026-10.csv" }));
    expect(vi.mocked(save)).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: "amends-2026-10.csv" }));
    expect(await screen.findByText("Выгружено 12 обращений")).toBeInTheDocument();
  });

  it("does nothing when the save dialog is closed", async () => {
    const user = userEvent.setup({ delay: null });
    const exportCsv = vi.fn(() => 0);
    routeInvoke({ get_month_review: () => busyReview(), export_month_csv: exportCsv });
    vi.mocked(save).mockResolvedValue(null);
    await renderWithApp(reviewRoutes, { path: "/review?month=2026-10", appInfo: appInfo(shopProfile("ru")) });

    await user.click(await screen.findByTestId("review-export-csv"));
    await waitFor(() => expect(vi.mocked(save)).toHaveBeenCalled());
    expect(exportCsv).not.toHaveBeenCalled();
  });

  it("saves the report PDF to the chosen path", async () => {
    const user = userEvent.setup({ delay: null });
    const saveReport = vi.fn(() => 3);
    routeInvoke({ get_month_review: () => busyReview(), save_month_report: saveReport });
    vi.mocked(save).mockResolvedValue("/home/anna/report.pdf");
    await renderWithApp(reviewRoutes, { path: "/review", appInfo: appInfo(shopProfile("ru")) });

    await user.click(await screen.findByTestId("review-report-pdf"));
    await waitFor(() => expect(saveReport).toHaveBeenCalledWith({ month: "2026-10", path: "/home/anna/report.pdf" }));
    expect(vi.mocked(save)).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: "amends-report-2026-10.pdf" }));
    expect(await screen.findByText("Отчёт сохранён (3 страницы)")).toBeInTheDocument();
  });
});
