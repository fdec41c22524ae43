// The navigation's overdue badge: the core's count of every overdue case, in the UI's
// language with its plural forms, and no badge when nothing is overdue.
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { routeInvoke } from "../test/mockInvoke";
import { renderWithApp } from "../test/render";
import { Nav } from "./Nav";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

/** Renders the navigation with `overdue` cases overdue; answers the mocked backend. */
async function renderNav(overdue: number, language: "ru" | "en" = "ru") {
  const mock = routeInvoke({ get_today_counts: () => ({ due: overdue + 3, overdue }) });
  await renderWithApp(<Nav />, { language, path: "/cases" });
  return mock;
}

describe("the navigation's overdue badge", () => {
  it("shows every overdue case, beyond the 200 that Today lists", async () => {
    await renderNav(4901);
    const badge = await screen.findByTestId("nav-today-overdue");
    expect(badge).toHaveTextContent("4901");
    expect(badge).toHaveAccessibleName("4901 просроченное обращение");
  });

  it("names the count with the language's plural forms", async () => {
    await renderNav(3);
    expect(await screen.findByTestId("nav-today-overdue")).toHaveAccessibleName("3 просроченных обращения");
  });

  it("says it in English too", async () => {
    await renderNav(12, "en");
    expect(await screen.findByTestId("nav-today-overdue")).toHaveAccessibleName("12 overdue cases");
  });

  it("is not there when nothing is overdue", async () => {
    const mock = await renderNav(0);
    await vi.waitFor(() => expect(mock).toHaveBeenCalledWith("get_today_counts", undefined));
    await screen.findByTestId("nav-cases");
    expect(screen.queryByTestId("nav-today-overdue")).toBeNull();
  });
});
