import type { RouteObject } from "react-router";
import { lazyScreen } from "../../shell/lazyScreen";

const SettingsScreen = lazyScreen(() => import("./SettingsScreen").then((m) => m.SettingsScreen));

export const settingsRoutes: RouteObject[] = [{ path: "settings", element: <SettingsScreen /> }];
