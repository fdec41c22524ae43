// "The first screen is on view": work that must not compete with drawing and showing it (the
// start-up integrity check, the Today count in the navigation, the rest of the first page's
// rows, loading the other screens' code) waits for this.
//
// On view, not just painted: once WebKit has painted the first screen's frame it hands it to
// the window and begins the next frame, on the page's one main thread. Work started at the
// paint ran before that next frame and held it back by about 60 ms on the 2-core VM. The
// first screen's own pixels came at the same time either way (a watch of the X server's
// screen), but that work then ran while the window was still taking the frame. So it starts
// in a task after the next frame has begun.
import { afterNextPaint } from "../lib/afterNextPaint";
import { onceFlag } from "../lib/onceFlag";

const shown = onceFlag();
let reported = false;

/** Called by Boot once its first screen has been painted. */
export function firstScreenPainted(): void {
  if (reported) return;
  reported = true;
  performance.mark("amends:first-screen-painted");
  afterNextPaint(() => shown.set());
}

/** Runs `job` once the first screen is on view (at once if it is). */
export function afterFirstScreenShown(job: () => void): void {
  shown.whenSet(job);
}

/** Whether the first screen is on view, re-rendering when it is. */
export function useFirstScreenShown(): boolean {
  return shown.useIsSet();
}
