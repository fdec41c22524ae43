// The rest of Mantine's styles (restSheet.ts), loaded a little after the first screen, with the
// other screens' code (startup/mount.tsx), or earlier by whatever needs them first. Whatever may
// show a component beyond the start screen's waits for them: the lazy screens (the setup among
// them), the toasts and Boot's error screen.
import { useEffect } from "react";
import { onceFlag } from "../lib/onceFlag";

const settled = onceFlag();
let loading: Promise<void> | null = null;

/** Loads the sheet, once. Never rejects: a sheet that cannot load (a damaged install)
 *  must not keep the screens from showing, if less well dressed. */
export function loadRestStyles(): Promise<void> {
  loading ??= import("./restSheet")
    .then(
      () => undefined,
      (err: unknown) => console.error("Amends: styles did not load", err),
    )
    .finally(() => settled.set());
  return loading;
}

/** Whether the rest of the styles are in. `ask` loads them if they are not; otherwise this
 *  waits for whatever loads them (startup/mount.tsx does, a little after the first screen). */
export function useRestStyles({ ask }: { ask: boolean }): boolean {
  const ready = settled.useIsSet();
  useEffect(() => {
    if (ask && !ready) void loadRestStyles();
  }, [ask, ready]);
  return ready;
}
