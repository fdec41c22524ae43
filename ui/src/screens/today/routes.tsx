import type { RouteObject } from "react-router";
import { lazyScreen } from "../../shell/lazyScreen";

const TodayScreen = lazyScreen(() => import("./TodayScreen").then((m) => m.TodayScreen));

export const todayRoutes: RouteObject[] = [{ path: "today", element: <TodayScreen /> }];
