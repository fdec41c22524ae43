import { COMMON_CURRENCIES } from "../../bindings";
import { localeTag } from "../../lib/format";

/** The common currencies with their names in the UI language: "RUB — российский рубль". */
export function currencyOptions(lang: string, ensure: string): { value: string; label: string }[] {
  const codes = COMMON_CURRENCIES.includes(ensure) || !ensure ? [...COMMON_CURRENCIES] : [ensure, ...COMMON_CURRENCIES];
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([localeTag(lang)], { type: "currency" });
  } catch {
    names = null;
  }
  return codes.map((code) => {
    const name = names?.of(code);
    return { value: code, label: name && name !== code ? `${code} — ${name}` : code };
  });
}
