import type { RouteObject } from "react-router";
import { lazyScreen } from "../../shell/lazyScreen";

const ReviewScreen = lazyScreen(() => import("./ReviewScreen").then((m) => m.ReviewScreen));

export const reviewRoutes: RouteObject[] = [{ path: "review", element: <ReviewScreen /> }];
