// The customer's data rights: forgetting asks for an explicit confirmation first, and the
// export is saved where the owner chose, under a name built from the surname.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { save } from "@tauri-apps/plugin-dialog";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { appInfo, shopProfile } from "../../test/fixtures";
import { routeInvoke, type Handler } from "../../test/mockInvoke";
import { renderWithApp } from "../../test/render";
import { exportFileName } from "./page/exportFileName";
import { customerRoutes } from "./routes";
import { customer, customerPage } from "./testData";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

function renderPage(handlers: Record<string, Handler>, language: "ru" | "en" = "ru") {
  const mock = routeInvoke({ get_customer_page: () => customerPage(), ...handlers });
  return renderWithApp(customerRoutes, {
    language,
    path: "/customers/cust-1",
    appInfo: appInfo(shopProfile(language)),
  }).then((utils) => ({ ...utils, mock }));
}

beforeEach(() => {
  vi.mocked(save).mockReset();
});

describe("customer data", () => {
  it("forgets the customer only after the owner confirms, then shows the anonymised page", async () => {
    const user = userEvent.setup({ delay: null });
    let forgotten = false;
    const forget = vi.fn(() => {
      forgotten = true;
      return { customer_id: customer.id, cases: 2 };
    });
    const anonymised = customerPage({
      customer: { ...customer, display_name: "—", surname: "—", first_name: "", patronymic: null, phone: null, email: null, note: null },
    });
    await renderPage({ forget_customer: forget, get_customer_page: () => (forgotten ? anonymised : customerPage()) });

    await user.click(await screen.findByTestId("customer-forget"));
    const dialog = await screen.findByTestId("forget-confirm");
    expect(dialog).toHaveTextContent("Что останется");
    expect(forget).not.toHaveBeenCalled();

    // The button does nothing until the owner ticks that they understand.
    const confirm = within(dialog).getByTestId("forget-confirm-button");
    expect(confirm).toBeDisabled();
    await user.click(within(dialog).getByLabelText(/вернуть их нельзя/));
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    await waitFor(() => expect(forget).toHaveBeenCalledWith({ id: customer.id }));
    expect(await screen.findByRole("heading", { name: "—" })).toBeInTheDocument();
    expect(screen.queryByText("+7 900 123-45-67")).not.toBeInTheDocument();
  });

  it("does not forget anyone when the owner cancels", async () => {
    const user = userEvent.setup({ delay: null });
    const forget = vi.fn();
    await renderPage({ forget_customer: forget }, "en");
    await user.click(await screen.findByTestId("customer-forget"));
    const dialog = await screen.findByTestId("forget-confirm");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByTestId("forget-confirm")).not.toBeInTheDocument());
    expect(forget).not.toHaveBeenCalled();
  });

  it("saves the export where the owner chose, suggesting customer-<surname>.json", async () => {
    const user = userEvent.setup({ delay: null });
    vi.mocked(save).mockResolvedValue("/home/shop/customer-Иванова.json");
    const exportToFile = vi.fn(() => 2);
    await renderPage({ export_customer_to_file: exportToFile }, "en");
    await user.click(await screen.findByTestId("customer-export"));
    await waitFor(() => expect(exportToFile).toHaveBeenCalledTimes(1));
    expect(vi.mocked(save).mock.calls[0]![0]).toMatchObject({ defaultPath: "customer-Иванова.json" });
    expect(exportToFile).toHaveBeenCalledWith({ id: customer.id, path: "/home/shop/customer-Иванова.json" });
    expect(await screen.findByText("Exported: the customer's details and 2 cases")).toBeInTheDocument();
  });

  it("keeps the suggested file name safe for any file system", () => {
    expect(exportFileName("Smith / Jones")).toBe("customer-Smith-Jones.json");
    expect(exportFileName("  ")).toBe("customer-export.json");
    expect(exportFileName('a:b*c?"d')).toBe("customer-a-b-c-d.json");
  });
});
