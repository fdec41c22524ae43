import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import dayjs from "dayjs";
import "dayjs/locale/ru";
import "dayjs/locale/en";
import type { AppInfo, Language } from "../bindings";
import { NAMESPACES, resources } from "./resources";

/** Before the profile is read, guess from the system so the first screen is not foreign. */
export function guessLanguage(): Language {
  const nav = typeof navigator === "undefined" ? "" : navigator.language;
  return nav.toLowerCase().startsWith("ru") ? "ru" : "en";
}

void i18n.use(initReactI18next).init({
  resources,
  lng: guessLanguage(),
  fallbackLng: "en",
  supportedLngs: ["ru", "en"],
  ns: [...NAMESPACES],
  defaultNS: "common",
  // Resources are bundled, so everything is ready synchronously; no Suspense flicker.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The UI's language: the shop's, or before the setup the one suggested from the system. */
export function uiLanguage(info: AppInfo): Language {
  return info.shop?.language ?? info.suggested_profile.language;
}

/** Switches the UI language; dayjs (used by the date pickers) follows. */
export async function setLanguage(lang: Language): Promise<void> {
  dayjs.locale(lang);
  if (typeof document !== "undefined") document.documentElement.lang = lang;
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

export default i18n;
