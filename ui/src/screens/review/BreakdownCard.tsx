// One breakdown of the month's cases: horizontal bars (long Cyrillic names read best that
// way) and, under them, the same rows as links, so every bar opens its cases by keyboard too.
import { Anchor, Card, Table, Text, Title } from "@mantine/core";
import { BarChart } from "@mantine/charts";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import type { Bar } from "../../bindings";
import { barLabel, drillDownUrl, type BreakdownKey } from "./breakdowns";
import { formatCount, formatPercent } from "./reviewFormat";

interface Row {
  label: string;
  count: number;
  url: string;
}

const MAX_TICK = 24;

function shorten(text: string): string {
  return text.length > MAX_TICK ? `${text.slice(0, MAX_TICK - 1)}…` : text;
}

export function BreakdownCard({ kind, bars, month, received }: { kind: BreakdownKey; bars: Bar[]; month: string; received: number }) {
  const { t, i18n } = useTranslation("review");
  const navigate = useNavigate();
  const lang = i18n.language;
  const rows: Row[] = bars.map((bar) => ({ label: barLabel(kind, bar, t), count: bar.count, url: drillDownUrl(kind, bar, month) }));

  return (
    <Card withBorder padding="md" data-testid={`breakdown-${kind}`}>
      <Title order={3} size="h5" mb="sm">
        {t(`breakdowns.${kind}`)}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="breakdown-empty">
          {t("breakdowns.none")}
        </Text>
      ) : (
        <>
          <BarChart
            h={rows.length * 30 + 16}
            data={rows}
            dataKey="label"
            orientation="vertical"
            series={[{ name: "count", label: t("breakdowns.cases"), color: "blue.5" }]}
            gridAxis="none"
            withXAxis={false}
            withTooltip={false}
            maxBarWidth={20}
            yAxisProps={{ width: 180, tickFormatter: (value: string) => shorten(value), interval: 0 }}
            barProps={{
              cursor: "pointer",
              onClick: (entry: unknown) => {
                const row = (entry as { payload?: Row }).payload;
                if (row) void navigate(row.url);
              },
            }}
          />
          <Table verticalSpacing={3} fz="sm" mt="xs" data-testid="breakdown-rows">
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.url}>
                  <Table.Td>
                    <Anchor component={Link} to={row.url} size="sm" aria-label={t("breakdowns.open", { label: row.label })}>
                      {row.label}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right" w={60}>
                    {formatCount(row.count, lang)}
                  </Table.Td>
                  <Table.Td ta="right" w={60}>
                    <Text size="sm" c="dimmed" span>
                      {formatPercent(received > 0 ? row.count / received : null, lang)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Card>
  );
}

