// The entry. It asks the backend for the first screen's data at once, then loads the rest
// of the app (most of the code) while the answers are on their way.
import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import "@mantine/notifications/styles.css";
import "./global.css";
import { askFirstScreen } from "./startup/firstScreen";

// The start page is the case list ("/" redirects there): open it directly, so the first
// render draws the list rather than a redirect to it.
if (["", "#", "#/"].includes(window.location.hash)) window.history.replaceState(null, "", "#/cases");
const first = askFirstScreen(window.location.hash);
void import("./startup/mount").then(({ mount }) => mount(first));
