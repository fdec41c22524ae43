// Every Mantine style the app uses, loaded once the first screen is painted (see
// start.css): the full core file (which repeats the start screen's rules, in order) and
// the packages' own, all in `@layer mantine`.
import "@mantine/core/styles.layer.css";
import "@mantine/notifications/styles.layer.css";
import "@mantine/dates/styles.layer.css";
import "@mantine/charts/styles.layer.css";
