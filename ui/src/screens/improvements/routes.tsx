import type { RouteObject } from "react-router";
import { ImprovementsScreen } from "./ImprovementsScreen";

export const improvementsRoutes: RouteObject[] = [{ path: "improvements", element: <ImprovementsScreen /> }];
