import type { RouteObject } from "react-router";
import { lazyScreen } from "../../shell/lazyScreen";

const ImprovementsScreen = lazyScreen(() => import("./ImprovementsScreen").then((m) => m.ImprovementsScreen));

export const improvementsRoutes: RouteObject[] = [{ path: "improvements", element: <ImprovementsScreen /> }];
