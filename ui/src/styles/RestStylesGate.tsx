import type { ReactNode } from "react";
import { Loading } from "../components/Loading";
import { useRestStyles } from "./rest";

/** Shows `children` once the styles beyond the start screen's are in (a loader until then,
 *  a moment at most): for a screen that is not a lazy one, such as Boot's error screen. */
export function RestStylesGate({ children }: { children: ReactNode }) {
  return useRestStyles({ ask: true }) ? children : <Loading whole />;
}
