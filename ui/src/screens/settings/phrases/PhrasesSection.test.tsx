// Settings → letter phrases: the placeholders shown, a change saved, and the core's
// placeholder error shown next to the phrase it names.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ErrorPayload, LetterPhrase } from "../../../bindings";
import { appInfo, shopProfile } from "../../../test/fixtures";
import { routeInvoke, type Handler } from "../../../test/mockInvoke";
import { renderWithApp } from "../../../test/render";
import { settingsRoutes } from "../routes";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const phrase = (id: string, language: "ru" | "en", standard: string, placeholders: string[]): LetterPhrase => ({
  id,
  language,
  standard,
  text: standard,
  overridden: false,
  placeholders,
});

const phrases: LetterPhrase[] = [
  phrase("closing", "ru", "С уважением,", []),
  phrase("closing", "en", "Kind regards,", []),
  phrase("contact", "ru", "Если у вас остались вопросы, свяжитесь со мной напрямую: {contact}.", ["contact"]),
  phrase("contact", "en", "If anything is left open, please contact me directly: {contact}.", ["contact"]),
];

async function renderPhrases(handlers: Record<string, Handler>) {
  const save = vi.fn<Handler>(handlers.save_letter_phrases ?? (() => phrases));
  routeInvoke({
    app_info: () => appInfo(shopProfile("ru")),
    get_shop_logo: () => null,
    list_categories: () => [],
    get_service_targets: () => null,
    get_letter_phrases: () => phrases,
    list_backups: () => [],
    data_folder: () => "/tmp/data",
    ...handlers,
    save_letter_phrases: save,
  });
  await renderWithApp(settingsRoutes, { language: "ru", path: "/settings?tab=phrases", appInfo: appInfo(shopProfile("ru")) });
  return { save, section: await screen.findByTestId("settings-phrases") };
}

describe("letter phrases in Settings", () => {
  it("shows the placeholders each phrase keeps and puts the core's placeholder error by that phrase", async () => {
    const refused: ErrorPayload = {
      code: "invalid_input",
      message: "invalid",
      fields: [{ field: "phrases[0].text", code: "placeholder_missing", limit: null }],
      params: null,
    };
    const user = userEvent.setup({ delay: null });
    const { save, section } = await renderPhrases({ save_letter_phrases: () => Promise.reject(refused) });
    const contact = within(section).getByTestId("phrase-contact-ru");
    expect(within(contact).getByText("{contact}")).toBeInTheDocument();

    const input = within(contact).getByRole("textbox");
    await user.clear(input);
    await user.click(input);
    await user.paste("Звоните нам в любое время.");
    await user.click(within(section).getByTestId("phrases-save"));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toEqual({ changes: [{ id: "contact", language: "ru", text: "Звоните нам в любое время." }] });
    expect(await within(contact).findByText(/Сохраните все слова в \{фигурных скобках\}/)).toBeInTheDocument();
    expect(within(section).getByTestId("phrase-closing-ru")).not.toHaveTextContent("Сохраните");
    expect(within(section).getByTestId("phrases-error")).toHaveTextContent("Некоторые фразы нужно исправить");
  });

  it("resets a changed phrase to the standard wording", async () => {
    const user = userEvent.setup({ delay: null });
    const { section } = await renderPhrases({});
    const closing = within(section).getByTestId("phrase-closing-ru");
    const input = within(closing).getByRole("textbox");
    await user.clear(input);
    await user.click(input);
    await user.paste("Всего доброго,");
    await user.click(within(closing).getByRole("button", { name: "Вернуть стандартную" }));
    expect(input).toHaveValue("С уважением,");
    expect(within(section).getByTestId("phrases-save")).toBeDisabled();
  });
});
