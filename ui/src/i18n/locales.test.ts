// Every text must exist in both languages, and Russian plurals need all CLDR forms.
import { describe, expect, it } from "vitest";
import { NAMESPACES, resources } from "./resources";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, "");

describe.each(NAMESPACES)("locale namespace %s", (ns) => {
  const ru = flatten(resources.ru[ns] as Tree);
  const en = flatten(resources.en[ns] as Tree);

  it("has the same texts in Russian and English", () => {
    expect([...new Set(ru.map(base))].sort()).toEqual([...new Set(en.map(base))].sort());
  });

  it("gives Russian plurals the one/few/many/other forms and English one/other", () => {
    for (const key of new Set(ru.filter((k) => PLURAL.test(k)).map(base))) {
      for (const form of ["one", "few", "many", "other"]) expect(ru).toContain(`${key}_${form}`);
    }
    for (const key of new Set(en.filter((k) => PLURAL.test(k)).map(base))) {
      for (const form of ["one", "other"]) expect(en).toContain(`${key}_${form}`);
    }
  });
});
