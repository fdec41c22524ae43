// The letter editor's form values and their way back into a draft. Addressee and signature
// lines are edited as one text each (a line per row); everything the form does not edit
// (case, date, reference line, refusal) comes from the draft it started from.
import type { LetterDraft, PaperSize } from "../../../../bindings";

export interface LetterValues {
  addressee: string;
  salutation: string;
  sections: { key: string; heading: string; text: string }[];
  closing: string;
  signature: string;
  paper: PaperSize;
}

export function draftToValues(draft: LetterDraft): LetterValues {
  return {
    addressee: draft.addressee.join("\n"),
    salutation: draft.salutation,
    sections: draft.sections.map((s) => ({ key: s.key, heading: s.heading ?? "", text: s.text })),
    closing: draft.closing,
    signature: draft.signature.join("\n"),
    paper: draft.paper,
  };
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

export function valuesToDraft(base: LetterDraft, values: LetterValues): LetterDraft {
  return {
    ...base,
    addressee: lines(values.addressee),
    salutation: values.salutation.trim(),
    sections: values.sections.map((s) => ({ key: s.key, heading: s.heading.trim() ? s.heading.trim() : null, text: s.text.trim() })),
    closing: values.closing.trim(),
    signature: lines(values.signature),
    paper: values.paper,
  };
}

/** The core's field path → the form's: `sections[2].text` → `sections.2.text`, any
 *  `addressee[i]` → `addressee` (one text for all lines). */
export function formPath(field: string): string {
  const line = /^(addressee|signature)(\[\d+\])?$/.exec(field);
  if (line?.[1]) return line[1];
  return field.replace(/\[(\d+)\]/g, ".$1");
}
