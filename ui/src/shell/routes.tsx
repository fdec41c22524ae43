// All routes. Each area owns its own routes file, so screens can be added in parallel.
import { Navigate, type RouteObject } from "react-router";
import { caseRoutes } from "../screens/cases/routes";
import { improvementsRoutes } from "../screens/improvements/routes";
import { todayRoutes } from "../screens/today/routes";
import { reviewRoutes } from "../screens/review/routes";
import { customerRoutes } from "../screens/customers/routes";
import { staffRoutes } from "../screens/staff/routes";
import { settingsRoutes } from "../screens/settings/routes";
import { Layout } from "./Layout";
import { NotFound } from "./NotFound";

export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/cases" replace /> },
      ...todayRoutes,
      ...caseRoutes,
      ...customerRoutes,
      ...improvementsRoutes,
      ...reviewRoutes,
      ...staffRoutes,
      ...settingsRoutes,
      { path: "*", element: <NotFound /> },
    ],
  },
];
