// The intake form, for a new case and for editing one. Built for speed: the customer field
// has the focus, everything else has a sensible default, Ctrl+Enter saves. Every problem is
// shown next to its field in the user's language; a failed save keeps everything typed.
import { useRef, useState } from "react";
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { DatePickerInput, DateTimePicker } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { IconArrowBackUp, IconUserPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import {
  CHANNELS,
  DEMANDS,
  LIMITS,
  MOODS,
  type CaseInput,
  type CaseView,
  type CategoryRef,
  type Channel,
  type CustomerSummary,
  type Demand,
  type Mood,
  type StaffRef,
} from "../../../bindings";
import { applyFieldErrors, errorMessage, fieldMessage, toErrorPayload } from "../../../bridge/errors";
import { useUnsavedGuard } from "../../../components/useUnsavedGuard";
import { todayIn } from "../../../lib/dates";
import { currencySymbol } from "../../../lib/format";
import { focusFirstError, translateProblems } from "../../../lib/formErrors";
import { useShop } from "../../../queries/settings";
import { customerFromSearch, toCaseInput, type CaseFormValues } from "./caseFormValues";
import { CustomerPicker } from "./CustomerPicker";
import { NewCustomerFields } from "./NewCustomerFields";
import { useCategoryOptions, useStaffOptions } from "./referenceOptions";
import { CASE_FIELD_MAP, CASE_FORM_FIELDS, validateCase } from "./validateCase";

export interface CaseFormProps {
  initialValues: CaseFormValues;
  /** The customer already on the case (editing), shown in the picker. */
  initialCustomer?: CustomerSummary | null;
  /** What the case already refers to, kept selectable even if archived or former. */
  keepCategory?: CategoryRef | null;
  keepStaff?: (StaffRef | null)[];
  submitLabel: string;
  save: (input: CaseInput) => Promise<CaseView>;
  onSaved: (view: CaseView) => void;
}

const MOOD_COLORS: Record<Mood, string> = { calm: "teal", upset: "orange", furious: "red" };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

export function CaseForm(props: CaseFormProps) {
  const { initialValues, initialCustomer = null, keepCategory = null, keepStaff = [], submitLabel, save, onSaved } = props;
  const { t, i18n } = useTranslation("cases");
  const lang = i18n.language;
  const shop = useShop();
  const formRef = useRef<HTMLFormElement>(null);
  const pickerText = useRef("");
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ message: string; extra: string[] } | null>(null);
  // The core warned that the handler is the staff member involved: the owner may override.
  const [handlerConflict, setHandlerConflict] = useState(false);

  const form = useForm<CaseFormValues>({ mode: "controlled", initialValues });
  const values = form.getValues();
  const guard = useUnsavedGuard(form.isDirty() && !saving);
  const categories = useCategoryOptions(keepCategory);
  const staff = useStaffOptions(keepStaff);

  const today = todayIn(shop?.time_zone);
  const decimal = lang === "ru" ? "," : ".";

  const showErrors = (errors: Record<string, string>) => {
    form.setErrors(errors);
    // Mantine marks invalid inputs on the next render; move the focus after it.
    requestAnimationFrame(() => focusFirstError(formRef.current));
  };

  const submit = async (current: CaseFormValues) => {
    setFailure(null);
    const errors = translateProblems(validateCase(current, today), t, lang);
    if (Object.keys(errors).length > 0) return showErrors(errors);
    setSaving(true);
    try {
      const view = await save(toCaseInput(current));
      guard.allowLeave();
      onSaved(view);
    } catch (err) {
      const conflict = toErrorPayload(err).fields.some((f) => f.field === "handler_id" && f.code === "same_as_staff_involved");
      if (conflict) setHandlerConflict(true);
      const unplaced = applyFieldErrors(form, err, t, lang, {
        fieldMap: CASE_FIELD_MAP,
        knownFields: CASE_FORM_FIELDS,
      });
      setFailure({
        message: errorMessage(t, err),
        extra: unplaced.map((f) => fieldMessage(t, lang, f)),
      });
      requestAnimationFrame(() => focusFirstError(formRef.current));
    } finally {
      setSaving(false);
    }
  };

  const startNewCustomer = () => {
    const current = form.getValues();
    // Start from what was typed in the search, unless it is the name of a customer picked.
    const typed = current.customer_id ? "" : pickerText.current;
    form.setValues({
      customer_mode: "new",
      customer_id: null,
      customer: customerFromSearch(typed, current.customer),
    });
    form.clearFieldError("customer_id");
  };

  return (
    <form
      ref={formRef}
      data-testid="case-form"
      noValidate
      onSubmit={form.onSubmit((v) => void submit(v))}
      onKeyDown={getHotkeyHandler([["mod+Enter", () => formRef.current?.requestSubmit()]])}
    >
      {guard.modal}
      <Stack gap="md" maw={960}>
        <Section title={t("form.sections.customer")}>
          {values.customer_mode === "existing" ? (
            <Group align="flex-start" gap="sm" wrap="nowrap">
              <div style={{ flex: 1 }}>
                <CustomerPicker
                  value={values.customer_id}
                  onChange={(id) => form.setFieldValue("customer_id", id)}
                  initial={initialCustomer}
                  error={form.errors.customer_id}
                  onSearchTextChange={(text) => (pickerText.current = text)}
                  autoFocus
                />
              </div>
              <Button
                variant="light"
                mt={25}
                leftSection={<IconUserPlus size={16} />}
                onClick={startNewCustomer}
                data-testid="customer-new"
              >
                {t("form.customerNew")}
              </Button>
            </Group>
          ) : (
            <>
              <NewCustomerFields form={form} />
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconArrowBackUp size={14} />}
                  onClick={() => form.setFieldValue("customer_mode", "existing")}
                >
                  {t("form.customerPickExisting")}
                </Button>
              </Group>
            </>
          )}
        </Section>

        <Section title={t("form.sections.complaint")}>
          <Select
            label={t("form.category")}
            placeholder={t("form.categoryPlaceholder")}
            required
            searchable
            data-testid="case-category"
            name="category_id"
            data={categories.options}
            {...form.getInputProps("category_id")}
          />
          <Textarea
            name="complaint"
            label={t("form.complaint")}
            description={t("form.complaintHint")}
            required
            autosize
            minRows={4}
            maxRows={14}
            {...form.getInputProps("complaint")}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              name="demand"
              label={t("form.demand")}
              allowDeselect={false}
              data={DEMANDS.map((d) => ({ value: d, label: t(`common:demand.${d}`) }))}
              {...form.getInputProps("demand")}
              onChange={(value) => value && form.setFieldValue("demand", value as Demand)}
            />
            <TextInput
              name="demand_note"
              label={t("form.demand_note")}
              placeholder={t("form.demandNotePlaceholder")}
              maxLength={LIMITS.demandNote}
              {...form.getInputProps("demand_note")}
            />
            <DatePickerInput
              name="demand_date"
              label={t("form.demand_date")}
              description={t("form.demandDateHint")}
              required
              maxDate={today}
              valueFormat="D MMMM YYYY"
              {...form.getInputProps("demand_date")}
            />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("form.mood")}
            </Text>
            <SegmentedControl
              aria-label={t("form.mood")}
              color={MOOD_COLORS[values.mood]}
              data={MOODS.map((m) => ({ value: m, label: t(`common:mood.${m}`) }))}
              value={values.mood}
              onChange={(value) => form.setFieldValue("mood", value as Mood)}
              style={{ alignSelf: "flex-start" }}
            />
          </Stack>
        </Section>

        <Section title={t("form.sections.contact")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateTimePicker
              name="received_at"
              label={t("form.received_at")}
              required
              maxDate={new Date()}
              valueFormat="D MMMM YYYY, HH:mm"
              {...form.getInputProps("received_at")}
            />
            <Select
              name="channel"
              label={t("form.channel")}
              allowDeselect={false}
              data={CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) }))}
              {...form.getInputProps("channel")}
              onChange={(value) => value && form.setFieldValue("channel", value as Channel)}
            />
          </SimpleGrid>
        </Section>

        <Section title={t("form.sections.purchase")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput name="product" label={t("form.product")} maxLength={LIMITS.product} {...form.getInputProps("product")} />
            <TextInput name="order_no" label={t("form.order_no")} maxLength={LIMITS.orderNo} {...form.getInputProps("order_no")} />
            <DatePickerInput
              name="purchase_date"
              label={t("form.purchase_date")}
              clearable
              maxDate={today}
              valueFormat="D MMMM YYYY"
              {...form.getInputProps("purchase_date")}
            />
            <NumberInput
              name="price"
              label={t("form.price")}
              rightSection={<Text size="sm" c="dimmed">{currencySymbol(shop?.currency ?? "RUB", lang)}</Text>}
              rightSectionPointerEvents="none"
              hideControls
              allowNegative={false}
              decimalScale={2}
              decimalSeparator={decimal}
              allowedDecimalSeparators={lang === "ru" ? [",", "."] : ["."]}
              thousandSeparator={lang === "ru" ? " " : ","}
              inputMode="decimal"
              {...form.getInputProps("price")}
            />
          </SimpleGrid>
        </Section>

        <Section title={t("form.sections.people")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              name="staff_involved_id"
              label={t("form.staff_involved")}
              placeholder={t("form.staffPlaceholder")}
              clearable
              data={staff.options}
              {...form.getInputProps("staff_involved_id")}
            />
            <Select
              name="handler_id"
              data-testid="case-handler"
              label={t("form.handler")}
              placeholder={t("form.staffPlaceholder")}
              clearable
              data={staff.options}
              {...form.getInputProps("handler_id")}
            />
          </SimpleGrid>
          {handlerConflict && (
            <Checkbox
              color="orange"
              label={t("form.handlerAnyway")}
              description={t("form.handlerAnywayHint")}
              data-testid="case-accept-handler"
              {...form.getInputProps("accept_warnings", { type: "checkbox" })}
              onChange={(e) => {
                form.setFieldValue("accept_warnings", e.currentTarget.checked);
                if (e.currentTarget.checked) form.clearFieldError("handler_id");
              }}
            />
          )}
          {!staff.loading && staff.options.length === 0 && (
            <Text size="sm" c="dimmed">
              {t("form.noStaff")}
            </Text>
          )}
        </Section>

        {failure && (
          <Alert color="red" title={t("errors:title")} data-testid="case-form-error">
            <Text size="sm">{failure.message}</Text>
            {failure.extra.length > 0 && (
              <List size="sm" mt="xs">
                {failure.extra.map((line, index) => (
                  <List.Item key={index}>{line}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}

        <Group>
          <Button type="submit" size="md" loading={saving} data-testid="case-submit">
            {submitLabel}
          </Button>
          <Text size="sm" c="dimmed">
            {t("form.saveHint")}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
