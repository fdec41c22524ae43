// The compensation ledger of a case: what the customer is offered for the trouble, its
// value, how to use it, until when, and whether they used it. Above the shop's limit the
// core asks for a second look; the owner may then give it anyway (recorded).
import { useState } from "react";
import { Alert, Button, Card, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, Title } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { ItemActions } from "./ItemActions";
import { useTranslation } from "react-i18next";
import { COMPENSATION_KINDS, LIMITS, type CaseChecklist, type CompensationInput, type CompensationItem, type CompensationKind } from "../../../../bindings";
import { checklistApi, checklistErrorMessage } from "../../../../bridge/checklist";
import { applyFieldErrors, toErrorPayload } from "../../../../bridge/errors";
import { formatDate, formatDateTime, formatMoney, currencySymbol } from "../../../../lib/format";
import { priceToInput } from "../../../../lib/validate";
import { useChecklistMutation } from "../../../../queries/checklist";
import { useCaseDesk } from "./context";

interface CompensationValues {
  kind: CompensationKind | null;
  value: number | string;
  how_to_use: string;
  voucher_code: string;
  valid_until: string | null;
}

const FIELDS = ["kind", "value", "how_to_use", "voucher_code", "valid_until"];

function toValues(item: CompensationItem | null): CompensationValues {
  if (!item) return { kind: null, value: "", how_to_use: "", voucher_code: "", valid_until: null };
  return {
    kind: item.kind,
    value: item.value_minor / 100,
    how_to_use: item.how_to_use ?? "",
    voucher_code: item.voucher_code ?? "",
    valid_until: item.valid_until,
  };
}

export function toCompensationInput(values: CompensationValues, acceptWarnings: boolean): CompensationInput {
  return {
    kind: (values.kind ?? "") as CompensationKind,
    value: priceToInput(values.value) ?? "",
    how_to_use: values.how_to_use.trim() || null,
    voucher_code: values.voucher_code.trim() || null,
    valid_until: values.valid_until ? values.valid_until.slice(0, 10) : null,
    accept_warnings: acceptWarnings,
  };
}

function CompensationModal({ item, opened, onClose }: { item: CompensationItem | null; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation("checklist");
  const lang = i18n.language;
  const { caseId, actorId, currency } = useCaseDesk();
  const form = useForm<CompensationValues>({ mode: "controlled", initialValues: toValues(item) });
  const [overLimit, setOverLimit] = useState(false);
  const [accept, setAccept] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const save = useChecklistMutation(caseId, (input: CompensationInput) =>
    item ? checklistApi.updateCompensation(item.id, input, actorId) : checklistApi.addCompensation(caseId, input, actorId),
  );

  const submit = async (values: CompensationValues) => {
    setFailure(null);
    if (!values.kind) {
      form.setFieldError("kind", t("errors:field.required"));
      return;
    }
    try {
      await save.mutateAsync(toCompensationInput(values, overLimit && accept));
      onClose();
    } catch (err) {
      const payload = toErrorPayload(err);
      const over = payload.fields.some((f) => f.field === "value" && f.code === "over_limit");
      setOverLimit(over);
      if (!over) setAccept(false);
      const unplaced = applyFieldErrors(form, err, t, lang, { knownFields: FIELDS });
      if (unplaced.length > 0 || payload.fields.length === 0) setFailure(checklistErrorMessage(t, err));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={item ? t("compensation.editTitle") : t("compensation.addTitle")} size="lg" centered>
      <form noValidate onSubmit={form.onSubmit((v) => void submit(v))} data-testid="compensation-form">
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <Select
              label={t("compensation.kind")}
              required
              data-autofocus
              data={COMPENSATION_KINDS.map((k) => ({ value: k, label: t(`compensation.kinds.${k}`) }))}
              allowDeselect={false}
              data-testid="compensation-kind"
              {...form.getInputProps("kind")}
            />
            <NumberInput
              label={t("compensation.value")}
              required
              name="value"
              hideControls
              allowNegative={false}
              decimalScale={2}
              decimalSeparator={lang === "ru" ? "," : "."}
              allowedDecimalSeparators={lang === "ru" ? [",", "."] : ["."]}
              thousandSeparator={lang === "ru" ? " " : ","}
              rightSection={<Text size="sm" c="dimmed">{currencySymbol(currency, lang)}</Text>}
              rightSectionPointerEvents="none"
              data-testid="compensation-value"
              {...form.getInputProps("value")}
            />
          </SimpleGrid>
          {overLimit && (
            <Checkbox
              color="orange"
              label={t("compensation.acceptOverLimit")}
              checked={accept}
              onChange={(e) => setAccept(e.currentTarget.checked)}
              data-testid="compensation-accept"
            />
          )}
          <Textarea
            label={t("compensation.how_to_use")}
            placeholder={t("compensation.howToUsePlaceholder")}
            autosize
            minRows={2}
            maxLength={LIMITS.howToUse}
            name="how_to_use"
            {...form.getInputProps("how_to_use")}
          />
          <SimpleGrid cols={2}>
            <TextInput label={t("compensation.voucher_code")} maxLength={LIMITS.voucherCode} name="voucher_code" {...form.getInputProps("voucher_code")} />
            <DatePickerInput
              label={t("compensation.valid_until")}
              clearable
              valueFormat="D MMMM YYYY"
              minDate={new Date()}
              {...form.getInputProps("valid_until")}
            />
          </SimpleGrid>
          {failure && <Alert color="red">{failure}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={overLimit && !accept} data-testid="compensation-save">
              {t("common:actions.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function CompensationRow({ item, onEdit }: { item: CompensationItem; onEdit: () => void }) {
  const { t, i18n } = useTranslation("checklist");
  const lang = i18n.language;
  const { caseId, actorId, currency, zone, askReason } = useCaseDesk();
  const [failure, setFailure] = useState<string | null>(null);
  const redeem = useChecklistMutation(caseId, (redeemed: boolean) => checklistApi.setCompensationRedeemed(item.id, redeemed, actorId));
  const remove = useChecklistMutation(caseId, (reason: string) => checklistApi.removeCompensation(item.id, reason, actorId));
  const kind = t(`compensation.kinds.${item.kind}`);
  const details = [
    item.voucher_code && t("compensation.code", { code: item.voucher_code }),
    item.valid_until && t("compensation.until", { date: formatDate(item.valid_until, lang) }),
  ].filter(Boolean);

  return (
    <Stack gap={4} py="xs" data-testid="compensation-item" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {kind} · {formatMoney(item.value_minor, currency, lang)}
          </Text>
          {details.length > 0 && (
            <Text size="xs" c="dimmed">
              {details.join(" · ")}
            </Text>
          )}
          {item.how_to_use && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {item.how_to_use}
            </Text>
          )}
        </Stack>
        <ItemActions
          onEdit={onEdit}
          onRemove={() =>
            askReason({
              title: t("compensation.removeTitle"),
              text: `${kind} · ${formatMoney(item.value_minor, currency, lang)}`,
              confirm: t("actions.remove"),
              danger: true,
              run: (reason) => remove.mutateAsync(reason),
            })
          }
        />
      </Group>
      <Switch
        size="xs"
        label={item.redeemed_at ? t("compensation.redeemedAt", { when: formatDateTime(item.redeemed_at, lang, zone) }) : t("compensation.redeemed")}
        checked={item.redeemed_at !== null}
        disabled={redeem.isPending}
        onChange={(e) => {
          setFailure(null);
          redeem.mutateAsync(e.currentTarget.checked).catch((err: unknown) => setFailure(checklistErrorMessage(t, err)));
        }}
      />
      {failure && (
        <Text size="xs" c="red">
          {failure}
        </Text>
      )}
    </Stack>
  );
}

export function CompensationSection({ checklist }: { checklist: CaseChecklist }) {
  const { t, i18n } = useTranslation("checklist");
  const { currency } = useCaseDesk();
  const [editing, setEditing] = useState<{ item: CompensationItem | null; key: number } | null>(null);
  const total = formatMoney(checklist.compensation_total_minor, currency, i18n.language);
  const limit = checklist.compensation_limit_minor;

  return (
    <Card data-testid="compensation">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t("compensation.title")}
        </Title>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ item: null, key: Date.now() })} data-testid="compensation-add">
          {t("compensation.add")}
        </Button>
      </Group>
      {checklist.compensation.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("compensation.empty")}
        </Text>
      ) : (
        <>
          {checklist.compensation.map((item) => (
            <CompensationRow key={item.id} item={item} onEdit={() => setEditing({ item, key: Date.now() })} />
          ))}
          <Group justify="space-between" pt="xs" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
            <Text size="sm" fw={600}>
              {t("compensation.total")}
            </Text>
            <Text size="sm" fw={700} data-testid="compensation-total">
              {total}
            </Text>
          </Group>
        </>
      )}
      {limit !== null && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("compensation.limit", { amount: formatMoney(limit, currency, i18n.language) })}
        </Text>
      )}
      {editing && <CompensationModal key={editing.key} item={editing.item} opened onClose={() => setEditing(null)} />}
    </Card>
  );
}
