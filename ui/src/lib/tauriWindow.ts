// The window's close button, where the app runs inside Tauri. Outside it (unit tests, a
// browser preview) there is no window to watch and these do nothing.
import { getCurrentWindow, type CloseRequestedEvent } from "@tauri-apps/api/window";

export function inTauri(): boolean {
  return typeof window !== "undefined" && "__TAURI_INTERNALS__" in window;
}

/** Calls `handler` when the user asks to close the window; it may prevent the close.
 *  Returns a function that stops listening. */
export function onWindowCloseRequested(handler: (event: CloseRequestedEvent) => void): () => void {
  if (!inTauri()) return () => {};
  const unlisten = getCurrentWindow().onCloseRequested(handler);
  return () => {
    void unlisten.then((stop) => stop());
  };
}

/** Closes the window without asking again. */
export async function closeWindowNow(): Promise<void> {
  if (inTauri()) await getCurrentWindow().destroy();
}
