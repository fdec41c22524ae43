// The customer page: history facts in the user's language, and the way into each case.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { appInfo, shopProfile } from "../../test/fixtures";
import { routeInvoke } from "../../test/mockInvoke";
import { renderWithApp } from "../../test/render";
import { customerRoutes } from "./routes";
import { customerPage } from "./testData";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

function renderPage(language: "ru" | "en", page = customerPage()) {
  const mock = routeInvoke({ get_customer_page: () => page });
  const routes = [...customerRoutes, { path: "cases/:id", element: <div data-testid="case-page" /> }];
  return renderWithApp(routes, { language, path: "/customers/cust-1", appInfo: appInfo(shopProfile(language)) }).then(
    (utils) => ({ ...utils, mock }),
  );
}

describe("customer page", () => {
  it("shows the repeat badge, its rule and a Russian plural case count", async () => {
    const { mock } = await renderPage("ru");
    expect(await screen.findByRole("heading", { name: "Иванова Анна Сергеевна" })).toBeInTheDocument();
    expect(mock).toHaveBeenCalledWith("get_customer_page", { id: "cust-1" });

    const standing = screen.getByTestId("customer-standing");
    expect(within(standing).getByTestId("repeat-badge")).toHaveTextContent("Жалуется повторно");
    expect(within(standing).getByTestId("repeat-rule")).toHaveTextContent("за 12 месяцев");
    expect(within(standing).getByTestId("customer-case-count")).toHaveTextContent("2 обращения");
    // 150000 kopecks in roubles, Russian grouping: "1 500 ₽" (with a no-break space).
    expect(within(standing).getByTestId("customer-compensation").textContent?.replace(/\s/g, " ")).toBe("1 500 ₽");
  });

  it("uses the 'many' form for five cases and shows no badge for a first-time customer", async () => {
    const five = customerPage({
      repeat_complainant: false,
      cases: [1, 2, 3, 4, 5].map((n) => ({ ...customerPage().cases[0]!, id: `case-${n}`, number: `2026-000${n}` })),
    });
    await renderPage("ru", five);
    const standing = await screen.findByTestId("customer-standing");
    expect(within(standing).getByTestId("customer-case-count")).toHaveTextContent("5 обращений");
    expect(screen.queryByTestId("repeat-badge")).not.toBeInTheDocument();
  });

  it("lists each case with its status and overdue marker, and opens it on click", async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = await renderPage("en");
    const rows = await screen.findAllByTestId("customer-case-row");
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText("2026-0002")).toBeInTheDocument();
    expect(within(rows[0]!).getByText("Defective or damaged product")).toBeInTheDocument();
    expect(within(rows[0]!).getByTestId("overdue")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Closed")).toBeInTheDocument();
    expect(within(rows[1]!).queryByTestId("overdue")).not.toBeInTheDocument();

    await user.click(within(rows[1]!).getByText("Closed"));
    expect(await screen.findByTestId("case-page")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/cases/case-1");
  });

  it("says so when the customer does not exist", async () => {
    routeInvoke({
      get_customer_page: () =>
        Promise.reject({ code: "not_found", message: "customer", fields: [], params: null }),
    });
    await renderWithApp(customerRoutes, { path: "/customers/nope", appInfo: appInfo(shopProfile("ru")) });
    expect(await screen.findByTestId("customer-page-error")).toHaveTextContent("Такой записи нет");
  });
});
