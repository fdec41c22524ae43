// The shop's service targets: how the acknowledgement clock counts, opening hours, the
// decision and follow-up days, the compensation limit and whose consumer law applies.
// Saving recomputes the due times of every open case.
import { useRef, useState } from "react";
import {
  Alert,
  Anchor,
  Button,
  Card,
  Center,
  Group,
  Loader,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { LIMITS, type ErrorPayload, type ServiceTargets } from "../../../bindings";
import { applyFieldErrors, errorMessage, toErrorPayload } from "../../../bridge/errors";
import { currencySymbol } from "../../../lib/format";
import { focusFirstError, translateProblems } from "../../../lib/formErrors";
import { useShop } from "../../../queries/settings";
import { useSaveServiceTargets, useServiceTargets } from "../../../queries/targets";
import { OpeningHoursFields } from "./OpeningHoursFields";
import {
  JURISDICTIONS,
  TARGET_FIELDS,
  TARGET_FIELD_MAP,
  targetsToValues,
  validateTargets,
  valuesToTargets,
  type TargetValues,
} from "./targetValues";
import { useReportDirty } from "../unsaved";

function SectionTitle({ children }: { children: string }) {
  return (
    <Title order={3} size="h5">
      {children}
    </Title>
  );
}

/** The core's limit check on the compensation carries no number to name; the form's own
 *  money check says it better ("the amount is too large"). */
function withMoneyCodes(err: unknown): ErrorPayload {
  const payload = toErrorPayload(err);
  return {
    ...payload,
    fields: payload.fields.map((f) =>
      f.field === "compensation_limit_minor" && f.code === "out_of_range" ? { ...f, code: "too_large" } : f,
    ),
  };
}

function TargetsForm({ saved }: { saved: ServiceTargets }) {
  const { t, i18n } = useTranslation("settings");
  const lang = i18n.language;
  const shop = useShop();
  const save = useSaveServiceTargets();
  const formRef = useRef<HTMLFormElement>(null);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [savedJurisdiction, setSavedJurisdiction] = useState(saved.jurisdiction);
  const form = useForm<TargetValues>({ mode: "controlled", initialValues: targetsToValues(saved) });
  useReportDirty("targets", form.isDirty() && !saving);
  const decimal = lang === "ru" ? "," : ".";

  const showErrors = (errors: Record<string, string>) => {
    form.setErrors(errors);
    requestAnimationFrame(() => focusFirstError(formRef.current));
  };

  const submit = async (values: TargetValues) => {
    setFailure(null);
    const errors = translateProblems(validateTargets(values), t, lang);
    if (Object.keys(errors).length > 0) return showErrors(errors);
    setSaving(true);
    try {
      const stored = targetsToValues(await save.mutateAsync(valuesToTargets(values)));
      form.setValues(stored);
      form.resetDirty(stored);
      setSavedJurisdiction(stored.jurisdiction);
      notifications.show({ color: "teal", message: t("targets.saved") });
    } catch (err) {
      const unplaced = applyFieldErrors(form, withMoneyCodes(err), t, lang, {
        fieldMap: TARGET_FIELD_MAP,
        knownFields: TARGET_FIELDS,
      });
      setFailure(unplaced.length > 0 || toErrorPayload(err).fields.length === 0 ? errorMessage(t, err) : t("targets.fixFields"));
      requestAnimationFrame(() => focusFirstError(formRef.current));
    } finally {
      setSaving(false);
    }
  };

  const jurisdictionChanged = form.values.jurisdiction !== savedJurisdiction;

  return (
    <form
      ref={formRef}
      noValidate
      data-testid="settings-targets-form"
      onSubmit={form.onSubmit((v) => void submit(v))}
      onKeyDown={getHotkeyHandler([["mod+Enter", () => formRef.current?.requestSubmit()]])}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("targets.intro")}
        </Text>
        <Card>
          <Stack gap="md">
            <SectionTitle>{t("targets.sections.ack")}</SectionTitle>
            <Text size="sm" data-testid="targets-ack-hours">
              {t("targets.ackHours", { count: shop?.ack_target_hours ?? 0 })}{" "}
              <Anchor component={Link} to="/settings?tab=profile" size="sm">
                {t("targets.ackHoursChange")}
              </Anchor>
            </Text>
            <Switch
              label={t("targets.ackBusinessHours")}
              description={t("targets.ackBusinessHoursHint")}
              {...form.getInputProps("ack_business_hours", { type: "checkbox" })}
              data-testid="targets-business-hours"
            />

            <SectionTitle>{t("targets.sections.hours")}</SectionTitle>
            <Text size="sm" c="dimmed" mt={-8}>
              {t("targets.hoursHint")}
            </Text>
            <OpeningHoursFields form={form} />

            <SectionTitle>{t("targets.sections.days")}</SectionTitle>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                name="decision_days"
                label={t("targets.decisionDays")}
                description={t("targets.decisionDaysHint")}
                min={1}
                max={LIMITS.decisionDays}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps("decision_days")}
              />
              <NumberInput
                name="follow_up_days"
                label={t("targets.followUpDays")}
                description={t("targets.followUpDaysHint")}
                min={1}
                max={LIMITS.followUpDays}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps("follow_up_days")}
              />
            </SimpleGrid>

            <SectionTitle>{t("targets.sections.compensation")}</SectionTitle>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                name="compensation_limit"
                label={t("targets.compensationLimit")}
                description={t("targets.compensationLimitHint")}
                placeholder={t("targets.noLimit")}
                rightSection={
                  <Text size="sm" c="dimmed">
                    {currencySymbol(shop?.currency ?? "RUB", lang)}
                  </Text>
                }
                rightSectionPointerEvents="none"
                hideControls
                allowNegative={false}
                decimalScale={2}
                decimalSeparator={decimal}
                allowedDecimalSeparators={lang === "ru" ? [",", "."] : ["."]}
                thousandSeparator={lang === "ru" ? " " : ","}
                inputMode="decimal"
                {...form.getInputProps("compensation_limit")}
              />
            </SimpleGrid>

            <SectionTitle>{t("targets.sections.law")}</SectionTitle>
            <Radio.Group
              name="jurisdiction"
              label={t("targets.jurisdiction")}
              {...form.getInputProps("jurisdiction")}
              data-testid="targets-jurisdiction"
            >
              <Stack gap="sm" mt="xs">
                {JURISDICTIONS.map((code) => (
                  <Radio
                    key={code}
                    value={code}
                    label={t(`targets.law.${code}`)}
                    description={t(`targets.law.${code}Hint`)}
                    data-testid={`targets-jurisdiction-${code}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {jurisdictionChanged && (
              <Alert color="yellow" data-testid="targets-jurisdiction-note">
                {t("targets.jurisdictionChanged")}
              </Alert>
            )}
          </Stack>
        </Card>
        {failure && (
          <Alert color="red" title={t("errors:title")} data-testid="settings-targets-error">
            {failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" size="md" loading={saving} data-testid="targets-save">
            {t("targets.save")}
          </Button>
          <Text size="sm" c="dimmed">
            {t("profile.saveHint")}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

export function TargetsSection() {
  const { t } = useTranslation("settings");
  const targets = useServiceTargets();
  if (targets.isError) {
    return (
      <Alert color="red">
        <Group justify="space-between">
          <Text size="sm">{errorMessage(t, targets.error)}</Text>
          <Button size="xs" variant="light" color="red" onClick={() => void targets.refetch()}>
            {t("common:actions.retry")}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (!targets.data) {
    return (
      <Center py="xl">
        <Loader aria-label={t("common:loading")} />
      </Center>
    );
  }
  // Mounted once with what was loaded: a refetch must not wipe what is being typed.
  return <TargetsForm saved={targets.data} />;
}
