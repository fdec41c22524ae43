import type { RouteObject } from "react-router";
import { ReviewScreen } from "./ReviewScreen";

export const reviewRoutes: RouteObject[] = [{ path: "review", element: <ReviewScreen /> }];
