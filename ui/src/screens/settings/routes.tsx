import type { RouteObject } from "react-router";
import { SettingsScreen } from "./SettingsScreen";

export const settingsRoutes: RouteObject[] = [{ path: "settings", element: <SettingsScreen /> }];
