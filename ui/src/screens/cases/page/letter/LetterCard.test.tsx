// The closing letter on the case page: the draft shown in the customer's language, an edit
// sent with "Create PDF", the refusal before the findings are in, and printing's fallback.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import type { ErrorPayload, LetterDraft, LetterVersion } from "../../../../bindings";
import { appInfo, shopProfile, staff } from "../../../../test/fixtures";
import { routeInvoke, type Handler } from "../../../../test/mockInvoke";
import { renderWithApp } from "../../../../test/render";
import { CasePageScreen } from "../CasePageScreen";
import { CASE_ID, caseView, checklistAt } from "../checklist/testChecklist";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

const draft: LetterDraft = {
  case_id: CASE_ID,
  case_number: "2026-0042",
  language: "ru",
  paper: "a4",
  date: "25 ноября 2026 г.",
  reference: "Обращение № 2026-0042",
  addressee: ["Ивановой Анне Сергеевне"],
  salutation: "Уважаемая Анна Сергеевна!",
  sections: [
    { key: "reference", heading: null, text: "Благодарим вас за обращение от 20 ноября 2026 г." },
    { key: "findings", heading: "Что мы проверили и выяснили", text: "Вот что мы выяснили: трещина в глазури." },
  ],
  closing: "С уважением,",
  signature: ["Мария Петрова", "Владелец"],
  refusal: false,
};

const version: LetterVersion = {
  id: "letter-1",
  case_id: CASE_ID,
  version: 1,
  language: "ru",
  paper: "a4",
  sha256: "ab".repeat(32),
  file: "files/letters/2026-0042-v1-abababababab.pdf",
  page_count: 1,
  created_at: "2026-11-25T10:00:00+03:00",
  draft,
};

let backend: Record<string, Mock<Handler>>;

function mocked(command: string): Mock<Handler> {
  const mock = backend[command];
  if (!mock) throw new Error(`no mock for ${command}`);
  return mock;
}

function mockBackend(extra: Record<string, Handler> = {}) {
  const handlers: Record<string, Handler> = {
    get_case: () => caseView,
    get_checklist: () => checklistAt("letter", []),
    get_timeline: () => [],
    list_staff: () => staff,
    list_letters: () => [],
    get_letter_draft: () => draft,
    preview_letter: () => ({ page_count: 1, size_bytes: 23000, replaced: [], pdf_base64: "" }),
    generate_letter: () => version,
    ...extra,
  };
  backend = Object.fromEntries(Object.entries(handlers).map(([k, h]) => [k, vi.fn<Handler>(h)]));
  routeInvoke(backend);
}

async function openEditor() {
  const user = userEvent.setup({ delay: null });
  await renderWithApp([{ path: "/cases/:id", element: <CasePageScreen /> }], {
    language: "ru",
    path: `/cases/${CASE_ID}`,
    appInfo: appInfo(shopProfile("ru")),
  });
  const card = await screen.findByTestId("letter-card");
  await user.click(within(card).getByTestId("letter-edit"));
  return user;
}

describe("the closing letter panel", () => {
  beforeEach(() => mockBackend());

  it("shows the draft in the customer's language with each section editable, and the preview's facts", async () => {
    await openEditor();
    const form = await screen.findByTestId("letter-form");
    expect(within(form).getByDisplayValue("Уважаемая Анна Сергеевна!")).toBeInTheDocument();
    expect(within(form).getByDisplayValue("Вот что мы выяснили: трещина в глазури.")).toBeInTheDocument();
    expect(within(form).getByDisplayValue(/Ивановой Анне Сергеевне/)).toBeInTheDocument();
    // The customer's language is asked for (null: the core picks it).
    expect(mocked("get_letter_draft")).toHaveBeenCalledWith({ caseId: CASE_ID, language: null });
    expect(await screen.findByTestId("letter-preview-facts")).toHaveTextContent("1 страница");
    expect(screen.getByTestId("letter-preview-html")).toHaveTextContent("Уважаемая Анна Сергеевна!");
  });

  it("sends the edited draft with Create PDF and offers the new version's actions", async () => {
    const user = await openEditor();
    const form = await screen.findByTestId("letter-form");
    const findings = within(form).getByDisplayValue("Вот что мы выяснили: трещина в глазури.");
    await user.clear(findings);
    await user.click(findings);
    await user.paste("Мастер нашёл трещину и заменит вазу.");
    await user.click(within(form).getByTestId("letter-generate"));

    await waitFor(() => expect(mocked("generate_letter")).toHaveBeenCalledTimes(1));
    const sent = mocked("generate_letter").mock.calls[0]?.[0] as { caseId: string; draft: LetterDraft; actorId: string | null };
    expect(sent.caseId).toBe(CASE_ID);
    expect(sent.draft.sections[1]).toEqual({ key: "findings", heading: "Что мы проверили и выяснили", text: "Мастер нашёл трещину и заменит вазу." });
    expect(sent.draft.salutation).toBe("Уважаемая Анна Сергеевна!");
    expect(await screen.findByTestId("letter-created")).toHaveTextContent("Версия 1 создана");
  });

  it("says which step is missing when the letter is not ready", async () => {
    const refused: ErrorPayload = {
      code: "step_refused",
      message: "not ready",
      fields: [],
      params: { rule: "letter_not_ready", step: "letter", detail: "remedy" },
    };
    mockBackend({ get_letter_draft: () => Promise.reject(refused) });
    await openEditor();
    const alert = await screen.findByTestId("letter-not-ready");
    expect(alert).toHaveTextContent("Письмо можно написать, когда будет выполнен шаг");
    expect(alert.textContent).not.toContain("{{step}}");
  });

  it("tells the owner to print from the PDF viewer when printing fell back to opening it", async () => {
    mockBackend({ list_letters: () => [version], print_letter: () => ({ outcome: "opened_in_viewer" }) });
    const user = userEvent.setup({ delay: null });
    await renderWithApp([{ path: "/cases/:id", element: <CasePageScreen /> }], {
      language: "en",
      path: `/cases/${CASE_ID}`,
      appInfo: appInfo(shopProfile("en")),
    });
    const row = await screen.findByTestId("letter-version");
    expect(row).toHaveTextContent("Version 1");
    await user.click(within(row).getByTestId("letter-print"));
    expect(mocked("print_letter")).toHaveBeenCalledWith({ id: "letter-1" });
    expect(await screen.findByTestId("letter-print-fallback")).toHaveTextContent("opened in your PDF viewer — print it from there");
  });
});
