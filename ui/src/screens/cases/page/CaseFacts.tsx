// Everything recorded about a case, grouped as the owner thinks about it.
import { Anchor, Badge, Blockquote, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { CaseView } from "../../../bindings";
import { OverdueBadge } from "../../../components/OverdueBadge";
import { categoryLabel, formatAge, formatDate, formatDateTime, formatMoney } from "../../../lib/format";
import { useShop } from "../../../queries/settings";
import { Fact } from "./Fact";

export function CaseFacts({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation("cases");
  const lang = i18n.language;
  const zone = useShop()?.time_zone;
  const contacts = [view.customer.phone, view.customer.email].filter(Boolean).join(" · ");

  return (
    <Stack gap="md">
      <Card>
        <Title order={3} size="h5" mb="md">
          {t("page.sections.purchase")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md">
          <Fact label={t("page.customer")}>
            <Stack gap={2}>
              <Group gap="xs">
                <Anchor component={Link} to={`/customers/${view.customer.id}`} fw={600} data-testid="case-customer">
                  {view.customer.display_name}
                </Anchor>
                {view.customer.repeat_complainant && (
                  <Badge size="sm" color="orange">
                    {t("form.repeat")}
                  </Badge>
                )}
              </Group>
              {contacts && (
                <Text size="sm" c="dimmed">
                  {contacts}
                </Text>
              )}
            </Stack>
          </Fact>
          <Fact label={t("page.received")}>
            {`${formatDateTime(view.received_at, lang, zone)} · ${formatAge(view.received_at, t)}`}
          </Fact>
          <Fact label={t("page.channel")}>{t(`common:channel.${view.channel}`)}</Fact>
          <Fact label={t("page.product")}>{view.product}</Fact>
          <Fact label={t("page.order_no")}>{view.order_no}</Fact>
          <Fact label={t("page.purchase_date")}>{view.purchase_date && formatDate(view.purchase_date, lang)}</Fact>
          <Fact label={t("page.price")}>
            {view.price_minor !== null && formatMoney(view.price_minor, view.currency, lang)}
          </Fact>
        </SimpleGrid>
      </Card>

      <Card>
        <Title order={3} size="h5" mb="md">
          {t("page.sections.complaint")}
        </Title>
        <Stack gap="md">
          <Fact label={t("page.category")}>{categoryLabel(view.category, t)}</Fact>
          <Fact label={t("page.complaint")}>
            <Blockquote p="sm" mt={4} data-testid="case-complaint" style={{ whiteSpace: "pre-wrap" }}>
              {view.complaint}
            </Blockquote>
          </Fact>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <Fact label={t("page.demand")}>{t(`common:demand.${view.demand}`)}</Fact>
            <Fact label={t("page.demand_note")}>{view.demand_note}</Fact>
            <Fact label={t("page.demand_date")}>{formatDate(view.demand_date, lang)}</Fact>
          </SimpleGrid>
          <Fact label={t("page.mood")}>{t(`common:mood.${view.mood}`)}</Fact>
        </Stack>
      </Card>

      <Card>
        <Title order={3} size="h5" mb="md">
          {t("page.sections.people")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Fact label={t("page.staff_involved")}>{view.staff_involved?.name}</Fact>
          <Fact label={t("page.handler")}>{view.handler?.name}</Fact>
          <Fact label={t("page.due")}>
            {view.due_at && (
              <Group gap="xs">
                <Text>{formatDateTime(view.due_at, lang, zone)}</Text>
                {view.overdue && <OverdueBadge />}
              </Group>
            )}
          </Fact>
        </SimpleGrid>
      </Card>
    </Stack>
  );
}
