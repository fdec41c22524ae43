import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { CaseInput, CaseView } from "../../../bindings";
import { appInfo, categories, shopProfile, staff } from "../../../test/fixtures";
import { routeInvoke } from "../../../test/mockInvoke";
import { renderWithApp } from "../../../test/render";
import { EditCaseScreen } from "./EditCaseScreen";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const view: CaseView = {
  id: "case-3",
  number: "2026-0003",
  status: "new",
  received_at: "2026-11-20T10:30:00+03:00",
  channel: "phone",
  order_no: "A-17",
  purchase_date: "2026-11-18",
  product: "Ваза",
  price_minor: 149990,
  currency: "RUB",
  // An archived category the case keeps.
  category: { id: "cat-old", code: null, name: "Старая категория" },
  complaint: "Треснула",
  demand: "replacement",
  demand_note: null,
  demand_date: "2026-11-20",
  mood: "upset",
  staff_involved: { id: "staff-gone", name: "Олег" },
  handler: null,
  customer: { id: "cu-9", display_name: "Иванова Анна", phone: null, email: null, case_count: 1, repeat_complainant: false },
  due_at: null,
  overdue: false,
  created_at: "2026-11-20T07:30:00.000Z",
  updated_at: "2026-11-20T07:30:00.000Z",
};

async function renderEdit(updateCase: (input: CaseInput) => unknown) {
  routeInvoke({
    get_case: () => view,
    list_categories: () => categories,
    list_staff: () => staff,
    search_customers: () => [],
    update_case: (args) => updateCase((args as { input: CaseInput }).input),
  });
  const utils = await renderWithApp(
    [
      { path: "/cases", element: <div data-testid="list" /> },
      { path: "/cases/:id", element: <div data-testid="case-page" /> },
      { path: "/cases/:id/edit", element: <EditCaseScreen /> },
    ],
    { language: "ru", path: "/cases/case-3/edit", appInfo: appInfo(shopProfile("ru")) },
  );
  await screen.findByTestId("case-form");
  return utils;
}

describe("editing a case", () => {
  it("starts from what is recorded and sends it back unchanged but for the edit", async () => {
    const update = vi.fn((input: CaseInput) => ({ ...view, complaint: input.complaint }));
    const user = userEvent.setup({ delay: null });
    const { router } = await renderEdit(update);

    expect(screen.getByTestId("case-category")).toHaveValue("Старая категория (в архиве)");
    const complaint = document.querySelector<HTMLTextAreaElement>('[name="complaint"]');
    expect(complaint).toHaveValue("Треснула");
    await user.type(complaint!, " по шву");
    await user.click(screen.getByTestId("case-submit"));

    await waitFor(() => expect(router.state.location.pathname).toBe("/cases/case-3"));
    const sent = update.mock.calls[0]![0];
    expect(sent).toMatchObject({
      customer: { kind: "existing", id: "cu-9" },
      category_id: "cat-old",
      staff_involved_id: "staff-gone",
      complaint: "Треснула по шву",
      price: "1499.90",
      purchase_date: "2026-11-18",
      demand_date: "2026-11-20",
      channel: "phone",
      mood: "upset",
    });
    expect(new Date(sent.received_at).toISOString()).toBe("2026-11-20T07:30:00.000Z");
  });

  it("asks before leaving with unsaved changes", async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = await renderEdit(() => view);
    await user.type(document.querySelector<HTMLTextAreaElement>('[name="complaint"]')!, "!");

    await act(() => router.navigate("/cases"));
    expect(await screen.findByText("Уйти без сохранения?")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/cases/case-3/edit");

    await user.click(screen.getByTestId("unsaved-leave"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/cases"));
  });
});
