// The case form's validation display: client-side checks and the core's rejections both
// end up next to the right input, in the user's language, and nothing typed is lost.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import type { CaseInput, CaseView, ErrorPayload } from "../../../bindings";
import { appInfo, categories, shopProfile, staff } from "../../../test/fixtures";
import { routeInvoke, type Handler } from "../../../test/mockInvoke";
import { renderWithApp } from "../../../test/render";
import { NewCaseScreen } from "./NewCaseScreen";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const savedView = {
  id: "case-1",
  number: "2026-0001",
} as CaseView;

function mockBackend(createCase: Handler) {
  return routeInvoke({
    list_categories: () => categories,
    list_staff: () => staff,
    search_customers: () => [],
    create_case: createCase,
  });
}

async function renderForm(language: "ru" | "en") {
  const utils = await renderWithApp(
    [
      { path: "/cases/new", element: <NewCaseScreen /> },
      { path: "/cases/:id", element: <div data-testid="case-page" /> },
    ],
    { language, path: "/cases/new", appInfo: appInfo(shopProfile(language)) },
  );
  const form = await screen.findByTestId("case-form");
  return { ...utils, form };
}

function input(form: HTMLElement, name: string): HTMLInputElement | HTMLTextAreaElement {
  const element = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (!element) throw new Error(`no input named ${name}`);
  return element;
}

/** The error text Mantine shows for an input: the element its aria-describedby points to. */
function errorOf(element: HTMLElement): string {
  expect(element).toHaveAttribute("aria-invalid", "true");
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  const error = ids.map((id) => document.getElementById(id)).find((node) => node?.className.includes("-error"));
  if (!error) throw new Error(`no error message linked to ${element.getAttribute("name") ?? "the input"}`);
  return error.textContent ?? "";
}

async function pickCategory(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByTestId("case-category"));
  // jsdom computes no layout, so Mantine's dropdown counts as hidden to the a11y tree.
  await user.click(await screen.findByRole("option", { name: label, hidden: true }));
}

describe("case form validation", () => {
  let createCase: Mock<Handler>;

  beforeEach(() => {
    createCase = vi.fn<Handler>(() => Promise.resolve(savedView));
    mockBackend((args) => createCase(args));
  });

  it("shows 'required' next to the complaint in Russian when submitted empty", async () => {
    const user = userEvent.setup({ delay: null });
    const { form } = await renderForm("ru");
    await user.click(screen.getByTestId("case-submit"));

    await waitFor(() => expect(errorOf(input(form, "complaint"))).toBe("Заполните это поле"));
    expect(errorOf(screen.getByTestId("case-category"))).toBe("Заполните это поле");
    expect(screen.getByText("Выберите клиента или добавьте нового")).toBeInTheDocument();
    expect(createCase).not.toHaveBeenCalled();
  });

  it("shows 'required' next to the complaint in English when submitted empty", async () => {
    const user = userEvent.setup({ delay: null });
    const { form } = await renderForm("en");
    await user.click(screen.getByTestId("case-submit"));

    await waitFor(() => expect(errorOf(input(form, "complaint"))).toBe("Required"));
    expect(screen.getByText("Choose a customer or add a new one")).toBeInTheDocument();
    expect(createCase).not.toHaveBeenCalled();
  });

  it("names the limit of a too-long value, with the right plural", async () => {
    const user = userEvent.setup({ delay: null });
    const { form } = await renderForm("ru");
    await user.click(screen.getByTestId("customer-new"));
    // maxLength stops typing past the limit, but a paste or the core may still deliver it.
    fireEvent.change(input(form, "customer.surname"), { target: { value: "Щ".repeat(81) } });
    fireEvent.change(input(form, "complaint"), { target: { value: "ж".repeat(10_001) } });
    await user.click(screen.getByTestId("case-submit"));

    await waitFor(() => expect(errorOf(input(form, "customer.surname"))).toBe("Не длиннее 80 символов"));
    expect(errorOf(input(form, "complaint"))).toBe("Не длиннее 10000 символов");
    expect(createCase).not.toHaveBeenCalled();
  });

  it("names the limit in English too", async () => {
    const user = userEvent.setup({ delay: null });
    const { form } = await renderForm("en");
    await user.click(screen.getByTestId("customer-new"));
    fireEvent.change(input(form, "customer.surname"), { target: { value: "S".repeat(81) } });
    await user.click(screen.getByTestId("case-submit"));
    await waitFor(() => expect(errorOf(input(form, "customer.surname"))).toBe("At most 80 characters"));
  });

  it("says what is wrong with an impossible price", async () => {
    const user = userEvent.setup({ delay: null });
    const { form } = await renderForm("ru");
    await user.type(input(form, "price"), "123456789012");
    await user.click(screen.getByTestId("case-submit"));
    await waitFor(() => expect(errorOf(input(form, "price"))).toBe("Слишком большая сумма"));
  });

  it("checks the phone and e-mail of a new customer before saving", async () => {
    const user = userEvent.setup({ delay: null });
    const { form } = await renderForm("en");
    await user.click(screen.getByTestId("customer-new"));
    await user.type(input(form, "customer.phone"), "12-34");
    await user.type(input(form, "customer.email"), "anna.example.com");
    await user.click(screen.getByTestId("case-submit"));
    await waitFor(() =>
      expect(errorOf(input(form, "customer.phone"))).toBe("Looks like a typo: a phone number has 7 to 15 digits"),
    );
    expect(errorOf(input(form, "customer.email"))).toMatch(/name@example\.com/);
    // No surname nor first name: the core's name_required, on the surname.
    expect(errorOf(input(form, "customer.surname"))).toBe("Enter a surname or a first name");
  });

  it("puts the core's field errors next to their inputs and keeps what was typed", async () => {
    const rejection: ErrorPayload = {
      code: "invalid_input",
      message: "invalid input: customer.phone (phone_implausible)",
      fields: [{ field: "customer.phone", code: "phone_implausible", limit: null }],
      params: null,
    };
    createCase.mockImplementation(() => Promise.reject(rejection));
    const user = userEvent.setup({ delay: null });
    const { form } = await renderForm("ru");

    await user.click(screen.getByTestId("customer-new"));
    await user.type(input(form, "customer.surname"), "Иванова");
    await user.type(input(form, "customer.first_name"), "Анна");
    await user.type(input(form, "customer.phone"), "+7 999 123-45-67");
    await pickCategory(user, "Брак или повреждение");
    await user.type(input(form, "complaint"), "Ваза треснула через день");
    await user.type(input(form, "price"), "1499,9");
    await user.click(screen.getByTestId("case-submit"));

    await waitFor(() =>
      expect(errorOf(input(form, "customer.phone"))).toBe("Похоже на опечатку: в номере должно быть от 7 до 15 цифр"),
    );
    expect(within(screen.getByTestId("case-form-error")).getByText(/Проверьте поля/)).toBeInTheDocument();
    // Everything typed is still there.
    expect(input(form, "customer.surname")).toHaveValue("Иванова");
    expect(input(form, "customer.first_name")).toHaveValue("Анна");
    expect(input(form, "customer.phone")).toHaveValue("+7 999 123-45-67");
    expect(input(form, "complaint")).toHaveValue("Ваза треснула через день");
    expect(screen.getByTestId("case-category")).toHaveValue("Брак или повреждение");

    // What was sent is what the core expects.
    const sent = (createCase.mock.calls[0]?.[0] as { input: CaseInput }).input;
    expect(sent.customer).toMatchObject({ kind: "new", customer: { surname: "Иванова", phone: "+7 999 123-45-67" } });
    expect(sent.price).toBe("1499.90");
    expect(sent.category_id).toBe("cat-defective");
    expect(sent.complaint).toBe("Ваза треснула через день");
    expect(sent.received_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    expect(sent.demand_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("opens the new case once it is saved", async () => {
    const user = userEvent.setup({ delay: null });
    const { form, router } = await renderForm("en");
    await user.click(screen.getByTestId("customer-new"));
    await user.type(input(form, "customer.first_name"), "John");
    await pickCategory(user, "Опоздание курьера");
    await user.type(input(form, "complaint"), "Late again");
    await user.click(screen.getByTestId("case-submit"));

    await screen.findByTestId("case-page");
    expect(router.state.location.pathname).toBe("/cases/case-1");
    expect(createCase).toHaveBeenCalledTimes(1);
  });

  it("keeps a handler who is the staff member involved only after the owner ticks the box", async () => {
    const conflict: ErrorPayload = {
      code: "invalid_input",
      message: "invalid input: handler_id (same_as_staff_involved)",
      fields: [{ field: "handler_id", code: "same_as_staff_involved", limit: null }],
      params: null,
    };
    createCase.mockImplementationOnce(() => Promise.reject(conflict));
    const user = userEvent.setup({ delay: null });
    const { form } = await renderForm("ru");
    await user.click(screen.getByTestId("customer-new"));
    await user.type(input(form, "customer.first_name"), "Анна");
    await pickCategory(user, "Брак или повреждение");
    await user.type(input(form, "complaint"), "Нагрубили на кассе");
    expect(screen.queryByTestId("case-accept-handler")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("case-submit"));

    await waitFor(() =>
      expect(errorOf(screen.getByTestId("case-handler"))).toBe(
        "Жалоба как раз на этого сотрудника. Лучше поручить обращение другому.",
      ),
    );
    expect((createCase.mock.calls[0]?.[0] as { input: CaseInput }).input.accept_warnings).toBe(false);
    await user.click(screen.getByLabelText("Всё равно поручить этому сотруднику"));
    await user.click(screen.getByTestId("case-submit"));

    await waitFor(() => expect(createCase).toHaveBeenCalledTimes(2));
    expect((createCase.mock.calls[1]?.[0] as { input: CaseInput }).input.accept_warnings).toBe(true);
  });
});
