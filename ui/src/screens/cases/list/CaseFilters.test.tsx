// The month filter's choices wait for the first screen to be on view: the shop's "today" is
// the app's first time-zone formatter, which loads ICU's zone data. (A file of its own: "the
// first screen on view" is module state, fresh per test file.)
import { act, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Providers } from "../../../App";
import { setLanguage } from "../../../i18n";
import { createQueryClient } from "../../../queries/client";
import { settingsKeys } from "../../../queries/settings";
import { afterFirstScreenShown, firstScreenPainted } from "../../../startup/painted";
import { appInfo, shopProfile } from "../../../test/fixtures";
import { CaseFilters } from "./CaseFilters";
import { parseFilters } from "./listParams";
import { MONTHS_BACK } from "./monthOptions";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn(async () => []) }));

function monthChoices(): string[] {
  const select = screen.getByTestId("filter-month");
  return within(select).getAllByRole("option").map((option) => option.getAttribute("value") ?? "");
}

describe("case filters", () => {
  it("lists the months once the first screen is on view, the chosen one before", async () => {
    await setLanguage("ru");
    const client = createQueryClient();
    client.setQueryData(settingsKeys.appInfo, appInfo(shopProfile("ru")));
    const filters = parseFilters(new URLSearchParams());
    const { rerender } = render(
      <Providers client={client}>
        <CaseFilters filters={filters} onChange={() => {}} />
      </Providers>,
    );
    expect(monthChoices()).toEqual([""]);
    rerender(
      <Providers client={client}>
        <CaseFilters filters={{ ...filters, month: "2025-03" }} onChange={() => {}} />
      </Providers>,
    );
    expect(monthChoices()).toEqual(["", "2025-03"]);

    await act(async () => {
      firstScreenPainted();
      await new Promise<void>((resolve) => afterFirstScreenShown(resolve));
    });
    const choices = monthChoices();
    expect(choices.length).toBeGreaterThanOrEqual(MONTHS_BACK + 1);
    expect(choices).toContain("2025-03");
    expect(choices[1]).toMatch(/^\d{4}-\d{2}$/);
  });
});
