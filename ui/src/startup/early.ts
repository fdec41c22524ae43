// Evaluated before the rest of the app (the entry imports it first): the backend starts on
// the first screen's data while React, Mantine and the screens are evaluated.
import { askFirstScreen } from "./firstScreen";

// Start-up milestones as User Timing marks, read by the cold-start benchmark.
performance.mark("amends:entry");

// The start page is the case list ("/" redirects there): open it directly, so the first
// render draws the list rather than a redirect to it.
if (["", "#", "#/"].includes(window.location.hash)) window.history.replaceState(null, "", "#/cases");

export const firstScreen = askFirstScreen(window.location.hash);
