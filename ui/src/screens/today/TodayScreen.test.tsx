// Today: the core's order is kept, overdue rows read as overdue, the clock is named, the
// corrective actions due are listed, and an empty day says what to do next.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { CorrectiveAction, TodayItem, TodayView } from "../../bindings";
import { appInfo, shopProfile } from "../../test/fixtures";
import { routeInvoke } from "../../test/mockInvoke";
import { renderWithApp } from "../../test/render";
import { todayRoutes } from "./routes";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

function item(number: string, offsetMs: number, extra: Partial<TodayItem> = {}): TodayItem {
  return {
    case_id: `case-${number}`,
    number,
    customer_name: `Клиент ${number}`,
    status: "new",
    step: "acknowledge",
    clock: "shop",
    due_at: at(offsetMs),
    overdue: offsetMs < 0,
    legal_deadline: null,
    ...extra,
  };
}

const corrective: CorrectiveAction = {
  id: "ca-1",
  case_id: "case-7",
  case_number: "2026-0007",
  description: "Проверять упаковку перед отправкой",
  owner: { id: "staff-1", name: "Мария" },
  due_date: "2020-01-10",
  done_at: null,
  overdue: true,
  created_at: "2020-01-01T10:00:00+03:00",
};

function renderToday(view: TodayView, language: "ru" | "en" = "ru") {
  const mock = routeInvoke({ get_today: () => view, app_info: () => appInfo(shopProfile(language)) });
  return renderWithApp(todayRoutes, { language, path: "/today", appInfo: appInfo(shopProfile(language)) }).then(
    (utils) => ({ ...utils, mock }),
  );
}

describe("today", () => {
  it("lists due cases most urgent first, overdue ones marked, with the clock named", async () => {
    const view: TodayView = {
      items: [
        item("2026-0001", -26 * HOUR - 60_000, { clock: "legal", step: "remedy", legal_deadline: "2026-11-20" }),
        item("2026-0002", -3 * HOUR - 60_000),
        item("2026-0003", 2 * HOUR + 60_000, { step: null, status: "resolved" }),
      ],
      total: 3,
      corrective: [corrective],
    };
    await renderToday(view);

    const rows = await screen.findAllByTestId("today-row");
    expect(rows.map((r) => r.dataset.number)).toEqual(["2026-0001", "2026-0002", "2026-0003"]);
    expect(rows.map((r) => r.dataset.overdue)).toEqual(["true", "true", "false"]);

    // Overdue ones sit under their own heading and say by how much, in Russian plural forms.
    const late = screen.getByTestId("today-overdue");
    expect(within(late).getByText("Просрочено (2)")).toBeInTheDocument();
    expect(within(rows[0]!).getByText("просрочено на 1 день")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("просрочено на 3 часа")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("через 2 часа")).toBeInTheDocument();
    expect(within(rows[2]!).queryByTestId("overdue")).toBeNull();

    // The clock: a legal deadline is named as such, with its last day.
    expect(within(rows[0]!).getByText("Срок по закону")).toBeInTheDocument();
    expect(within(rows[0]!).getByText(/по закону — до 20 нояб/)).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Цель магазина")).toBeInTheDocument();
    // No step: the status says where the case stands.
    expect(within(rows[2]!).getByText("Решено")).toBeInTheDocument();

    // The case number opens the case.
    expect(within(rows[0]!).getByRole("link", { name: "2026-0001" })).toHaveAttribute("href", "/cases/case-2026-0001");

    expect(screen.getByTestId("today-summary")).toHaveTextContent("2 обращения просрочены, ещё 1 — до конца дня");

    // Corrective actions due, with their case.
    const section = screen.getByTestId("today-corrective");
    expect(within(section).getByText("Проверять упаковку перед отправкой")).toBeInTheDocument();
    expect(within(section).getByRole("link", { name: "2026-0007" })).toHaveAttribute("href", "/cases/case-7");
    expect(within(section).getByTestId("overdue")).toBeInTheDocument();
    expect(screen.queryByTestId("today-empty")).toBeNull();
  });

  it("says when more cases are due than the list shows", async () => {
    await renderToday({ items: [item("2026-0001", -HOUR - 60_000)], total: 5, corrective: [] }, "en");
    expect(await screen.findByTestId("today-more")).toHaveTextContent("4 more cases are not shown.");
    expect(screen.getByRole("link", { name: /overdue case/ })).toHaveAttribute("href", "/cases?overdue=1");
  });

  it("shows an empty state that offers to record a complaint", async () => {
    await renderToday({ items: [], total: 0, corrective: [] }, "en");
    const empty = await screen.findByTestId("today-empty");
    expect(within(empty).getByText("Nothing is due today")).toBeInTheDocument();
    expect(within(empty).getByRole("link", { name: "Record a complaint" })).toHaveAttribute("href", "/cases/new");
    expect(screen.queryByTestId("today-row")).toBeNull();
  });

  it("asks the core again every minute, so a case turns overdue as its time passes", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      let calls = 0;
      const due = at(30_000);
      const mock = routeInvoke({
        get_today: () => {
          calls += 1;
          return { items: [item("2026-0009", 30_000, { due_at: due, overdue: calls > 1 })], total: 1, corrective: [] };
        },
      });
      mock.mockClear();
      await renderWithApp(todayRoutes, { path: "/today", appInfo: appInfo(shopProfile("ru")) });
      expect((await screen.findByTestId("today-row")).dataset.overdue).toBe("false");

      await vi.advanceTimersByTimeAsync(60_000);
      await waitFor(() => expect(screen.getByTestId("today-row").dataset.overdue).toBe("true"));
      expect(calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
