// One page of cases. A row opens its case; the number is also a link for the keyboard.
import { Anchor, Table, Text } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import type { CaseListItem } from "../../../bindings";
import { OverdueBadge } from "../../../components/OverdueBadge";
import { StatusBadge } from "../../../components/StatusBadge";
import { categoryLabel, formatAge, formatDateTime } from "../../../lib/format";
import { useShop } from "../../../queries/settings";

export function CaseTable({ items }: { items: CaseListItem[] }) {
  const { t, i18n } = useTranslation("cases");
  const navigate = useNavigate();
  const shop = useShop();
  const now = new Date();

  return (
    <Table highlightOnHover verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("list.columns.number")}</Table.Th>
          <Table.Th>{t("list.columns.customer")}</Table.Th>
          <Table.Th>{t("list.columns.category")}</Table.Th>
          <Table.Th>{t("list.columns.status")}</Table.Th>
          <Table.Th>{t("list.columns.age")}</Table.Th>
          <Table.Th aria-label={t("common:overdue")} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr
            key={item.id}
            data-testid="case-row"
            data-number={item.number}
            style={{ cursor: "pointer" }}
            onClick={() => navigate(`/cases/${item.id}`)}
          >
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <Anchor
                component={Link}
                to={`/cases/${item.id}`}
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
              {item.product && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {item.product}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{categoryLabel(item.category, t)}</Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <StatusBadge status={item.status} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" title={formatDateTime(item.received_at, i18n.language, shop?.time_zone)}>
                {formatAge(item.received_at, t, now)}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{item.overdue && <OverdueBadge />}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
