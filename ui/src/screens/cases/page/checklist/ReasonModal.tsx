// Asks why before an act that needs a reason (skipping or reopening a step, removing a
// ledger entry or a file). The reason lands in the timeline; a refusal keeps what was typed.
import { useState } from "react";
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { LIMITS } from "../../../../bindings";
import { checklistErrorMessage } from "../../../../bridge/checklist";
import { fieldMessage, toErrorPayload } from "../../../../bridge/errors";

export interface ReasonRequest {
  title: string;
  /** What is about to happen, in a sentence. */
  text?: string;
  confirm: string;
  /** Red for removals. */
  danger?: boolean;
  run: (reason: string) => Promise<unknown>;
}

export function ReasonModal({ request, onClose }: { request: ReasonRequest | null; onClose: () => void }) {
  const { t, i18n } = useTranslation("checklist");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason("");
    setError(null);
    setFailure(null);
    onClose();
  };

  const submit = async () => {
    if (!request) return;
    if (!reason.trim()) {
      setError(fieldMessage(t, i18n.language, { code: "required" }));
      return;
    }
    setBusy(true);
    setError(null);
    setFailure(null);
    try {
      await request.run(reason.trim());
      close();
    } catch (err) {
      const payload = toErrorPayload(err);
      const onReason = payload.fields.find((f) => f.field === "reason");
      if (onReason) setError(fieldMessage(t, i18n.language, onReason));
      else setFailure(checklistErrorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={request !== null} onClose={close} title={request?.title} centered>
      <Stack gap="sm" onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit()]])}>
        {request?.text && <Text size="sm">{request.text}</Text>}
        <Textarea
          label={t("reason.label")}
          description={t("reason.hint")}
          data-autofocus
          data-testid="reason-input"
          autosize
          minRows={2}
          maxRows={6}
          maxLength={LIMITS.stepReason}
          required
          value={reason}
          error={error}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {failure && (
          <Alert color="red" data-testid="reason-failure">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("common:actions.cancel")}
          </Button>
          <Button color={request?.danger ? "red" : undefined} loading={busy} onClick={() => void submit()} data-testid="reason-confirm">
            {request?.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
