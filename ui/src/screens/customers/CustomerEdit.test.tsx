// Editing a customer: problems sit next to their field, from the form's checks and from the core.
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { CustomerInput } from "../../bindings";
import { appInfo, shopProfile } from "../../test/fixtures";
import { routeInvoke } from "../../test/mockInvoke";
import { renderWithApp } from "../../test/render";
import { customerRoutes } from "./routes";
import { customer, customerPage } from "./testData";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

function field(name: string): HTMLInputElement {
  const element = screen.getByTestId("customer-form").querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!element) throw new Error(`no input named ${name}`);
  return element;
}

/** The error text Mantine links to an input through aria-describedby. */
function errorOf(element: HTMLElement): string {
  expect(element).toHaveAttribute("aria-invalid", "true");
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  const error = ids.map((id) => document.getElementById(id)).find((node) => node?.className.includes("-error"));
  return error?.textContent ?? "";
}

async function renderEdit(updateCustomer: (args: Record<string, unknown> | undefined) => unknown) {
  const mock = routeInvoke({ get_customer_page: () => customerPage(), update_customer: updateCustomer });
  const utils = await renderWithApp(customerRoutes, {
    path: "/customers/cust-1/edit",
    appInfo: appInfo(shopProfile("ru")),
  });
  await screen.findByTestId("customer-form");
  return { ...utils, mock };
}

describe("customer edit form", () => {
  it("asks for a surname or first name before saving", async () => {
    const user = userEvent.setup({ delay: null });
    const update = vi.fn();
    await renderEdit(update);
    await user.clear(field("surname"));
    await user.clear(field("first_name"));
    await user.click(screen.getByTestId("customer-submit"));

    await waitFor(() => expect(errorOf(field("surname"))).toBe("Укажите фамилию или имя"));
    expect(update).not.toHaveBeenCalled();
  });

  it("puts the core's field error next to the phone and keeps what was typed", async () => {
    const user = userEvent.setup({ delay: null });
    await renderEdit(() =>
      Promise.reject({
        code: "invalid_input",
        message: "invalid",
        fields: [{ field: "phone", code: "phone_implausible", limit: null }],
        params: null,
      }),
    );
    await user.clear(field("note"));
    await user.type(field("note"), "Новая заметка");
    await user.click(screen.getByTestId("customer-submit"));

    await waitFor(() => expect(errorOf(field("phone"))).toContain("от 7 до 15 цифр"));
    expect(field("note")).toHaveValue("Новая заметка");
    expect(screen.getByTestId("customer-form-error")).toBeInTheDocument();
  });

  it("sends the edited details and returns to the customer page", async () => {
    const user = userEvent.setup({ delay: null });
    const update = vi.fn((args: Record<string, unknown> | undefined) => ({ ...customer, ...(args?.input as object) }));
    const { router } = await renderEdit(update);
    await user.clear(field("email"));
    await user.type(field("messenger"), "  @anna  ");
    await user.click(screen.getByTestId("customer-submit"));

    await waitFor(() => expect(router.state.location.pathname).toBe("/customers/cust-1"));
    const input = update.mock.calls[0]![0]!.input as CustomerInput;
    expect(update.mock.calls[0]![0]!.id).toBe("cust-1");
    expect(input.email).toBeNull();
    expect(input.messenger).toBe("@anna");
    expect(input.note).toBe(customer.note);
  });

  it("asks before leaving with unsaved changes", async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = await renderEdit(vi.fn());
    await user.type(field("messenger"), "@anna");
    await act(() => router.navigate("/customers"));

    expect(await screen.findByText("Уйти без сохранения?")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/customers/cust-1/edit");
    expect(field("messenger")).toHaveValue("@anna");
  });
});
