import { describe, expect, it } from "vitest";
import { monthOptions } from "./monthOptions";

describe("month filter choices", () => {
  it("lists the current month first and crosses years", () => {
    const options = monthOptions("2026-02", "en", null, 4);
    expect(options.map((o) => o.value)).toEqual(["2026-02", "2026-01", "2025-12", "2025-11"]);
    expect(options[0]?.label).toBe("February 2026");
  });

  it("names the months in Russian", () => {
    const [first] = monthOptions("2026-12", "ru", null, 1);
    expect(first?.label).toMatch(/^декабрь 2026/);
  });

  it("keeps a chosen month older than the list, in order", () => {
    const options = monthOptions("2026-03", "en", "2019-07", 3);
    expect(options.map((o) => o.value)).toEqual(["2026-03", "2026-02", "2026-01", "2019-07"]);
  });

  it("does not repeat a chosen month already listed", () => {
    expect(monthOptions("2026-03", "en", "2026-02", 3)).toHaveLength(3);
  });
});
