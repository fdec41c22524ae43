// Draws the app: hands the first screen's data, asked for early (early.ts), to the query
// cache and renders once the shop's language and the first screen's data are there.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { QueryClient } from "@tanstack/react-query";
import { Providers } from "../App";
import { setLanguage, uiLanguage } from "../i18n";
import { casesApi } from "../bridge/cases";
import { settingsApi } from "../bridge/settings";
import { caseKeys } from "../queries/cases";
import { createQueryClient } from "../queries/client";
import { settingsKeys } from "../queries/settings";
import { Boot } from "../shell/Boot";
import { preloadScreens } from "../shell/lazyScreen";
import { loadRestStyles } from "../styles/rest";
import type { FirstScreen } from "./firstScreen";
import { afterFirstScreenShown } from "./painted";

/** How long the first render waits for the app info (to be drawn in the shop's language
 *  rather than once in the system's and again in the shop's) and for the first page of
 *  cases (to draw the list with its rows, not a loader first). Both come in a few ms,
 *  while the app's code is still being evaluated. */
const FIRST_DATA_WAIT_MS = 1000;

/** The other screens' code and the rest of the styles load this long after the first
 *  screen is on view, not in the moments when the owner starts to use it (a screen visited
 *  sooner loads its own). */
const PRELOAD_AFTER_MS = 1500;

/** A query function that adopts `early` once, then asks again as usual (on a refetch). */
function adopt<T>(early: Promise<T>, ask: () => Promise<T>): () => Promise<T> {
  let first: Promise<T> | null = early;
  return () => {
    const answer = first ?? ask();
    first = null;
    return answer;
  };
}

/** Puts the early requests into the cache as the queries the screens will ask for, so
 *  they find them answered (or in flight) instead of asking again. Settles once they are
 *  all in the cache (or have failed, which the screens then show). */
export function adoptFirstScreen(client: QueryClient, first: FirstScreen): Promise<unknown> {
  const adopted = [
    client.prefetchQuery({
      queryKey: settingsKeys.appInfo,
      queryFn: adopt(first.appInfo, settingsApi.appInfo),
      staleTime: Infinity,
    }),
  ];
  const list = first.caseList;
  if (list) {
    adopted.push(
      client.prefetchQuery({
        queryKey: caseKeys.list(list.query),
        queryFn: adopt(list.page, () => casesApi.list(list.query)),
      }),
      client.prefetchQuery({
        queryKey: settingsKeys.categories(true),
        queryFn: adopt(list.categories, () => settingsApi.listCategories(true)),
      }),
    );
  }
  // prefetchQuery never rejects.
  return Promise.all(adopted);
}

export async function mount(first: FirstScreen): Promise<void> {
  const root = document.getElementById("root");
  if (!root) return;
  const client = createQueryClient();
  const adopted = adoptFirstScreen(client, first);
  const deadline = new Promise<null>((resolve) => setTimeout(() => resolve(null), FIRST_DATA_WAIT_MS));
  const info = await Promise.race([first.appInfo.catch(() => null), deadline]);
  // The first screen drawn whole, so the frame Boot reports as painted holds the rows.
  await Promise.race([adopted, deadline]);
  if (info) await setLanguage(uiLanguage(info));
  performance.mark("amends:render");
  createRoot(root).render(
    <StrictMode>
      <Providers client={client}>
        <Boot />
      </Providers>
    </StrictMode>,
  );
  afterFirstScreenShown(() =>
    setTimeout(() => {
      void loadRestStyles();
      void preloadScreens();
    }, PRELOAD_AFTER_MS),
  );
}
