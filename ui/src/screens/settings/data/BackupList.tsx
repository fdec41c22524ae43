// The backups the app keeps by itself (and the safety copies made before a restore),
// newest first, each restorable from here without hunting for its folder.
import { Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BackupInfo } from "../../../bindings";
import { formatDateTime, formatMegabytes } from "../../../lib/format";
import { useShop } from "../../../queries/settings";

interface Props {
  backups: BackupInfo[];
  busy: boolean;
  onRestore: (backup: BackupInfo) => void;
}

export function BackupList({ backups, busy, onRestore }: Props) {
  const { t, i18n } = useTranslation("safety");
  const shop = useShop();
  const lang = i18n.language;
  if (backups.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="backup-list-empty">
        {t("list.empty")}
      </Text>
    );
  }
  return (
    <Table verticalSpacing="xs" data-testid="backup-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("list.columns.created")}</Table.Th>
          <Table.Th>{t("list.columns.kind")}</Table.Th>
          <Table.Th>{t("list.columns.cases")}</Table.Th>
          <Table.Th>{t("list.columns.size")}</Table.Th>
          <Table.Th aria-label={t("list.columns.actions")} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => {
          const created = formatDateTime(backup.created_at, lang, shop?.time_zone);
          return (
            <Table.Tr key={backup.path} data-testid="backup-row">
              <Table.Td>{created}</Table.Td>
              <Table.Td>{t(`kind.${backup.kind}`)}</Table.Td>
              <Table.Td>{t("caseCount", { count: backup.case_count })}</Table.Td>
              <Table.Td>{formatMegabytes(backup.total_bytes, lang)}</Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="subtle"
                  disabled={busy}
                  onClick={() => onRestore(backup)}
                  aria-label={t("list.restoreOne", { date: created })}
                >
                  {t("list.restore")}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
