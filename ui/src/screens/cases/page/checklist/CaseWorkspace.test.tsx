// The case page's checklist: the generated step form, refusals and field errors from the
// core, the legal clock, the compensation limit's second look and the handler warning.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import type { CaseChecklist, ErrorPayload } from "../../../../bindings";
import { appInfo, shopProfile, staff } from "../../../../test/fixtures";
import { routeInvoke, type Handler } from "../../../../test/mockInvoke";
import { renderWithApp } from "../../../../test/render";
import { CasePageScreen } from "../CasePageScreen";
import { CASE_ID, EVERY_KIND, caseView, checklistAt } from "./testChecklist";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

let checklist: CaseChecklist;
type Command = "get_case" | "get_checklist" | "get_timeline" | "list_staff" | "apply_step" | "add_compensation";
let backend: Record<Command, Mock<Handler>> & Record<string, Mock<Handler>>;

function mockBackend(extra: Record<string, Handler> = {}) {
  const mocks = {
    get_case: vi.fn<Handler>(() => caseView),
    get_checklist: vi.fn<Handler>(() => checklist),
    get_timeline: vi.fn<Handler>(() => []),
    list_staff: vi.fn<Handler>(() => staff),
    apply_step: vi.fn<Handler>(() => checklist),
    add_compensation: vi.fn<Handler>(() => checklist),
  };
  backend = mocks;
  for (const [name, handler] of Object.entries(extra)) backend[name] = vi.fn<Handler>(handler);
  routeInvoke(backend);
}

async function renderPage(language: "ru" | "en" = "ru") {
  const utils = await renderWithApp([{ path: "/cases/:id", element: <CasePageScreen /> }], {
    language,
    path: `/cases/${CASE_ID}`,
    appInfo: appInfo(shopProfile(language)),
  });
  await screen.findByTestId("checklist");
  return utils;
}

function fieldInput(key: string): HTMLInputElement {
  const element = document.querySelector<HTMLInputElement>(`[name="${key}"]`);
  if (!element) throw new Error(`no input named ${key}`);
  return element;
}

/** The error text Mantine links to an input through aria-describedby. */
function errorOf(element: HTMLElement): string {
  expect(element).toHaveAttribute("aria-invalid", "true");
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  const error = ids.map((id) => document.getElementById(id)).find((node) => node?.className.includes("-error"));
  if (!error) throw new Error("no error message linked to the input");
  return error.textContent ?? "";
}

const refused = (rule: string, step: string, detail: string | null): ErrorPayload => ({
  code: "step_refused",
  message: `step refused: ${rule}`,
  fields: [],
  params: { rule, step, detail },
});

describe("the generated step form", () => {
  beforeEach(() => {
    checklist = checklistAt("investigate", EVERY_KIND, { at: "2026-11-21T09:30:00.000Z" });
    mockBackend();
  });

  it("draws an input for each kind of field and sends a complete action with their values", async () => {
    const user = userEvent.setup({ delay: null });
    await renderPage("ru");
    const form = screen.getByTestId("step-form-investigate");
    expect(within(form).getByTestId("step-hint")).toHaveTextContent("Подсказка: investigate");

    // Labels come from the checklist namespace, step-specific where there is one.
    expect(within(form).getByText("Вывод")).toBeInTheDocument();
    expect(within(form).getByText("Что сделает магазин")).toBeInTheDocument();
    await user.type(fieldInput("duration_minutes"), "15");
    await user.type(fieldInput("summary"), "Трещина у дна");
    await user.type(fieldInput("note"), "Фото приложены");
    await user.click(within(form).getByLabelText("Прав отчасти"));
    await user.click(fieldInput("remedy"));
    await user.click(await screen.findByRole("option", { name: "Замена", hidden: true }));
    await user.click(within(form).getByLabelText("Извинились один раз, искренне", { exact: false }));
    const stars = within(screen.getByTestId("field-satisfaction")).getAllByRole("radio", { hidden: true });
    // The keyboard path: Enter on the fourth star.
    const four = stars.find((star) => (star as HTMLInputElement).value === "4");
    fireEvent.keyDown(four!, { key: "Enter" });
    await user.click(screen.getByTestId("step-done"));

    await waitFor(() => expect(backend.apply_step).toHaveBeenCalledTimes(1));
    const args = backend.apply_step.mock.calls[0]![0]!;
    expect(args.caseId).toBe(CASE_ID);
    expect(args.actorId).toBeNull();
    expect(args.action).toEqual({
      action: "complete",
      step: "investigate",
      values: {
        at: "2026-11-21T09:30:00.000Z",
        duration_minutes: 15,
        summary: "Трещина у дна",
        note: "Фото приложены",
        verdict: "partly_right",
        remedy: "replace",
        apologised: true,
        satisfaction: 4,
      },
    });
  });

  it("skips with a reason", async () => {
    const user = userEvent.setup({ delay: null });
    await renderPage("en");
    await user.click(screen.getByTestId("step-skip"));
    await user.type(await screen.findByTestId("reason-input"), "Customer did not answer");
    await user.click(screen.getByTestId("reason-confirm"));
    await waitFor(() =>
      expect(backend.apply_step.mock.calls[0]![0]!.action).toEqual({
        action: "skip",
        step: "investigate",
        reason: "Customer did not answer",
      }),
    );
  });

  it("says which step comes first when the core refuses the step", async () => {
    backend.apply_step.mockImplementation(() => Promise.reject(refused("depends_on", "close", "letter")));
    const user = userEvent.setup({ delay: null });
    await renderPage("ru");
    await user.type(fieldInput("summary"), "Текст");
    await user.click(screen.getByTestId("step-done"));
    expect(await screen.findByTestId("step-failure")).toHaveTextContent("Сначала завершите шаг «Письмо клиенту».");
  });

  it("shows a rule refusal in English too", async () => {
    backend.apply_step.mockImplementation(() => Promise.reject(refused("corrective_action_required", "corrective_action", null)));
    const user = userEvent.setup({ delay: null });
    await renderPage("en");
    await user.click(screen.getByTestId("step-done"));
    expect(await screen.findByTestId("step-failure")).toHaveTextContent(
      "For a defect or a staff error, record at least one corrective action first.",
    );
  });

  it("puts a field error next to its field and keeps what was typed", async () => {
    backend.apply_step.mockImplementation(() =>
      Promise.reject({
        code: "invalid_input",
        message: "invalid",
        fields: [{ field: "summary", code: "too_long", limit: 5000 }, { field: "at", code: "before_received", limit: null }],
        params: null,
      } satisfies ErrorPayload),
    );
    const user = userEvent.setup({ delay: null });
    await renderPage("ru");
    await user.type(fieldInput("summary"), "Клиент рассказал всё");
    await user.type(fieldInput("note"), "Заметка");
    await user.click(screen.getByTestId("step-done"));

    await waitFor(() => expect(errorOf(fieldInput("summary"))).toBe("Не длиннее 5000 символов"));
    expect(fieldInput("summary")).toHaveValue("Клиент рассказал всё");
    expect(fieldInput("note")).toHaveValue("Заметка");
    expect(screen.getByText("Это раньше, чем поступило обращение")).toBeInTheDocument();
  });

  it("records the act in the handler's name by default", async () => {
    const handled = { ...caseView, handler: { id: "staff-1", name: "Мария" } };
    mockBackend({ get_case: () => handled });
    const user = userEvent.setup({ delay: null });
    await renderPage("ru");
    await user.type(fieldInput("summary"), "Текст");
    await user.click(screen.getByTestId("step-done"));
    await waitFor(() => expect(backend.apply_step.mock.calls[0]![0]!.actorId).toBe("staff-1"));
  });
});

describe("the clocks", () => {
  const rule = {
    id: "ru.art22",
    article: "ст. 22",
    title: "Возврат денег",
    law: "Закон № 2300-1",
    days: 10,
    months: 0,
    penalty_percent_per_day: 1,
    penalty_article: "ст. 23 п. 1",
    verify: false,
    rules_version: "2026-11-25",
  };

  it("shows the days left with Russian plurals and the rules' version", async () => {
    checklist = checklistAt("listen", [], {}, {
      legal_rule_id: rule.id,
      legal_rule_choices: [rule],
      clocks: {
        ...checklistAt("listen", []).clocks,
        legal: { rule, deadline: "2026-11-30", days_left: 3, overdue: false, decided_at: null, kept: null, days_late: 0, penalty_minor: null },
      },
    });
    mockBackend();
    await renderPage("ru");
    const clock = screen.getByTestId("legal-clock");
    expect(within(clock).getByTestId("legal-state")).toHaveTextContent("Осталось 3 дня");
    expect(clock).toHaveTextContent("Возврат денег · ст. 22");
    expect(screen.getByText("Правила от 2026-11-25")).toBeInTheDocument();
    expect(screen.getByTestId("shop-clock")).toHaveTextContent("Выслушать");
  });

  it("shows an overdue legal term with the days late and the penalty in the case's money", async () => {
    checklist = checklistAt("listen", [], {}, {
      clocks: {
        ...checklistAt("listen", []).clocks,
        shop: { step: "listen", due_at: "2026-11-21T12:00:00+03:00", overdue: true },
        legal: { rule, deadline: "2026-11-20", days_left: -5, overdue: true, decided_at: null, kept: null, days_late: 5, penalty_minor: 12500 },
      },
    });
    mockBackend();
    await renderPage("ru");
    const state = screen.getByTestId("legal-state");
    expect(state).toHaveTextContent("Просрочено на 5 дней");
    expect(state.textContent?.replace(/\s/g, " ")).toMatch(/Неустойка на сегодня: 125 ₽/);
    expect(screen.getByTestId("shop-clock")).toHaveTextContent("Просрочено");
  });

  it("says a day left in English", async () => {
    checklist = checklistAt("listen", [], {}, {
      clocks: {
        ...checklistAt("listen", []).clocks,
        legal: { rule, deadline: "2026-11-30", days_left: 1, overdue: false, decided_at: null, kept: null, days_late: 0, penalty_minor: null },
      },
    });
    mockBackend();
    await renderPage("en");
    expect(screen.getByTestId("legal-state")).toHaveTextContent("1 day left");
  });
});

describe("compensation above the shop's limit", () => {
  it("offers a second look and resends with accept_warnings", async () => {
    checklist = checklistAt("remedy", []);
    mockBackend();
    backend.add_compensation.mockImplementationOnce(() =>
      Promise.reject({
        code: "invalid_input",
        message: "over limit",
        fields: [{ field: "value", code: "over_limit", limit: 500000 }],
        params: null,
      } satisfies ErrorPayload),
    );
    const user = userEvent.setup({ delay: null });
    await renderPage("ru");
    await user.click(screen.getByTestId("compensation-add"));
    const form = await screen.findByTestId("compensation-form");
    await user.click(within(form).getByTestId("compensation-kind"));
    await user.click(await screen.findByRole("option", { name: "Скидка или купон", hidden: true }));
    await user.type(within(form).getByTestId("compensation-value"), "6000");
    await user.click(within(form).getByTestId("compensation-save"));

    expect(await screen.findByText("Больше лимита компенсации магазина на одно обращение")).toBeInTheDocument();
    const accept = screen.getByTestId("compensation-accept");
    expect(screen.getByTestId("compensation-save")).toBeDisabled();
    await user.click(accept);
    await user.click(screen.getByTestId("compensation-save"));

    await waitFor(() => expect(backend.add_compensation).toHaveBeenCalledTimes(2));
    const first = backend.add_compensation.mock.calls[0]![0]!.input as { accept_warnings: boolean; value: string; kind: string };
    const second = backend.add_compensation.mock.calls[1]![0]!.input as { accept_warnings: boolean; value: string };
    expect(first).toMatchObject({ kind: "voucher", value: "6000.00", accept_warnings: false });
    expect(second).toMatchObject({ value: "6000.00", accept_warnings: true });
  });
});

describe("warnings", () => {
  it("shows a calm notice when the handler is the staff member involved", async () => {
    checklist = checklistAt("listen", [], {}, { warnings: ["handler_is_staff_involved"] });
    mockBackend();
    await renderPage("en");
    expect(screen.getByTestId("warning-handler")).toHaveTextContent("the one the complaint is about");
  });
});
