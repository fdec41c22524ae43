// The staff screen: adding needs a name, and former staff can be marked and brought back.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Staff } from "../../bindings";
import { appInfo, shopProfile, staff } from "../../test/fixtures";
import { routeInvoke, type Handler } from "../../test/mockInvoke";
import { renderWithApp } from "../../test/render";
import { staffRoutes } from "./routes";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const former: Staff = { ...staff[0]!, id: "staff-2", name: "Олег", role: null, active: false };

function renderStaff(handlers: Record<string, Handler>, language: "ru" | "en" = "ru") {
  const mock = routeInvoke(handlers);
  return renderWithApp(staffRoutes, { language, path: "/staff", appInfo: appInfo(shopProfile(language)) }).then(
    (utils) => ({ ...utils, mock }),
  );
}

/** The error text Mantine links to an input through aria-describedby. */
function errorOf(element: HTMLElement): string {
  expect(element).toHaveAttribute("aria-invalid", "true");
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  const error = ids.map((id) => document.getElementById(id)).find((node) => node?.className.includes("-error"));
  return error?.textContent ?? "";
}

function nameInput(): HTMLInputElement {
  const input = screen.getByTestId("staff-form").querySelector<HTMLInputElement>('[name="name"]');
  if (!input) throw new Error("no name input");
  return input;
}

describe("staff screen", () => {
  it("shows 'required' next to the name when adding someone without one", async () => {
    const user = userEvent.setup({ delay: null });
    const create = vi.fn();
    await renderStaff({ list_staff: () => staff, create_staff: create });
    await screen.findAllByTestId("staff-row");

    await user.click(screen.getByTestId("staff-add"));
    await screen.findByTestId("staff-form");
    await user.click(screen.getByTestId("staff-submit"));

    await waitFor(() => expect(errorOf(nameInput())).toBe("Заполните это поле"));
    expect(create).not.toHaveBeenCalled();
  });

  it("adds a staff member with a trimmed name and no empty role", async () => {
    const user = userEvent.setup({ delay: null });
    const create = vi.fn((args: Record<string, unknown> | undefined) => ({ ...staff[0]!, id: "staff-9", ...(args?.input as object) }));
    const { mock } = await renderStaff({ list_staff: () => staff, create_staff: create });
    await screen.findAllByTestId("staff-row");

    await user.click(screen.getByTestId("staff-add"));
    await screen.findByTestId("staff-form");
    await user.type(nameInput(), "  Ирина  ");
    await user.click(screen.getByTestId("staff-submit"));

    await waitFor(() => expect(create).toHaveBeenCalledWith({ input: { name: "Ирина", role: null } }));
    await waitFor(() => expect(screen.queryByTestId("staff-form")).not.toBeInTheDocument());
    // The list is read again, with former staff included.
    expect(mock).toHaveBeenCalledWith("list_staff", { includeInactive: true });
  });

  it("lists former staff and marks someone as former or brings them back", async () => {
    const user = userEvent.setup({ delay: null });
    const setActive = vi.fn((args: Record<string, unknown> | undefined) => ({ ...staff[0]!, active: args?.active }));
    await renderStaff({ list_staff: () => [...staff, former], set_staff_active: setActive }, "en");

    const rows = await screen.findAllByTestId("staff-row");
    expect(within(rows[0]!).getByText("Active")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Former")).toBeInTheDocument();

    await user.click(within(rows[0]!).getByTestId("staff-deactivate"));
    await waitFor(() => expect(setActive).toHaveBeenCalledWith({ id: "staff-1", active: false }));
    await user.click(within(rows[1]!).getByTestId("staff-reactivate"));
    await waitFor(() => expect(setActive).toHaveBeenCalledWith({ id: "staff-2", active: true }));
  });

  it("explains what staff are for when there are none", async () => {
    await renderStaff({ list_staff: () => [] });
    expect(await screen.findByTestId("staff-empty")).toHaveTextContent("кто её разбирает");
    expect(screen.getByTestId("staff-add")).toHaveTextContent("Добавить сотрудника");
  });
});
