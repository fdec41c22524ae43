// When no usable backup is in the data folder: a copy elsewhere can still be chosen, and
// otherwise support needs the data folder as it is (its location is shown to pass on).
import { Alert, Button, Code, Stack, Text } from "@mantine/core";
import { IconFolderOpen } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useDataFolder } from "../../queries/safety";

export function NoBackupHelp({ busy, onChoose }: { busy: boolean; onChoose: () => void }) {
  const { t } = useTranslation("safety");
  const folder = useDataFolder();
  return (
    <Alert color="yellow" title={t("recovery.noBackupTitle")} data-testid="recovery-no-backup">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t("recovery.noBackupCopy")}</Text>
        <Button leftSection={<IconFolderOpen size={16} />} onClick={onChoose} loading={busy} data-testid="recovery-choose">
          {t("recovery.chooseBackup")}
        </Button>
        <Text size="sm">{t("recovery.noBackupSupport")}</Text>
        {folder.data && <Code style={{ wordBreak: "break-all" }}>{folder.data}</Code>}
      </Stack>
    </Alert>
  );
}
