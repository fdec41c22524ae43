// One case: what was recorded, and the checklist that settles it.
import { Alert, Anchor, Button, Center, Group, Loader, Stack, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { IconArrowLeft, IconPencil } from "@tabler/icons-react";
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../bridge/errors";
import { OverdueBadge } from "../../../components/OverdueBadge";
import { StatusBadge } from "../../../components/StatusBadge";
import { useCase } from "../../../queries/cases";
import { CaseWorkspace } from "./checklist/CaseWorkspace";

export function CasePageScreen() {
  const { t } = useTranslation("cases");
  const { id } = useParams();
  const found = useCase(id);
  useDocumentTitle(found.data ? `${t("page.title", { number: found.data.number })} — ${t("common:app.name")}` : t("common:app.name"));

  const back = (
    <Anchor component={Link} to="/cases" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t("page.backToList")}
      </Group>
    </Anchor>
  );

  if (found.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t("common:loading")} />
      </Center>
    );
  }
  if (found.isError) {
    return (
      <Stack align="flex-start">
        {back}
        <Alert color="red">{errorMessage(t, found.error)}</Alert>
      </Stack>
    );
  }

  const view = found.data;
  return (
    <Stack gap="md" data-testid="case-page">
      {back}
      <Group justify="space-between" align="center">
        <Group gap="sm" align="center">
          <Title order={2}>
            {t("page.title", { number: "" })}
            <span data-testid="case-number">{view.number}</span>
          </Title>
          <StatusBadge status={view.status} />
          {view.overdue && <OverdueBadge />}
        </Group>
        <Button component={Link} to={`/cases/${view.id}/edit`} variant="light" leftSection={<IconPencil size={16} />} data-testid="case-edit">
          {t("common:actions.edit")}
        </Button>
      </Group>
      <CaseWorkspace view={view} />
    </Stack>
  );
}
