// Improvements: open corrective actions across cases, ticked done in place; the "all" view
// asks the core for every one.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { CorrectiveAction } from "../../bindings";
import { appInfo, shopProfile } from "../../test/fixtures";
import { routeInvoke } from "../../test/mockInvoke";
import { renderWithApp } from "../../test/render";
import { improvementsRoutes } from "./routes";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

function action(id: string, extra: Partial<CorrectiveAction> = {}): CorrectiveAction {
  return {
    id,
    case_id: `case-${id}`,
    case_number: `2026-00${id}`,
    description: `Улучшение ${id}`,
    owner: null,
    due_date: null,
    done_at: null,
    overdue: false,
    created_at: "2026-11-01T10:00:00+03:00",
    ...extra,
  };
}

describe("improvements", () => {
  it("ticks an open corrective action done and drops it from the open list", async () => {
    const user = userEvent.setup({ delay: null });
    let open = [
      action("11", { owner: { id: "staff-1", name: "Мария" }, due_date: "2020-03-01", overdue: true }),
      action("12", { due_date: "2099-01-15" }),
    ];
    const setDone = vi.fn((args: Record<string, unknown> | undefined) => {
      open = open.filter((a) => a.id !== args?.id);
      return {};
    });
    const list = vi.fn((args: Record<string, unknown> | undefined) => (args?.openOnly ? open : [...open, action("13", { done_at: "2026-11-02T12:00:00+03:00" })]));
    routeInvoke({ list_corrective: list, set_corrective_done: setDone });
    await renderWithApp(improvementsRoutes, { path: "/improvements", appInfo: appInfo(shopProfile("ru")) });

    const rows = await screen.findAllByTestId("corrective-row");
    expect(rows).toHaveLength(2);
    expect(list).toHaveBeenCalledWith({ openOnly: true });
    // The overdue one: owner, due date in red with the mark, and its case linked.
    expect(within(rows[0]!).getByText("Мария")).toBeInTheDocument();
    expect(within(rows[0]!).getByTestId("overdue")).toBeInTheDocument();
    expect(within(rows[0]!).getByRole("link", { name: "2026-0011" })).toHaveAttribute("href", "/cases/case-11");
    expect(within(rows[1]!).getByText("не назначен")).toBeInTheDocument();
    expect(within(rows[1]!).queryByTestId("overdue")).toBeNull();
    expect(screen.getByTestId("improvements-total")).toHaveTextContent("2 открытых улучшения · просрочено: 1");

    await user.click(within(rows[0]!).getByRole("checkbox", { name: "Сделано: Улучшение 11" }));
    await waitFor(() => expect(setDone).toHaveBeenCalledWith({ id: "11", done: true, actorId: null }));
    await waitFor(() => expect(screen.getAllByTestId("corrective-row")).toHaveLength(1));
    expect(await screen.findByText("Улучшение по обращению 2026-0011 выполнено")).toBeInTheDocument();
  });

  it("shows all of them, done ones ticked, and can open one again", async () => {
    const user = userEvent.setup({ delay: null });
    const setDone = vi.fn(() => ({}));
    const list = vi.fn((args: Record<string, unknown> | undefined) =>
      args?.openOnly ? [action("21")] : [action("21"), action("22", { done_at: "2026-11-02T12:00:00+03:00" })],
    );
    routeInvoke({ list_corrective: list, set_corrective_done: setDone });
    await renderWithApp(improvementsRoutes, { language: "en", path: "/improvements", appInfo: appInfo(shopProfile("en")) });
    await screen.findAllByTestId("corrective-row");

    await user.click(screen.getByText("All"));
    await waitFor(() => expect(screen.getAllByTestId("corrective-row")).toHaveLength(2));
    expect(list).toHaveBeenCalledWith({ openOnly: false });
    const done = screen.getByRole("checkbox", { name: "Done: Улучшение 22" });
    expect(done).toBeChecked();
    expect(screen.getByTestId("improvements-total")).toHaveTextContent("2 improvements in all");

    await user.click(done);
    await waitFor(() => expect(setDone).toHaveBeenCalledWith({ id: "22", done: false, actorId: null }));
  });

  it("says what to do when there is nothing open", async () => {
    routeInvoke({ list_corrective: () => [] });
    await renderWithApp(improvementsRoutes, { language: "en", path: "/improvements", appInfo: appInfo(shopProfile("en")) });
    const empty = await screen.findByTestId("improvements-empty");
    expect(within(empty).getByText("No open improvements")).toBeInTheDocument();
    expect(within(empty).getByRole("link", { name: "Go to cases" })).toHaveAttribute("href", "/cases");
  });
});
