// Shows what a backup holds before it replaces the data, and says the current data is
// kept in a safety backup first, so the owner can restore without fear.
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BackupInfo, ErrorPayload } from "../../../bindings";
import { errorMessage } from "../../../bridge/errors";
import { BackupFacts } from "../../../components/BackupFacts";
import { useShop } from "../../../queries/settings";

interface Props {
  backup: BackupInfo | null;
  restoring: boolean;
  error: ErrorPayload | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RestoreConfirmModal({ backup, restoring, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation("safety");
  const shop = useShop();
  return (
    <Modal
      opened={backup !== null}
      // Closing mid-restore would hide its outcome; the restore itself cannot be stopped.
      onClose={() => !restoring && onCancel()}
      title={t("restore.confirmTitle")}
      size="lg"
    >
      {backup && (
        <Stack gap="md" data-testid="restore-confirm">
          <Text size="sm">{t("restore.confirmIntro")}</Text>
          <BackupFacts backup={backup} timeZone={shop?.time_zone} />
          <Alert color="blue">{t("restore.safetyNote")}</Alert>
          {error && (
            <Alert color="red" data-testid="restore-error">
              {errorMessage(t, error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} disabled={restoring} data-autofocus>
              {t("common:actions.cancel")}
            </Button>
            <Button onClick={onConfirm} loading={restoring} data-testid="restore-confirm-button">
              {t("restore.confirm")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
