import { describe, expect, it, vi } from "vitest";
import { onceFlag } from "./onceFlag";

describe("once flag", () => {
  it("runs what waits for it once, when set, and at once after", () => {
    const flag = onceFlag();
    const early = vi.fn();
    flag.whenSet(early);
    expect(early).not.toHaveBeenCalled();
    flag.set();
    flag.set();
    expect(early).toHaveBeenCalledTimes(1);
    expect(flag.isSet()).toBe(true);
    const late = vi.fn();
    flag.whenSet(late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
