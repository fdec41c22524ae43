// Corrective actions across cases: what changes so a complaint does not repeat. Each row
// can be ticked done (or opened again) in place; Today shows the same rows.
import { Anchor, Checkbox, Group, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { CorrectiveAction } from "../../bindings";
import { errorMessage } from "../../bridge/errors";
import { OverdueBadge } from "../../components/OverdueBadge";
import { formatDate, formatDateTime } from "../../lib/format";
import { useShop } from "../../queries/settings";
import { useSetCorrectiveDone } from "../../queries/today";

interface Props {
  items: CorrectiveAction[];
  /** Show when each was done (the "all" view). */
  withDoneAt?: boolean;
  testId?: string;
}

export function CorrectiveTable({ items, withDoneAt = false, testId = "corrective-table" }: Props) {
  const { t, i18n } = useTranslation("improvements");
  const lang = i18n.language;
  const shop = useShop();
  const setDone = useSetCorrectiveDone();

  const toggle = (item: CorrectiveAction, done: boolean) => {
    setDone.mutate(
      { id: item.id, done },
      {
        onSuccess: () =>
          notifications.show({ color: "teal", message: t(done ? "markedDone" : "markedOpen", { number: item.case_number }) }),
        onError: (err) => notifications.show({ color: "red", title: t("errors:title"), message: errorMessage(t, err) }),
      },
    );
  };

  return (
    <Table verticalSpacing="sm" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={72}>{t("columns.done")}</Table.Th>
          <Table.Th>{t("columns.description")}</Table.Th>
          <Table.Th>{t("columns.case")}</Table.Th>
          <Table.Th>{t("columns.owner")}</Table.Th>
          <Table.Th>{t("columns.due")}</Table.Th>
          {withDoneAt && <Table.Th>{t("columns.doneAt")}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => {
          const pending = setDone.isPending && setDone.variables?.id === item.id;
          const checked = pending ? Boolean(setDone.variables?.done) : item.done_at !== null;
          return (
            <Table.Tr key={item.id} data-testid="corrective-row" data-overdue={item.overdue} data-done={item.done_at !== null}>
              <Table.Td>
                <Checkbox
                  checked={checked}
                  disabled={pending}
                  onChange={(event) => toggle(item, event.currentTarget.checked)}
                  aria-label={t("doneLabel", { description: item.description })}
                  data-testid="corrective-done"
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={3} c={item.done_at ? "dimmed" : undefined}>
                  {item.description}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Anchor component={Link} to={`/cases/${item.case_id}`} fw={600} size="sm">
                  {item.case_number}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={item.owner ? undefined : "dimmed"} style={{ whiteSpace: "nowrap" }}>
                  {item.owner?.name ?? t("noOwner")}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {item.due_date ? (
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" c={item.overdue ? "red" : undefined} fw={item.overdue ? 600 : undefined}>
                      {formatDate(item.due_date, lang)}
                    </Text>
                    {item.overdue && <OverdueBadge />}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t("noDueDate")}
                  </Text>
                )}
              </Table.Td>
              {withDoneAt && (
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <Text size="sm" c="dimmed">
                    {item.done_at ? formatDateTime(item.done_at, lang, shop?.time_zone) : "—"}
                  </Text>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
