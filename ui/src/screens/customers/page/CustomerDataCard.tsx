// The customer's rights over their data: a copy of everything held about them (export),
// and erasing it (forget). Kept at the bottom of the page, away from everyday actions.
import { useState } from "react";
import { Alert, Button, Card, Group, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconFileExport, IconUserX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Customer, ErrorPayload } from "../../../bindings";
import { pickJsonSaveTarget } from "../../../bridge/dialogs";
import { errorMessage, toErrorPayload } from "../../../bridge/errors";
import { useExportCustomer, useForgetCustomer } from "../../../queries/safety";
import { exportFileName } from "./exportFileName";
import { ForgetCustomerModal } from "./ForgetCustomerModal";

export function CustomerDataCard({ customer }: { customer: Customer }) {
  const { t } = useTranslation("safety");
  const exporter = useExportCustomer();
  const forget = useForgetCustomer();
  const [asking, setAsking] = useState(false);
  const [exportError, setExportError] = useState<ErrorPayload | null>(null);

  const exportData = async () => {
    setExportError(null);
    try {
      const path = await pickJsonSaveTarget(t("export.pickTitle"), exportFileName(customer.surname));
      if (!path) return;
      const cases = await exporter.mutateAsync({ id: customer.id, path });
      notifications.show({
        color: "teal",
        title: t("export.done", { count: cases }),
        message: t("export.doneWhere", { path }),
      });
    } catch (err) {
      setExportError(toErrorPayload(err));
    }
  };

  const confirmForget = () =>
    forget.mutate(customer.id, {
      onSuccess: (report) => {
        setAsking(false);
        forget.reset();
        notifications.show({ color: "teal", message: t("forget.done", { count: report.cases }) });
      },
    });

  return (
    <Card data-testid="customer-data">
      <Title order={3} size="h5" mb="xs">
        {t("customer.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("customer.intro")}
      </Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconFileExport size={16} />}
          onClick={() => void exportData()}
          loading={exporter.isPending}
          data-testid="customer-export"
        >
          {t("export.action")}
        </Button>
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconUserX size={16} />}
          onClick={() => setAsking(true)}
          data-testid="customer-forget"
        >
          {t("forget.action")}
        </Button>
      </Group>
      {exportError && (
        <Alert color="red" mt="sm" data-testid="customer-export-error">
          {errorMessage(t, exportError)}
        </Alert>
      )}
      <ForgetCustomerModal
        opened={asking}
        name={customer.display_name}
        forgetting={forget.isPending}
        error={forget.error}
        onConfirm={confirmForget}
        onCancel={() => {
          setAsking(false);
          forget.reset();
        }}
      />
    </Card>
  );
}
