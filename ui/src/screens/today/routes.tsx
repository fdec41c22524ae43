import type { RouteObject } from "react-router";
import { TodayScreen } from "./TodayScreen";

export const todayRoutes: RouteObject[] = [{ path: "today", element: <TodayScreen /> }];
