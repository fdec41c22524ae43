// start.css holds Mantine's styles for the start screen only: these check that it has every
// rule that screen uses, in the order Mantine's full file has them.
import { readFileSync } from "node:fs";
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { CaseListItem } from "../bindings";
import i18n from "../i18n";
import { Boot } from "../shell/Boot";
import { appRoutes } from "../shell/routes";
import { appInfo, categories, shopProfile } from "../test/fixtures";
import { routeInvoke } from "../test/mockInvoke";
import { renderWithApp } from "../test/render";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const startCss = read("./start.css");
const imported = [...startCss.matchAll(/@import "([^"]+)";/g)].map((m) => m[1]);
const sheets = imported.map((spec) => read(`../../node_modules/${spec}`));

/** A sheet's rules without Mantine's `@layer mantine { … }` around them. */
const body = (sheet: string) => sheet.trim().replace(/^@layer mantine \{/, "").replace(/\}$/, "").trim();

/** The Mantine classes (m_ and a hash) in the document, but the toasts': those mount once
 *  the rest of the styles are in (App.tsx). */
function mantineClasses(): Set<string> {
  const found = new Set<string>();
  for (const element of document.querySelectorAll("[class]")) {
    if (element.closest(".mantine-Notifications-root")) continue;
    for (const name of element.classList) if (/^m_[0-9a-f]+$/.test(name)) found.add(name);
  }
  return found;
}

function expectStyled(classes: Set<string>) {
  expect(classes.size).toBeGreaterThan(0);
  const missing = [...classes].filter((name) => !sheets.some((sheet) => sheet.includes(`.${name}`)));
  expect(missing).toEqual([]);
}

function item(n: number): CaseListItem {
  return {
    id: `case-${n}`,
    number: `2026-${String(n).padStart(4, "0")}`,
    status: n % 2 ? "investigating" : "new",
    received_at: new Date(Date.now() - n * 3_600_000).toISOString(),
    customer_id: `cu-${n}`,
    customer_name: `Иванова Анна ${n}`,
    category: { id: "cat-defective", code: "defective", name: null },
    channel: "phone",
    product: n % 3 ? "Ваза" : null,
    due_at: null,
    overdue: n % 4 === 0,
  };
}

function renderStartScreen(items: CaseListItem[], total: number) {
  routeInvoke({
    list_cases: () => ({ items, total, total_capped: false }),
    list_categories: () => categories,
    get_today_counts: () => ({ due: 2, overdue: 1 }),
  });
  return renderWithApp(appRoutes, { path: "/cases", appInfo: appInfo(shopProfile("ru")) });
}

describe("the start screen's styles", () => {
  it("come from Mantine's files in the order of its full file", () => {
    const full = body(read("../../node_modules/@mantine/core/styles.layer.css"));
    const at = sheets.map((sheet) => full.indexOf(body(sheet)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it("cover every Mantine class of the case list, with rows and pages", async () => {
    const items = Array.from({ length: 50 }, (_, i) => item(i + 1));
    await renderStartScreen(items, 400);
    await screen.findAllByTestId("case-row");
    await screen.findByTestId("nav-today-overdue");
    expectStyled(mantineClasses());
  });

  it("cover every Mantine class of the empty case list", async () => {
    await renderStartScreen([], 0);
    await screen.findByTestId("case-list-empty");
    expectStyled(mantineClasses());
  });

  it("cover the loader shown while the app opens", async () => {
    routeInvoke({ app_info: () => new Promise(() => undefined) });
    await renderWithApp(<Boot />);
    await screen.findByLabelText(i18n.t("loading"));
    expectStyled(mantineClasses());
  });
});
