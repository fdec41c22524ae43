import type { RouteObject } from "react-router";
import { CustomerEditScreen } from "./edit/CustomerEditScreen";
import { CustomerListScreen } from "./list/CustomerListScreen";
import { CustomerPageScreen } from "./page/CustomerPageScreen";

// The case page links to /customers/:id, so that path must keep existing.
export const customerRoutes: RouteObject[] = [
  { path: "customers", element: <CustomerListScreen /> },
  { path: "customers/:id", element: <CustomerPageScreen /> },
  { path: "customers/:id/edit", element: <CustomerEditScreen /> },
];
