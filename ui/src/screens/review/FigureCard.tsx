// One headline figure: its value, what it counts, and how it moved against the month before
// and the same month a year earlier. Green or red only where "better" is clear.
import { ActionIcon, Card, Group, Stack, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { IconArrowDownRight, IconArrowUpRight, IconInfoCircle, IconMinus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { MonthFigures } from "../../bindings";
import { compare, type ChangeTone, type FigureContext, type FigureSpec } from "./figures";
import { formatMonth } from "../../lib/format";
import { DASH, formatMonthShort } from "./reviewFormat";

const TONE_COLOR: Record<ChangeTone, string> = {
  better: "teal.7",
  worse: "red.7",
  neutral: "dimmed",
  same: "dimmed",
  unknown: "dimmed",
};

function ChangeLine({
  spec,
  now,
  then,
  which,
  ctx,
}: {
  spec: FigureSpec;
  now: MonthFigures;
  then: MonthFigures;
  which: "previous" | "yearAgo";
  ctx: FigureContext;
}) {
  const { t } = useTranslation("review");
  const { tone, diff } = compare(spec, now, then);
  const color = TONE_COLOR[tone];
  const Arrow = diff === null || diff === 0 ? IconMinus : diff > 0 ? IconArrowUpRight : IconArrowDownRight;
  const text = diff === null ? DASH : diff === 0 ? t("change.same") : spec.change(diff, ctx);
  const was = spec.show(spec.value(then), ctx);
  const monthName = formatMonthShort(then.month, now.month, ctx.lang);
  return (
    <Group
      gap={4}
      wrap="nowrap"
      data-testid={`change-${which}`}
      data-tone={tone}
      title={`${t(`change.${which}`)} (${formatMonth(then.month, ctx.lang)}): ${t("change.was", { value: was })}`}
    >
      <Arrow size={14} stroke={1.8} color={color === "dimmed" ? "var(--mantine-color-dimmed)" : `var(--mantine-color-${color.replace(".", "-")})`} aria-hidden />
      <Text size="xs" c={color} fw={tone === "better" || tone === "worse" ? 600 : 400} span style={{ whiteSpace: "nowrap" }}>
        {text}
        {(tone === "better" || tone === "worse") && <VisuallyHidden> ({t(`change.${tone}`)})</VisuallyHidden>}
      </Text>
      <Text size="xs" c="dimmed" span truncate>
        <VisuallyHidden>{t(`change.${which}`)}, </VisuallyHidden>
        {monthName}: {was}
      </Text>
    </Group>
  );
}

export function FigureCard({ spec, review, ctx }: { spec: FigureSpec; review: MonthFigures & { previous: MonthFigures; year_ago: MonthFigures }; ctx: FigureContext }) {
  const { t } = useTranslation("review");
  const title = t(`figures.${spec.key}.title`);
  const value = spec.show(spec.value(review), ctx);
  return (
    <Card withBorder padding="md" data-testid={`figure-${spec.key}`}>
      <Stack gap={6} h="100%">
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Text size="sm" c="dimmed" fw={500} lh={1.3} mih={36}>
            {title}
          </Text>
          <Tooltip label={t(`figures.${spec.key}.info`)} multiline w={260} withArrow events={{ hover: true, focus: true, touch: true }}>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t("info", { title })}>
              <IconInfoCircle size={16} stroke={1.6} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Text fz={value.length > 11 ? 21 : 26} fw={600} lh={1.1} data-testid="figure-value">
          {value}
        </Text>
        <Text size="xs" c="dimmed" data-testid="figure-detail" mih={18}>
          {spec.detail?.(review, ctx) ?? "\u00a0"}
        </Text>
        <Stack gap={2} mt="auto">
          <ChangeLine spec={spec} now={review} then={review.previous} which="previous" ctx={ctx} />
          <ChangeLine spec={spec} now={review} then={review.year_ago} which="yearAgo" ctx={ctx} />
        </Stack>
      </Stack>
    </Card>
  );
}
