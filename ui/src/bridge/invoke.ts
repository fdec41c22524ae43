// The one place that talks to the Tauri backend. Every rejection leaves here as an
// ErrorPayload, whatever shape the IPC layer produced.
import { invoke } from "@tauri-apps/api/core";
import { toErrorPayload } from "./errors";

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    throw toErrorPayload(err);
  }
}
