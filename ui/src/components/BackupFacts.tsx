// What a backup holds, as the owner judges it before restoring: when it was made, how many
// cases it has and the newest of them (so "is my last case in there?" has an answer).
import { DataList } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BackupInfo } from "../bindings";
import { formatDateTime, formatMegabytes } from "../lib/format";

export function BackupFacts({ backup, timeZone }: { backup: BackupInfo; timeZone?: string }) {
  const { t, i18n } = useTranslation("safety");
  const lang = i18n.language;
  const newest = backup.newest_case;
  return (
    <DataList labelWidth={180} data-testid="backup-facts">
      <DataList.Item>
        <DataList.ItemLabel>{t("facts.created")}</DataList.ItemLabel>
        <DataList.ItemValue data-testid="backup-created">
          {formatDateTime(backup.created_at, lang, timeZone)}
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("facts.cases")}</DataList.ItemLabel>
        <DataList.ItemValue data-testid="backup-cases">{t("caseCount", { count: backup.case_count })}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("facts.newestCase")}</DataList.ItemLabel>
        <DataList.ItemValue data-testid="backup-newest">
          {newest
            ? t("facts.newestCaseValue", {
                number: newest.number,
                date: formatDateTime(newest.received_at, lang, timeZone),
              })
            : t("facts.noCases")}
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("facts.size")}</DataList.ItemLabel>
        <DataList.ItemValue>
          {t("facts.sizeValue", {
            size: formatMegabytes(backup.total_bytes, lang),
            files: t("fileCount", { count: backup.file_count }),
          })}
        </DataList.ItemValue>
      </DataList.Item>
    </DataList>
  );
}
