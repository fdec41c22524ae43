import type { RouteObject } from "react-router";
import { CaseListScreen } from "./list/CaseListScreen";
import { EditCaseScreen } from "./form/EditCaseScreen";
import { NewCaseScreen } from "./form/NewCaseScreen";
import { CasePageScreen } from "./page/CasePageScreen";

export const caseRoutes: RouteObject[] = [
  { path: "cases", element: <CaseListScreen /> },
  { path: "cases/new", element: <NewCaseScreen /> },
  { path: "cases/:id", element: <CasePageScreen /> },
  { path: "cases/:id/edit", element: <EditCaseScreen /> },
];
