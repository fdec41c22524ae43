// Query hooks for the closing letter: the case's kept versions and the standard phrases.
// Generating a version records it in the case's timeline and may settle the checklist's
// view of the letter step, so both are refreshed.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LetterDraft, PhraseOverride } from "../bindings";
import { lettersApi } from "../bridge/letters";

export const letterKeys = {
  versions: (caseId: string) => ["letters", caseId] as const,
  phrases: ["letter-phrases"] as const,
};

export function useLetterVersions(caseId: string, enabled = true) {
  return useQuery({ queryKey: letterKeys.versions(caseId), queryFn: () => lettersApi.list(caseId), enabled });
}

export function useGenerateLetter(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ draft, actorId }: { draft: LetterDraft; actorId: string | null }) => lettersApi.generate(caseId, draft, actorId),
    onSuccess: async () => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: letterKeys.versions(caseId) }),
        qc.invalidateQueries({ queryKey: ["checklist"] }),
        qc.invalidateQueries({ queryKey: ["timeline"] }),
        qc.invalidateQueries({ queryKey: ["cases"] }),
      ]);
    },
  });
}

export function useLetterPhrases() {
  return useQuery({ queryKey: letterKeys.phrases, queryFn: lettersApi.phrases });
}

export function useSaveLetterPhrases() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (changes: PhraseOverride[]) => lettersApi.savePhrases(changes),
    onSuccess: (fresh) => qc.setQueryData(letterKeys.phrases, fresh),
  });
}
