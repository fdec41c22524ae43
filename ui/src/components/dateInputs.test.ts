import { describe, expect, it } from "vitest";

// Every source file's text, to find the ones that would take a picker without its styles.
const sources = import.meta.glob<string>("../**/*.{ts,tsx}", { query: "?raw", import: "default", eager: true });

/** The one other import allowed: DatesProvider, which sets the pickers' locale and draws nothing. */
const PROVIDER_ONLY = 'import { DatesProvider } from "@mantine/dates";';

describe("date pickers", () => {
  it("are imported through components/dateInputs, which brings their styles", () => {
    const direct = Object.entries(sources)
      .filter(([path]) => path !== "./dateInputs.ts" && !/\.test\.tsx?$/.test(path))
      .filter(([, text]) => text.replaceAll(PROVIDER_ONLY, "").includes('from "@mantine/dates"'))
      .map(([path]) => path);
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(direct).toEqual([]);
  });
});
