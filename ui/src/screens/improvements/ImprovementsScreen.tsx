// Corrective actions across all cases: the open ones by default, or all of them. The owner
// ticks one done here when the change is made.
import { Alert, Button, Center, EmptyState, Group, Loader, SegmentedControl, Stack, Text } from "@mantine/core";
import { IconBulb } from "@tabler/icons-react";
import { Link, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../bridge/errors";
import { PageHeader } from "../../components/PageHeader";
import { useCorrectiveList } from "../../queries/today";
import { CorrectiveTable } from "./CorrectiveTable";

type Show = "open" | "all";

export function ImprovementsScreen() {
  const { t } = useTranslation("improvements");
  // Kept in the address, so going back from a case returns to the same view.
  const [params, setParams] = useSearchParams();
  const show: Show = params.get("show") === "all" ? "all" : "open";
  const list = useCorrectiveList(show === "open");
  const items = list.data ?? [];
  const overdue = items.filter((a) => a.overdue).length;

  return (
    <Stack gap="md" data-testid="improvements">
      <PageHeader title={t("title")}>
        <SegmentedControl
          aria-label={t("show.label")}
          value={show}
          onChange={(value) => setParams(value === "all" ? { show: "all" } : {}, { replace: true })}
          data={[
            { value: "open", label: t("show.open") },
            { value: "all", label: t("show.all") },
          ]}
          data-testid="improvements-show"
        />
      </PageHeader>
      <Text size="sm" c="dimmed" maw={720} mt={-12}>
        {t("intro")}
      </Text>

      {list.isError && (
        <Alert color="red">
          <Group justify="space-between">
            <Text size="sm">{errorMessage(t, list.error)}</Text>
            <Button size="xs" variant="light" color="red" onClick={() => void list.refetch()}>
              {t("common:actions.retry")}
            </Button>
          </Group>
        </Alert>
      )}
      {list.isPending && (
        <Center py="xl">
          <Loader aria-label={t("common:loading")} />
        </Center>
      )}
      {list.isSuccess && items.length === 0 && (
        <EmptyState
          data-testid="improvements-empty"
          mt="xl"
          variant="light"
          icon={<IconBulb size={28} />}
          title={t(show === "open" ? "empty.openTitle" : "empty.allTitle")}
          description={t("empty.text")}
        >
          <EmptyState.Actions>
            <Button component={Link} to="/cases" variant="light">
              {t("empty.action")}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
      {items.length > 0 && (
        <>
          <CorrectiveTable items={items} withDoneAt={show === "all"} />
          <Text size="sm" c="dimmed" data-testid="improvements-total">
            {show === "open" ? t("totalOpen", { count: items.length }) : t("totalAll", { count: items.length })}
            {overdue > 0 && <> · {t("totalOverdue", { count: overdue })}</>}
          </Text>
        </>
      )}
    </Stack>
  );
}
