// "The first screen is on view" comes a frame after Boot reports it painted: the work waiting
// for it must not run before WebKit's next frame has begun. (A file of its own: the flag is
// module state, fresh per test file.)
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterFirstScreenShown, firstScreenPainted } from "./painted";

afterEach(() => vi.restoreAllMocks());

describe("first screen on view", () => {
  it("marks the paint at once and lets the waiting work run only after the next frame has begun", async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => frames.push(callback));
    const ran: string[] = [];
    afterFirstScreenShown(() => ran.push("waiting job"));

    firstScreenPainted();
    expect(performance.getEntriesByName("amends:first-screen-painted")).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toEqual([]); // the paint alone does not let it run

    for (const callback of frames.splice(0)) callback(performance.now()); // the next frame begins
    expect(ran).toEqual([]); // not inside that frame either: in a task after it
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toEqual(["waiting job"]);

    // Reported once: a second report neither marks again nor waits again.
    firstScreenPainted();
    expect(performance.getEntriesByName("amends:first-screen-painted")).toHaveLength(1);
    afterFirstScreenShown(() => ran.push("later job"));
    expect(ran).toEqual(["waiting job", "later job"]);
  });
});
