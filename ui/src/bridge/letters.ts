// The closing letter: typed wrappers of src-tauri/src/commands/letters.rs. Letters are
// opened, saved and printed by id; the shell finds the file itself (never a path from here,
// except the one the owner picked in the native save dialog).
import { save } from "@tauri-apps/plugin-dialog";
import type { Language, LetterDraft, LetterPhrase, LetterPreview, LetterVersion, PhraseOverride } from "../bindings";
import { call } from "./invoke";

/** What became of a print request: sent to the OS printing, or (printing impossible)
 *  opened in the default PDF viewer for the owner to print from there. */
export interface PrintReport {
  outcome: "sent" | "opened_in_viewer";
}

export const lettersApi = {
  draft: (caseId: string, language: Language | null) => call<LetterDraft>("get_letter_draft", { caseId, language }),
  preview: (caseId: string, draft: LetterDraft) => call<LetterPreview>("preview_letter", { caseId, draft }),
  generate: (caseId: string, draft: LetterDraft, actorId: string | null) =>
    call<LetterVersion>("generate_letter", { caseId, draft, actorId }),
  list: (caseId: string) => call<LetterVersion[]>("list_letters", { caseId }),
  open: (id: string) => call<void>("open_letter", { id }),
  saveAs: (id: string, path: string) => call<void>("save_letter_as", { id, path }),
  print: (id: string) => call<PrintReport>("print_letter", { id }),
  phrases: () => call<LetterPhrase[]>("get_letter_phrases"),
  savePhrases: (changes: PhraseOverride[]) => call<LetterPhrase[]>("save_letter_phrases", { changes }),
};

/** Where to save a letter's PDF, or null if the owner closed the dialog. */
export async function pickPdfSaveTarget(title: string, defaultName: string): Promise<string | null> {
  return save({ title, defaultPath: defaultName, filters: [{ name: "PDF", extensions: ["pdf"] }] });
}
