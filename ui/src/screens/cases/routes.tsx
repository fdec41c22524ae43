import type { RouteObject } from "react-router";
import { lazyScreen } from "../../shell/lazyScreen";
// The case list is the first screen: its code is in the start-up bundle.
import { CaseListScreen } from "./list/CaseListScreen";

const NewCaseScreen = lazyScreen(() => import("./form/NewCaseScreen").then((m) => m.NewCaseScreen));
const EditCaseScreen = lazyScreen(() => import("./form/EditCaseScreen").then((m) => m.EditCaseScreen));
const CasePageScreen = lazyScreen(() => import("./page/CasePageScreen").then((m) => m.CasePageScreen));

export const caseRoutes: RouteObject[] = [
  { path: "cases", element: <CaseListScreen /> },
  { path: "cases/new", element: <NewCaseScreen /> },
  { path: "cases/:id", element: <CasePageScreen /> },
  { path: "cases/:id/edit", element: <EditCaseScreen /> },
];
