// "Restore…": from any backup folder (a USB stick) or one of the app's own backups. Either
// way the backup is verified and shown before anything is replaced.
import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { pickFolder } from "../../../bridge/dialogs";
import { errorMessage } from "../../../bridge/errors";
import { useBackups } from "../../../queries/safety";
import { BackupList } from "./BackupList";
import { RestoreConfirmModal } from "./RestoreConfirmModal";
import { useRestoreFlow } from "./useRestoreFlow";

export function RestoreCard() {
  const { t } = useTranslation("safety");
  const backups = useBackups();
  const flow = useRestoreFlow();

  const chooseFolder = async () => {
    try {
      const path = await pickFolder(t("restore.pickTitle"));
      if (path) flow.check(path);
    } catch (err) {
      flow.setError(err);
    }
  };

  return (
    <Card>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4} style={{ flex: 1 }}>
            <Title order={3} size="h5">
              {t("restore.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("restore.intro")}
            </Text>
          </Stack>
          <Button
            variant="default"
            leftSection={<IconHistory size={16} />}
            onClick={() => void chooseFolder()}
            loading={flow.checking}
            data-testid="restore-choose"
          >
            {t("restore.action")}
          </Button>
        </Group>
        {flow.error && (
          <Alert color="red" data-testid="restore-check-error">
            {errorMessage(t, flow.error)}
          </Alert>
        )}
        <Title order={4} size="h6" mt="xs">
          {t("list.title")}
        </Title>
        {backups.isPending ? (
          <Loader size="sm" aria-label={t("common:loading")} />
        ) : backups.isError ? (
          <Alert color="red">{errorMessage(t, backups.error)}</Alert>
        ) : (
          <BackupList backups={backups.data} busy={flow.checking} onRestore={(b) => flow.check(b.path)} />
        )}
      </Stack>
      <RestoreConfirmModal
        backup={flow.candidate}
        restoring={flow.restoring}
        error={flow.restoreError}
        onConfirm={flow.confirm}
        onCancel={flow.cancel}
      />
    </Card>
  );
}
