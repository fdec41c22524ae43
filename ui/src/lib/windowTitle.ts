// The window's title in the UI language: the app's name and the screen shown, as in
// "Amends — Cases". Outside Tauri (unit tests, a browser preview) there is no window to
// name and the title is left alone.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { inTauri } from "./tauriWindow";

/** The title text: the app's name, then the screen's name when there is one. */
export function windowTitle(appName: string, screen?: string | null): string {
  return screen ? `${appName} — ${screen}` : appName;
}

/** Sets the window's title; a failure (say, a missing permission) only leaves the old one. */
export async function setWindowTitle(appName: string, screen?: string | null): Promise<void> {
  if (!inTauri()) return;
  try {
    await getCurrentWindow().setTitle(windowTitle(appName, screen));
  } catch {
    // The title is a nicety; the app works with the one from tauri.conf.json.
  }
}

/** Keeps the title in step with the language and `screen` (already translated) while the
 *  calling component is mounted and `active`. One component at a time should be active:
 *  Boot before the app's frame is shown, the frame (Layout) after. */
export function useWindowTitle(screen: string | null | undefined, active = true): void {
  const { t, i18n } = useTranslation();
  const appName = t("app.name");
  useEffect(() => {
    if (active) void setWindowTitle(appName, screen);
  }, [active, appName, screen, i18n.language]);
}
