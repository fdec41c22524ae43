import { describe, expect, it } from "vitest";
import i18n, { setLanguage } from "../i18n";
import { categoryLabel, formatAge, formatMoney } from "./format";

const now = new Date("2026-11-25T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const DAY = 86_400_000;

describe("ages follow the language's plural rules", () => {
  it.each([
    [1 * DAY, "1 день"],
    [3 * DAY, "3 дня"],
    [5 * DAY, "5 дней"],
    [21 * DAY, "21 день"],
    [22 * DAY, "22 дня"],
    [3 * 3_600_000, "3 часа"],
    [11 * 60_000, "11 минут"],
    [10_000, "только что"],
  ])("Russian: %i ms → %s", async (ms, text) => {
    await setLanguage("ru");
    expect(formatAge(ago(ms), i18n.t, now)).toBe(text);
  });

  it.each([
    [1 * DAY, "1 day"],
    [3 * DAY, "3 days"],
    [1 * 3_600_000, "1 hour"],
  ])("English: %i ms → %s", async (ms, text) => {
    await setLanguage("en");
    expect(formatAge(ago(ms), i18n.t, now)).toBe(text);
  });
});

describe("money and labels", () => {
  it("formats minor units in the shop currency and the UI language", () => {
    // Intl uses narrow no-break spaces in Russian grouping; compare on plain spaces.
    expect(formatMoney(149_990, "RUB", "ru").replace(/\s/g, " ")).toBe("1 499,90 ₽");
    expect(formatMoney(150_000, "EUR", "en")).toBe("€1,500");
  });

  it("translates built-in categories and keeps owner-made names", async () => {
    await setLanguage("en");
    expect(categoryLabel({ code: "wrong_item", name: null }, i18n.t)).toBe("Wrong item");
    expect(categoryLabel({ code: "wrong_item", name: "Перепутали заказ" }, i18n.t)).toBe("Перепутали заказ");
  });
});
