// Evaluated before the rest of the app (the entry imports it first): the backend starts on
// the first screen's data while React, Mantine and the screens are evaluated.
import { askFirstScreen } from "./firstScreen";

// Start-up milestones as User Timing marks, read by the cold-start benchmark.
performance.mark("amends:entry");

// The start page is the case list ("/" redirects there): open it directly, so the first
// render draws the list rather than a redirect to it.
if (["", "#", "#/"].includes(window.location.hash)) window.history.replaceState(null, "", "#/cases");

// The colour scheme on <html> before the first render, as Mantine's ColorSchemeScript would
// (an inline script the CSP forbids): set later, by MantineProvider, it restyles the whole
// freshly built page a second time (about 20 ms of the first screen here).
const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
document.documentElement.setAttribute("data-mantine-color-scheme", dark ? "dark" : "light");

export const firstScreen = askFirstScreen(window.location.hash);
