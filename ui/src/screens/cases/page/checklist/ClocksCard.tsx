// The two clocks of a case: the shop's own next deadline and the legal term with its
// days left (or days late and the penalty accrued). The owner may pick another legal rule.
import { useState } from "react";
import { Alert, Badge, Card, Group, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconClock, IconScale } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CaseChecklist, LegalClock } from "../../../../bindings";
import { checklistApi, checklistErrorMessage } from "../../../../bridge/checklist";
import { formatDate, formatDateTime, formatMoney } from "../../../../lib/format";
import { useChecklistMutation } from "../../../../queries/checklist";
import { Fact } from "../Fact";
import { useCaseDesk } from "./context";
import { stepName } from "./labels";

const NONE = "none";

function LegalState({ legal }: { legal: LegalClock }) {
  const { t, i18n } = useTranslation("checklist");
  const { currency } = useCaseDesk();
  const penalty =
    legal.penalty_minor !== null && legal.penalty_minor > 0 ? formatMoney(legal.penalty_minor, currency, i18n.language) : null;
  if (legal.kept !== null) {
    return (
      <Stack gap={2} data-testid="legal-state">
        <Group gap="xs">
          <Badge color={legal.kept ? "teal" : "red"} variant="light">
            {legal.kept ? t("clocks.kept") : t("clocks.missed")}
          </Badge>
          {!legal.kept && <Text size="sm">{t("clocks.daysLate", { count: legal.days_late })}</Text>}
        </Group>
        {!legal.kept && penalty && <Text size="sm" c="red">{t("clocks.penalty", { amount: penalty })}</Text>}
      </Stack>
    );
  }
  if (legal.overdue) {
    return (
      <Stack gap={2} data-testid="legal-state">
        <Text fw={700} c="red">
          {t("clocks.overdueBy", { count: legal.days_late })}
        </Text>
        {penalty && (
          <Text size="sm" c="red">
            {t("clocks.penalty", { amount: penalty })}
            {legal.rule.penalty_article ? ` (${legal.rule.penalty_article})` : ""}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Text fw={700} c={legal.days_left <= 2 ? "orange.8" : undefined} data-testid="legal-state">
      {legal.days_left === 0 ? t("clocks.lastDay") : t("clocks.daysLeft", { count: legal.days_left })}
    </Text>
  );
}

export function ClocksCard({ checklist }: { checklist: CaseChecklist }) {
  const { t, i18n } = useTranslation("checklist");
  const lang = i18n.language;
  const { caseId, actorId, zone } = useCaseDesk();
  const [failure, setFailure] = useState<string | null>(null);
  const setRule = useChecklistMutation(caseId, (ruleId: string | null) => checklistApi.setLegalRule(caseId, ruleId, actorId));
  const { shop, legal, promised_decision_at } = checklist.clocks;

  const ruleValue = legal?.rule.id ?? (checklist.legal_rule_id || NONE);
  const ruleOptions = [
    ...checklist.legal_rule_choices.map((r) => ({
      value: r.id,
      label: t("clocks.ruleOption", { title: r.title, article: r.article, count: r.days }),
    })),
    { value: NONE, label: t("clocks.noRule") },
  ];
  const version = legal?.rule.rules_version ?? checklist.legal_rule_choices[0]?.rules_version;

  const changeRule = async (value: string | null) => {
    if (!value || value === ruleValue) return;
    setFailure(null);
    try {
      await setRule.mutateAsync(value === NONE ? null : value);
    } catch (err) {
      setFailure(checklistErrorMessage(t, err));
    }
  };

  return (
    <Card data-testid="clocks">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xl">
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <IconClock size={20} style={{ marginTop: 2, flexShrink: 0 }} />
          <Stack gap="xs">
            <Fact label={t("clocks.shopTitle")}>
              {shop ? (
                <Stack gap={0} data-testid="shop-clock">
                  <Text fw={700} c={shop.overdue ? "red" : undefined}>
                    {stepName(t, shop.step)}
                    {" — "}
                    {t(shop.overdue ? "clocks.wasDue" : "clocks.dueBy", { when: formatDateTime(shop.due_at, lang, zone) })}
                  </Text>
                  {shop.overdue && (
                    <Text size="sm" c="red">
                      {t("clocks.shopOverdue")}
                    </Text>
                  )}
                </Stack>
              ) : (
                <Text c="dimmed" data-testid="shop-clock">
                  {t("clocks.nothingDue")}
                </Text>
              )}
            </Fact>
            {promised_decision_at && (
              <Text size="sm" c="dimmed">
                {t("clocks.promised", { when: formatDateTime(promised_decision_at, lang, zone) })}
              </Text>
            )}
          </Stack>
        </Group>

        <Group align="flex-start" gap="sm" wrap="nowrap">
          <IconScale size={20} style={{ marginTop: 2, flexShrink: 0 }} />
          <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
            <Fact label={t("clocks.legalTitle")}>
              {legal ? (
                <Stack gap={4} data-testid="legal-clock">
                  <Text size="sm">
                    {legal.rule.title} · {legal.rule.article}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {legal.rule.law}
                  </Text>
                  <Text size="sm">{t("clocks.deadline", { date: formatDate(legal.deadline, lang) })}</Text>
                  <LegalState legal={legal} />
                </Stack>
              ) : (
                <Text c="dimmed" data-testid="legal-clock">
                  {t("clocks.noLegal")}
                </Text>
              )}
            </Fact>
          </Stack>
        </Group>

        <Stack gap="xs">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: "0.03em" }}>
            {t("clocks.ruleLabel")}
          </Text>
          {(checklist.legal_rule_choices.length > 0 || legal) && (
            <Select
              aria-label={t("clocks.ruleLabel")}
              size="xs"
              data={ruleOptions}
              value={ruleValue}
              onChange={(v) => void changeRule(v)}
              allowDeselect={false}
              disabled={setRule.isPending}
              data-testid="legal-rule"
              comboboxProps={{ width: 460, position: "bottom-end" }}
            />
          )}
          {failure && (
            <Alert color="red" p="xs">
              {failure}
            </Alert>
          )}
          {version && (
            <Text size="xs" c="dimmed">
              {t("clocks.rulesVersion", { version })}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
