import { afterEach, describe, expect, it, vi } from "vitest";
import { todayIn } from "./dates";

describe("todayIn", () => {
  afterEach(() => vi.restoreAllMocks());

  it("counts the day in the shop's time zone", () => {
    // 22:30 UTC on 31 October is already 1 November in Moscow (UTC+3).
    const now = new Date("2026-10-31T22:30:00Z");
    expect(todayIn("Europe/Moscow", now)).toBe("2026-11-01");
    expect(todayIn("UTC", now)).toBe("2026-10-31");
  });

  it("does not depend on how the engine formats a whole date", () => {
    // WebKitGTK formats "en-CA" dates as "11/25/2026"; the result must still be ISO.
    const proto = Intl.DateTimeFormat.prototype;
    const original = Object.getOwnPropertyDescriptor(proto, "format");
    Object.defineProperty(proto, "format", { configurable: true, get: () => () => "11/25/2026" });
    try {
      expect(todayIn("Europe/Moscow", new Date("2026-11-25T09:00:00Z"))).toBe("2026-11-25");
    } finally {
      if (original) Object.defineProperty(proto, "format", original);
    }
  });

  it("falls back to the machine's date for an unknown zone", () => {
    expect(todayIn("Mars/Olympus", new Date(2026, 10, 25, 12))).toBe("2026-11-25");
  });
});
