// A stand-in for the Tauri backend in unit tests: `invoke` is mocked per command.
// Usage: vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() })) in the test file,
// then routeInvoke({ app_info: () => ..., create_case: () => Promise.reject(payload) }).
import { invoke } from "@tauri-apps/api/core";
import { vi } from "vitest";

export type Handler = (args: Record<string, unknown> | undefined) => unknown;

export function routeInvoke(handlers: Record<string, Handler>) {
  const mock = vi.mocked(invoke);
  mock.mockImplementation(async (command: string, args?: unknown) => {
    const handler = handlers[command];
    if (!handler) throw { code: "internal", message: `no mock for ${command}`, fields: [], params: null };
    return handler(args as Record<string, unknown> | undefined);
  });
  return mock;
}
