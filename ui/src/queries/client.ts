import { QueryClient } from "@tanstack/react-query";
import type { ErrorPayload } from "../bindings";

// Every bridge call rejects with an ErrorPayload (see bridge/invoke.ts).
declare module "@tanstack/react-query" {
  interface Register {
    defaultError: ErrorPayload;
  }
}

/** The backend is local and authoritative: no background refetching, and no retries,
 *  since a local error would only repeat. Mutations invalidate what they change. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
