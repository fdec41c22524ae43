import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { CaseListItem, CaseQuery } from "../../../bindings";
import { appInfo, categories, shopProfile } from "../../../test/fixtures";
import { routeInvoke } from "../../../test/mockInvoke";
import { renderWithApp } from "../../../test/render";
import { CaseListScreen } from "./CaseListScreen";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000 - 60_000).toISOString();

const item: CaseListItem = {
  id: "case-7",
  number: "2026-0007",
  status: "investigating",
  received_at: threeDaysAgo,
  customer_id: "cu-1",
  customer_name: "Иванова Анна",
  category: { id: "cat-defective", code: "defective", name: null },
  channel: "phone",
  product: "Ваза",
  due_at: null,
  overdue: true,
};

function renderList(language: "ru" | "en") {
  return renderWithApp(
    [
      { path: "/cases", element: <CaseListScreen /> },
      { path: "/cases/:id", element: <div data-testid="case-page" /> },
    ],
    { language, path: "/cases", appInfo: appInfo(shopProfile(language)) },
  );
}

/** Answers every list query with `item` and keeps the queries asked, in order. */
function recordQueries(): CaseQuery[] {
  const queries: CaseQuery[] = [];
  routeInvoke({
    list_cases: (args) => {
      queries.push((args as { query: CaseQuery }).query);
      return { items: [item], total: 1, total_capped: false };
    },
    list_categories: () => categories,
  });
  return queries;
}

describe("case list", () => {
  it("offers the first case when there are none", async () => {
    routeInvoke({ list_cases: () => ({ items: [], total: 0, total_capped: false }), list_categories: () => categories });
    await renderList("en");
    expect(await screen.findByTestId("case-list-empty")).toHaveTextContent("No cases yet");
  });

  it("shows rows with a localised, plural-aware age and opens a case", async () => {
    routeInvoke({ list_cases: () => ({ items: [item], total: 1, total_capped: false }), list_categories: () => categories });
    const user = userEvent.setup({ delay: null });
    const { router } = await renderList("ru");
    const row = await screen.findByTestId("case-row");
    expect(row).toHaveAttribute("data-number", "2026-0007");
    expect(row).toHaveTextContent("3 дня");
    expect(row).toHaveTextContent("Брак или повреждение");
    expect(row).toHaveTextContent("Просрочено");
    await user.click(row);
    await waitFor(() => expect(router.state.location.pathname).toBe("/cases/case-7"));
  });

  it("searches after typing stops and focuses the search with '/'", async () => {
    const queries = recordQueries();
    const user = userEvent.setup({ delay: null });
    await renderList("en");
    await screen.findByTestId("case-row");
    await user.keyboard("/");
    expect(screen.getByTestId("case-search")).toHaveFocus();
    await user.keyboard("ваза");
    await waitFor(() => expect(queries.at(-1)?.search).toBe("ваза"));
    // One query for the settled text, not one per letter.
    expect(queries.filter((q) => q.search !== null && q.search !== "ваза")).toHaveLength(0);
    expect(queries.at(-1)).toMatchObject({ limit: 50, offset: 0, sort: "newest" });
  });

  it("filters by status and month from the native selects, and keeps them in the address", async () => {
    const queries = recordQueries();
    const user = userEvent.setup({ delay: null });
    const { router } = await renderList("ru");
    await screen.findByTestId("case-row");
    const status = screen.getByLabelText("Статус");
    expect(status).toHaveValue("");
    await user.selectOptions(status, "investigating");
    await waitFor(() => expect(queries.at(-1)?.status).toBe("investigating"));
    expect(router.state.location.search).toContain("status=investigating");

    // This month is the first choice after "All", named in the shop's language.
    const month = screen.getByLabelText("Месяц") as HTMLSelectElement;
    const thisMonth = month.options[1];
    expect(thisMonth?.textContent).toMatch(/^[а-я]+ \d{4}/);
    await user.selectOptions(month, thisMonth?.value ?? "");
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ status: "investigating", month: thisMonth?.value }));

    await user.selectOptions(status, "");
    await waitFor(() => expect(queries.at(-1)?.status).toBeNull());
  });
});
