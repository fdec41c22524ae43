// Every case of the customer, newest first. A row opens the case; the number is a link too.
import { Anchor, Card, Group, Table, Text, Title } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import type { CaseListItem } from "../../../bindings";
import { OverdueBadge } from "../../../components/OverdueBadge";
import { StatusBadge } from "../../../components/StatusBadge";
import { dateOnly } from "../../../lib/dates";
import { categoryLabel, formatDate, formatDateTime } from "../../../lib/format";
import { useShop } from "../../../queries/settings";

export function CustomerCases({ cases }: { cases: CaseListItem[] }) {
  const { t, i18n } = useTranslation("customers");
  const navigate = useNavigate();
  const shop = useShop();
  const lang = i18n.language;

  // received_at comes in the shop's time zone, so its date part is the shop's calendar day.
  const receivedDay = (item: CaseListItem) => {
    const day = dateOnly(item.received_at);
    return day ? formatDate(day, lang) : formatDateTime(item.received_at, lang, shop?.time_zone);
  };

  return (
    <Card data-testid="customer-cases">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          {t("page.casesTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("caseCount", { count: cases.length })}
        </Text>
      </Group>
      {cases.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("page.noCases")}
        </Text>
      ) : (
        <Table highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("page.columns.number")}</Table.Th>
              <Table.Th>{t("page.columns.date")}</Table.Th>
              <Table.Th>{t("page.columns.category")}</Table.Th>
              <Table.Th>{t("page.columns.status")}</Table.Th>
              <Table.Th aria-label={t("common:overdue")} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cases.map((item) => (
              <Table.Tr
                key={item.id}
                data-testid="customer-case-row"
                style={{ cursor: "pointer" }}
                onClick={() => navigate(`/cases/${item.id}`)}
              >
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/cases/${item.id}`}
                    ff="monospace"
                    fw={600}
                    size="sm"
                    onClick={(event) => event.stopPropagation()}
                  >
                    {item.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{receivedDay(item)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{categoryLabel(item.category, t)}</Text>
                  {item.product && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {item.product}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>{item.overdue && <OverdueBadge />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
