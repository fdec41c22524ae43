import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const setTitle = vi.fn(async (_title: string) => {});
vi.mock("@tauri-apps/api/window", () => ({ getCurrentWindow: () => ({ setTitle }) }));

import { setWindowTitle, windowTitle } from "./windowTitle";

describe("windowTitle", () => {
  it("names the app, then the screen", () => {
    expect(windowTitle("Amends", "Cases")).toBe("Amends — Cases");
    expect(windowTitle("Amends", "Обращения")).toBe("Amends — Обращения");
  });

  it("is the app's name alone without a screen", () => {
    expect(windowTitle("Amends")).toBe("Amends");
    expect(windowTitle("Amends", null)).toBe("Amends");
    expect(windowTitle("Amends", "")).toBe("Amends");
  });
});

describe("setWindowTitle", () => {
  beforeEach(() => setTitle.mockClear());
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).__TAURI_INTERNALS__;
  });

  it("sets the title of the Tauri window", async () => {
    (window as unknown as Record<string, unknown>).__TAURI_INTERNALS__ = {};
    await setWindowTitle("Amends", "Клиенты");
    expect(setTitle).toHaveBeenCalledWith("Amends — Клиенты");
  });

  it("does nothing outside Tauri", async () => {
    await setWindowTitle("Amends", "Cases");
    expect(setTitle).not.toHaveBeenCalled();
  });

  it("swallows a refused title", async () => {
    (window as unknown as Record<string, unknown>).__TAURI_INTERNALS__ = {};
    setTitle.mockRejectedValueOnce(new Error("not allowed"));
    await expect(setWindowTitle("Amends", "Cases")).resolves.toBeUndefined();
  });
});
