// Today: everything due by the end of the shop's day or already overdue, across all cases,
// most urgent first; then the corrective actions due. Refetched every minute, so a case
// turns overdue on screen when its time passes.
import type { ReactNode } from "react";
import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../bridge/errors";
import { PageHeader } from "../../components/PageHeader";
import { localeTag } from "../../lib/format";
import { useShop } from "../../queries/settings";
import { useToday } from "../../queries/today";
import { CorrectiveTable } from "../improvements/CorrectiveTable";
import { DueTable } from "./DueTable";
import { TodayEmpty } from "./TodayEmpty";
import { useNow } from "./useNow";

function Section({ title, color, testId, children }: { title: string; color?: string; testId: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" data-testid={testId} aria-label={title}>
      <Title order={3} size="h5" c={color}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** "среда, 25 ноября" in the shop's zone. */
function longDate(now: Date, lang: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };
  let text: string;
  try {
    text = new Intl.DateTimeFormat(localeTag(lang), { ...options, timeZone }).format(now);
  } catch {
    text = new Intl.DateTimeFormat(localeTag(lang), options).format(now);
  }
  return text.charAt(0).toLocaleUpperCase(localeTag(lang)) + text.slice(1);
}

export function TodayScreen() {
  const { t, i18n } = useTranslation("today");
  const shop = useShop();
  const today = useToday();
  const now = useNow();

  const items = today.data?.items ?? [];
  const corrective = today.data?.corrective ?? [];
  const late = items.filter((i) => i.overdue);
  const later = items.filter((i) => !i.overdue);
  const nothing = today.isSuccess && items.length === 0 && corrective.length === 0;
  const hidden = (today.data?.total ?? 0) - items.length;

  return (
    <Stack gap="lg" data-testid="today">
      <div>
        <PageHeader title={t("title")} />
        <Text c="dimmed" size="sm" mt={-12} data-testid="today-summary">
          {longDate(now, i18n.language, shop?.time_zone)}
          {today.isSuccess && items.length > 0 && (
            <>
              {" · "}
              {late.length > 0 && t("summary.overdue", { count: late.length })}
              {late.length > 0 && later.length > 0 && ", "}
              {later.length > 0 && t("summary.later", { count: later.length })}
            </>
          )}
        </Text>
      </div>

      {today.isError && (
        <Alert color="red">
          <Group justify="space-between">
            <Text size="sm">{errorMessage(t, today.error)}</Text>
            <Button size="xs" variant="light" color="red" onClick={() => void today.refetch()}>
              {t("common:actions.retry")}
            </Button>
          </Group>
        </Alert>
      )}
      {today.isPending && (
        <Center py="xl">
          <Loader aria-label={t("common:loading")} />
        </Center>
      )}

      {nothing && <TodayEmpty />}

      {late.length > 0 && (
        <Section title={t("sections.overdue", { count: late.length })} color="red" testId="today-overdue">
          <DueTable items={late} now={now} testId="today-overdue-table" />
        </Section>
      )}
      {later.length > 0 && (
        <Section title={t("sections.later", { count: later.length })} testId="today-later">
          <DueTable items={later} now={now} testId="today-later-table" />
        </Section>
      )}
      {today.isSuccess && items.length === 0 && corrective.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="today-no-cases">
          {t("noCasesDue")}
        </Text>
      )}
      {hidden > 0 && (
        <Text size="sm" c="dimmed" data-testid="today-more">
          {t("more", { count: hidden })}{" "}
          <Anchor component={Link} to="/cases?overdue=1" size="sm">
            {t("moreLink")}
          </Anchor>
        </Text>
      )}

      {corrective.length > 0 && (
        <Section title={t("sections.corrective", { count: corrective.length })} testId="today-corrective">
          <CorrectiveTable items={corrective} testId="today-corrective-table" />
          <Anchor component={Link} to="/improvements" size="sm">
            {t("allImprovements")}
          </Anchor>
        </Section>
      )}
    </Stack>
  );
}
