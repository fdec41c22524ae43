// "The first screen is on view": work that must not compete with drawing it (the start-up
// integrity check, the Today count in the navigation, loading the other screens' code)
// waits for this.
import { onceFlag } from "../lib/onceFlag";

const painted = onceFlag();

/** Called by Boot once its first screen has been painted. */
export function firstScreenPainted(): void {
  if (painted.isSet()) return;
  performance.mark("amends:first-screen-painted");
  painted.set();
}

/** Runs `job` once the first screen has been painted (at once if it has been). */
export function afterFirstScreen(job: () => void): void {
  painted.whenSet(job);
}

/** Whether the first screen has been painted, re-rendering when it is. */
export function useFirstScreenPainted(): boolean {
  return painted.useIsSet();
}
