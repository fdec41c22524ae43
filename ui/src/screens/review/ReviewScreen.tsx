// The monthly review: one month's headline figures against the month before and the same
// month a year earlier, a 12-month trend and breakdowns whose bars open exactly those cases.
// The month lives in the address (?month=YYYY-MM), so coming back from a drill-down returns
// to the same month; without it the core picks the last full month.
// The charts' styles come with the rest of the styles (styles/restSheet.ts), which lazy
// screens wait for.
import { Alert, Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { MonthPickerInput } from "@mantine/dates";
import { IconCalendarMonth } from "@tabler/icons-react";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { MonthReview } from "../../bindings";
import { errorMessage } from "../../bridge/errors";
import { PageHeader } from "../../components/PageHeader";
import { monthOf } from "../../lib/dates";
import { useMonthReview } from "../../queries/review";
import { useShop } from "../../queries/settings";
import { BreakdownCard } from "./BreakdownCard";
import { BREAKDOWN_KEYS } from "./breakdowns";
import { CompensationCard } from "./CompensationCard";
import { ExportCsvButton } from "./ExportCsvButton";
import { FigureCard } from "./FigureCard";
import { FIGURE_GROUPS, type FigureContext } from "./figures";
import { ReportPdfAction } from "./ReportPdfAction";
import { TrendCard } from "./TrendCard";

function thisMonthStart(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-01`;
}

function Figures({ review, ctx }: { review: MonthReview; ctx: FigureContext }) {
  const { t } = useTranslation("review");
  return (
    <Stack gap="lg">
      {FIGURE_GROUPS.map((group) => (
        <section key={group.key} aria-labelledby={`review-group-${group.key}`}>
          <Title order={3} size="h6" c="dimmed" tt="uppercase" fw={600} mb="xs" id={`review-group-${group.key}`}>
            {t(`groups.${group.key}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
            {group.figures.map((spec) => (
              <FigureCard key={spec.key} spec={spec} review={review} ctx={ctx} />
            ))}
          </SimpleGrid>
        </section>
      ))}
    </Stack>
  );
}

export function ReviewScreen() {
  const { t, i18n } = useTranslation("review");
  const [params, setParams] = useSearchParams();
  const asked = monthOf(params.get("month"));
  const query = useMonthReview(asked);
  const review = query.data;
  const shop = useShop();
  const ctx: FigureContext = { t, lang: i18n.language, currency: shop?.currency ?? "RUB" };
  const month = review?.month ?? asked;

  return (
    <Stack gap="md" data-testid="review">
      <PageHeader title={t("title")}>
        <MonthPickerInput
          aria-label={t("month")}
          leftSection={<IconCalendarMonth size={16} stroke={1.6} />}
          w={200}
          maxDate={thisMonthStart()}
          value={month ? `${month}-01` : null}
          onChange={(value) => {
            const picked = monthOf(value);
            if (picked) setParams({ month: picked }, { replace: true });
          }}
          data-testid="review-month"
        />
        {month && <ExportCsvButton month={month} />}
        {month && <ReportPdfAction month={month} />}
      </PageHeader>
      <Text size="sm" c="dimmed" maw={760} mt={-12}>
        {t("intro")}
      </Text>

      {query.isError && (
        <Alert color="red" title={t("loadFailed")}>
          <Group justify="space-between">
            <Text size="sm">{errorMessage(t, query.error)}</Text>
            <Button size="xs" variant="light" color="red" onClick={() => void query.refetch()}>
              {t("common:actions.retry")}
            </Button>
          </Group>
        </Alert>
      )}
      {query.isPending && (
        <Center py="xl">
          <Loader aria-label={t("common:loading")} />
        </Center>
      )}
      {review && (
        <Stack gap="xl" style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: "opacity 150ms" }}>
          {review.received === 0 && (
            <Alert color="gray" variant="light" data-testid="review-empty-month">
              {t("emptyMonth")}
            </Alert>
          )}
          <Figures review={review} ctx={ctx} />
          <TrendCard trend={review.trend} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {BREAKDOWN_KEYS.map((kind) => (
              <BreakdownCard key={kind} kind={kind} bars={review.breakdowns[kind]} month={review.month} received={review.received} />
            ))}
            <CompensationCard kinds={review.compensation_by_kind} currency={ctx.currency} />
          </SimpleGrid>
        </Stack>
      )}
    </Stack>
  );
}
