import { QueryClient } from "@tanstack/react-query";
import type { ErrorPayload } from "../bindings";

// Every bridge call rejects with an ErrorPayload (see bridge/invoke.ts).
declare module "@tanstack/react-query" {
  interface Register {
    defaultError: ErrorPayload;
  }
}

/** The backend is local and authoritative: no background refetching, and no retries,
 *  since a local error would only repeat. Mutations invalidate what they change.
 *  networkMode "always": the shop's PC is often offline, and an offline OS must not pause
 *  calls that never leave the machine. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000, networkMode: "always" },
      mutations: { retry: false, networkMode: "always" },
    },
  });
}
