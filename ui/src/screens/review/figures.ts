// The headline figures of the monthly review: how each is read from MonthFigures, shown,
// compared and explained. `better` says which way is good news ("up": more kept deadlines;
// "down": fewer complaints); null where it depends (cases closed, compensation given).
import type { TFunction } from "i18next";
import type { MonthFigures, Share } from "../../bindings";
import { formatMoney } from "../../lib/format";
import { DASH, formatCount, formatMoneyWhole, formatHours, formatPercent, formatScore, formatSigned } from "./reviewFormat";

export type Better = "up" | "down" | null;

export interface FigureContext {
  t: TFunction;
  lang: string;
  currency: string;
}

export interface FigureSpec {
  /** Locale key under review:figures, and the test id. */
  key: string;
  better: Better;
  /** The number compared between months; null when there is nothing to count. */
  value: (f: MonthFigures) => number | null;
  show: (value: number | null, ctx: FigureContext) => string;
  /** A change of at most this much reads as "no change" (shares: half a point). */
  epsilon: number;
  change: (diff: number, ctx: FigureContext) => string;
  /** The denominator or what the figure counts: "3 of 4", "median of 12 cases". */
  detail?: (f: MonthFigures, ctx: FigureContext) => string;
}

export interface FigureGroup {
  key: "volume" | "speed" | "outcome";
  figures: FigureSpec[];
}

const count = (key: string, better: Better, pick: (f: MonthFigures) => number): FigureSpec => ({
  key,
  better,
  value: pick,
  show: (v, { lang }) => (v === null ? DASH : formatCount(v, lang)),
  epsilon: 0,
  change: (d, { lang }) => formatSigned(d, lang),
});

const median = (key: string, pick: (f: MonthFigures) => MonthFigures["median_close"]): FigureSpec => ({
  key,
  better: "down",
  value: (f) => pick(f).hours,
  show: (v, { lang }) => formatHours(v, lang),
  epsilon: 0.05,
  change: (d, { lang }) => formatHours(d, lang, true),
  detail: (f, { t }) => t("review:detail.median", { count: pick(f).of }),
});

const share = (key: string, detailKey: string, pick: (f: MonthFigures) => Share): FigureSpec => ({
  key,
  better: "up",
  value: (f) => pick(f).value,
  show: (v, { lang }) => formatPercent(v, lang),
  epsilon: 0.005,
  change: (d, { t, lang }) => t("review:change.points", { value: formatSigned(Math.round(d * 100), lang) }),
  detail: (f, { t }) => t(`review:detail.${detailKey}`, { kept: pick(f).count, count: pick(f).of }),
});

function signedMoney(minor: number, currency: string, lang: string): string {
  const sign = minor > 0 ? "+" : minor < 0 ? "\u2212" : "";
  return `${sign}${formatMoney(Math.abs(minor), currency, lang)}`;
}

export const FIGURE_GROUPS: FigureGroup[] = [
  {
    key: "volume",
    figures: [
      count("received", "down", (f) => f.received),
      count("closed", null, (f) => f.closed),
      count("open_at_end", "down", (f) => f.open_at_end),
      count("repeat_complainants", "down", (f) => f.repeat_complainants),
    ],
  },
  {
    key: "speed",
    figures: [
      median("median_acknowledge", (f) => f.median_acknowledge),
      median("median_close", (f) => f.median_close),
      share("promises_kept", "promises", (f) => f.promises_kept),
      share("legal_kept", "legal", (f) => f.legal_kept),
    ],
  },
  {
    key: "outcome",
    figures: [
      {
        key: "compensation",
        better: null,
        value: (f) => f.compensation_total_minor,
        show: (v, { lang, currency }) => (v === null ? DASH : formatMoneyWhole(v, currency, lang)),
        epsilon: 0,
        change: (d, { lang, currency }) => signedMoney(d, currency, lang),
        detail: (f, { t }) => t("review:detail.items", { count: f.compensation_by_kind.reduce((n, k) => n + k.items, 0) }),
      },
      {
        key: "satisfaction_average",
        better: "up",
        value: (f) => f.satisfaction_average,
        show: (v, { lang }) => formatScore(v, lang),
        epsilon: 0.05,
        change: (d, { lang }) => formatScore(d, lang, true),
        detail: (f, { t }) => t("review:detail.average", { count: f.satisfied.of }),
      },
      share("satisfied", "scores", (f) => f.satisfied),
      share("stayed", "customers", (f) => f.stayed),
    ],
  },
];

export type ChangeTone = "better" | "worse" | "neutral" | "same" | "unknown";

/** How a figure moved against an earlier month, and whether that is good news. */
export function compare(spec: FigureSpec, now: MonthFigures, then: MonthFigures): { tone: ChangeTone; diff: number | null } {
  const a = spec.value(now);
  const b = spec.value(then);
  if (a === null || b === null) return { tone: "unknown", diff: null };
  const diff = a - b;
  if (Math.abs(diff) <= spec.epsilon) return { tone: "same", diff: 0 };
  if (spec.better === null) return { tone: "neutral", diff };
  const up = diff > 0;
  return { tone: (spec.better === "up") === up ? "better" : "worse", diff };
}
