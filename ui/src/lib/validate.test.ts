// The same tables as the core's tests/validation.rs: the form must judge input as the core does.
import { describe, expect, it } from "vitest";
import { checkPastDate, checkRequired, isPlausibleEmail, isPlausiblePhone, parseMoney, priceToInput } from "./validate";

describe("money, as the core parses it", () => {
  it.each([
    ["0", { minor: 0 }],
    ["1499", { minor: 149_900 }],
    ["1499.9", { minor: 149_990 }],
    ["1499.90", { minor: 149_990 }],
    ["1 499,90", { minor: 149_990 }],
    ["1\u00a0499,90", { minor: 149_990 }],
    [".5", { minor: 50 }],
    ["9999999999.99", { minor: 999_999_999_999 }],
    ["-1", { code: "negative" }],
    ["1.999", { code: "too_many_decimals" }],
    ["12a", { code: "not_a_number" }],
    ["1.2.3", { code: "not_a_number" }],
    [".", { code: "not_a_number" }],
    ["1e5", { code: "not_a_number" }],
    ["99999999999", { code: "too_large" }],
  ])("%j", (typed, expected) => {
    expect(parseMoney(typed)).toEqual(expected);
  });

  it("sends the price input's value as a plain decimal with a dot", () => {
    expect(priceToInput(1499.9)).toBe("1499.90");
    expect(priceToInput(0.1)).toBe("0.10");
    expect(priceToInput("1 499,5")).toBe("1499.50");
    expect(priceToInput("")).toBeNull();
    expect(priceToInput("12a")).toBe("12a");
  });
});

describe("phones and e-mails, as the core judges them", () => {
  it.each(["+7 912 345-67-89", "8 (912) 345-67-89", "89123456789", "+44 7700 900123", "555-1234"])(
    "accepts phone %s",
    (ok) => expect(isPlausiblePhone(ok)).toBe(true),
  );
  it.each(["12345", "+7 912 345-67-89 ext", "phone", "7+912345678", "++79123456789", "1234567890123456"])(
    "refuses phone %s",
    (bad) => expect(isPlausiblePhone(bad)).toBe(false),
  );
  it.each(["anna@mail.ru", "j.smith+shop@example.co.uk", "иван@почта.рф"])("accepts e-mail %s", (ok) =>
    expect(isPlausibleEmail(ok)).toBe(true),
  );
  it.each(["anna", "anna@", "@mail.ru", "anna@mail", "anna@mail.", "an na@mail.ru", "a@b@c.ru", "anna@.ru", "anna@mail..ru"])(
    "refuses e-mail %s",
    (bad) => expect(isPlausibleEmail(bad)).toBe(false),
  );
});

describe("text and dates", () => {
  it("counts characters as the core does, after trimming", () => {
    expect(checkRequired("   ", 10)).toEqual({ code: "required" });
    expect(checkRequired(" ж ".repeat(1), 1)).toBeNull();
    // One emoji is one character for the core, two UTF-16 units for JavaScript.
    expect(checkRequired("😀".repeat(10), 10)).toBeNull();
    expect(checkRequired("ж".repeat(11), 10)).toEqual({ code: "too_long", limit: 10 });
    expect(checkRequired("a\u0007b", 10)).toEqual({ code: "bad_characters" });
  });

  it("refuses dates in the future, before 1990 or that do not exist", () => {
    expect(checkPastDate("2026-11-25", "2026-11-25")).toBeNull();
    expect(checkPastDate("2026-11-26", "2026-11-25")).toEqual({ code: "in_future" });
    expect(checkPastDate("1989-12-31", "2026-11-25")).toEqual({ code: "too_old" });
    expect(checkPastDate("2026-02-30", "2026-11-25")).toEqual({ code: "invalid_date" });
  });
});
