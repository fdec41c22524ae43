import { createTheme } from "@mantine/core";

// Calm teal, system fonts only (no web fonts: the app runs offline under a strict CSP).
// Darker shades in light mode and autoContrast keep text on buttons and badges readable.
export const theme = createTheme({
  primaryColor: "teal",
  primaryShade: { light: 8, dark: 7 },
  autoContrast: true,
  defaultRadius: "md",
  cursorType: "pointer",
  // system-ui is the desktop's own font on every platform (Segoe UI, San Francisco, the
  // GTK font). No longer list of guesses: on Linux each name the system lacks is another
  // fontconfig look-up for every size and weight the first screen uses, which measured as
  // the larger part of that screen's first layout.
  fontFamily: "system-ui, sans-serif",
  fontFamilyMonospace: 'ui-monospace, "Cascadia Mono", monospace',
  // Mantine's headings keep their own font list unless given one.
  headings: { fontFamily: "system-ui, sans-serif", fontWeight: "600" },
  components: {
    Badge: { defaultProps: { variant: "light", radius: "sm" } },
    Card: { defaultProps: { withBorder: true, padding: "lg" } },
  },
});
