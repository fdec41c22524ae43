// Renders a piece of UI with the app's providers and a memory router, in a chosen language.
import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { RouterProvider, createMemoryRouter, type RouteObject } from "react-router";
import { Providers } from "../App";
import { setLanguage } from "../i18n";
import type { AppInfo } from "../bindings";
import { createQueryClient } from "../queries/client";
import { settingsKeys } from "../queries/settings";
import { firstScreenPainted } from "../startup/painted";
import { loadRestStyles } from "../styles/rest";

export async function renderWithApp(
  ui: ReactElement | RouteObject[],
  {
    language = "ru",
    path = "/",
    appInfo,
  }: { language?: "ru" | "en"; path?: string; appInfo?: AppInfo } = {},
) {
  await setLanguage(language);
  // A screen under test stands for one opened after the start: the work held back until the
  // first screen is painted (the toasts among it) runs, and the rest of the styles are in.
  firstScreenPainted();
  await loadRestStyles();
  const client = createQueryClient();
  // Screens below the setup gate expect the app info to be loaded already, as Boot ensures.
  if (appInfo) client.setQueryData(settingsKeys.appInfo, appInfo);
  const routes: RouteObject[] = Array.isArray(ui) ? ui : [{ path: "*", element: ui }];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <Providers client={client}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router, client };
}
