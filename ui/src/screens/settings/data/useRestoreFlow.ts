// The restore flow's state: a backup is first verified and shown (inspect), and only an
// explicit confirmation restores it. Shared by "Restore…" and the list's rows.
import { useState } from "react";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { BackupInfo, ErrorPayload } from "../../../bindings";
import { toErrorPayload } from "../../../bridge/errors";
import { useInspectBackup, useRestoreBackup } from "../../../queries/safety";

export function useRestoreFlow() {
  const { t } = useTranslation("safety");
  const inspect = useInspectBackup();
  const restore = useRestoreBackup();
  const [candidate, setCandidate] = useState<BackupInfo | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);

  const check = (path: string) => {
    setError(null);
    inspect.mutate(path, { onSuccess: setCandidate, onError: setError });
  };

  const confirm = () => {
    if (!candidate) return;
    restore.mutate(candidate.path, {
      onSuccess: (report) => {
        setCandidate(null);
        restore.reset();
        notifications.show({
          color: "teal",
          title: t("restore.done"),
          message: t("restore.doneSafety", { path: report.safety.path }),
        });
      },
    });
  };

  const cancel = () => {
    setCandidate(null);
    restore.reset();
  };

  return {
    candidate,
    /** Why the chosen backup could not be used (shown next to the action). */
    error,
    setError: (err: unknown) => setError(toErrorPayload(err)),
    checking: inspect.isPending,
    restoring: restore.isPending,
    restoreError: restore.error,
    check,
    confirm,
    cancel,
  };
}
