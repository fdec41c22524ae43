import type { RouteObject } from "react-router";
import { lazyScreen } from "../../shell/lazyScreen";

const CustomerListScreen = lazyScreen(() => import("./list/CustomerListScreen").then((m) => m.CustomerListScreen));
const CustomerPageScreen = lazyScreen(() => import("./page/CustomerPageScreen").then((m) => m.CustomerPageScreen));
const CustomerEditScreen = lazyScreen(() => import("./edit/CustomerEditScreen").then((m) => m.CustomerEditScreen));

// The case page links to /customers/:id, so that path must keep existing.
export const customerRoutes: RouteObject[] = [
  { path: "customers", element: <CustomerListScreen /> },
  { path: "customers/:id", element: <CustomerPageScreen /> },
  { path: "customers/:id/edit", element: <CustomerEditScreen /> },
];
