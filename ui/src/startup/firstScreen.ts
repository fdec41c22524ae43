// The first screen's data, asked for before the rest of the app's code is evaluated (see
// early.ts): the backend answers meanwhile, so the case list is drawn with its rows at once
// instead of after a chain of round trips (app info, then the frame, then the list). Kept
// free of React and the router, which it would otherwise wait for.
import type { AppInfo, CasePage, CaseQuery, Category } from "../bindings";
import { casesApi } from "../bridge/cases";
import { settingsApi } from "../bridge/settings";
import { parseFilters, toQuery } from "../screens/cases/list/listParams";

export interface FirstScreen {
  appInfo: Promise<AppInfo>;
  /** The case list's page and its filter's categories, when the app opens on the list. */
  caseList: { query: CaseQuery; page: Promise<CasePage>; categories: Promise<Category[]> } | null;
}

/** Marks a promise as handled: its rejection is read later, by the query that adopts it. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Asks for what the screen at `hash` (the window's location hash) shows first. The app
 *  starts on "/", which is the case list. */
export function askFirstScreen(hash: string): FirstScreen {
  const appInfo = quiet(settingsApi.appInfo());
  const [path = "", search = ""] = hash.replace(/^#/, "").split("?");
  if (!["", "/", "/cases"].includes(path)) return { appInfo, caseList: null };
  const query = toQuery(parseFilters(new URLSearchParams(search)));
  return {
    appInfo,
    caseList: {
      query,
      page: quiet(casesApi.list(query)),
      // Archived ones too, as the list's category filter asks for them.
      categories: quiet(settingsApi.listCategories(true)),
    },
  };
}
