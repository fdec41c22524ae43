import { describe, expect, it } from "vitest";
import type { ServiceTargets } from "../../../bindings";
import { targetsToValues, validateTargets, valuesToTargets } from "./targetValues";

const saved: ServiceTargets = {
  ack_business_hours: false,
  opening_hours: [
    { open: "09:00", close: "18:00" },
    { open: "09:00", close: "18:00" },
    { open: "09:00", close: "18:00" },
    { open: "09:00", close: "18:00" },
    { open: "09:00", close: "18:00" },
    { open: "10:00", close: "16:00" },
    null,
  ],
  decision_days: 3,
  follow_up_days: 7,
  compensation_limit_minor: null,
  jurisdiction: "ru",
};

describe("service target values", () => {
  it("round-trips the core's targets", () => {
    expect(valuesToTargets(targetsToValues(saved))).toEqual(saved);
    expect(validateTargets(targetsToValues(saved))).toEqual({
      decision_days: null,
      follow_up_days: null,
      compensation_limit: null,
    });
  });

  it("sends seven days, closed ones as null, and the limit in minor units", () => {
    const values = targetsToValues(saved);
    values.opening_hours[6] = { open: true, from: "11:00", to: "15:30" };
    values.opening_hours[0] = { ...values.opening_hours[0]!, open: false };
    values.compensation_limit = "2 500,5";
    const out = valuesToTargets(values);
    expect(out.opening_hours).toHaveLength(7);
    expect(out.opening_hours[0]).toBeNull();
    expect(out.opening_hours[6]).toEqual({ open: "11:00", close: "15:30" });
    expect(out.compensation_limit_minor).toBe(250050);
    values.compensation_limit = "";
    expect(valuesToTargets(values).compensation_limit_minor).toBeNull();
  });

  it("checks what the core checks", () => {
    const values = targetsToValues(saved);
    values.opening_hours[2] = { open: true, from: "18:00", to: "09:00" };
    values.opening_hours[3] = { open: true, from: "9", to: "" };
    values.decision_days = 0;
    values.follow_up_days = 91;
    values.compensation_limit = "12,345";
    values.jurisdiction = "fr";
    const problems = validateTargets(values);
    expect(problems["opening_hours.2"]).toEqual({ code: "close_before_open" });
    expect(problems["opening_hours.3"]).toEqual({ code: "invalid_time" });
    expect(problems.decision_days).toEqual({ code: "out_of_range", limit: 45 });
    expect(problems.follow_up_days).toEqual({ code: "out_of_range", limit: 90 });
    expect(problems.compensation_limit).toEqual({ code: "too_many_decimals" });
    expect(problems.jurisdiction).toEqual({ code: "unknown_choice" });
  });

  it("needs an open day when the acknowledgement counts opening hours", () => {
    const values = targetsToValues(saved);
    values.ack_business_hours = true;
    values.opening_hours = values.opening_hours.map((d) => ({ ...d, open: false }));
    expect(validateTargets(values).opening_hours).toEqual({ code: "no_open_day" });
    values.ack_business_hours = false;
    expect(validateTargets(values).opening_hours).toBeUndefined();
  });
});
