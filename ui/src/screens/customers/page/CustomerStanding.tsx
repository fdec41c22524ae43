// The customer's history in numbers: cases, compensation given, and whether they complain
// repeatedly (computed by the core; the rule is spelled out so the badge is not a mystery).
import { Card, DataList, Group, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CustomerPage } from "../../../bindings";
import { formatMoney } from "../../../lib/format";
import { RepeatBadge } from "../RepeatBadge";

export function CustomerStanding({ page }: { page: CustomerPage }) {
  const { t, i18n } = useTranslation("customers");
  return (
    <Card data-testid="customer-standing">
      <Title order={3} size="h5" mb="sm">
        {t("page.history")}
      </Title>
      <DataList labelWidth={170}>
        <DataList.Item>
          <DataList.ItemLabel>{t("page.cases")}</DataList.ItemLabel>
          <DataList.ItemValue data-testid="customer-case-count">
            {t("caseCount", { count: page.cases.length })}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t("page.compensation")}</DataList.ItemLabel>
          <DataList.ItemValue data-testid="customer-compensation">
            {formatMoney(page.compensation_total_minor, page.currency, i18n.language)}
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
      <Group gap="xs" mt="md" wrap="nowrap" align="flex-start">
        {page.repeat_complainant ? <RepeatBadge /> : null}
        <Text size="sm" c="dimmed" data-testid="repeat-rule">
          {page.repeat_complainant ? t("repeat.rule") : t("repeat.notRepeat")}
        </Text>
      </Group>
    </Card>
  );
}
