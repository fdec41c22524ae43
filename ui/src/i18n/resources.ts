// Locale files are bundled (no network at run time). One JSON per screen area, so two
// people can edit different screens without touching the same file.
import ruCommon from "../locales/ru/common.json";
import ruSetup from "../locales/ru/setup.json";
import ruCases from "../locales/ru/cases.json";
import ruCustomers from "../locales/ru/customers.json";
import ruStaff from "../locales/ru/staff.json";
import ruSettings from "../locales/ru/settings.json";
import ruErrors from "../locales/ru/errors.json";
import ruSafety from "../locales/ru/safety.json";
import ruChecklist from "../locales/ru/checklist.json";
import ruToday from "../locales/ru/today.json";
import ruImprovements from "../locales/ru/improvements.json";
import ruLetters from "../locales/ru/letters.json";
import ruReview from "../locales/ru/review.json";
import enCommon from "../locales/en/common.json";
import enSetup from "../locales/en/setup.json";
import enCases from "../locales/en/cases.json";
import enCustomers from "../locales/en/customers.json";
import enStaff from "../locales/en/staff.json";
import enSettings from "../locales/en/settings.json";
import enErrors from "../locales/en/errors.json";
import enSafety from "../locales/en/safety.json";
import enChecklist from "../locales/en/checklist.json";
import enToday from "../locales/en/today.json";
import enImprovements from "../locales/en/improvements.json";
import enLetters from "../locales/en/letters.json";
import enReview from "../locales/en/review.json";

export const NAMESPACES = ["common", "setup", "cases", "customers", "staff", "settings", "errors", "safety", "checklist", "today", "improvements", "letters", "review"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources = {
  ru: {
    common: ruCommon,
    setup: ruSetup,
    cases: ruCases,
    customers: ruCustomers,
    staff: ruStaff,
    settings: ruSettings,
    errors: ruErrors,
    safety: ruSafety,
    checklist: ruChecklist,
    today: ruToday,
    improvements: ruImprovements,
    letters: ruLetters,
    review: ruReview,
  },
  en: {
    common: enCommon,
    setup: enSetup,
    cases: enCases,
    customers: enCustomers,
    staff: enStaff,
    settings: enSettings,
    errors: enErrors,
    safety: enSafety,
    checklist: enChecklist,
    today: enToday,
    improvements: enImprovements,
    letters: enLetters,
    review: enReview,
  },
} as const;
