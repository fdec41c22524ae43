// Cases received and closed in each of the 12 months ending with the chosen one.
import { Card, Title } from "@mantine/core";
import { BarChart } from "@mantine/charts";
import { useTranslation } from "react-i18next";
import type { TrendPoint } from "../../bindings";
import { formatMonth } from "../../lib/format";
import { formatMonthTick } from "./reviewFormat";

export function TrendCard({ trend }: { trend: TrendPoint[] }) {
  const { t, i18n } = useTranslation("review");
  const lang = i18n.language;
  const data = trend.map((p) => ({ month: formatMonthTick(p.month, lang), full: formatMonth(p.month, lang), received: p.received, closed: p.closed }));
  return (
    <Card withBorder padding="md" data-testid="trend">
      <Title order={3} size="h5" mb="sm">
        {t("trend.title")}
      </Title>
      <BarChart
        h={240}
        data={data}
        dataKey="month"
        withLegend
        legendProps={{ verticalAlign: "top", height: 36 }}
        gridAxis="y"
        maxBarWidth={18}
        series={[
          { name: "received", label: t("trend.received"), color: "blue.5" },
          { name: "closed", label: t("trend.closed"), color: "teal.5" },
        ]}
        tooltipProps={{ labelFormatter: (_label: unknown, payload: readonly { payload?: { full?: string } }[]) => payload?.[0]?.payload?.full ?? "" }}
      />
    </Card>
  );
}
