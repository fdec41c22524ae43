// The customer list: the backend's search drives it, and each row says how many cases.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { appInfo, shopProfile } from "../../test/fixtures";
import { routeInvoke } from "../../test/mockInvoke";
import { renderWithApp } from "../../test/render";
import { customerRoutes } from "./routes";
import { summary } from "./testData";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const recent = [
  summary(),
  summary({ id: "cust-2", display_name: "Петров Олег", phone: null, email: null, case_count: 1, repeat_complainant: false }),
];

describe("customer list", () => {
  it("shows recent customers with Russian plural case counts and the repeat badge", async () => {
    const mock = routeInvoke({ search_customers: () => recent });
    await renderWithApp(customerRoutes, { path: "/customers", appInfo: appInfo(shopProfile("ru")) });

    const rows = await screen.findAllByTestId("customer-row");
    expect(mock).toHaveBeenCalledWith("search_customers", { query: "", limit: 50 });
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText("5 обращений")).toBeInTheDocument();
    expect(within(rows[0]!).getByTestId("repeat-badge")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("1 обращение")).toBeInTheDocument();
    expect(within(rows[1]!).queryByTestId("repeat-badge")).not.toBeInTheDocument();
  });

  it("asks the backend for what is typed and says when nobody matches", async () => {
    const user = userEvent.setup({ delay: null });
    const mock = routeInvoke({ search_customers: (args) => (args?.query ? [] : recent) });
    await renderWithApp(customerRoutes, { path: "/customers", appInfo: appInfo(shopProfile("ru")) });
    await screen.findAllByTestId("customer-row");

    await user.type(screen.getByTestId("customer-search"), "Сидоров");
    // The global wait (test/setup.ts) covers the search's debounce on a loaded machine.
    await waitFor(() => expect(mock).toHaveBeenCalledWith("search_customers", { query: "Сидоров", limit: 50 }));
    expect(await screen.findByTestId("customer-no-matches")).toHaveTextContent("«Сидоров»");
  });

  it("explains where customers come from when there are none", async () => {
    routeInvoke({ search_customers: () => [] });
    await renderWithApp(customerRoutes, { path: "/customers", appInfo: appInfo(shopProfile("en")), language: "en" });
    expect(await screen.findByTestId("customer-list-empty")).toHaveTextContent("when you record their first case");
  });
});
