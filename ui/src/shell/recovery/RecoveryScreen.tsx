// Shown instead of the app when the database failed its check at start-up. Calm and
// concrete: the damaged file is kept aside (never deleted), the newest good backup is
// offered with what it holds, and another backup folder can be chosen instead.
import { useState } from "react";
import { Alert, Button, Card, Center, Code, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconFolderOpen, IconRestore } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { BackupInfo, ErrorPayload } from "../../bindings";
import { pickFolder } from "../../bridge/dialogs";
import { errorMessage, toErrorPayload } from "../../bridge/errors";
import { BackupFacts } from "../../components/BackupFacts";
import type { DamagedDatabase } from "../../lib/damaged";
import { formatDateTime } from "../../lib/format";
import { useInspectBackup, useRecoverFromBackup } from "../../queries/safety";
import { NoBackupHelp } from "./NoBackupHelp";

export function RecoveryScreen({ damaged }: { damaged: DamagedDatabase }) {
  const { t, i18n } = useTranslation("safety");
  const [chosen, setChosen] = useState<BackupInfo | null>(damaged.newestGood);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const inspect = useInspectBackup();
  const recover = useRecoverFromBackup();
  const busy = inspect.isPending || recover.isPending;

  const chooseAnother = async () => {
    setError(null);
    try {
      const path = await pickFolder(t("recovery.pickTitle"));
      if (path) setChosen(await inspect.mutateAsync(path));
    } catch (err) {
      setError(toErrorPayload(err));
    }
  };

  const restore = (backup: BackupInfo) => {
    setError(null);
    recover.mutate(backup.path, {
      onSuccess: (report) =>
        notifications.show({
          color: "teal",
          title: t("recovery.done", { date: formatDateTime(report.restored.created_at, i18n.language) }),
          message: report.damaged_file ? t("recovery.doneKept", { path: report.damaged_file }) : undefined,
          autoClose: false,
        }),
      onError: setError,
    });
  };

  return (
    <Center mih="100vh" p="xl">
      <Stack maw={640} gap="lg" data-testid="recovery-screen">
        <Title order={2}>{t("recovery.title")}</Title>
        <Text>{t("recovery.explain")}</Text>
        <Text>{t("recovery.keptAside")}</Text>
        {chosen ? (
          <Card withBorder>
            <Stack gap="md">
              <Title order={3} size="h5">
                {chosen === damaged.newestGood ? t("recovery.newestGood") : t("recovery.chosen")}
              </Title>
              <BackupFacts backup={chosen} />
              <Text size="sm" c="dimmed">
                {t("recovery.laterLost")}
              </Text>
              <Group>
                <Button
                  leftSection={<IconRestore size={16} />}
                  onClick={() => restore(chosen)}
                  loading={recover.isPending}
                  disabled={inspect.isPending}
                  data-testid="recovery-restore"
                >
                  {t("recovery.restore")}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconFolderOpen size={16} />}
                  onClick={() => void chooseAnother()}
                  loading={inspect.isPending}
                  disabled={recover.isPending}
                  data-testid="recovery-choose"
                >
                  {t("recovery.chooseAnother")}
                </Button>
              </Group>
            </Stack>
          </Card>
        ) : (
          <NoBackupHelp busy={busy} onChoose={() => void chooseAnother()} />
        )}
        {error && (
          <Alert color="red" data-testid="recovery-error">
            {errorMessage(t, error)}
          </Alert>
        )}
        {damaged.detail && (
          <Text size="xs" c="dimmed">
            {t("recovery.detail")} <Code>{damaged.detail}</Code>
          </Text>
        )}
      </Stack>
    </Center>
  );
}
