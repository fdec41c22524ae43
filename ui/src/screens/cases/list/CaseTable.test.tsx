// The start screen's first frame: its table draws a window's height of rows, without their
// received-time titles, then the rest of its page, titled, once that screen is on view;
// later tables draw a page whole.
// (A file of its own: "the first screen on view" is module state, fresh per test file.)
import { act, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CaseListItem } from "../../../bindings";
import { appInfo, shopProfile } from "../../../test/fixtures";
import { renderWithApp } from "../../../test/render";
import { CaseTable } from "./CaseTable";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const page: CaseListItem[] = Array.from({ length: 50 }, (_, i) => ({
  id: `case-${i}`,
  number: `2026-${String(50 - i).padStart(4, "0")}`,
  status: "new",
  received_at: new Date(Date.now() - i * 3_600_000).toISOString(),
  customer_id: `cu-${i}`,
  customer_name: `Покупатель ${i}`,
  category: { id: "cat-defective", code: "defective", name: null },
  channel: "phone",
  product: null,
  due_at: null,
  overdue: false,
}));

/** The received-time titles of the rows drawn (the age cell's title). */
function titles(): (string | null)[] {
  return screen.getAllByTestId("case-row").map((row) => row.querySelector("p[title]")?.getAttribute("title") ?? null);
}

/** Holds animation frames until `paintFrame` runs them, so the test sees the first frame. */
function holdFrames() {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => frames.push(callback));
  return async function paintFrame() {
    await act(async () => {
      for (const callback of frames.splice(0)) callback(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  };
}

afterEach(() => vi.restoreAllMocks());

describe("case table", () => {
  it("draws the first screen's rows first and the rest of the page after that frame", async () => {
    const paintFrame = holdFrames();
    await renderWithApp(<CaseTable items={page} />, { appInfo: appInfo(shopProfile("ru")), path: "/cases" });
    const first = await screen.findAllByTestId("case-row");
    expect(first).toHaveLength(15);
    // Newest first, as the page came: the rows drawn are its top.
    expect(first[0]).toHaveAttribute("data-number", "2026-0050");
    // The first time-zone formatter waits for the screen to be on view (ICU's zone data).
    expect(titles().every((title) => title === null)).toBe(true);
    await paintFrame();
    expect(screen.getAllByTestId("case-row")).toHaveLength(50);
    expect(titles().every((title) => title !== null && /2026|2025/.test(title))).toBe(true);
  });

  it("puts an overdue case's tag in its status cell, under as many columns as headers", async () => {
    holdFrames();
    const items = page.map((item, i) => ({ ...item, overdue: i === 0 }));
    await renderWithApp(<CaseTable items={items} />, { appInfo: appInfo(shopProfile("en")), path: "/cases" });
    const [tag] = await screen.findAllByTestId("overdue");
    const cell = tag?.closest("td");
    expect(cell?.querySelector("[data-status]")).toHaveAttribute("data-status", "new");
    expect(screen.getAllByTestId("overdue")).toHaveLength(1);
    const table = cell?.closest("table");
    expect(table?.querySelectorAll("col")).toHaveLength(table?.querySelectorAll("thead th").length ?? -1);
    expect(cell?.parentElement?.children).toHaveLength(5);
  });

  it("draws a later table's page whole at once", async () => {
    holdFrames();
    await renderWithApp(<CaseTable items={page} />, { appInfo: appInfo(shopProfile("en")), path: "/cases" });
    expect(await screen.findAllByTestId("case-row")).toHaveLength(50);
    expect(titles().every((title) => title !== null)).toBe(true);
  });
});
