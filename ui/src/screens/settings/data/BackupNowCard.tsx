// "Back up now…": a copy of everything to a folder the owner picks (a USB stick, a cloud
// folder). The screen's primary action: it is what the owner should do most often.
import { useState } from "react";
import { Alert, Button, Card, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ErrorPayload } from "../../../bindings";
import { pickFolder } from "../../../bridge/dialogs";
import { errorMessage, toErrorPayload } from "../../../bridge/errors";
import { useBackupNow } from "../../../queries/safety";

export function BackupNowCard() {
  const { t } = useTranslation("safety");
  const backupNow = useBackupNow();
  const [error, setError] = useState<ErrorPayload | null>(null);

  const run = async () => {
    setError(null);
    try {
      const dest = await pickFolder(t("backupNow.pickTitle"));
      if (!dest) return;
      const info = await backupNow.mutateAsync(dest);
      notifications.show({ color: "teal", title: t("backupNow.done"), message: t("backupNow.doneWhere", { path: info.path }) });
    } catch (err) {
      setError(toErrorPayload(err));
    }
  };

  return (
    <Card>
      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h5">
          {t("backupNow.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("backupNow.intro")}
        </Text>
        <Button
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={() => void run()}
          loading={backupNow.isPending}
          data-testid="backup-now"
        >
          {t("backupNow.action")}
        </Button>
        {error && (
          <Alert color="red" data-testid="backup-now-error">
            {errorMessage(t, error)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
