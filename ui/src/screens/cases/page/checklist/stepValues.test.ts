import { describe, expect, it } from "vitest";
import { initialStepValues, toStepValues } from "./stepValues";
import { EVERY_KIND } from "./testChecklist";

describe("step values", () => {
  it("starts each input from the core's proposal in the shape the input wants", () => {
    const values = initialStepValues({ fields: EVERY_KIND, values: { at: "2026-11-21T09:30:00.000Z", apologised: true } });
    expect(values.at).toMatch(/^2026-11-21 \d{2}:30:00$/);
    expect(values).toMatchObject({ duration_minutes: "", summary: "", verdict: null, apologised: true, satisfaction: 0 });
  });

  it("sends exactly the step's fields: blanks as null, an unticked box as false, times as RFC 3339", () => {
    const start = initialStepValues({ fields: EVERY_KIND, values: { at: "2026-11-21T09:30:00.000Z" } });
    const sent = toStepValues(EVERY_KIND, { ...start, summary: "  Текст  ", extra: "x" });
    expect(sent).toEqual({
      at: "2026-11-21T09:30:00.000Z",
      duration_minutes: null,
      summary: "Текст",
      note: null,
      verdict: null,
      remedy: null,
      apologised: false,
      satisfaction: null,
    });
  });
});
