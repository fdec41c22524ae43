// "The first screen is on view": work that must not compete with drawing it (the start-up
// integrity check, the Today count in the navigation, loading the other screens' code)
// waits for this.
import { useSyncExternalStore } from "react";

let painted = false;
const waiting: (() => void)[] = [];
const listeners = new Set<() => void>();

/** Called by Boot once its first screen has been painted. */
export function firstScreenPainted(): void {
  if (painted) return;
  painted = true;
  performance.mark("amends:first-screen-painted");
  for (const run of waiting.splice(0)) run();
  for (const listener of listeners) listener();
}

/** Runs `job` once the first screen has been painted (at once if it has been). */
export function afterFirstScreen(job: () => void): void {
  if (painted) job();
  else waiting.push(job);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the first screen has been painted, re-rendering when it is. */
export function useFirstScreenPainted(): boolean {
  return useSyncExternalStore(subscribe, () => painted);
}
