// Compensation given in the month by type: how many items and how much.
import { Card, Table, Text, Title } from "@mantine/core";
import { BarChart } from "@mantine/charts";
import { useTranslation } from "react-i18next";
import type { KindTotal } from "../../bindings";
import { formatMoney } from "../../lib/format";
import { formatCount } from "./reviewFormat";

export function CompensationCard({ kinds, currency }: { kinds: KindTotal[]; currency: string }) {
  const { t, i18n } = useTranslation("review");
  const lang = i18n.language;
  const rows = kinds.map((k) => ({
    label: t(`checklist:compensation.kinds.${k.kind}`, { defaultValue: k.kind }),
    total: k.total_minor / 100,
    minor: k.total_minor,
    items: k.items,
    kind: k.kind,
  }));
  const money = (minor: number) => formatMoney(minor, currency, lang);
  return (
    <Card withBorder padding="md" data-testid="breakdown-compensation">
      <Title order={3} size="h5" mb="sm">
        {t("breakdowns.compensation")}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("breakdowns.noCompensation")}
        </Text>
      ) : (
        <>
          <BarChart
            h={rows.length * 30 + 16}
            data={rows}
            dataKey="label"
            orientation="vertical"
            series={[{ name: "total", label: t("breakdowns.total"), color: "grape.5" }]}
            gridAxis="none"
            withXAxis={false}
            withTooltip={false}
            valueFormatter={(value: number) => money(Math.round(value * 100))}
            maxBarWidth={20}
            yAxisProps={{ width: 170, interval: 0 }}
          />
          <Table verticalSpacing={3} fz="sm" mt="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("breakdowns.kind")}</Table.Th>
                <Table.Th ta="right">{t("breakdowns.items")}</Table.Th>
                <Table.Th ta="right">{t("breakdowns.total")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.kind}>
                  <Table.Td>{row.label}</Table.Td>
                  <Table.Td ta="right">{formatCount(row.items, lang)}</Table.Td>
                  <Table.Td ta="right">{money(row.minor)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Card>
  );
}
