// Edits a customer's details. Problems show next to their field, whether the form's own
// checks or the core found them; a failed save keeps everything typed.
import { useRef, useState } from "react";
import { Alert, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { Customer, CustomerInput } from "../../../bindings";
import { applyFieldErrors, errorMessage } from "../../../bridge/errors";
import { useUnsavedGuard } from "../../../components/useUnsavedGuard";
import { focusFirstError, translateProblems } from "../../../lib/formErrors";
import { CustomerFields } from "./CustomerFields";
import { customerToValues, toCustomerInput, type CustomerFormValues } from "./customerValues";
import { CUSTOMER_FORM_FIELDS, validateCustomer } from "./validateCustomer";

interface Props {
  customer: Customer;
  save: (input: CustomerInput) => Promise<Customer>;
  onSaved: (saved: Customer) => void;
  onCancel: () => void;
}

export function CustomerForm({ customer, save, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation("customers");
  const lang = i18n.language;
  const formRef = useRef<HTMLFormElement>(null);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CustomerFormValues>({ mode: "controlled", initialValues: customerToValues(customer) });
  const guard = useUnsavedGuard(form.isDirty() && !saving);

  const showErrors = (errors: Record<string, string>) => {
    form.setErrors(errors);
    // Mantine marks invalid inputs on the next render; move the focus after it.
    requestAnimationFrame(() => focusFirstError(formRef.current));
  };

  const submit = async (values: CustomerFormValues) => {
    setFailure(null);
    const errors = translateProblems(validateCustomer(values), t, lang);
    if (Object.keys(errors).length > 0) return showErrors(errors);
    setSaving(true);
    try {
      const saved = await save(toCustomerInput(values));
      guard.allowLeave();
      onSaved(saved);
    } catch (err) {
      applyFieldErrors(form, err, t, lang, { knownFields: CUSTOMER_FORM_FIELDS });
      setFailure(errorMessage(t, err));
      requestAnimationFrame(() => focusFirstError(formRef.current));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      data-testid="customer-form"
      noValidate
      onSubmit={form.onSubmit((v) => void submit(v))}
      onKeyDown={getHotkeyHandler([["mod+Enter", () => formRef.current?.requestSubmit()]])}
    >
      {guard.modal}
      <Stack gap="md" maw={960}>
        <Paper withBorder p="lg" radius="md">
          <CustomerFields form={form} />
        </Paper>
        {failure && (
          <Alert color="red" title={t("errors:title")} data-testid="customer-form-error">
            {failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" size="md" loading={saving} data-testid="customer-submit">
            {t("edit.submit")}
          </Button>
          <Button variant="default" size="md" onClick={onCancel}>
            {t("common:actions.cancel")}
          </Button>
          <Text size="sm" c="dimmed">
            {t("edit.saveHint")}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
