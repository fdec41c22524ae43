// "Export CSV…": the month's cases as CSV, to a place the owner picks in the save dialog.
import { Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { pickCsvSaveTarget } from "../../bridge/review";
import { errorMessage } from "../../bridge/errors";
import { useExportMonthCsv } from "../../queries/review";

export function ExportCsvButton({ month }: { month: string }) {
  const { t } = useTranslation("review");
  const exporter = useExportMonthCsv();

  const exportCsv = async () => {
    try {
      const path = await pickCsvSaveTarget(t("export.pickTitle"), `amends-${month}.csv`);
      if (!path) return;
      const rows = await exporter.mutateAsync({ month, path });
      notifications.show({ color: "teal", title: t("export.done", { count: rows }), message: t("export.doneWhere", { path }) });
    } catch (err) {
      notifications.show({ color: "red", title: t("export.failed"), message: errorMessage(t, err) });
    }
  };

  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} />}
      loading={exporter.isPending}
      onClick={() => void exportCsv()}
      data-testid="review-export-csv"
    >
      {t("export.csv")}
    </Button>
  );
}
