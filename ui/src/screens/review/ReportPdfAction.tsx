// "Report PDF…": the month's report (headline figures, charts, open corrective actions and
// cases) written by the core to a place the owner picks in the save dialog.
import { Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { IconFileTypePdf } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../bridge/errors";
import { pickPdfSaveTarget, reviewApi } from "../../bridge/review";

export function ReportPdfAction({ month }: { month: string }) {
  const { t } = useTranslation("review");
  const saver = useMutation({ mutationFn: ({ path }: { path: string }) => reviewApi.saveReport(month, path) });

  const saveReport = async () => {
    try {
      const path = await pickPdfSaveTarget(t("report.pickTitle"), `amends-report-${month}.pdf`);
      if (!path) return;
      const pages = await saver.mutateAsync({ path });
      notifications.show({ color: "teal", title: t("report.done", { count: pages }), message: t("export.doneWhere", { path }) });
    } catch (err) {
      notifications.show({ color: "red", title: t("report.failed"), message: errorMessage(t, err) });
    }
  };

  return (
    <Button
      variant="default"
      leftSection={<IconFileTypePdf size={16} />}
      loading={saver.isPending}
      onClick={() => void saveReport()}
      data-testid="review-report-pdf"
    >
      {t("report.pdf")}
    </Button>
  );
}
