// The cases due, one row each, in the order the core gives (most urgent first). A row opens
// its case; the number is also a link for the keyboard.
import { Anchor, Stack, Table, Text } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import type { TodayItem } from "../../bindings";
import { StatusBadge } from "../../components/StatusBadge";
import { formatDate } from "../../lib/format";
import { useShop } from "../../queries/settings";
import { ClockBadge } from "./ClockBadge";
import { absoluteDue, relativeDue } from "./dueText";

export function DueTable({ items, now, testId }: { items: TodayItem[]; now: Date; testId: string }) {
  const { t, i18n } = useTranslation("today");
  const lang = i18n.language;
  const navigate = useNavigate();
  const shop = useShop();
  const zone = shop?.time_zone;

  return (
    <Table highlightOnHover verticalSpacing="xs" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("columns.due")}</Table.Th>
          <Table.Th>{t("columns.case")}</Table.Th>
          <Table.Th>{t("columns.customer")}</Table.Th>
          <Table.Th>{t("columns.step")}</Table.Th>
          <Table.Th>{t("columns.clock")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr
            key={item.case_id}
            data-testid="today-row"
            data-number={item.number}
            data-overdue={item.overdue}
            style={{ cursor: "pointer" }}
            onClick={() => navigate(`/cases/${item.case_id}`)}
          >
            <Table.Td>
              <Text
                size="sm"
                fw={600}
                c={item.overdue ? "red" : undefined}
                style={{ whiteSpace: "nowrap" }}
                data-testid={item.overdue ? "overdue" : undefined}
              >
                {relativeDue(item.due_at, t, now)}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                {absoluteDue(item.due_at, t, lang, zone, now)}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <Anchor
                component={Link}
                to={`/cases/${item.case_id}`}
                fw={600}
                size="sm"
                onClick={(event) => event.stopPropagation()}
              >
                {item.number}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={500}>
                {item.customer_name}
              </Text>
            </Table.Td>
            <Table.Td>
              {item.step ? (
                <Text size="sm">{t(`checklist:step.${item.step}`)}</Text>
              ) : (
                <StatusBadge status={item.status} />
              )}
            </Table.Td>
            <Table.Td>
              <Stack gap={2} align="flex-start">
                <ClockBadge clock={item.clock} />
                {item.legal_deadline && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                    {t("legalUntil", { date: formatDate(item.legal_deadline, lang) })}
                  </Text>
                )}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
