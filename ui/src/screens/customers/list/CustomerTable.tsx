// Customers found. A row opens the customer's page; the name is also a link for the keyboard.
import { Anchor, Group, Table, Text } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import type { CustomerSummary } from "../../../bindings";
import { RepeatBadge } from "../RepeatBadge";

export function CustomerTable({ customers }: { customers: CustomerSummary[] }) {
  const { t } = useTranslation("customers");
  const navigate = useNavigate();
  const dash = t("common:notSet");

  return (
    <Table highlightOnHover verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("list.columns.name")}</Table.Th>
          <Table.Th>{t("list.columns.phone")}</Table.Th>
          <Table.Th>{t("list.columns.email")}</Table.Th>
          <Table.Th>{t("list.columns.cases")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {customers.map((c) => (
          <Table.Tr
            key={c.id}
            data-testid="customer-row"
            style={{ cursor: "pointer" }}
            onClick={() => navigate(`/customers/${c.id}`)}
          >
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Anchor
                  component={Link}
                  to={`/customers/${c.id}`}
                  fw={500}
                  size="sm"
                  onClick={(event) => event.stopPropagation()}
                >
                  {c.display_name}
                </Anchor>
                {c.repeat_complainant && <RepeatBadge size="xs" />}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{c.phone ?? dash}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{c.email ?? dash}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t("caseCount", { count: c.case_count })}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
