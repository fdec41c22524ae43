import type { RouteObject } from "react-router";
import { StaffScreen } from "./StaffScreen";

export const staffRoutes: RouteObject[] = [{ path: "staff", element: <StaffScreen /> }];
