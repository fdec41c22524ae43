import { createTheme } from "@mantine/core";

// Calm teal, system fonts only (no web fonts: the app runs offline under a strict CSP).
// Darker shades in light mode and autoContrast keep text on buttons and badges readable.
export const theme = createTheme({
  primaryColor: "teal",
  primaryShade: { light: 8, dark: 7 },
  autoContrast: true,
  defaultRadius: "md",
  cursorType: "pointer",
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", "Cascadia Mono", "DejaVu Sans Mono", monospace',
  headings: { fontWeight: "600" },
  components: {
    Badge: { defaultProps: { variant: "light", radius: "sm" } },
    Card: { defaultProps: { withBorder: true, padding: "lg" } },
  },
});
