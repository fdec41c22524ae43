/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import type { Plugin as PostcssPlugin } from "postcss";

const PSEUDO = /::?(before|after)\b/;
const BARE_PSEUDO = /^\*?::?(before|after)$/;

/** Mantine's baseline gives every element's ::before and ::after `box-sizing: border-box`
 *  (`*, *::before, *::after`). WebKit then works out a style for both pseudo-elements of
 *  every element on the page, which doubled the style time of the start screen. This
 *  narrows that rule to `*` and gives border-box to the pseudo-elements the stylesheets
 *  actually style, which is where it matters. */
const pseudoBoxSizing: PostcssPlugin = {
  postcssPlugin: "amends-pseudo-box-sizing",
  Rule(rule) {
    const selectors = rule.selectors.map((s) => s.trim());
    if (selectors.includes("*") && selectors.some((s) => BARE_PSEUDO.test(s))) {
      rule.selectors = selectors.filter((s) => !BARE_PSEUDO.test(s));
    } else if (selectors.some((s) => PSEUDO.test(s)) && !rule.some((n) => n.type === "decl" && n.prop === "box-sizing")) {
      rule.prepend({ prop: "box-sizing", value: "border-box" });
      // Where it came from, for the source map (and Vite's check that every node has one).
      if (rule.first) rule.first.source = rule.source;
    }
  },
};

// Tauri serves `dist/` from its own origin and the dev server on a fixed port (see
// src-tauri/tauri.conf.json), so the port must not drift.
export default defineConfig({
  plugins: [react()],
  clearScreen: false,
  css: { postcss: { plugins: [pseudoBoxSizing] } },
  // The splash in index.html shows the app icon from the repository's icons/ folder.
  server: { port: 5173, strictPort: true, fs: { allow: [".", "../icons"] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Loaded from disk, so chunks are about parse time at start-up (screens other than the
    // case list load lazily), not about the network: a large one is no warning sign.
    chunkSizeWarningLimit: 2500,
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test/setup.ts"],
    css: false,
    testTimeout: 60000,
  },
});
