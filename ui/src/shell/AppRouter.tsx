import { useState } from "react";
import { RouterProvider, createHashRouter } from "react-router";
import { appRoutes } from "./routes";

// Hash routing: the app is served from files by Tauri, with no server to answer paths.
export function AppRouter() {
  const [router] = useState(() => createHashRouter(appRoutes));
  return <RouterProvider router={router} />;
}
