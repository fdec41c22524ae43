import type { RouteObject } from "react-router";
import { lazyScreen } from "../../shell/lazyScreen";

const StaffScreen = lazyScreen(() => import("./StaffScreen").then((m) => m.StaffScreen));

export const staffRoutes: RouteObject[] = [{ path: "staff", element: <StaffScreen /> }];
